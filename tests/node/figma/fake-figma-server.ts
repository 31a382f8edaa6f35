/**
 * A fake Figma REST API for the tests and the bench: a Node http server on 127.0.0.1 (random port)
 * implementing GET /v1/files/:key/variables/local, POST /v1/files/:key/variables and
 * GET /v1/files/:key with the response shapes of @figma/rest-api-spec, Figma's documented
 * validation (names, types, aliases, 40 modes, 5,000 variables, 4 MB bodies; a POST applies all or
 * nothing), auth errors (token, scope, plan, missing file) and switchable faults.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  GetFileResponse, GetLocalVariablesResponse, LocalVariable, LocalVariableCollection, PostVariablesRequestBody,
  PostVariablesResponse, VariableResolvedDataType, VariableValue,
} from '@figma/rest-api-spec';

export type Fault =
  | { kind: 'status'; status: 429; retryAfter?: number }
  | { kind: 'status'; status: 500 | 502 | 503 }
  | { kind: 'drop' }
  | { kind: 'slow'; ms: number };

export interface FakeFile {
  name: string;
  variables: Record<string, LocalVariable>;
  variableCollections: Record<string, LocalVariableCollection>;
  document?: GetFileResponse['document'];
}

export interface FakeOptions {
  token?: string;
  /** Scopes the token has (default: all three the sync uses). */
  scopes?: string[];
  /** `professional` refuses the Variables API as Figma does outside Enterprise. */
  plan?: 'enterprise' | 'professional';
  maxBodyBytes?: number;
  maxModes?: number;
  maxVariablesPerCollection?: number;
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
  readonly files = new Map<string, FakeFile>();
  readonly requests: RequestRecord[] = [];
  readonly posts: PostVariablesRequestBody[] = [];
  options: Required<FakeOptions>;
  url = '';
  private readonly server: Server;
  private faults: { fault: Fault; method?: string }[] = [];
  private counter = 1;

  constructor(options: FakeOptions = {}) {
    this.options = {
      token: 'test-token', scopes: ['file_variables:read', 'file_variables:write', 'file_content:read'], plan: 'enterprise',
      maxBodyBytes: 4 * 1024 * 1024, maxModes: 40, maxVariablesPerCollection: 5000, ...options,
    };
    this.server = createServer((req, res) => void this.handle(req, res));
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
    const created: FakeFile = { name: key, variables: {}, variableCollections: {}, ...file };
    this.files.set(key, created);
    return created;
  }

  /** The next request(s) (of `method`, if given) meet these faults, one per request, in order. */
  fail(...faults: (Fault & { method?: string })[]): void {
    for (const { method, ...fault } of faults) this.faults.push({ fault: fault as Fault, ...(method ? { method } : {}) });
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
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
      record.serverMs = performance.now() - started;
    };
    const index = this.faults.findIndex((f) => !f.method || f.method === req.method);
    if (index >= 0) {
      const [{ fault }] = this.faults.splice(index, 1) as [{ fault: Fault }];
      if (fault.kind === 'drop') {
        record.status = -1;
        req.socket.destroy();
        return;
      }
      if (fault.kind === 'slow') {
        await new Promise((r) => setTimeout(r, fault.ms));
        started = performance.now();
      }
      else if (fault.status === 429) return send(429, { status: 429, err: 'Rate limit exceeded' }, fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) });
      else return send(fault.status, { status: fault.status, err: 'Internal server error' });
    }
    if (req.headers['x-figma-token'] !== this.options.token) return send(403, { status: 403, err: 'Invalid token' });
    const match = /^\/v1\/files\/([^/]+)(\/variables(\/local)?)?$/.exec(path);
    if (!match) return send(404, { status: 404, err: 'Not found' });
    const [, key, variables, local] = match;
    const scope = variables ? (req.method === 'POST' ? 'file_variables:write' : 'file_variables:read') : 'file_content:read';
    if (!this.options.scopes.includes(scope)) return send(403, { status: 403, error: true, message: `Invalid scope(s): ${this.options.scopes.join(', ')}. This endpoint requires the ${scope} scope` });
    if (variables && this.options.plan !== 'enterprise') return send(403, { status: 403, error: true, message: 'Limited by Figma plan' });
    const file = this.files.get(decodeURIComponent(key!));
    if (!file) return send(404, { status: 404, err: 'Not found' });
    if (req.method === 'GET' && variables && local) {
      const body: GetLocalVariablesResponse = { status: 200, error: false, meta: { variables: file.variables, variableCollections: file.variableCollections } };
      return send(200, body);
    }
    if (req.method === 'GET' && !variables) {
      const body = { name: file.name, role: 'editor', lastModified: new Date(0).toISOString(), editorType: 'figma', version: '1', document: file.document ?? { id: '0:0', name: 'Document', type: 'DOCUMENT', scrollBehavior: 'SCROLLS', children: [] }, components: {}, componentSets: {}, schemaVersion: 0, styles: {} };
      return send(200, body);
    }
    if (req.method === 'POST' && variables && !local) {
      if (raw.length > this.options.maxBodyBytes) return send(413, { status: 413, error: true, message: `Request payload too large: the body must be ${this.options.maxBodyBytes} bytes or less` });
      let body: PostVariablesRequestBody;
      try {
        body = JSON.parse(raw.toString('utf8')) as PostVariablesRequestBody;
      } catch {
        return send(400, { status: 400, error: true, message: 'Invalid JSON body' });
      }
      this.posts.push(body);
      try {
        const tempIdToRealId = this.apply(file, body);
        const response: PostVariablesResponse = { status: 200, error: false, meta: { tempIdToRealId } };
        return send(200, response);
      } catch (error) {
        return send(400, { status: 400, error: true, message: (error as Error).message });
      }
    }
    return send(404, { status: 404, err: 'Not found' });
  }

  /** Applies a POST body to a copy of the file and swaps it in only if every change is valid. */
  private apply(target: FakeFile, body: PostVariablesRequestBody): Record<string, string> {
    const file = structuredClone(target);
    const temp: Record<string, string> = {};
    const seenTemp = new Set<string>();
    const real = (id: string) => temp[id] ?? id;
    const newId = (kind: 'collection' | 'mode' | 'variable', tempId?: string) => {
      const n = this.counter++;
      const id = kind === 'collection' ? `VariableCollectionId:${n}:1` : kind === 'variable' ? `VariableID:${n}:1` : `${n}:0`;
      if (tempId !== undefined) {
        if (seenTemp.has(tempId)) throw new Error(`Duplicate temporary id ${tempId}`);
        seenTemp.add(tempId);
        temp[tempId] = id;
      }
      return id;
    };
    const collection = (id: string) => {
      const c = file.variableCollections[real(id)];
      if (!c) throw new Error(`Variable collection ${id} not found`);
      return c;
    };
    const checkModeName = (name: string) => {
      if (!name || name.length > 40) throw new Error(`Mode name "${name}" must be 1 to 40 characters`);
    };
    for (const change of body.variableCollections ?? []) {
      if (change.action === 'CREATE') {
        if (!change.name) throw new Error('A variable collection needs a name');
        if (Object.values(file.variableCollections).some((c) => !c.remote && c.name === change.name)) throw new Error(`A variable collection named "${change.name}" already exists`);
        const id = newId('collection', change.id);
        const modeId = newId('mode', change.initialModeId);
        file.variableCollections[id] = { id, name: change.name, key: id.replace(/\W/g, ''), modes: [{ modeId, name: 'Mode 1' }], defaultModeId: modeId, remote: false, hiddenFromPublishing: change.hiddenFromPublishing ?? false, variableIds: [] };
      } else if (change.action === 'UPDATE') {
        const c = collection(change.id);
        if (change.name !== undefined) c.name = change.name;
        if (change.hiddenFromPublishing !== undefined) c.hiddenFromPublishing = change.hiddenFromPublishing;
      } else {
        const c = collection(change.id);
        for (const id of c.variableIds) delete file.variables[id];
        delete file.variableCollections[c.id];
      }
    }
    for (const change of body.variableModes ?? []) {
      if (change.action === 'CREATE') {
        const c = collection(change.variableCollectionId);
        checkModeName(change.name);
        if (c.modes.some((m) => m.name === change.name)) throw new Error(`Mode "${change.name}" already exists in ${c.name}`);
        if (c.modes.length >= this.options.maxModes) throw new Error(`A collection can have at most ${this.options.maxModes} modes on this plan`);
        const modeId = newId('mode', change.id);
        c.modes.push({ modeId, name: change.name });
        for (const id of c.variableIds) {
          const v = file.variables[id]!;
          v.valuesByMode[modeId] = structuredClone(v.valuesByMode[c.defaultModeId]!);
        }
      } else {
        const c = Object.values(file.variableCollections).find((col) => col.modes.some((m) => m.modeId === real(change.id)));
        if (!c) throw new Error(`Mode ${change.id} not found`);
        if (change.action === 'UPDATE') {
          if (change.name !== undefined) {
            checkModeName(change.name);
            c.modes.find((m) => m.modeId === real(change.id))!.name = change.name;
          }
        } else {
          if (c.modes.length === 1) throw new Error('Cannot delete the last mode of a collection');
          c.modes = c.modes.filter((m) => m.modeId !== real(change.id));
          if (c.defaultModeId === real(change.id)) c.defaultModeId = c.modes[0]!.modeId;
          for (const id of c.variableIds) delete file.variables[id]!.valuesByMode[real(change.id)];
        }
      }
    }
    const nameSets = new Map<string, Set<string>>();
    const namesIn = (c: LocalVariableCollection) => {
      let names = nameSets.get(c.id);
      if (!names) nameSets.set(c.id, (names = new Set(c.variableIds.map((id) => file.variables[id]!.name))));
      return names;
    };
    const defaults: Record<VariableResolvedDataType, VariableValue> = { COLOR: { r: 0, g: 0, b: 0, a: 1 }, FLOAT: 0, STRING: '', BOOLEAN: false };
    for (const change of body.variables ?? []) {
      if (change.action === 'CREATE') {
        const c = collection(change.variableCollectionId);
        if (!change.name || /[.{}]/.test(change.name)) throw new Error(`Invalid variable name "${change.name}": names cannot contain ".", "{" or "}"`);
        const names = namesIn(c);
        if (names.has(change.name)) throw new Error(`A variable named "${change.name}" already exists in ${c.name}`);
        names.add(change.name);
        if (c.variableIds.length >= this.options.maxVariablesPerCollection) throw new Error(`A collection can have at most ${this.options.maxVariablesPerCollection} variables`);
        if (!(change.resolvedType in defaults)) throw new Error(`Invalid resolvedType ${change.resolvedType}`);
        if (change.scopes?.includes('ALL_SCOPES') && change.scopes.length > 1) throw new Error('ALL_SCOPES cannot be combined with other scopes');
        const id = newId('variable', change.id);
        file.variables[id] = {
          id, name: change.name, key: id.replace(/\W/g, ''), variableCollectionId: c.id, resolvedType: change.resolvedType,
          valuesByMode: Object.fromEntries(c.modes.map((m) => [m.modeId, structuredClone(defaults[change.resolvedType])])) as LocalVariable['valuesByMode'],
          remote: false, description: change.description ?? '', hiddenFromPublishing: change.hiddenFromPublishing ?? false,
          scopes: change.scopes ?? ['ALL_SCOPES'], codeSyntax: change.codeSyntax ?? {},
        };
        c.variableIds.push(id);
      } else {
        const v = file.variables[real(change.id)];
        if (!v || v.remote) throw new Error(`Variable ${change.id} not found`);
        if (change.action === 'UPDATE') {
          if (change.name !== undefined) {
            namesIn(file.variableCollections[v.variableCollectionId]!).delete(v.name);
            v.name = change.name;
            namesIn(file.variableCollections[v.variableCollectionId]!).add(v.name);
          }
          if (change.description !== undefined) v.description = change.description;
          if (change.hiddenFromPublishing !== undefined) v.hiddenFromPublishing = change.hiddenFromPublishing;
          if (change.scopes !== undefined) v.scopes = change.scopes;
          if (change.codeSyntax !== undefined) v.codeSyntax = change.codeSyntax;
        } else {
          const c = file.variableCollections[v.variableCollectionId]!;
          namesIn(c).delete(v.name);
          delete file.variables[v.id];
          c.variableIds = c.variableIds.filter((id) => id !== v.id);
        }
      }
    }
    for (const change of body.variableModeValues ?? []) {
      const v = file.variables[real(change.variableId)];
      if (!v) throw new Error(`Variable ${change.variableId} not found`);
      const c = file.variableCollections[v.variableCollectionId]!;
      const modeId = real(change.modeId);
      if (!c.modes.some((m) => m.modeId === modeId)) throw new Error(`Mode ${change.modeId} is not in the collection of ${v.name}`);
      const value = change.value as VariableValue;
      if (value && typeof value === 'object' && 'type' in value && value.type === 'VARIABLE_ALIAS') {
        const targetId = real(value.id);
        const target = file.variables[targetId];
        if (!target) throw new Error(`Alias target ${value.id} not found`);
        if (target.resolvedType !== v.resolvedType) throw new Error(`Cannot alias ${v.name} (${v.resolvedType}) to ${target.name} (${target.resolvedType})`);
        if (targetId === v.id) throw new Error(`${v.name} cannot alias itself`);
        v.valuesByMode[modeId] = { type: 'VARIABLE_ALIAS', id: targetId };
        this.checkCycle(file, v.id);
        continue;
      }
      const ok = v.resolvedType === 'FLOAT' ? typeof value === 'number' && Number.isFinite(value)
        : v.resolvedType === 'STRING' ? typeof value === 'string'
          : v.resolvedType === 'BOOLEAN' ? typeof value === 'boolean'
            : !!value && typeof value === 'object' && (['r', 'g', 'b'] as const).every((k) => typeof (value as Record<string, unknown>)[k] === 'number' && (value as Record<string, number>)[k]! >= 0 && (value as Record<string, number>)[k]! <= 1);
      if (!ok) throw new Error(`Invalid value ${JSON.stringify(value)} for ${v.resolvedType} variable ${v.name}`);
      v.valuesByMode[modeId] = (v.resolvedType === 'COLOR' ? { a: 1, ...(value as object) } : value) as LocalVariable['valuesByMode'][string];
    }
    target.variables = file.variables;
    target.variableCollections = file.variableCollections;
    return temp;
  }

  private checkCycle(file: FakeFile, start: string): void {
    const stack = new Set<string>();
    const visit = (id: string) => {
      if (stack.has(id)) throw new Error(`Alias cycle through ${file.variables[id]?.name ?? id}`);
      stack.add(id);
      for (const value of Object.values(file.variables[id]?.valuesByMode ?? {})) {
        if (value && typeof value === 'object' && 'type' in value && value.type === 'VARIABLE_ALIAS') visit(value.id);
      }
      stack.delete(id);
    };
    visit(start);
  }
}

export async function startFakeFigma(options: FakeOptions = {}): Promise<FakeFigma> {
  return new FakeFigma(options).start();
}
