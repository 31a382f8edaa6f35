import { describe, expect, test } from 'vitest';
import type { CatalogueFile } from '../../catalogue/catalogue-schema.ts';
import { parseCheckConfig } from '../config.ts';
import type { CheckRule, Finding } from '../rule.ts';
import { ruleIds } from '../rules/index.ts';
import { runCheck } from '../run-check.ts';
import { buildMini, cleanMini, type Json } from './fixture.ts';

/**
 * Rule tests as tables (after stylelint): each `accept` case edits the clean mini brand and must
 * give no finding of the rule; each `reject` case must give exactly the listed findings.
 */
export interface RuleCase {
  description: string;
  edit?: (files: Record<string, Json>) => void;
  /** Edits dist/tokens.json after the build, for catalogues the build would refuse. */
  editCatalogue?: (data: CatalogueFile) => void;
  options?: Record<string, unknown>;
}

export interface RejectCase extends RuleCase {
  findings: Partial<Pick<Finding, 'file' | 'at' | 'message' | 'fix' | 'permutation'>>[];
}

async function findingsOf(rule: CheckRule<never>, c: RuleCase): Promise<Finding[]> {
  const { catalogue } = await buildMini((files) => {
    cleanMini(files);
    c.edit?.(files);
  }, c.editCatalogue);
  const config = parseCheckConfig(
    { rules: { [rule.meta.id]: c.options ? ['error', c.options] : 'error' } },
    'test',
    ruleIds,
  );
  return runCheck(catalogue, config).findings.filter((f) => f.rule === rule.meta.id);
}

export function testRule(rule: CheckRule<never>, cases: { accept: RuleCase[]; reject: RejectCase[] }): void {
  describe(rule.meta.id, () => {
    for (const c of cases.accept) {
      test(`accepts: ${c.description}`, async () => {
        expect(await findingsOf(rule, c)).toEqual([]);
      });
    }
    for (const c of cases.reject) {
      test(`rejects: ${c.description}`, async () => {
        const findings = await findingsOf(rule, c);
        expect(findings).toHaveLength(c.findings.length);
        c.findings.forEach((expected, i) => {
          expect(findings[i]).toMatchObject(expected);
          expect(findings[i]!.message.endsWith(`(${rule.meta.id})`)).toBe(true);
        });
      });
    }
  });
}
