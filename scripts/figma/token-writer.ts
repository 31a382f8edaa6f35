import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Writes every file through a temporary sibling and a rename, all temporaries first: a crash or a
 * full disk leaves each file either as it was or as intended, never half-written. Files whose
 * content is unchanged are not touched. Returns the files written.
 */
export function writeFilesAtomically(files: Map<string, string>): string[] {
  const staged: [string, string][] = [];
  try {
    for (const [file, text] of files) {
      if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
      mkdirSync(dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, text);
      staged.push([temp, file]);
    }
  } catch (error) {
    for (const [temp] of staged) rmSync(temp, { force: true });
    throw error;
  }
  for (const [temp, file] of staged) renameSync(temp, file);
  return staged.map(([, file]) => file);
}

export interface TokenEdit {
  value?: unknown;
  /** The token's DTCG type; written as `$type` only when the groups above do not already give it. */
  type?: string;
  /** `''` removes `$description`. */
  description?: string;
  /** Replaces one `$extensions` namespace; `null` removes it. */
  extension?: { namespace: string; data: Json | null };
}

/**
 * Token files being edited in memory. Key order and untouched tokens stay as they were; a file
 * is re-serialised with its own indentation only when something in it changed, so a pull that
 * changes nothing changes no byte.
 */
export class TokenFiles {
  private readonly files = new Map<string, { json: Json; indent: string | number; original: string | undefined }>();

  private open(file: string): Json {
    let entry = this.files.get(file);
    if (!entry) {
      const original = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      const json = original === undefined ? {} : (JSON.parse(original) as Json);
      const indent = /\n([ \t]+)"/.exec(original ?? '')?.[1] ?? 2;
      entry = { json, indent, original };
      this.files.set(file, entry);
    }
    return entry.json;
  }

  has(file: string, path: string[]): boolean {
    const node = this.nodeAt(this.open(file), path);
    return isObject(node) && '$value' in node;
  }

  set(file: string, path: string[], edit: TokenEdit): void {
    let group = this.open(file);
    let inheritedType: unknown = group.$type;
    for (const segment of path.slice(0, -1)) {
      if (!isObject(group[segment])) group[segment] = {};
      group = group[segment] as Json;
      if (typeof group.$type === 'string') inheritedType = group.$type;
    }
    const last = path[path.length - 1]!;
    let token = group[last];
    if (!isObject(token) || !('$value' in token)) {
      token = {};
      if (edit.type && edit.type !== inheritedType) (token as Json).$type = edit.type;
      group[last] = token;
    }
    let t = token as Json;
    // A literal needs a type in its own file (an alias did not): add `$type` first, keep the rest.
    const isReference = typeof edit.value === 'string' && /^\{[^{}]+\}$/.test(edit.value);
    if (edit.value !== undefined && edit.type && !isReference && t.$type === undefined && inheritedType !== edit.type) {
      t = { $type: edit.type, ...t };
      group[last] = t;
    }
    if (edit.value !== undefined) t.$value = edit.value;
    if (edit.description !== undefined) {
      if (edit.description) t.$description = edit.description;
      else delete t.$description;
    }
    if (edit.extension) {
      const extensions = isObject(t.$extensions) ? t.$extensions : {};
      if (edit.extension.data) extensions[edit.extension.namespace] = edit.extension.data;
      else delete extensions[edit.extension.namespace];
      if (Object.keys(extensions).length) t.$extensions = extensions;
      else delete t.$extensions;
    }
  }

  /** Removes a token and the groups it leaves empty. */
  delete(file: string, path: string[]): void {
    const trail: Json[] = [this.open(file)];
    for (const segment of path.slice(0, -1)) {
      const next = trail[trail.length - 1]![segment];
      if (!isObject(next)) return;
      trail.push(next);
    }
    delete trail[trail.length - 1]![path[path.length - 1]!];
    for (let i = trail.length - 1; i > 0; i--) {
      if (Object.keys(trail[i]!).some((k) => !k.startsWith('$'))) break;
      delete trail[i - 1]![path[i - 1]!];
    }
  }

  /** Moves a token (everything it holds) to another path in the same file; false if absent. */
  move(file: string, from: string[], to: string[]): boolean {
    const node = this.nodeAt(this.open(file), from);
    if (!isObject(node) || !('$value' in node)) return false;
    const token = structuredClone(node);
    this.delete(file, from);
    let group = this.open(file);
    for (const segment of to.slice(0, -1)) {
      if (!isObject(group[segment])) group[segment] = {};
      group = group[segment] as Json;
    }
    group[to[to.length - 1]!] = token;
    return true;
  }

  /** Rewrites every reference `{from}` (also inside composite values) to `{to}`; false if none. */
  renameReferences(file: string, from: string, to: string): boolean {
    if (!existsSync(file) && !this.files.has(file)) return false;
    const old = `{${from}}`;
    let changed = false;
    const walk = (node: unknown): unknown => {
      if (node === old) {
        changed = true;
        return `{${to}}`;
      }
      if (Array.isArray(node)) return node.map(walk);
      if (isObject(node)) for (const key of Object.keys(node)) node[key] = walk(node[key]);
      return node;
    };
    walk(this.open(file));
    return changed;
  }

  private nodeAt(root: Json, path: string[]): unknown {
    let node: unknown = root;
    for (const segment of path) node = isObject(node) ? node[segment] : undefined;
    return node;
  }

  /** What `changes()` files held before (undefined: the file did not exist), to undo a write. */
  originals(): Map<string, string | undefined> {
    return new Map([...this.files].map(([file, entry]) => [file, entry.original]));
  }

  /** The files whose text would change, with their new text. */
  changes(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [file, entry] of this.files) {
      if (entry.original === undefined && Object.keys(entry.json).length === 0) continue;
      // Same data as on disk (whatever its formatting): leave the file alone.
      if (entry.original !== undefined && JSON.stringify(entry.json) === JSON.stringify(JSON.parse(entry.original)))
        continue;
      out.set(file, `${JSON.stringify(entry.json, null, entry.indent)}\n`);
    }
    return out;
  }
}
