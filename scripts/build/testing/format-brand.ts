import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import type { Brand } from '../../resolver/compose-brand.ts';
import type { LiveryFormat } from '../formats/format.ts';
import { loadBrand } from '../load-brand.ts';

/**
 * The smallest brand that reaches every edge a format must handle: a translucent colour, a
 * negative length, rem and s units, the three composites with sub-properties (shadow, border,
 * typography), a deprecated token with its replacement, names with digits, and a dark theme that
 * changes a few tokens. Format tests (`formats/<name>.test.ts`) run their format over it and
 * compare the whole output.
 */
const color = (hex: string, components: number[], alpha?: number) => ({
  colorSpace: 'srgb',
  components,
  ...(alpha === undefined ? {} : { alpha }),
  hex,
});

const FILES: Record<string, unknown> = {
  'livery.resolver.json': {
    name: 'Tiny',
    version: '2025.10',
    sets: { base: { sources: [{ $ref: 'base.tokens.json' }] } },
    modifiers: {
      theme: {
        contexts: { light: [], dark: [{ $ref: 'dark.tokens.json' }] },
        default: 'light',
        $extensions: {
          'org.livery': {
            media: { dark: '(prefers-color-scheme: dark)' },
            colorScheme: { light: 'light', dark: 'dark' },
          },
        },
      },
    },
    resolutionOrder: [{ $ref: '#/sets/base' }, { $ref: '#/modifiers/theme' }],
  },
  'base.tokens.json': {
    palette: {
      $type: 'color',
      blue: { '500': { $value: color('#2050c0', [0.125, 0.3137, 0.7529]) } },
      gray: { '900': { $value: color('#111111', [0.0667, 0.0667, 0.0667]) } },
      white: { $value: color('#ffffff', [1, 1, 1]) },
    },
    color: {
      $type: 'color',
      text: { $value: '{palette.gray.900}' },
      link: { $value: '{palette.blue.500}' },
      scrim: { $value: color('#111111', [0.0667, 0.0667, 0.0667], 0.5) },
      accent: {
        $value: '{palette.blue.500}',
        $deprecated: 'Use {color.link} ($lv-color-link in Sass).',
      },
    },
    space: {
      $type: 'dimension',
      '2': { $value: { value: 8, unit: 'px' } },
      '1x5': { $value: { value: 1.5, unit: 'rem' } },
      'pull-1': { $value: { value: -4, unit: 'px' } },
    },
    duration: { fast: { $type: 'duration', $value: { value: 0.15, unit: 's' } } },
    font: {
      family: { body: { $type: 'fontFamily', $value: ['Inter Variable', 'system-ui', 'sans-serif'] } },
      weight: { bold: { $type: 'fontWeight', $value: 700 } },
    },
    shadow: {
      raised: {
        $type: 'shadow',
        $value: {
          color: '{color.scrim}',
          offsetX: { value: 0, unit: 'px' },
          offsetY: { value: 2, unit: 'px' },
          blur: { value: 4, unit: 'px' },
          spread: { value: -1, unit: 'px' },
        },
      },
    },
    border: {
      focus: {
        $type: 'border',
        $value: { color: '{color.link}', width: { value: 2, unit: 'px' }, style: 'solid' },
      },
    },
    text: {
      body: {
        $type: 'typography',
        $value: {
          fontFamily: '{font.family.body}',
          fontSize: { value: 1, unit: 'rem' },
          fontWeight: '{font.weight.bold}',
          lineHeight: 1.5,
          letterSpacing: { value: -0.01, unit: 'rem' },
        },
      },
    },
  },
  'dark.tokens.json': {
    color: { $type: 'color', text: { $value: '{palette.white}' } },
  },
};

let made: { dir: string; brand: Brand } | undefined;

/** The tiny brand, loaded once per test file; `removeFormatBrand` deletes its folder. */
export function formatBrand(): Brand {
  if (made) return made.brand;
  const dir = mkdtempSync(join(tmpdir(), 'livery-format-'));
  for (const [file, content] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), JSON.stringify(content, null, 2));
  }
  made = { dir, brand: loadBrand(join(dir, 'livery.resolver.json')) };
  return made.brand;
}

export function removeFormatBrand(): void {
  if (made) rmSync(made.dir, { recursive: true, force: true });
  made = undefined;
}

/** A format's output for the tiny brand, with Style Dictionary's `options` when the format reads them. */
export async function formatOutput(format: LiveryFormat, options: Record<string, unknown> = {}): Promise<string> {
  const run = format.create(formatBrand()) as (args: unknown) => string | Promise<string>;
  const output = await run({ options, dictionary: {}, file: {}, platform: {} });
  // paths of the temporary brand folder, absolute or relative to the working folder, vary by run
  return made
    ? output.replaceAll(relative(process.cwd(), made.dir), '<brand>').replaceAll(made.dir, '<brand>')
    : output;
}

/** Files written to a fresh temporary folder (removed after `use`), for outside tools to read. */
export async function withFiles<T>(files: Record<string, string>, use: (dir: string) => T | Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'livery-format-out-'));
  try {
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    return await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** TypeScript's own verdict on a set of files (strict, ESM): its error messages, none when they type-check. */
export function typeErrors(dir: string, roots: string[]): string[] {
  const program = ts.createProgram(
    roots.map((root) => join(dir, root)),
    {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts'],
      allowJs: false,
      skipLibCheck: false,
      types: [],
    },
  );
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/**
 * TypeScript's verdict on consumer modules that import `./tokens.js` (the format's module) typed by
 * `./tokens.d.ts` (its declarations): each consumer's error messages, none when it type-checks.
 */
export function typeCheckConsumers(
  module: string,
  declarations: string,
  consumers: Record<string, string>,
): Promise<Record<string, string[]>> {
  const files = { 'package.json': '{ "type": "module" }', 'tokens.js': module, 'tokens.d.ts': declarations };
  const sources = Object.fromEntries(Object.entries(consumers).map(([name, code]) => [`${name}.ts`, code]));
  return withFiles({ ...files, ...sources }, (dir) =>
    Object.fromEntries(Object.keys(consumers).map((name) => [name, typeErrors(dir, [`${name}.ts`])])),
  );
}

/** The part of a generated file from one marker up to the next (or the end): one permutation's block. */
export const between = (text: string, from: string, to?: string) =>
  text.slice(text.indexOf(from), to === undefined ? undefined : text.indexOf(to));
