/**
 * Test helpers for `livery lint`, imported explicitly by each test: the mini brand (plus two
 * logo lockups) built once per test file into a temp dir as the catalogue, a lint-a-string
 * helper, and the accept/reject table runner the rule tests use.
 */
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../../scripts/build/run-build.ts';
import { readCatalogue } from '../../scripts/catalogue/read-catalogue.ts';
import { applyFixes } from '../../scripts/lint/fix.ts';
import { lintText, type LintSettings } from '../../scripts/lint/lint-file.ts';
import { rules } from '../../scripts/lint/rules/index.ts';
import { buildTokenIndex, type TokenIndex } from '../../scripts/lint/token-index.ts';
import type { Finding, Language, Rule } from '../../scripts/lint/types.ts';
import { MINI, ROOT } from './brand-fixture.ts';

export const LINT_FIXTURES = join(ROOT, 'tests', 'fixtures', 'lint');

let built: Promise<string> | undefined;

/** dist/tokens.json of the mini brand with logos, built once per test file. Returns its path. */
export function miniCatalogue(): Promise<string> {
  built ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'livery-lint-brand-'));
    cpSync(MINI, dir, { recursive: true });
    cpSync(join(LINT_FIXTURES, 'brand-assets'), join(dir, 'assets'), { recursive: true });
    const out = join(dir, 'dist');
    await runBuild({ resolverFile: join(dir, 'livery.resolver.json'), outDir: out });
    if (!readdirSync(out).includes('tokens.json')) throw new Error('the mini build wrote no tokens.json');
    return join(out, 'tokens.json');
  })();
  return built;
}

let index: Promise<TokenIndex> | undefined;
export function miniIndex(): Promise<TokenIndex> {
  index ??= miniCatalogue().then((file) => buildTokenIndex(readCatalogue(file)));
  return index;
}

export async function settingsFor(
  only?: Rule<any>[],
  options?: unknown,
  jsFix: LintSettings['jsFix'] = 'css-variable',
): Promise<LintSettings> {
  const chosen = only ?? rules;
  return {
    rules: chosen.map((rule) => ({
      rule,
      severity: rule.meta.severity,
      options: { ...rule.defaultOptions, ...(options ?? {}) },
    })),
    index: await miniIndex(),
    jsFix,
    unusedDisable: 'warning',
    fingerprints: true,
  };
}

export async function lintString(
  code: string,
  language: Language = 'css',
  only?: Rule<any>[],
  file = `test.${language === 'js' ? 'tsx' : language}`,
): Promise<Finding[]> {
  return lintText(file, code, language, await settingsFor(only));
}

export interface AcceptCase {
  code: string;
  description: string;
  language?: Language;
}

export interface RejectCase {
  code: string;
  /** A part of the message (or a pattern). */
  message: string | RegExp;
  line: number;
  column: number;
  language?: Language;
  /** The text after --fix, when the finding is fixable. */
  fixed?: string;
  description?: string;
  /** Every further finding the code must give, in order: a case asserts all of the rule's findings, not the first. */
  also?: { message: string | RegExp; line: number; column: number }[];
}

/** Runs a rule's accept/reject tables (after stylelint's and Terrazzo's rule testers). */
export function testRule(
  rule: Rule<any>,
  tables: { accept: AcceptCase[]; reject: RejectCase[]; options?: unknown },
): void {
  describe(rule.meta.id, () => {
    for (const c of tables.accept) {
      it(`accepts ${c.description}`, async () => {
        const findings = lintText(
          `accept.${c.language ?? 'css'}`,
          c.code,
          c.language ?? 'css',
          await settingsFor([rule], tables.options),
        );
        expect(findings.filter((f) => f.ruleId === rule.meta.id)).toEqual([]);
      });
    }
    for (const c of tables.reject) {
      it(`rejects ${c.description ?? c.code.slice(0, 60)}`, async () => {
        const language = c.language ?? 'css';
        const settings = await settingsFor([rule], tables.options);
        const findings = lintText(`reject.${language}`, c.code, language, settings).filter(
          (f) => f.ruleId === rule.meta.id,
        );
        // exactly the findings the case lists: a rule that reports a value twice, or misses one, fails
        const expected = [c, ...(c.also ?? [])];
        const listed = findings.map((f) => `${f.line}:${f.column} ${f.message}`);
        expect(listed, JSON.stringify(listed, null, 1)).toHaveLength(expected.length);
        findings.forEach((finding, i) => {
          const want = expected[i]!;
          expect({ line: finding.line, column: finding.column }).toEqual({ line: want.line, column: want.column });
          if (typeof want.message === 'string') expect(finding.message).toContain(want.message);
          else expect(finding.message).toMatch(want.message);
        });
        const first = findings[0]!;
        if (c.fixed !== undefined) {
          const fixed = applyFixes(
            c.code,
            findings.flatMap((f) => (f.fix ? [f.fix] : [])),
          );
          expect(fixed).toBe(c.fixed);
          // idempotent: nothing more to fix
          expect(lintText(`reject.${language}`, fixed, language, settings).filter((f) => f.fix)).toEqual([]);
        } else {
          expect(first.fix).toBeUndefined();
        }
      });
    }
  });
}
