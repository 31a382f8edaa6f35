import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../scripts/build/run-build.ts';
import { readCatalogue } from '../../scripts/catalogue/read-catalogue.ts';
import { MINI, ROOT } from './brand-fixture.ts';

/**
 * The deprecation lifecycle, checked on a real build of the mini brand, whose `color.old-link` is
 * deprecated in favour of `color.link` (`"$value": "{color.link}"`, `"$deprecated": "Use {color.link} instead."`).
 * Old names must keep working everywhere, as aliases of their replacement, and say they are deprecated.
 */
let out: string;
const read = (file: string) => readFileSync(join(out, file), 'utf8');

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'livery-deprecation-'));
  await runBuild({ resolverFile: join(MINI, 'livery.resolver.json'), outDir: out });
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Every `selector { … }` block of a stylesheet with its declarations (nested @media blocks included). */
function cssBlocks(css: string): { selector: string; declarations: Map<string, string> }[] {
  const blocks: { selector: string; declarations: Map<string, string> }[] = [];
  for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declarations = new Map<string, string>();
    for (const d of m[2]!.split(';')) {
      const i = d.indexOf(':');
      if (i > 0) declarations.set(d.slice(0, i).trim(), d.slice(i + 1).trim());
    }
    blocks.push({ selector: m[1]!.replace(/\/\*[\s\S]*?\*\//g, '').trim(), declarations });
  }
  return blocks;
}

describe('deprecated tokens stay available as aliases in every output', () => {
  it('the catalogue records the deprecation and its replacement', () => {
    const token = readCatalogue(join(out, 'tokens.json')).get('color.old-link')!;
    expect(token.status).toBe('deprecated');
    expect(token.deprecated).toEqual({ message: 'Use {color.link} instead.', replacement: 'color.link' });
  });

  it('CSS: the old custom property is var(--new) wherever the new one is (re)declared, so it follows every theme', () => {
    for (const file of [
      'css/livery.css',
      'css/themes/light.css',
      'css/themes/dark.css',
      'css/themes/dark-campaign.css',
    ]) {
      const blocks = cssBlocks(read(file)).filter((b) => b.declarations.has('--lv-color-link'));
      expect(blocks.length, file).toBeGreaterThan(0);
      for (const block of blocks)
        expect(block.declarations.get('--lv-color-old-link'), `${file} ${block.selector}`).toBe('var(--lv-color-link)');
    }
    // Custom properties resolve var() where they are declared: an alias declared only on :root
    // would keep the light value inside [data-theme="dark"]. So it is redeclared in each block.
    expect(
      cssBlocks(read('css/livery.css'))
        .filter((b) => b.declarations.has('--lv-color-old-link'))
        .map((b) => b.selector),
    ).toEqual(expect.arrayContaining([':root', '[data-theme="dark"]', '[data-brand="campaign"]']));
  });

  it('JS: the old export exists with the value of the new one, in every permutation', async () => {
    const js = await import(join(out, 'js', 'tokens.js'));
    expect(js.colorOldLink).toBe(js.colorLink);
    for (const name of ['light', 'dark', 'light-campaign', 'dark-campaign']) {
      expect(js.tokensFor(name)['color.old-link'], name).toBe(js.tokensFor(name)['color.link']);
    }
  });

  it('TypeScript: the old export carries @deprecated, so editors strike it through and name the replacement', () => {
    expect(read('js/tokens.d.ts')).toMatch(
      new RegExp(
        /\/\*\*\n \* Old name of color\.link\.\n(?: \*.*\n)*/.source +
          / \* @deprecated Use \{color\.link\} instead\. Use `colorLink`\.\n \*\/\nexport declare const colorOldLink: string;/
            .source,
      ),
    );
    // What an editor shows: TypeScript's own "is deprecated" suggestion (rendered as strike-through).
    const consumer = join(out, 'js', 'consumer.ts');
    writeFileSync(
      consumer,
      "import { colorOldLink, colorLink } from './tokens.js';\nexport const a = [colorOldLink, colorLink];\n",
    );
    const options: ts.CompilerOptions = {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
    };
    const host: ts.LanguageServiceHost = {
      getScriptFileNames: () => [consumer],
      getScriptVersion: () => '1',
      getScriptSnapshot: (f) => (ts.sys.fileExists(f) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(f)!) : undefined),
      getCurrentDirectory: () => out,
      getCompilationSettings: () => options,
      getDefaultLibFileName: ts.getDefaultLibFilePath,
      fileExists: ts.sys.fileExists,
      readFile: ts.sys.readFile,
    };
    const service = ts.createLanguageService(host);
    expect(
      service.getSemanticDiagnostics(consumer).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    ).toEqual([]);
    const deprecated = service.getSuggestionDiagnostics(consumer).filter((d) => d.reportsDeprecated);
    const names = deprecated.map((d) => readFileSync(consumer, 'utf8').slice(d.start!, d.start! + d.length!));
    expect(names).toEqual(['colorOldLink', 'colorOldLink']); // the import and the use; colorLink is not struck
    expect(ts.flattenDiagnosticMessageText(deprecated[0]!.messageText, '\n')).toMatch(/'colorOldLink' is deprecated/);
  });

  it('Swift: @available(*, deprecated) on the old name in every permutation enum', () => {
    const swift = read('ios/LiveryTokens.swift');
    const lets = [...swift.matchAll(/(.*)\n\s*public static let colorOldLink = /g)];
    expect(lets).toHaveLength(4);
    for (const m of lets) expect(m[1]!.trim()).toBe('@available(*, deprecated, message: "Use {color.link} instead.")');
  });

  it('Kotlin: @Deprecated on the old name in every permutation object', () => {
    const kotlin = read('android/LiveryTokens.kt');
    const vals = [...kotlin.matchAll(/(.*)\n\s*val colorOldLink = /g)];
    expect(vals).toHaveLength(4);
    for (const m of vals) expect(m[1]!.trim()).toBe('@Deprecated("Use {color.link} instead.")');
  });

  it('SCSS and React Native keep the old name with the current value', () => {
    const scss = read('scss/_livery.scss');
    const link = /\$lv-color-link: (.*);/.exec(scss)![1];
    expect(scss).toContain(`$lv-color-old-link: ${link};`);
    expect(scss).toContain('"color.old-link": var(--lv-color-old-link),');
    expect(read('react-native/tokens.d.ts')).toContain('readonly colorOldLink: string;');
  });

  it('SCSS marks the old variable with a SassDoc @deprecated naming the replacement', () => {
    expect(read('scss/_livery.scss')).toMatch(
      /\/\/\/ @deprecated Use \{color\.link\} instead\. Use \$lv-color-link\.\n\$lv-color-old-link: /,
    );
  });
  it('React Native: the old member of LiveryTokens carries @deprecated', () => {
    expect(read('react-native/tokens.d.ts')).toMatch(
      /\/\*\* @deprecated Use \{color\.link\} instead\. Use `colorLink`\. \*\/\n\s*readonly colorOldLink: string;/,
    );
  });
});

const REPO_CATALOGUE = join(ROOT, 'dist', 'tokens.json');

describe.skipIf(!existsSync(REPO_CATALOGUE))('the default brand (dist/ of this repository, built by npm test)', () => {
  it('every deprecated token names a live replacement and its CSS variable aliases it in every block that sets the replacement', () => {
    const catalogue = readCatalogue(REPO_CATALOGUE);
    const deprecated = [...catalogue.tokens.values()].filter((t) => t.deprecated);
    expect(deprecated.length).toBeGreaterThan(0);
    const blocks = cssBlocks(readFileSync(join(ROOT, 'dist', 'css', 'livery.css'), 'utf8'));
    for (const token of deprecated) {
      const replacement = catalogue.get(token.deprecated!.replacement ?? '');
      expect(replacement, `${token.name} names no existing replacement`).toBeDefined();
      expect(replacement!.deprecated, `${token.name} → ${replacement!.name} is deprecated too`).toBeNull();
      expect(token.raw, `${token.name} should be an alias of its replacement`).toBe(`{${replacement!.name}}`);
      const setting = blocks.filter((b) => b.declarations.has(replacement!.cssVariable));
      expect(setting.length).toBeGreaterThan(0);
      for (const block of setting)
        expect(block.declarations.get(token.cssVariable), `${token.cssVariable} in ${block.selector}`).toBe(
          `var(${replacement!.cssVariable})`,
        );
    }
  });
});
