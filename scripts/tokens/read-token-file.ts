import { readFileSync } from 'node:fs';
import type { Diagnostics } from '../diagnostics.ts';
import { KNOWN_TYPES, TOKEN_TYPES } from './token-types.ts';
import { referenceName, type TokenDefinition } from './token.ts';
import { parseJsonFile } from './parse-json.ts';

const GROUP_PROPERTIES = new Set(['$type', '$description', '$extensions', '$deprecated', '$schema', '$root']);
const TOKEN_PROPERTIES = new Set(['$value', '$type', '$description', '$extensions', '$deprecated']);

/**
 * Reads one DTCG file into flat token definitions. Problems are added to `diagnostics` and the
 * offending token is skipped, so one run reports everything wrong in the file.
 */
export function readTokenFile(file: string, diagnostics: Diagnostics, source?: string): TokenDefinition[] {
  let text: string;
  try {
    text = source ?? readFileSync(file, 'utf8');
  } catch (error) {
    diagnostics.error({
      group: 'tokens',
      file,
      message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})`,
      fix: 'check that the path exists and is readable',
    });
    return [];
  }
  const root = parseJsonFile(file, text, 'tokens', diagnostics);
  if (root === undefined) return [];
  if (!root || typeof root !== 'object' || Array.isArray(root)) {
    diagnostics.error({
      group: 'tokens',
      file,
      message: 'a token file must contain a JSON object of groups and tokens',
    });
    return [];
  }
  const tokens: TokenDefinition[] = [];
  walkGroup(root as Record<string, unknown>, [], undefined, { file, diagnostics, tokens });
  return tokens;
}

interface WalkState {
  file: string;
  diagnostics: Diagnostics;
  tokens: TokenDefinition[];
}

/** The `$type` a group hands down: a known type with where it was set, or `invalid` after an unknown one was reported. */
type Inherited = { type: string; from: string } | 'invalid' | undefined;

function walkGroup(group: Record<string, unknown>, path: string[], inherited: Inherited, state: WalkState): void {
  let handed = inherited;
  if (group.$type !== undefined)
    handed = checkType(group.$type, path, state) ? { type: group.$type as string, from: path.join('.') } : 'invalid';
  for (const [key, child] of Object.entries(group)) {
    if (key.startsWith('$')) {
      if (!GROUP_PROPERTIES.has(key)) {
        state.diagnostics.warn({
          group: 'tokens',
          file: state.file,
          at: path.join('.') || '(root)',
          message: `unknown group property "${key}" is ignored`,
          fix: `remove "${key}" or move it under $extensions`,
        });
      }
      continue;
    }
    const childPath = [...path, key];
    const at = childPath.join('.');
    if (/[.{}]/.test(key)) {
      state.diagnostics.error({
        group: 'tokens',
        file: state.file,
        at,
        message: `the name "${key}" contains ".", "{" or "}", which DTCG reserves for references`,
        fix: 'rename the group or token',
      });
      continue;
    }
    if (!child || typeof child !== 'object' || Array.isArray(child)) {
      state.diagnostics.error({
        group: 'tokens',
        file: state.file,
        at,
        message: `expected a token (an object with "$value") or a group, got ${JSON.stringify(child)}`,
        fix: `write { "$value": ${JSON.stringify(child)}, "$type": "…" }`,
      });
      continue;
    }
    const node = child as Record<string, unknown>;
    if ('$value' in node) readToken(node, childPath, handed, state);
    else walkGroup(node, childPath, handed, state);
  }
}

function readToken(node: Record<string, unknown>, path: string[], inherited: Inherited, state: WalkState): void {
  const name = path.join('.');
  const { file, diagnostics } = state;
  const value = node.$value;
  // A token already reported stays as a placeholder, so references to it are not reported again.
  const placeholder = (type?: string) => state.tokens.push({ name, path, type, value, file, invalid: true });
  const children = Object.keys(node).filter((k) => !k.startsWith('$'));
  if (children.length > 0) {
    diagnostics.error({
      group: 'tokens',
      file,
      at: name,
      message: `is both a token (it has $value) and a group (it contains ${children.map((c) => `"${c}"`).join(', ')})`,
      fix: `move the children into a sibling group, or the value into "${name}.default"`,
    });
    placeholder();
    return;
  }
  for (const key of Object.keys(node)) {
    if (!TOKEN_PROPERTIES.has(key)) {
      diagnostics.warn({
        group: 'tokens',
        file,
        at: name,
        message: `unknown token property "${key}" is ignored`,
        fix: `remove it or move it under $extensions`,
      });
    }
  }
  let own: Inherited = inherited;
  if (node.$type !== undefined)
    own = checkType(node.$type, path, state) ? { type: node.$type as string, from: name } : 'invalid';
  if (own === 'invalid') {
    placeholder();
    return;
  }
  const type = own?.type;
  if (type === undefined && !referenceName(value)) {
    diagnostics.error({
      group: 'tokens',
      file,
      at: name,
      message: 'has no $type (on the token or a parent group)',
      fix: `add "$type" (one of ${KNOWN_TYPES.join(', ')})`,
    });
    placeholder();
    return;
  }
  if (type !== undefined && !referenceName(value)) {
    const problems = TOKEN_TYPES[type]!.validate(value);
    if (problems.length > 0) {
      for (const problem of problems) {
        diagnostics.error({
          group: 'tokens',
          file,
          at: name,
          message: `invalid ${type} value: ${problem}`,
          fix: `correct $value to a valid DTCG ${type}`,
        });
      }
      placeholder(type);
      return;
    }
  }
  const token: TokenDefinition = { name, path, type, value, file };
  if (own) token.typeFrom = own.from;
  if (inherited && inherited !== 'invalid' && type !== inherited.type) token.groupType = inherited.type;
  if (typeof node.$description === 'string') token.description = node.$description;
  if (typeof node.$deprecated === 'string' || typeof node.$deprecated === 'boolean')
    token.deprecated = node.$deprecated;
  if (node.$extensions && typeof node.$extensions === 'object')
    token.extensions = node.$extensions as Record<string, unknown>;
  state.tokens.push(token);
}

function checkType(type: unknown, path: string[], state: WalkState): boolean {
  if (typeof type === 'string' && type in TOKEN_TYPES) return true;
  state.diagnostics.error({
    group: 'tokens',
    file: state.file,
    at: path.join('.') || '(root)',
    message: `unknown $type ${JSON.stringify(type)}`,
    fix: `use one of ${KNOWN_TYPES.join(', ')}`,
  });
  return false;
}
