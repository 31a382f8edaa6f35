import type { Catalogue } from '../catalogue/catalogue.ts';
import { closestNames } from '../diagnostics.ts';
import { LIVERY_EXTENSION, referenceName } from '../tokens/token.ts';
import { USAGES, type CheckConfig, type Usage } from './config.ts';

/**
 * The pairs to check: each foreground colour's `$extensions["org.livery"].contrast` declarations
 * (`[{ "on": ["{color.surface.default}"], "usage": "body" }]`, where `on` may use `*`), plus the
 * config's pattern rules for whole families (`color.status.*.fg` on `color.status.$1.bg`).
 */
export interface DeclaredPair {
  fg: string;
  bg: string;
  usage: Usage;
  /** Where the pair was declared: the foreground's token file, or the config. */
  declaredIn: { file: string; at: string };
}

export interface DeclarationProblem {
  file: string;
  at: string;
  message: string;
  fix?: string;
}

const STRICTNESS: Record<Usage, number> = { body: 3, large: 2, 'non-text': 1 };

/** Matches a dotted name against a pattern; returns what each `*` matched, or undefined. */
export function matchName(pattern: string[], path: string[]): string[] | undefined {
  const captures: string[] = [];
  const walk = (p: number, s: number): boolean => {
    if (p === pattern.length) return s === path.length;
    const seg = pattern[p]!;
    if (seg === '**') {
      for (let k = s; k <= path.length; k++) if (walk(p + 1, k)) return true;
      return false;
    }
    if (s === path.length) return false;
    if (seg === '*') {
      captures.push(path[s]!);
      if (walk(p + 1, s + 1)) return true;
      captures.pop();
      return false;
    }
    return seg === path[s] && walk(p + 1, s + 1);
  };
  return walk(0, 0) ? captures : undefined;
}

export function collectPairs(
  catalogue: Catalogue,
  config: CheckConfig,
): { pairs: DeclaredPair[]; problems: DeclarationProblem[] } {
  const colors = [...catalogue.tokens.values()].filter((t) => t.type === 'color');
  const colorNames = colors.map((t) => t.name);
  const byFg = new Map<string, Map<string, DeclaredPair>>();
  const problems: DeclarationProblem[] = [];

  const expand = (target: string, captures: string[]): string[] => {
    // Fast path for the common `{a.b.c}`: no capture, no wildcard.
    if (target.charCodeAt(0) === 123 && !target.includes('*') && !target.includes('$')) return [target.slice(1, -1)];
    const name = (referenceName(target) ?? target).replace(
      /\$(\d+)/g,
      (_, n: string) => captures[Number(n) - 1] ?? `$${n}`,
    );
    if (!name.includes('*')) return [name];
    const pattern = name.split('.');
    return colors.filter((t) => matchName(pattern, t.path)).map((t) => t.name);
  };

  const add = (fg: string, on: string, usage: Usage, captures: string[], declaredIn: { file: string; at: string }) => {
    const targets = expand(on, captures);
    if (targets.length === 0) {
      problems.push({
        ...declaredIn,
        message: `contrast pair "${on}" matches no color token`,
        fix: 'fix the pattern or remove it from "on"',
      });
      return;
    }
    for (const bg of targets) {
      const token = catalogue.get(bg);
      if (!token) {
        const guess = closestNames(bg, colorNames);
        problems.push({
          ...declaredIn,
          message: `contrast pair refers to "{${bg}}", which does not exist`,
          fix: guess.length ? `did you mean {${guess[0]}}?` : 'declare the background token or fix the name',
        });
        continue;
      }
      if (token.type !== 'color') {
        problems.push({
          ...declaredIn,
          message: `contrast pair refers to "{${bg}}", a ${token.type} token; backgrounds must be colors`,
        });
        continue;
      }
      if (bg === fg) continue;
      let forFg = byFg.get(fg);
      if (!forFg) byFg.set(fg, (forFg = new Map()));
      const existing = forFg.get(bg);
      if (!existing || STRICTNESS[usage] > STRICTNESS[existing.usage]) forFg.set(bg, { fg, bg, usage, declaredIn });
    }
  };

  for (const token of colors) {
    const ext = token.extensions?.[LIVERY_EXTENSION] as Record<string, unknown> | undefined;
    const declarations = ext?.contrast;
    if (declarations === undefined) continue;
    const at = { file: token.file, at: token.name };
    if (!Array.isArray(declarations)) {
      problems.push({
        ...at,
        message: '$extensions["org.livery"].contrast must be an array of { "on": [...], "usage": ... }',
      });
      continue;
    }
    for (const d of declarations as Record<string, unknown>[]) {
      const on = d?.on;
      if (!USAGES.includes(d?.usage as Usage)) {
        problems.push({
          ...at,
          message: `contrast usage ${JSON.stringify(d?.usage)} is not one of ${USAGES.join(', ')}`,
        });
        continue;
      }
      if (!Array.isArray(on) || !on.every((x) => typeof x === 'string')) {
        problems.push({
          ...at,
          message: 'contrast "on" must be an array of token references like "{color.surface.default}"',
        });
        continue;
      }
      for (const target of on) add(token.name, target, d.usage as Usage, [], at);
    }
  }

  config.pairs.forEach((rule, i) => {
    const pattern = rule.foreground.split('.');
    const declaredIn = { file: config.source, at: `check.pairs[${i}]` };
    const matched = colors.map((t) => ({ t, captures: matchName(pattern, t.path) })).filter((m) => m.captures);
    if (matched.length === 0)
      problems.push({ ...declaredIn, message: `pattern "${rule.foreground}" matches no color token` });
    for (const { t, captures } of matched) for (const on of rule.on) add(t.name, on, rule.usage, captures!, declaredIn);
  });

  const pairs: DeclaredPair[] = [];
  for (const forFg of byFg.values()) for (const pair of forFg.values()) pairs.push(pair);
  return { pairs, problems };
}
