import { describe, expect, test } from 'vitest';
import { appendElement, insertMember, readResolverText, UnsafeResolverEdit } from './resolver-edit.ts';

const pretty = `{
  "name": "X",
  "modifiers": {
    "theme": {
      "contexts": {
        "light": [],
        "dark": [
          { "$ref": "themes/dark.tokens.json" }
        ]
      },
      "default": "light"
    }
  },
  "sets": { "primitives": { "sources": [{ "$ref": "a.tokens.json" }] } }
}
`;

describe('resolver text edits', () => {
  test('inserts a context in the style of its siblings and leaves every other byte alone', () => {
    const doc = readResolverText('r.json', pretty);
    const edited = insertMember(
      doc,
      ['modifiers', 'theme', 'contexts'],
      'dim',
      [{ $ref: 'themes/dim.tokens.json' }],
      'hint',
    );
    expect(edited.text).toContain(
      `        ],\n        "dim": [\n          {\n            "$ref": "themes/dim.tokens.json"\n          }\n        ]\n      },`,
    );
    expect(edited.text.replace(/,\n {8}"dim": \[[\s\S]*?\n {8}\]/, '')).toBe(pretty);
    expect((edited.value.modifiers as any).theme.contexts.dim).toEqual([{ $ref: 'themes/dim.tokens.json' }]);
  });

  test('creates the missing objects on the way ($extensions › org.livery › colorScheme)', () => {
    const edited = insertMember(
      readResolverText('r.json', pretty),
      ['modifiers', 'theme', '$extensions', 'org.livery', 'colorScheme'],
      'dim',
      'dark',
      'hint',
    );
    expect((edited.value.modifiers as any).theme.$extensions).toEqual({
      'org.livery': { colorScheme: { dim: 'dark' } },
    });
  });

  test('single-line arrays and objects stay on one line', () => {
    const edited = appendElement(
      readResolverText('r.json', pretty),
      ['sets', 'primitives', 'sources'],
      { $ref: 'b.tokens.json' },
      'hint',
    );
    expect(edited.text).toContain('"sources": [{ "$ref": "a.tokens.json" }, { "$ref": "b.tokens.json" }]');
  });

  test('refuses comments, trailing commas and unexpected shapes, naming the file and the line to add by hand', () => {
    expect(() => readResolverText('r.json', `{ // brand\n "a": 1 }`)).toThrow(
      /r\.json has comments or trailing commas/,
    );
    expect(() => readResolverText('r.json', `{ "a": 1, }`)).toThrow(UnsafeResolverEdit);
    expect(() => readResolverText('r.json', `{ "a": `)).toThrow(/r\.json is not valid JSON/);
    const doc = readResolverText('r.json', `{ "modifiers": { "theme": { "contexts": [] } } }`);
    expect(() => insertMember(doc, ['modifiers', 'theme', 'contexts'], 'dim', [], '"dim": [...] in contexts')).toThrow(
      /r\.json: expected an object at #\/modifiers\/theme\/contexts but found a array.*Add by hand: "dim": \[\.\.\.\] in contexts/,
    );
    expect(() =>
      insertMember(readResolverText('r.json', pretty), ['modifiers', 'theme', 'contexts'], 'dark', [], 'h'),
    ).toThrow(/"dark" already exists/);
  });
});
