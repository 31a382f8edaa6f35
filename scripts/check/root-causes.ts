import type { Catalogue } from '../catalogue/catalogue.ts';
import type { PairResult } from './evaluate.ts';
import { chainOf } from './fix.ts';
import type { Permutation } from '../catalogue/permutations.ts';
import type { Finding } from './rule.ts';

/**
 * Findings grouped by the token whose value causes them. One wrong primitive behind ten semantic
 * colours fails every pair they take part in, in every permutation: that is one problem with one
 * fix, not dozens. Each finding's candidates are the tokens its pair resolves through in its
 * permutation (both alias chains, down to the primitives, each with the file that sets its value
 * there). The token that best explains the findings is taken first, then the next, until every
 * finding has its cause: findings explained × the share of its measured pairs that fail, so a
 * background that many passing pairs share is not the cause of one failing text colour, while a
 * primitive that fails nearly everything it touches is the cause of all of it. Ties go to the
 * token whose uses fail most consistently, then to the primitive.
 */
export interface RootCause {
  /** `file#token`: the value at fault, where it is written. */
  id: string;
  token: string;
  /** The file that sets the token's value in the affected permutations: the file to edit. */
  file: string;
  /** The token's value there, as CSS (undefined for a name that is not a token, e.g. a config entry). */
  value: string | undefined;
  severity: 'error' | 'warning';
  /** Indexes into the report's findings. */
  findings: number[];
  /** Finding count per rule id. */
  rules: Record<string, number>;
  /** Permutations where it causes a finding, in report order. */
  permutations: string[];
  /** The pairs it makes fail, each with the permutations (and ratio, where measured) affected. */
  pairs: CausePair[];
  /** What to change: the suggestion of its findings when they agree on this token, else correcting this value. */
  fix: string | undefined;
  /** The distinct fixes its findings suggest, most frequent first. */
  fixes: string[];
}

export interface CausePair {
  fg: string;
  bg: string;
  usage: string | undefined;
  rules: string[];
  permutations: { name: string; ratio?: number; required?: number }[];
}

interface Link {
  key: string;
  token: string;
  file: string;
  primitive: boolean;
}

export function rootCauses(
  catalogue: Catalogue,
  permutations: Permutation[],
  results: PairResult[],
  findings: Finding[],
): RootCause[] {
  if (findings.length === 0) return [];
  const byName = new Map(permutations.map((p) => [p.name, p]));
  const order = new Map(permutations.map((p, i) => [p.name, i]));
  const chains = new Map<string, Link[]>();
  const chain = (token: string, permutation: Permutation | undefined, fallbackFile: string): Link[] => {
    const selection = permutation?.selection ?? catalogue.defaultSelection();
    const id = `${permutation?.name ?? ''}\u0000${token}`;
    let links = chains.get(id);
    if (links) return links;
    const names = catalogue.get(token) ? chainOf(catalogue, token, selection) : [token];
    links = names.map((name, i) => {
      const file = catalogue.writtenIn(name, selection)?.file ?? fallbackFile;
      return { key: `${file}#${name}`, token: name, file, primitive: i === names.length - 1 && names.length > 1 };
    });
    chains.set(id, links);
    return links;
  };
  const linksOf = (fg: string, bg: string, permutation: Permutation | undefined, file: string) => {
    const fgLinks = chain(fg, permutation, file);
    const bgLinks = chain(bg, permutation, file);
    return [...fgLinks, ...bgLinks.filter((link) => !fgLinks.some((l) => l.key === link.key))];
  };

  // Every measured pair a token takes part in, to tell a token whose uses all fail from one most uses of which pass.
  const involved = new Map<string, Set<string>>();
  const involve = (links: Link[], pairKey: string) => {
    for (const link of links) {
      let set = involved.get(link.key);
      if (!set) involved.set(link.key, (set = new Set()));
      set.add(pairKey);
    }
  };
  for (const r of results)
    involve(
      linksOf(r.pair.fg, r.pair.bg, r.permutation, r.fg.file),
      `${r.permutation.name}\u0000${r.pair.fg}\u0000${r.pair.bg}`,
    );

  const candidates = findings.map((f) => {
    const permutation = f.permutation ? byName.get(f.permutation) : undefined;
    if (f.pair) {
      const links = linksOf(f.pair.fg, f.pair.bg, permutation, f.file);
      involve(links, `${f.permutation ?? ''}\u0000${f.pair.fg}\u0000${f.pair.bg}`);
      return links;
    }
    // A finding about a token itself (its name, its size, its deprecation) is caused by that token.
    return f.at
      ? chain(f.at, permutation, f.file).slice(0, 1)
      : [{ key: `${f.file}#`, token: '', file: f.file, primitive: false }];
  });
  const failing = new Map<string, Set<string>>();
  findings.forEach((f, i) => {
    for (const link of candidates[i]!) {
      let set = failing.get(link.key);
      if (!set) failing.set(link.key, (set = new Set()));
      set.add(f.pair ? `${f.permutation ?? ''}\u0000${f.pair.fg}\u0000${f.pair.bg}` : `finding ${i}`);
    }
  });
  const purity = (key: string) =>
    (failing.get(key)?.size ?? 0) / Math.max(1, involved.get(key)?.size ?? failing.get(key)?.size ?? 1);

  const measured = new Map(results.map((r) => [`${r.permutation.name}\u0000${r.pair.fg}\u0000${r.pair.bg}`, r]));
  const causes: RootCause[] = [];
  const uncovered = new Set(findings.map((_, i) => i));
  while (uncovered.size) {
    const count = new Map<string, { link: Link; findings: number[] }>();
    for (const i of uncovered) {
      for (const link of candidates[i]!) {
        let entry = count.get(link.key);
        if (!entry) count.set(link.key, (entry = { link, findings: [] }));
        entry.findings.push(i);
      }
    }
    let best: { link: Link; findings: number[] } | undefined;
    for (const entry of count.values()) {
      if (!best) {
        best = entry;
        continue;
      }
      const d =
        entry.findings.length * purity(entry.link.key) - best.findings.length * purity(best.link.key) ||
        purity(entry.link.key) - purity(best.link.key) ||
        Number(entry.link.primitive) - Number(best.link.primitive);
      if (d > 0 || (d === 0 && entry.link.key < best.link.key)) best = entry;
    }
    for (const i of best!.findings) uncovered.delete(i);
    causes.push(describe(catalogue, best!.link, best!.findings, findings, measured, order));
  }
  return causes.sort(
    (a, b) =>
      Number(b.severity === 'error') - Number(a.severity === 'error') ||
      b.findings.length - a.findings.length ||
      a.id.localeCompare(b.id),
  );
}

