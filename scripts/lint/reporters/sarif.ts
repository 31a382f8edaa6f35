/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning: stable rule ids with help, relative
 * POSIX paths under %SRCROOT%, regions with line and column, fingerprints that survive line moves,
 * and skipped files as tool notifications. Results are written as each file is linted; the run's
 * invocation (skipped files) follows them.
 */
import { packageHomepage, packageRepository, PACKAGE_NAME } from '../../package-identity.ts';
import { directiveRules } from '../disable.ts';
import { allowlistRule } from '../allowlist.ts';
import { rules } from '../rules/index.ts';
import type { Finding, LintResult, RuleMeta } from '../types.ts';
import { renderAll, type Reporter } from './reporter.ts';

function allRuleMetas(): RuleMeta[] {
  return [...rules.map((r) => r.meta), ...directiveRules, allowlistRule];
}

/**
 * A rule's README as an absolute URL in the source repository at this release's tag (SARIF viewers
 * such as GitHub code scanning link `helpUri`; a path inside the package would not open).
 */
export function ruleDocsUri(docsPath: string, version: string): string {
  return /^https?:\/\//.test(docsPath) ? docsPath : `${packageRepository()}/blob/v${version}/${docsPath}`;
}

const RESULTS = '"livery:results"';
const INVOCATIONS = '"livery:invocations"';

export function sarifReporter(version = '0.0.0'): Reporter {
  const metas = allRuleMetas();
  const ruleIndex = new Map(metas.map((m, i) => [m.id, i]));
  const level = (s: string) => (s === 'error' ? 'error' : 'warning');
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: PACKAGE_NAME,
            version,
            semanticVersion: version,
            informationUri: packageHomepage(),
            rules: metas.map((m) => ({
              id: m.id,
              name: m.id.replace(/(^|-)([a-z])/g, (_, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: m.docs.description },
              fullDescription: { text: m.docs.description },
              helpUri: ruleDocsUri(m.docs.url, version),
              help: {
                text: `${m.docs.description} Documentation: ${ruleDocsUri(m.docs.url, version)}`,
                markdown: `${m.docs.description}\n\n[Rule documentation](${ruleDocsUri(m.docs.url, version)})`,
              },
              defaultConfiguration: { level: level(m.severity) },
              properties: { fixable: m.fixable, tags: ['livery', 'design-tokens'] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory livery lint ran in.' } } },
        // placeholders: results are streamed in, invocations (skipped files) are known at the end
        results: [JSON.parse(RESULTS)],
        invocations: JSON.parse(INVOCATIONS),
      },
    ],
  };
  const text = JSON.stringify(log, null, 2);
  const at = text.indexOf(RESULTS);
  const head = text.slice(0, at).trimEnd();
  const tail = text.slice(at + RESULTS.length);
  const result = (f: Finding) =>
    JSON.stringify({
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId) ?? 0,
      level: level(f.severity),
      message: { text: `${f.message} (${f.ruleId})` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: f.line,
              startColumn: f.column,
              endLine: f.endLine,
              endColumn: Math.max(f.endColumn, f.endLine === f.line ? f.column + 1 : 1),
            },
          },
        },
      ],
      partialFingerprints: { 'liveryFinding/v1': f.fingerprint },
      ...fixesOf(f),
    });
  return {
    begin: () => head,
    file: (findings) => findings.map((f) => `\n        ${result(f)}`).join(','),
    separator: ',',
    end: (totals) => {
      const invocations = [
        {
          executionSuccessful: true,
          toolExecutionNotifications: totals.skipped.map((s) => ({
            level: 'note',
            message: { text: `skipped: ${s.reason}` },
            locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(s.file), uriBaseId: '%SRCROOT%' } } }],
          })),
        },
      ];
      return `${tail.replace(INVOCATIONS, JSON.stringify(invocations))}\n`;
    },
  };
}

/**
 * The certain fix, or every candidate when several tokens fit (alternatives a user picks from:
 * SARIF `fixes` are proposals, not applied), with the candidates also as related locations.
 */
function fixesOf(f: Finding): { fixes?: unknown[]; relatedLocations?: unknown[] } {
  const uri = encodeURI(f.file);
  const change = (region: { line: number; column: number; endLine: number; endColumn: number }, text: string) => ({
    artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
    replacements: [
      {
        deletedRegion: {
          startLine: region.line,
          startColumn: region.column,
          endLine: region.endLine,
          endColumn: region.endColumn,
        },
        insertedContent: { text },
      },
    ],
  });
  if (f.fix?.region) {
    return {
      fixes: [
        {
          description: { text: f.fix.token ? `Use ${f.fix.token}` : 'Apply the fix' },
          artifactChanges: [change(f.fix.region, f.fix.text)],
        },
      ],
    };
  }
  if (!f.suggestions?.length) return {};
  const region = { line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn };
  return {
    fixes: f.suggestions.map((s) => ({
      description: { text: `Use ${s.token} (one of ${f.suggestions!.length} candidates)` },
      artifactChanges: [change(region, s.text)],
    })),
    relatedLocations: f.suggestions.map((s, id) => ({
      id,
      message: { text: `candidate token ${s.token}: ${s.text}` },
    })),
  };
}

export function sarif(result: LintResult, version = '0.0.0'): string {
  return renderAll(sarifReporter(version), result, () => '');
}
