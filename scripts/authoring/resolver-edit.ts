import { parse, type AnyNode, type ObjectNode, type ArrayNode } from '@humanwhocodes/momoa';
import { isDeepStrictEqual } from 'node:util';
import { UserError } from '../exit-codes.ts';

/**
 * Edits a resolver document as text, so its formatting, key order and blank lines stay as the
 * author left them: a member is inserted before the closing brace of an existing object (or an
 * element at the end of an array) in the style of its siblings. Every edit is verified by parsing
 * the result and comparing it with the intended change; anything the editor cannot place safely
 * (comments, values of an unexpected shape) is refused with the line to add by hand.
 */
export class UnsafeResolverEdit extends UserError {}

export interface ResolverText {
  file: string;
  text: string;
  value: Record<string, unknown>;
}

export function readResolverText(file: string, text: string): ResolverText {
  try {
    parse(text, { mode: 'json', ranges: true });
  } catch (error) {
    let commented = false;
    try {
      parse(text, { mode: 'jsonc', ranges: true, allowTrailingCommas: true });
      commented = true;
    } catch {
      // not JSONC either: plain invalid JSON
    }
    throw new UnsafeResolverEdit(
      commented
        ? `${file} has comments or trailing commas, which a DTCG resolver (plain JSON) cannot hold ` +
            `and Livery cannot edit without losing them; remove them, or make the edit by hand`
        : `${file} is not valid JSON (${(error as Error).message}); fix it first (liverykit build shows where)`,
    );
  }
  const value = JSON.parse(text) as unknown;
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new UnsafeResolverEdit(`${file} is not a resolver object; start from the example in tokens/README.md`);
  return { file, text, value: value as Record<string, unknown> };
}

const keyOf = (member: ObjectNode['members'][number]) =>
  member.name.type === 'String' ? member.name.value : member.name.name;

function nodeAt(root: AnyNode, path: string[]): AnyNode | undefined {
  let node: AnyNode | undefined = root;
  for (const key of path) {
    if (!node || node.type !== 'Object') return undefined;
    node = node.members.find((m) => keyOf(m) === key)?.value;
  }
  return node;
}

function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))![0];
}

function indentUnit(text: string): string {
  return /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
}

/** Serializes `value` in the container's style: one line when the container is on one line. */
function serialize(value: unknown, multiline: boolean, indent: string, unit: string): string {
  if (!multiline)
    return JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ').replace(/\[ /g, '[').replace(/ \]/g, ']');
  return JSON.stringify(value, null, unit).replaceAll('\n', `\n${indent}`);
}

/** Where `path` must be an object: inserts `key: value` (creating the missing objects on the way). */
export function insertMember(
  doc: ResolverText,
  path: string[],
  key: string,
  value: unknown,
  handHint: string,
): ResolverText {
  const root = parse(doc.text, { mode: 'json', ranges: true }).body;
  let depth = path.length;
  let container = nodeAt(root, path);
  while (!container && depth > 0) container = nodeAt(root, path.slice(0, --depth));
  if (!container || container.type !== 'Object') {
    throw new UnsafeResolverEdit(
      `${doc.file}: expected an object at ${['#', ...path.slice(0, depth)].join('/')} but found ` +
        `${container ? `a ${container.type.toLowerCase()}` : 'nothing'}; Livery edits only ` +
        `resolvers of the documented shape. Add by hand: ${handHint}`,
    );
  }
  // Wrap the value in the objects that do not exist yet.
  let insertKey = key;
  let insertValue = value;
  if (depth < path.length) {
    const missing = path.slice(depth);
    insertKey = missing[0]!;
    insertValue = [...missing.slice(1), key].reduceRight<unknown>((inner, k) => ({ [k]: inner }), value);
  }
  const object = container as ObjectNode;
  if (object.members.some((m) => keyOf(m) === insertKey))
    throw new UnsafeResolverEdit(
      `${doc.file}: "${insertKey}" already exists at ${['#', ...path.slice(0, depth)].join('/')}`,
    );
  const unit = indentUnit(doc.text);
  const [start, end] = object.range!;
  const multiline = doc.text.slice(start, end).includes('\n');
  let text: string;
  if (object.members.length === 0) {
    const body = `{ ${JSON.stringify(insertKey)}: ${serialize(insertValue, false, '', unit)} }`;
    text = doc.text.slice(0, start) + body + doc.text.slice(end);
  } else {
    const last = object.members.at(-1)!;
    const at = last.range![1];
    if (multiline) {
      const indent = lineIndent(doc.text, last.range![0]);
      text = `${doc.text.slice(0, at)},\n${indent}${JSON.stringify(insertKey)}: ${serialize(insertValue, true, indent, unit)}${doc.text.slice(at)}`;
    } else {
      text = `${doc.text.slice(0, at)}, ${JSON.stringify(insertKey)}: ${serialize(insertValue, false, '', unit)}${doc.text.slice(at)}`;
    }
  }
  const expected = structuredClone(doc.value);
  let target = expected as Record<string, unknown>;
  for (const k of path) target = (target[k] ??= {}) as Record<string, unknown>;
  target[key] = value;
  return verified(doc, text, expected, handHint);
}

/** Where `path` must be an array: appends `value`. */
export function appendElement(doc: ResolverText, path: string[], value: unknown, handHint: string): ResolverText {
  const root = parse(doc.text, { mode: 'json', ranges: true }).body;
  const container = nodeAt(root, path);
  if (!container || container.type !== 'Array') {
    throw new UnsafeResolverEdit(
      `${doc.file}: expected an array at ${['#', ...path].join('/')} but found ` +
        `${container ? `a ${container.type.toLowerCase()}` : 'nothing'}; Livery edits only ` +
        `resolvers of the documented shape. Add by hand: ${handHint}`,
    );
  }
  const array = container as ArrayNode;
  const unit = indentUnit(doc.text);
  const [start, end] = array.range!;
  const multiline = doc.text.slice(start, end).includes('\n');
  let text: string;
  if (array.elements.length === 0) {
    text = `${doc.text.slice(0, start)}[${serialize(value, false, '', unit)}]${doc.text.slice(end)}`;
  } else {
    const last = array.elements.at(-1)!;
    const at = last.value.range![1];
    if (multiline) {
      const indent = lineIndent(doc.text, last.value.range![0]);
      text = `${doc.text.slice(0, at)},\n${indent}${serialize(value, true, indent, unit)}${doc.text.slice(at)}`;
    } else {
      text = `${doc.text.slice(0, at)}, ${serialize(value, false, '', unit)}${doc.text.slice(at)}`;
    }
  }
  const expected = structuredClone(doc.value);
  let target = expected as Record<string, unknown>;
  for (const k of path.slice(0, -1)) target = target[k] as Record<string, unknown>;
  (target[path.at(-1)!] as unknown[]).push(value);
  return verified(doc, text, expected, handHint);
}

function verified(doc: ResolverText, text: string, expected: unknown, handHint: string): ResolverText {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (!isDeepStrictEqual(value, expected))
    throw new UnsafeResolverEdit(
      `${doc.file}: the edit could not be placed safely (internal check failed); add by hand: ${handHint}`,
    );
  return { file: doc.file, text, value: value as Record<string, unknown> };
}
