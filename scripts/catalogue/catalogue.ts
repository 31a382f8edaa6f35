import { Diagnostics, DiagnosticsError } from '../diagnostics.ts';
import { resolveTokens } from '../resolver/resolve-values.ts';
import type { TokenDefinition } from '../tokens/token.ts';
import type { CatalogueFile, CatalogueModifier, CatalogueToken } from './catalogue-schema.ts';

/**
 * The one reader of dist/tokens.json (read-catalogue.ts loads it from disk; this part has no
 * Node dependency, so browser tests use it too). check, contrast, lint, usage, resolve, audit,
 * figma audit, the authoring commands, the editor data and the docs go through it, so none of them
 * re-parses token files. `diff` and `release-check` do not: they compare two commits, and the
 * catalogue describes only the build in dist/, so they resolve each commit's token files themselves.
 */
export class Catalogue {
  readonly tokens: Map<string, CatalogueToken>;
  readonly modifiers: CatalogueModifier[];
  private readonly byCss = new Map<string, CatalogueToken>();
  /** The last custom property asked about, and its token (see byCssVariable). */
  private lastCss: string | undefined;
  private lastCssToken: CatalogueToken | undefined;
  private readonly resolved = new Map<string, ReadonlyMap<string, unknown>>();
  readonly file: string;
  readonly data: CatalogueFile;
  /** Why this catalogue may not describe the brand's token files any more (read-catalogue.ts sets it). */
  staleness: string | undefined;

  constructor(file: string, data: CatalogueFile) {
    this.file = file;
    this.data = data;
    this.tokens = new Map(Object.entries(data.tokens));
    this.modifiers = data.modifiers;
    for (const token of this.tokens.values()) for (const name of token.cssVariables) this.byCss.set(name, token);
  }

  get(name: string): CatalogueToken | undefined {
    return this.tokens.get(name);
  }

  /** The token that emits a custom property (composites emit one per field too). */
  byCssVariable(name: string): CatalogueToken | undefined {
    // lint's rules ask about each var() in turn: the second asks by the same string object
    if (name === this.lastCss) return this.lastCssToken;
    this.lastCss = name;
    return (this.lastCssToken = this.byCss.get(name));
  }

  defaultSelection(): Record<string, string> {
    return Object.fromEntries(this.modifiers.map((m) => [m.name, m.default]));
  }

  /** Checks a selection against the modifiers; throws with the valid choices. */
  selection(partial: Record<string, string | undefined>): Record<string, string> {
    const selection = this.defaultSelection();
    for (const [modifier, context] of Object.entries(partial)) {
      if (context === undefined) continue;
      const m = this.modifiers.find((x) => x.name === modifier);
      if (!m)
        throw new Error(
          `unknown modifier "${modifier}"; this brand has ${this.modifiers.map((x) => x.name).join(', ')}`,
        );
      if (!m.contexts.includes(context))
        throw new Error(`"${context}" is not a context of ${modifier}; use one of ${m.contexts.join(', ')}`);
      selection[modifier] = context;
    }
    return selection;
  }

  /**
   * The values of a permutation: each token's default, overlaid by each chosen context that
   * changes it, in resolution order (the last wins). The one place contexts are laid over
   * defaults: `writtenIn` gives the value as written and the file that wrote it (the file a fix
   * must edit), `resolve` the resolved values of every token.
   */
  writtenIn(name: string, selection: Record<string, string>): { raw: unknown; file: string } | undefined {
    const token = this.tokens.get(name);
    if (!token) return undefined;
    let raw = token.raw;
    let file = token.file;
    for (const m of this.modifiers) {
      const context = token.contexts[`${m.name}:${selection[m.name] ?? m.default}`];
      if (context) {
        raw = context.raw;
        file = context.file;
      }
    }
    return { raw, file };
  }

  /**
   * Resolved DTCG values of any permutation. Resolved once per permutation and kept: lint's token
   * index, audit's expectations, check and the docs ask for the same permutations in one process.
   */
  resolve(selection: Record<string, string>): ReadonlyMap<string, unknown> {
    const full = { ...this.defaultSelection(), ...selection };
    const key = this.modifiers.map((m) => `${m.name}=${full[m.name]}`).join(',');
    const known = this.resolved.get(key);
    if (known) return known;
    const raw = new Map<string, TokenDefinition>();
    for (const token of this.tokens.values()) {
      const value = this.writtenIn(token.name, full)!.raw;
      raw.set(token.name, { name: token.name, path: token.path, type: token.type, value, file: token.file });
    }
    const diagnostics = new Diagnostics();
    const values = resolveTokens(raw, diagnostics, new Set(), key);
    if (diagnostics.hasErrors()) throw new DiagnosticsError(diagnostics.items);
    this.resolved.set(key, values);
    return values;
  }
}