function describe(
  catalogue: Catalogue,
  link: Link,
  indexes: number[],
  findings: Finding[],
  results: Map<string, PairResult>,
  order: Map<string, number>,
): RootCause {
  const token = catalogue.get(link.token);
  const context = token && Object.values(token.contexts).find((c) => c.file === link.file && link.file !== token.file);
  const rules: Record<string, number> = {};
  const permutations = new Set<string>();
  const pairs = new Map<string, CausePair>();
  const fixes = new Map<string, number>();
  for (const i of indexes) {
    const f = findings[i]!;
    rules[f.rule] = (rules[f.rule] ?? 0) + 1;
    if (f.permutation) permutations.add(f.permutation);
    if (f.fix) fixes.set(f.fix, (fixes.get(f.fix) ?? 0) + 1);
    if (!f.pair) continue;
    const key = `${f.pair.fg}\u0000${f.pair.bg}`;
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, (pair = { fg: f.pair.fg, bg: f.pair.bg, usage: undefined, rules: [], permutations: [] }));
    if (!pair.rules.includes(f.rule)) pair.rules.push(f.rule);
    if (f.permutation && !pair.permutations.some((p) => p.name === f.permutation)) {
      const measured = results.get(`${f.permutation}\u0000${f.pair.fg}\u0000${f.pair.bg}`);
      pair.usage ??= measured?.pair.usage;
      pair.permutations.push(
        measured
          ? { name: f.permutation, ratio: measured.ratio, required: measured.required }
          : { name: f.permutation },
      );
    }
  }
  const rank = (name: string) => order.get(name) ?? Number.MAX_SAFE_INTEGER;
  const suggested = [...fixes].sort((a, b) => b[1] - a[1]).map(([fix]) => fix);
  // One pair's suggestion fits the cause when it edits the cause itself; a value shared by many
  // tokens (a primitive) is fixed once, where it is written.
  const sharedValue = link.token && [...pairs.values()].some((p) => p.fg !== link.token && p.bg !== link.token);
  const fix = sharedValue
    ? `correct the value of ${link.token} in ${link.file}: every pair listed under it resolves ` +
      `to it${suggested[0] ? `; or, pair by pair: ${suggested[0]}` : ''}`
    : suggested[0];
  for (const pair of pairs.values()) pair.permutations.sort((a, b) => rank(a.name) - rank(b.name));
  return {
    id: link.key,
    token: link.token,
    file: link.file,
    value: context ? context.css : token?.css,
    severity: indexes.some((i) => findings[i]!.severity === 'error') ? 'error' : 'warning',
    findings: [...indexes].sort((a, b) => a - b),
    rules,
    permutations: [...permutations].sort((a, b) => rank(a) - rank(b)),
    pairs: [...pairs.values()],
    fix,
    fixes: suggested,
  };
}
