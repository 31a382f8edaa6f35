import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MINI = join(ROOT, 'tests', 'fixtures', 'mini');

/** A writable copy of the mini brand, with files replaced or added: `{ 'themes/dark.tokens.json': {...} }`. */
const created: string[] = [];

/** Removes every brand copy made by brandWith (call it from afterAll). */
export function removeBrandCopies(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function brandWith(files: Record<string, unknown> = {}): { dir: string; resolver: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'livery-brand-'));
  created.push(dir);
  cpSync(MINI, dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return { dir, resolver: join(dir, 'livery.resolver.json'), out: join(dir, 'dist') };
}

export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Every file under a folder with its bytes, to prove a failed build left it untouched. */
export function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else out[path.slice(dir.length)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}
