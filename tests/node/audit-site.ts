/**
 * The audit's fixture site on 127.0.0.1 (random port): the pages in tests/fixtures/audit-site,
 * the built dist/ under /dist, and the hostile pages a sweep must survive — a redirect to another
 * host, a page that never settles, a PDF, a huge DOM, a page behind a login. `state.fixed` serves
 * drift.html with its color drift removed (for baseline tests).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SITE = join(ROOT, 'tests', 'fixtures', 'audit-site');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export interface AuditSite {
  url: string;
  server: Server;
  state: { fixed: boolean; extraDrift: boolean };
  /** Extra pages by path (the bench serves generated pages this way). */
  pages: Map<string, string>;
  close(): Promise<void>;
}

export async function startAuditSite(): Promise<AuditSite> {
  const state = { fixed: false, extraDrift: false };
  const pages = new Map<string, string>();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': type, ...headers });
      response.end(body);
    };
    const path = url.pathname;
    if (pages.has(path)) return send(200, TYPES['.html']!, pages.get(path)!);
    if (path === '/redirect-away')
      return send(302, 'text/plain', 'moved', { location: 'http://audit-elsewhere.invalid/page' });
    if (path === '/report.pdf') return send(200, 'application/pdf', '%PDF-1.4\n%fake\n');
    if (path === '/never-settles.html')
      return send(
        200,
        TYPES['.html']!,
        '<!doctype html><html lang="en"><head><title>Ticker</title></head><body><p id="t">0</p>' +
          '<script>let n=0;setInterval(()=>{document.getElementById("t").textContent=String(++n)}' +
          ',40)</script></body></html>',
      );
    if (path === '/huge.html')
      return send(
        200,
        TYPES['.html']!,
        `<!doctype html><html lang="en"><head><title>Huge</title></head><body>${'<div><span>x</span></div>'.repeat(3000)}</body></html>`,
      );
    if (path === '/account.html') {
      if (!/(?:^|;\s*)session=ok/.test(request.headers.cookie ?? ''))
        return send(302, 'text/plain', 'login first', { location: '/login.html' });
      return send(
        200,
        TYPES['.html']!,
        readFileSync(join(SITE, 'clean.html'), 'utf8').replace(
          '<title>Account settings</title>',
          '<title>Account (signed in)</title>',
        ),
      );
    }
    if (path === '/login.html')
      return send(
        200,
        TYPES['.html']!,
        '<!doctype html><html lang="en"><head><title>Sign in</title></head><body><form><input aria-label="User"><button>Sign in</button></form></body></html>',
      );
    if (path === '/drift.html') {
      let html = readFileSync(join(SITE, 'drift.html'), 'utf8');
      if (state.fixed) html = html.replace(' style="color: #5a1e8c; background-color: #f4ecfa"', '');
      if (state.extraDrift)
        html = html.replace('</main>', '<p id="new-drift" style="color: #0b6e4f">A new mistake</p></main>');
      return send(200, TYPES['.html']!, html);
    }
    const file = path.startsWith('/dist/') ? join(ROOT, normalize(path)) : join(SITE, normalize(path));
    if (!file.startsWith(ROOT) || !existsSync(file) || !statSync(file).isFile())
      return send(404, 'text/plain', 'not found');
    return send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    server,
    state,
    pages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
