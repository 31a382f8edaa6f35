/**
 * A fake Figma REST API for the tests and the bench: a Node http server on 127.0.0.1 (random port)
 * implementing GET /v1/files/:key/variables/local, POST /v1/files/:key/variables and
 * GET /v1/files/:key over the shared store (fake-figma-store.ts, which validates and rounds like
 * Figma), auth errors (token, scope, plan, missing file) and switchable faults, including a POST
 * that is applied and whose reply is then lost. Every request body is checked against Figma's
 * OpenAPI document (400 if it does not conform, as Figma answers) and every reply it sends too
 * (a reply that does not conform fails the test with a 500 naming the problem).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PostVariablesRequestBody, PostVariablesResponse } from '@figma/rest-api-spec';
import { FakeFigmaStore, FigmaRejection, type FakeFile } from './fake-figma-store.ts';
import { requestProblems, responseProblems } from './openapi.ts';

export type { FakeFile } from './fake-figma-store.ts';

export type Fault =
  | { kind: 'status'; status: 429; retryAfter?: number }
  | { kind: 'status'; status: 500 | 502 | 503 }
  | { kind: 'drop' }
  /** POST only: the change is applied, then the connection drops (or a 5xx is sent) before the reply. */
  | { kind: 'apply-then-drop' }
  | { kind: 'apply-then-status'; status: 500 | 502 | 503 }
  | { kind: 'slow'; ms: number };

export interface FakeOptions {
  token?: string;
  /** Scopes the token has (default: all three the sync uses). */
  scopes?: string[];
  /** `professional` refuses the Variables API as Figma does outside Enterprise. */
  plan?: 'enterprise' | 'professional';
  maxBodyBytes?: number;
  maxModes?: number;
  maxVariablesPerCollection?: number;
  /** Shared with a fake plugin API, so both see the same files. */
  store?: FakeFigmaStore;
}

export interface RequestRecord {
  method: string;
  path: string;
  bytes: number;
  status: number;
  /** Time the fake spent handling the request (injected delays excluded), for the bench. */
  serverMs: number;
}

export class FakeFigma {
  readonly requests: RequestRecord[] = [];
  readonly posts: PostVariablesRequestBody[] = [];
  /** Replies that did not conform to the OpenAPI document (a test asserts this stays empty). */
  readonly invalidReplies: string[] = [];
  readonly store: FakeFigmaStore;
  options: Required<Omit<FakeOptions, 'store'>>;
  url = '';
  private readonly server: Server;
  private faults: { fault: Fault; method?: string }[] = [];

