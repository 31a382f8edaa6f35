import { parse, type AnyNode, type DocumentNode } from '@humanwhocodes/momoa';
import type { Diagnostics } from '../diagnostics.ts';

/**
 * A parsed JSON document that remembers where every value sits, so resolver errors can name the
 * JSON pointer and its line. Duplicate keys, which JSON.parse silently collapses, are reported.
 */
export interface LocatedJson {
  value: unknown;
  lineOf(pointer: string): number | undefined;
}

export function parseLocatedJson(
  file: string,
  text: string,
  group: string,
  diagnostics: Diagnostics,
): LocatedJson | undefined {
  let document: DocumentNode;
  try {
    document = parse(text, { mode: 'json', ranges: false, tokens: false });
  } catch (error) {
    const e = error as Error & { line?: number; column?: number };
    diagnostics.error({
      group,
      file,
      line: e.line,
      column: e.column,
      message: `invalid JSON: ${e.message.replace(/ \(\d+:\d+\)$/, '')}`,
      fix: 'fix the syntax at that position',
    });
    return undefined;
  }
  const lines = new Map<string, number>();
  const value = toValue(document.body, '#', lines, (pointer, key, line) => {
    diagnostics.error({
      group,
      file,
      at: pointer,
      line,
      message: `"${key}" appears twice in the same object; JSON keeps only the last one`,
      fix: `give each entry a unique name or merge the two "${key}" entries`,
    });
  });
  return { value, lineOf: (pointer) => lines.get(pointer) };
}

function toValue(
  node: AnyNode,
  pointer: string,
  lines: Map<string, number>,
  onDuplicate: (pointer: string, key: string, line: number) => void,
): unknown {
  lines.set(pointer, node.loc.start.line);
  switch (node.type) {
    case 'Object': {
      const result: Record<string, unknown> = {};
      for (const member of node.members) {
        const key = member.name.type === 'String' ? member.name.value : member.name.name;
        const childPointer = `${pointer}/${escapePointer(key)}`;
        if (Object.hasOwn(result, key)) onDuplicate(childPointer, key, member.name.loc.start.line);
        result[key] = toValue(member.value, childPointer, lines, onDuplicate);
      }
      return result;
    }
    case 'Array':
      return node.elements.map((element, i) => toValue(element.value, `${pointer}/${i}`, lines, onDuplicate));
    case 'String':
    case 'Number':
    case 'Boolean':
      return node.value;
    case 'Null':
      return null;
    default:
      return undefined;
  }
}

export function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

function unescapePointer(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** The value at a JSON pointer (`#/a/b` or `/a/b`), or undefined when the pointer does not resolve. */
export function valueAtPointer(root: unknown, pointer: string): unknown {
  const segments = pointer.replace(/^#/, '').split('/').slice(1).map(unescapePointer);
  let current: unknown = root;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
