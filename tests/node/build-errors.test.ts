import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig, Logger, parse } from '@terrazzo/parser';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../scripts/build/run-build.ts';
import { DiagnosticsError, type Diagnostic } from '../../scripts/diagnostics.ts';
import { brandWith, MINI, removeBrandCopies, snapshotTree } from './brand-fixture.ts';

afterAll(removeBrandCopies);

const read = (file: string) => JSON.parse(readFileSync(join(MINI, file), 'utf8'));
const semantic = read('semantic.tokens.json');
const resolver = read('livery.resolver.json');

/** @terrazzo/parser (an independent DTCG 2025.10 implementation) on the same brand: its error, or undefined when it accepts it. */
async function terrazzoError(dir: string): Promise<string | undefined> {
  const logger = new Logger({ level: 'silent' });
  const config = defineConfig({}, { logger, cwd: pathToFileURL(`${dir}/`) });
  const file = join(dir, 'livery.resolver.json');
  try {
    await parse([{ filename: pathToFileURL(file), src: readFileSync(file, 'utf8') }], { logger, config });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

async function failures(
  files: Record<string, unknown>,
): Promise<{ dir: string; errors: Diagnostic[]; before: Record<string, string>; after: Record<string, string> }> {
  const good = brandWith();
  const brand = brandWith(files);
  // A previous good build sits in dist/; a failing build must leave it exactly as it was.
  await runBuild({ resolverFile: good.resolver, outDir: brand.out });
  const before = snapshotTree(brand.out);
  let errors: Diagnostic[] = [];
  try {
    await runBuild({ resolverFile: brand.resolver, outDir: brand.out });
  } catch (error) {
    if (!(error instanceof DiagnosticsError)) throw error;
    errors = error.diagnostics.filter((d) => d.severity === 'error');
  }
  return { dir: brand.dir, errors, before, after: snapshotTree(brand.out) };
}

interface Case {
  description: string;
  files: Record<string, unknown>;
  /** Each expected error: file suffix, token path or pointer, message (a string is the exact message). */
  expect: { file: string; at?: string; message: RegExp | string; fix?: RegExp | string; line?: number }[];
  /** These are all the errors of the run (nothing missing, nothing reported twice or as a consequence). */
  only?: boolean;
  /** @terrazzo/parser rejects the same files too (with an error matching this). */
  terrazzo?: RegExp;
}

/** Messages name files relative to the working directory; the brand copy's own prefix is dropped to compare. */
let brandPrefix = '';
const matches = (pattern: RegExp | string, text: string | undefined) => {
  const shown = (text ?? '').replaceAll(brandPrefix, '');
  return typeof pattern === 'string' ? shown === pattern : pattern.test(shown);
};

const withSemantic = (patch: (s: any) => void) => {
  const copy = structuredClone(semantic);
  patch(copy);
  return copy;
};
const withResolver = (patch: (r: any) => void) => {
  const copy = structuredClone(resolver);
  patch(copy);
  return copy;
};

const cases: Case[] = [
  {
    description: 'invalid JSON names the file, line and column',
    files: { 'semantic.tokens.json': '{\n  "color": {\n    "x": \n  }\n}' },
    expect: [{ file: 'semantic.tokens.json', message: /invalid JSON/, line: 4 }],
  },
  {
    description: 'an unknown $type lists the known ones',
    files: {
      'semantic.tokens.json': withSemantic((s) => {
        s.color.surface.$type = 'colour';
      }),
    },
    expect: [
      {
        file: 'semantic.tokens.json',
        at: 'color.surface',
        message: /unknown \$type "colour"/,
        fix: /color, dimension/,
      },
    ],
    terrazzo: /colour/,
  },
  {
    description: 'a legacy string color is invalid for DTCG 2025.10',
    files: {
      'semantic.tokens.json': withSemantic((s) => {
        s.color.surface.$value = '#ffffff';
      }),
    },
    expect: [{ file: 'semantic.tokens.json', at: 'color.surface', message: /legacy string color/ }],
  },
  {
    description: 'a dimension without a unit',
    files: { 'primitives.tokens.json': { space: { $type: 'dimension', 4: { $value: { value: 4 } } } } },
    expect: [{ file: 'primitives.tokens.json', at: 'space.4', message: /"unit" must be "px" or "rem"/ }],
  },
  {
    description: 'a reference to a missing token suggests the closest name',
    files: {
      'semantic.tokens.json': withSemantic((s) => {
        s.color.text.$value = '{palette.inkk}';
      }),
    },
    expect: [
      {
        file: 'semantic.tokens.json',
        at: 'color.text',
        message: /"\{palette\.inkk\}" refers to a token that does not exist/,
        fix: /did you mean \{palette\.ink\}/,
      },
    ],
    terrazzo: /Could not resolve alias \{palette\.inkk\}/,
  },
  {
    description: 'a reference cycle is printed',
    files: {
      'semantic.tokens.json': withSemantic((s) => {
        s.color.action.$value = '{color.old-link}';
      }),
    },
    expect: [{ file: 'semantic.tokens.json', message: /reference cycle: (color\.[a-z-]+ → ){3}color\.[a-z-]+/ }],
    terrazzo: /circular|cycle/i,
  },
  {
    description: 'two tokens that map to the same CSS variable',
    files: {
      'semantic.tokens.json': withSemantic((s) => {
        s.color.old = { link: { $value: '{palette.blue}', $description: 'x' } };
      }),
    },
    expect: [
      {
        file: 'semantic.tokens.json',
        message: /maps to the CSS variable --lv-color-old-link, which color\.(old-link|old\.link)/,
      },
    ],
  },
  {
    description: 'a mode file that overrides a token the base does not have',
    files: {
      'themes/dark.tokens.json': { color: { ghost: { $value: '{palette.ink}' }, text: { $value: '{palette.white}' } } },
    },
    expect: [
      {
        file: 'themes/dark.tokens.json',
        at: 'color.ghost',
        message: /"theme: dark" introduces a token that no set defines/,
      },
    ],
  },
  {
    description: 'a mode file that changes a token type',
    files: { 'themes/dark.tokens.json': { color: { text: { $type: 'dimension', $value: { value: 1, unit: 'px' } } } } },
    expect: [
      {
        file: 'themes/dark.tokens.json',
        at: 'color.text',
        line: 4,
        message:
          'the $type of color.text changes here: its "$type": "dimension" differs from "color" in semantic.tokens.json:5',
      },
    ],
    only: true,
  },
  {
    description: 'a group and a token at the same path, across files',
    files: {
      'extra.tokens.json': {
        palette: { ink: { soft: { $type: 'color', $value: { colorSpace: 'oklch', components: [0.3, 0, 0] } } } },
      },
      'livery.resolver.json': withResolver((r) => {
        r.sets.semantic.sources.push({ $ref: 'extra.tokens.json' });
      }),
    },
    expect: [
      {
        file: 'extra.tokens.json',
        at: 'palette.ink.soft',
        message: /"palette\.ink" is a token in .*primitives\.tokens\.json and a group here/,
      },
    ],
  },
  {
    description: 'a token that is also a group inside one file',
    files: {
      'semantic.tokens.json': withSemantic((s) => {
        s.color.surface.raised = { $value: '{palette.white}' };
      }),
    },
    expect: [{ file: 'semantic.tokens.json', at: 'color.surface', message: /is both a token .* and a group/ }],
  },
  {
    description: 'every error of a run is reported, not just the first',
    files: {
      'semantic.tokens.json': withSemantic((s) => {
        s.color.text.$value = '{palette.nope}';
        s.color.surface.$type = 'colour';
      }),
      'themes/dark.tokens.json': { color: { ghost: { $value: '{palette.ink}' } } },
    },
    expect: [
      { file: 'semantic.tokens.json', at: 'color.surface', message: /unknown \$type/ },
      { file: 'themes/dark.tokens.json', at: 'color.ghost', message: /introduces a token/ },
    ],
  },
  {
    description: 'a reduced-motion value or a deprecation that names a missing token',
    files: {
      'semantic.tokens.json': withSemantic((s) => {
        s.motion.enter.$extensions['org.livery'].reducedMotion.duration = '{duration.nonee}';
        s.color['old-link'].$deprecated = 'Use {color.lnk} instead.';
      }),
    },
    expect: [
      {
        file: 'semantic.tokens.json',
        at: 'motion.enter ($extensions.org.livery.reducedMotion)',
        message: /"\{duration\.nonee\}" refers to a token that does not exist/,
        fix: /did you mean \{duration\.none\}/,
      },
      {
        file: 'semantic.tokens.json',
        at: 'color.old-link ($deprecated)',
        message: /names the replacement \{color\.lnk\}, which does not exist/,
        fix: /color\.link/,
      },
    ],
  },
  {
    description: 'a logo that paints with an off-brand color',
    files: { 'assets/logo/full-default.svg': '<svg viewBox="0 0 10 10"><path fill="#123456" d="M0 0h10v10z"/></svg>' },
    expect: [
      {
        file: 'assets/logo/full-default.svg',
        message: /paints with #123456, which is not the value of any color token/,
      },
    ],
  },
  // The resolver (DTCG 2025.10 Resolver module)
  {
    description: 'a resolver whose version is not 2025.10',
    files: {
      'livery.resolver.json': withResolver((r) => {
        r.version = '2025.01';
      }),
    },
    expect: [{ file: 'livery.resolver.json', at: '#/version', message: /"version" is "2025\.01"/, line: 3 }],
  },
  {
    description: 'a $ref to a missing file',
    files: {
      'livery.resolver.json': withResolver((r) => {
        r.sets.semantic.sources = [{ $ref: 'semantics.tokens.json' }];
      }),
    },
    expect: [
      {
        file: 'livery.resolver.json',
        at: '#/sets/semantic/sources/0',
        message: /semantics\.tokens\.json does not exist/,
      },
    ],
  },
  {
    description: 'a $ref to a missing pointer',
    files: {
      'livery.resolver.json': withResolver((r) => {
        r.resolutionOrder[1] = { $ref: '#/sets/semantics' };
      }),
    },
    expect: [
      {
        file: 'livery.resolver.json',
        at: '#/resolutionOrder/1',
        message: /points at nothing/,
        fix: /#\/sets\/semantic/,
      },
    ],
  },
  {
    description: 'a $ref cycle',
    files: {
      'livery.resolver.json': withResolver((r) => {
        r.sets.semantic.sources.push({ $ref: '#/sets/extra' });
        r.sets.extra = { sources: [{ $ref: '#/sets/semantic' }] };
      }),
    },
    expect: [{ file: 'livery.resolver.json', message: /\$ref cycle: .*#\/sets\/extra → #\/sets\/semantic/ }],
  },
  {
    description: 'a modifier whose default is not one of its contexts',
    files: {
      'livery.resolver.json': withResolver((r) => {
        r.modifiers.theme.default = 'dusk';
      }),
    },
    expect: [
      {
        file: 'livery.resolver.json',
        at: '#/modifiers/theme/default',
        message: /default "dusk" of modifier "theme" is not one of its contexts \(light, dark\)/,
      },
    ],
  },
  {
    description: 'two modifiers named the same (duplicate JSON key)',
    files: { 'livery.resolver.json': JSON.stringify(resolver, null, 2).replace('"brand": {', '"theme": {') },
    expect: [{ file: 'livery.resolver.json', at: '#/modifiers/theme', message: /"theme" appears twice/ }],
  },
  {
    description: 'two modifiers named the same (inline modifier)',
    files: {
      'livery.resolver.json': withResolver((r) => {
        r.resolutionOrder.push({ type: 'modifier', name: 'theme', contexts: { a: [] }, default: 'a' });
      }),
    },
    expect: [{ file: 'livery.resolver.json', at: '#/resolutionOrder/4', message: /two modifiers are named "theme"/ }],
  },
  {
    description: 'a set listed twice in the resolution order',
    files: {
      'livery.resolver.json': withResolver((r) => {
        r.resolutionOrder.push({ $ref: '#/sets/primitives' });
      }),
    },
    expect: [
      { file: 'livery.resolver.json', at: '#/resolutionOrder/4', message: /the set "primitives" is listed twice/ },
    ],
  },
];

const AMBER = { colorSpace: 'oklch', components: [0.75, 0.16, 70] };
const highContrast = {
  color: { surface: { $type: 'color', $value: '{palette.white}' }, text: { $type: 'color', $value: '{palette.ink}' } },
};
const withHighContrast = withResolver((r) => {
  r.modifiers.theme.contexts['high-contrast'] = [{ $ref: 'themes/high-contrast.tokens.json' }];
});

/** Issue 14: the resolver is the one description, every error in one run, a $type change blamed where it happened. */
const issue14Cases: Case[] = [
  {
    description:
      'a theme file the resolver does not list is an error naming the resolver line to add (it used to override the light theme)',
    files: { 'themes/sepia.tokens.json': { color: { text: { $type: 'color', $value: AMBER } } } },
    expect: [
      {
        file: 'themes/sepia.tokens.json',
        message:
          'is not listed in livery.resolver.json, so no set or context reads it: the resolver is the one description of the brand',
        fix:
          'add "sepia": [{ "$ref": "themes/sepia.tokens.json" }' +
          '] to "contexts" of the modifier "theme" in livery.resolver.json ' +
          '(#/modifiers/theme/contexts, line 10), where the other files of themes/ are listed; if it ' +
          'is not a context of its own, add { "$ref": "themes/sepia.tokens.json" }' +
          ' to the context or set it belongs to',
      },
    ],
    only: true,
  },
  {
    description: 'a token file beside the resolver that no set lists names the set to add it to',
    files: { 'extra.tokens.json': { opacity: { $type: 'number', muted: { $value: 0.6 } } } },
    expect: [
      {
        file: 'extra.tokens.json',
        message:
          'is not listed in livery.resolver.json, so no set or context reads it: the resolver is the one description of the brand',
        fix:
          'add { "$ref": "extra.tokens.json" } to "sources" of the set "primitives" in ' +
          'livery.resolver.json (#/sets/primitives/sources, line 5), where the other files of its ' +
          'folder are listed; or to the context it belongs to',
      },
    ],
    only: true,
  },
  {
    description: 'an unlisted file and a broken token in a listed one are reported in the same run',
    files: {
      'brands/winter.tokens.json': { color: { action: { $type: 'color', $value: AMBER } } },
      'semantic.tokens.json': withSemantic((s) => {
        s.color.text.$value = '{palette.inkk}';
      }),
    },
    expect: [
      {
        file: 'brands/winter.tokens.json',
        message: /is not listed in livery\.resolver\.json/,
        fix: /add "winter": \[\{ "\$ref": "brands\/winter\.tokens\.json" \}\] to "contexts" of the modifier "brand"/,
      },
      {
        file: 'semantic.tokens.json',
        at: 'color.text',
        message: /"\{palette\.inkk\}" refers to a token that does not exist/,
      },
    ],
    only: true,
  },
  {
    description:
      'a bad color, a missing reference and an unknown type in one file: all three in one run, each with its line',
    files: {
      'semantic.tokens.json': withSemantic((s) => {
        s.color.surface.$value = { colorSpace: 'oklch', components: [1, 0] };
        s.color.text.$value = '{palette.nope}';
        s.color.action.$type = 'colour';
      }),
    },
    expect: [
      {
        file: 'semantic.tokens.json',
        at: 'color.surface',
        line: 4,
        message: 'invalid color value: "components" must be three numbers (or "none"), got [1,0]',
        fix: 'correct $value to a valid DTCG color',
      },
      {
        file: 'semantic.tokens.json',
        at: 'color.text',
        line: 14,
        message: '"{palette.nope}" refers to a token that does not exist (in theme=light,brand=default)',
        fix: 'did you mean {palette.blue}?',
      },
      {
        file: 'semantic.tokens.json',
        at: 'color.action',
        line: 18,
        message: 'unknown $type "colour"',
        fix: /^use one of color, dimension, duration/,
      },
    ],
    // color.link refers to the broken color.action: that is not a fourth error.
    only: true,
    terrazzo: /palette\.nope|colour|components/,
  },
  {
    description: 'a $type changed in a set file is reported there, not at the two themes that override the token',
    files: {
      'semantic.tokens.json': withSemantic((s) => {
        s.color.surface.$type = 'dimension';
        s.color.surface.$value = { value: 1, unit: 'px' };
      }),
      'themes/high-contrast.tokens.json': highContrast,
      'livery.resolver.json': withHighContrast,
    },
    expect: [
      {
        file: 'semantic.tokens.json',
        at: 'color.surface',
        line: 10,
        message:
          'the $type of color.surface changes here: its "$type": "dimension" differs from "color" in ' +
          'themes/dark.tokens.json:3, themes/high-contrast.tokens.json:3',
        fix:
          'keep "$type": "color" here; if color.surface really becomes a dimension, change it in ' +
          'themes/dark.tokens.json:3, themes/high-contrast.tokens.json:3 too, or give the new value ' +
          'its own token',
      },
    ],
    only: true,
  },
  {
    description: 'a token whose own $type departs from its group is where the type changed, with a single override too',
    files: {
      'semantic.tokens.json': withSemantic((s) => {
        s.color.surface.$type = 'dimension';
        s.color.surface.$value = { value: 1, unit: 'px' };
      }),
    },
    expect: [
      {
        file: 'semantic.tokens.json',
        at: 'color.surface',
        line: 10,
        message:
          'the $type of color.surface changes here: its "$type": "dimension" differs from "color" in themes/dark.tokens.json:3',
      },
    ],
    only: true,
  },
  {
    description: 'a group $type changed in a set file names the group and its line',
    files: {
      'semantic.tokens.json': withSemantic((s) => {
        s.color.$type = 'dimension';
      }),
      'themes/high-contrast.tokens.json': highContrast,
      'livery.resolver.json': withHighContrast,
    },
    expect: [
      {
        file: 'semantic.tokens.json',
        at: 'color.surface',
        line: 3,
        message:
          'the $type of color.surface changes here: the "$type": "dimension" of the group "color" (line 3) ' +
          'differs from "color" in themes/dark.tokens.json:3, themes/high-contrast.tokens.json:3',
      },
      {
        file: 'semantic.tokens.json',
        at: 'color.action',
        line: 3,
        message:
          /the "\$type": "dimension" of the group "color" \(line 3\) differs from "color" in themes\/dark\.tokens\.json:5, brands\/campaign\.tokens\.json:3$/,
      },
    ],
  },
];

describe('bad input: every error names the file and token path or pointer, and dist/ is left untouched', () => {
  for (const c of [...cases, ...issue14Cases]) {
    it(c.description, async () => {
      const { dir, errors, before, after } = await failures(c.files);
      brandPrefix = `${relative(process.cwd(), dir)}/`;
      expect(errors.length).toBeGreaterThan(0);
      for (const want of c.expect) {
        const match = errors.find(
          (e) => e.file.endsWith(want.file) && (!want.at || e.at === want.at) && matches(want.message, e.message),
        );
        expect(
          match,
          `no error like ${want.message} at ${want.file} ${want.at ?? ''}; got:\n${errors.map((e) => `${e.file} ${e.at} ${e.message}`).join('\n')}`,
        ).toBeDefined();
        expect(match!.fix, 'every error says how to fix it').toBeTruthy();
        if (want.fix) expect(matches(want.fix, match!.fix), `fix: ${match!.fix}`).toBe(true);
        if (want.line) expect(match!.line).toBe(want.line);
      }
      if (c.only) expect(errors.map((e) => `${e.file} ${e.at} ${e.message}`)).toHaveLength(c.expect.length);
      expect(after).toEqual(before);
      if (c.terrazzo) expect(await terrazzoError(dir)).toMatch(c.terrazzo);
    });
  }
});