  constructor(options: FakeOptions = {}) {
    const { store, ...rest } = options;
    this.options = {
      token: 'test-token',
      scopes: ['file_variables:read', 'file_variables:write', 'file_content:read'],
      plan: 'enterprise',
      maxBodyBytes: 4 * 1024 * 1024,
      maxModes: 40,
      maxVariablesPerCollection: 5000,
      ...rest,
    };
    this.store = store ?? new FakeFigmaStore();
    this.store.limits = {
      maxModes: this.options.maxModes,
      maxVariablesPerCollection: this.options.maxVariablesPerCollection,
    };
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  get files(): Map<string, FakeFile> {
    return this.store.files;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** An empty file (or the given content) under `key`. */
  addFile(key: string, file: Partial<FakeFile> = {}): FakeFile {
    return this.store.addFile(key, file);
  }

  /** The next request(s) (of `method`, if given) meet these faults, one per request, in order. */
  fail(...faults: (Fault & { method?: string })[]): void {
    for (const { method, ...fault } of faults)
      this.faults.push({ fault: fault as Fault, ...(method ? { method } : {}) });
  }

  clearFaults(): void {
    this.faults = [];
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const path = (req.url ?? '').split('?')[0]!;
    const record: RequestRecord = { method: req.method ?? '', path, bytes: raw.length, status: 0, serverMs: 0 };
    let started = performance.now();
    this.requests.push(record);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}, schema?: string) => {
      if (schema && status === 200) {
        const problems = responseProblems(schema, body);
        if (problems.length) {
          this.invalidReplies.push(`${schema}: ${problems.join('; ')}`);
          status = 500;
          body = {
            status: 500,
            error: true,
            message: `fake reply does not conform to ${schema}: ${problems.join('; ')}`,
          };
        }
      }
      record.status = status;
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
      record.serverMs = performance.now() - started;
    };
    const index = this.faults.findIndex((f) => !f.method || f.method === req.method);
    let afterApply: Fault | undefined;
    if (
      index >= 0 &&
      (this.faults[index]!.fault.kind === 'apply-then-drop' || this.faults[index]!.fault.kind === 'apply-then-status')
    ) {
      afterApply = this.faults.splice(index, 1)[0]!.fault;
    } else if (index >= 0) {
      const [{ fault }] = this.faults.splice(index, 1) as [{ fault: Fault }];
      if (fault.kind === 'drop') {
        record.status = -1;
        req.socket.destroy();
        return;
      }
      if (fault.kind === 'slow') {
        await new Promise((r) => setTimeout(r, fault.ms));
        started = performance.now();
      } else if (fault.kind !== 'status') throw new Error('unreachable');
      else if (fault.status === 429)
        return send(
          429,
          { status: 429, err: 'Rate limit exceeded' },
          fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) },
        );
      else return send(fault.status, { status: fault.status, err: 'Internal server error' });
    }
    if (req.headers['x-figma-token'] !== this.options.token) return send(403, { status: 403, err: 'Invalid token' });
    const match = /^\/v1\/files\/([^/]+)(\/variables(\/local)?)?$/.exec(path);
    if (!match) return send(404, { status: 404, err: 'Not found' });
    const [, key, variables, local] = match;
    const scope = variables
      ? req.method === 'POST'
        ? 'file_variables:write'
        : 'file_variables:read'
      : 'file_content:read';
    if (!this.options.scopes.includes(scope))
      return send(403, {
        status: 403,
        error: true,
        message: `Invalid scope(s): ${this.options.scopes.join(', ')}. This endpoint requires the ${scope} scope`,
      });
    if (variables && this.options.plan !== 'enterprise')
      return send(403, { status: 403, error: true, message: 'Limited by Figma plan' });
    const file = this.files.get(decodeURIComponent(key!));
    if (!file) return send(404, { status: 404, err: 'Not found' });
    if (req.method === 'GET' && variables && local)
      return send(200, this.store.localVariables(decodeURIComponent(key!)), {}, 'GetLocalVariablesResponse');
    if (req.method === 'GET' && !variables) {
      const body = {
        name: file.name,
        role: 'editor',
        lastModified: new Date(0).toISOString(),
        editorType: 'figma',
        thumbnailUrl: '',
        version: '1',
        document: file.document ?? {
          id: '0:0',
          name: 'Document',
          type: 'DOCUMENT',
          scrollBehavior: 'SCROLLS',
          children: [],
        },
        components: {},
        componentSets: {},
        schemaVersion: 0,
        styles: file.styles ?? {},
      };
      return send(200, body, {}, 'GetFileResponse');
    }
    if (req.method === 'POST' && variables && !local) {
      if (raw.length > this.options.maxBodyBytes)
        return send(413, {
          status: 413,
          error: true,
          message: `Request payload too large: the body must be ${this.options.maxBodyBytes} bytes or less`,
        });
      let body: PostVariablesRequestBody;
      try {
        body = JSON.parse(raw.toString('utf8')) as PostVariablesRequestBody;
      } catch {
        return send(400, { status: 400, error: true, message: 'Invalid JSON body' });
      }
      const problems = requestProblems('post', '/v1/files/{file_key}/variables', body);
      if (problems.length)
        return send(400, { status: 400, error: true, message: `Invalid request body: ${problems.join('; ')}` });
      this.posts.push(body);
      let tempIdToRealId: Record<string, string>;
      try {
        tempIdToRealId = this.store.apply(decodeURIComponent(key!), body);
      } catch (error) {
        if (!(error instanceof FigmaRejection)) throw error;
        return send(400, { status: 400, error: true, message: error.message });
      }
      if (afterApply?.kind === 'apply-then-drop') {
        record.status = -1;
        req.socket.destroy();
        return;
      }
      if (afterApply?.kind === 'apply-then-status')
        return send(afterApply.status, { status: afterApply.status, error: true, message: 'Internal server error' });
      const response: PostVariablesResponse = { status: 200, error: false, meta: { tempIdToRealId } };
      return send(200, response, {}, 'PostVariablesResponse');
    }
    return send(404, { status: 404, err: 'Not found' });
  }
}

export async function startFakeFigma(options: FakeOptions = {}): Promise<FakeFigma> {
  return new FakeFigma(options).start();
}
