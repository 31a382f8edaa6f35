import type { Diagnostics } from '../diagnostics.ts';
import type { TokenLines } from '../tokens/token-lines.ts';
import { referenceName, type TokenDefinition } from '../tokens/token.ts';

/** What one definition says a token's type is, and why. */
interface Claim {
  definition: TokenDefinition;
  type: string;
  /** `set` on the token, `inherited` from a group, or `alias` (an untyped reference to a token of that type). */
  source: 'set' | 'inherited' | 'alias';
}

/**
 * A token must have one `$type` in every file that defines it. When files disagree, the type that
 * most of the brand supports wins (each file's `$type`, and the type of what each value refers to),
 * the earliest file breaking a tie; the error goes to the file and token where the type departs
 * from it, not to every file that overrides the token. Returns the names reported, so later steps
 * do not report the same conflict again as broken references.
 */
export function checkTypeConsistency(
  definitions: TokenDefinition[],
  lines: TokenLines,
  diagnostics: Diagnostics,
): Set<string> {
  const byName = new Map<string, TokenDefinition[]>();
  for (const d of definitions) {
    if (d.invalid) continue;
    let list = byName.get(d.name);
    if (!list) byName.set(d.name, (list = []));
    list.push(d);
  }
  // The type every file agrees a token has; undefined when none says or they disagree.
  const agreed = new Map<string, string | undefined>();
  for (const [name, list] of byName) {
    const types = new Set(list.map((d) => d.type).filter((t) => t !== undefined));
    agreed.set(name, types.size === 1 ? [...types][0] : undefined);
  }
  const conflicted = new Set<string>();
  for (const [name, list] of byName) {
    if (list.length < 2) continue;
    const claims: Claim[] = [];
    for (const d of list) {
      const target = referenceName(d.value);
      if (d.type) claims.push({ definition: d, type: d.type, source: d.typeFrom === d.name ? 'set' : 'inherited' });
      else if (target && agreed.get(target)) claims.push({ definition: d, type: agreed.get(target)!, source: 'alias' });
    }
    const types = [...new Set(claims.map((c) => c.type))];
    if (types.length < 2) continue;
    conflicted.add(name);
    // Evidence: each claim, each typed value that refers to a token of a known type, and the
    // group type that a token's own $type departs from.
    const votes = new Map<string, number>();
    const vote = (type: string | undefined) => type && votes.set(type, (votes.get(type) ?? 0) + 1);
    for (const c of claims) vote(c.type);
    for (const d of list) {
      const target = referenceName(d.value);
      if (d.type && target) vote(agreed.get(target));
      vote(d.groupType);
    }
    const first = claims[0]!.type;
    const winner = types.reduce((best, t) => ((votes.get(t) ?? 0) > (votes.get(best) ?? 0) ? t : best), first);
    const agreeing = claims.filter((c) => c.type === winner).map((c) => where(c.definition, lines));
    for (const claim of claims) {
      if (claim.type === winner) continue;
      const d = claim.definition;
      const how =
        claim.source === 'set'
          ? `its "$type": "${claim.type}"`
          : claim.source === 'inherited'
            ? `the "$type": "${claim.type}" of the group "${d.typeFrom || '(root)'}" (line ${lines.lineOf(d.file, d.typeFrom ?? '', '$type') ?? '?'})`
            : `its value ${String(d.value)}, a ${claim.type} token`;
      diagnostics.error({
        group: 'tokens',
        file: d.file,
        at: d.name,
        line: lines.lineOf(
          d.file,
          claim.source === 'inherited' ? (d.typeFrom ?? '') : d.name,
          claim.source === 'alias' ? '$value' : '$type',
        ),
        message: `the $type of ${name} changes here: ${how} differs from "${winner}" in ${agreeing.join(', ')}`,
        fix:
          claim.source === 'alias'
            ? `refer to a ${winner} token here`
            : `keep "$type": "${winner}" here; if ${name} really becomes a ${claim.type}, change it in ` +
              `${agreeing.join(', ')} too, or give the new value its own token`,
      });
    }
  }
  return conflicted;
}

function where(d: TokenDefinition, lines: TokenLines): string {
  const line = lines.lineOf(d.file, d.name);
  return line ? `${d.file}:${line}` : d.file;
}
