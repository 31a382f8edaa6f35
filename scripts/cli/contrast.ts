import type { Catalogue } from '../catalogue/catalogue.ts';
import { readCatalogue } from '../catalogue/read-catalogue.ts';
import { apcaLc, composite, cssToRgb, formatLc, formatRatio, shown, wcagRatio, type Rgb } from '../check/color.ts';
import { colorsOf, WCAG_LEVELS } from '../check/evaluate.ts';
import { permutationsOf } from '../catalogue/permutations.ts';
import { readConfig } from '../config/read-config.ts';
import { CSS_PREFIX } from '../build/naming.ts';
import { closestNames } from '../diagnostics.ts';
import { defineCommand, EXIT, UsageError } from './command.ts';
import { checkModifiers } from './options.ts';
import { writeOutput } from './output.ts';
import { catalogueOption, outputOption } from './options.ts';

/** The levels a pair is judged against, read from check's one WCAG table. */
const LEVELS = [
  { id: 'aa-body', label: 'AA body text', min: WCAG_LEVELS.aa.body },
  { id: 'aa-large', label: 'AA large text', min: WCAG_LEVELS.aa.large },
  { id: 'aaa-body', label: 'AAA body text', min: WCAG_LEVELS.aaa.body },
  { id: 'aaa-large', label: 'AAA large text', min: WCAG_LEVELS.aaa.large },
  { id: 'non-text', label: 'non-text UI (1.4.11)', min: WCAG_LEVELS.aa['non-text'] },
] as const;

type Input = { kind: 'css'; text: string; rgb: Rgb } | { kind: 'token'; text: string; name: string };

const looksLikeToken = (s: string) => /^(\{.*\}|--|var\()/.test(s) || /^[a-z][\w-]*(\.[\w-]+)+$/i.test(s);

function tokenName(catalogue: Catalogue, text: string): string | undefined {
  const bare = text.replace(/^var\((--[\w-]+)\)$/, '$1').replace(/^\{(.+)\}$/, '$1');
  const token = bare.startsWith('--') ? catalogue.byCssVariable(bare) : catalogue.get(bare);
  return token?.type === 'color' ? token.name : undefined;
}

export const command = defineCommand({
  summary: 'WCAG ratio, APCA Lc and passing levels of two CSS colors or color tokens',
  arguments: '<fg> <bg>',
  modifiers: true,
  // `--lv-color-text-primary` names a token, not an option: it is handed on as var(--lv-…)
  rewriteArgs: (args) => args.map((arg) => (arg.startsWith(`--${CSS_PREFIX}-`) ? `var(${arg})` : arg)),
  options: {
    json: { type: 'boolean', default: false, description: 'Print the ratios and levels as JSON.' },
    output: outputOption('Write the result to this file instead of stdout.'),
    catalogue: catalogueOption('The built token catalogue, for token names (default: dist/tokens.json).'),
  },
  notes: [
    '<fg>, <bg>: any CSS color (#767676, oklch(55% 0.1 250), rebeccapurple) or a token (color.text.primary, --lv-color-text-primary).',
    'With tokens, every permutation is shown unless a modifier is chosen: --theme <context>, --brand <context>, or any modifier the brand declares.',
  ],
  async run({ values, positionals, modifiers: chosen }) {
    if (positionals.length !== 2)
      throw new UsageError(`expected two colors (foreground and background), got ${positionals.length}`);
    let catalogue: Catalogue | undefined;
    const needCatalogue = () => {
      if (!catalogue) {
        try {
          catalogue = readCatalogue(values.catalogue);
        } catch (error) {
          throw new UsageError(`token names need the catalogue: ${(error as Error).message}`);
        }
      }
      return catalogue;
    };
    const inputs: Input[] = positionals.map((text) => {
      if (looksLikeToken(text)) {
        const c = needCatalogue();
        const name = tokenName(c, text);
        if (name) return { kind: 'token', text, name };
        const colors = [...c.tokens.values()].filter((t) => t.type === 'color');
        const guess = closestNames(
          text.replace(/^var\(|\)$|^\{|\}$/g, ''),
          text.includes('--') ? colors.map((t) => t.cssVariable) : colors.map((t) => t.name),
        );
        throw new UsageError(
          `"${text}" is not a color token${guess.length ? ` (did you mean ${guess[0]}?)` : ''} nor a CSS color`,
        );
      }
      try {
        return { kind: 'css', text, rgb: cssToRgb(text) };
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
    });
    if (Object.keys(chosen).length) {
      let brandModifiers: string[] = [];
      try {
        brandModifiers = needCatalogue().modifiers.map((m) => m.name);
      } catch {
        // without a catalogue there are no modifiers: every extra flag is unknown
      }
      checkModifiers(chosen, brandModifiers, command.options);
      if (!inputs.some((i) => i.kind === 'token'))
        throw new UsageError(`--${Object.keys(chosen)[0]} only applies to token names`);
    }

    const rows: { permutation?: string; fg: Rgb; bg: Rgb }[] = [];
    if (inputs.some((i) => i.kind === 'token')) {
      const c = needCatalogue();
      const config = readConfig(process.cwd()).check;
      let permutations = permutationsOf(c);
      if (Object.keys(chosen).length) {
        let selection: Record<string, string>;
        try {
          selection = c.selection(chosen);
        } catch (error) {
          throw new UsageError((error as Error).message);
        }
        permutations = permutations.filter((p) => Object.entries(selection).every(([k, v]) => p.selection[k] === v));
      }
      for (const p of permutations) {
        const colors = colorsOf(c, config, p);
        const [fgIn, bgIn] = inputs as [Input, Input];
        const bg =
          bgIn.kind === 'token'
            ? colors.background(bgIn.name)!.shown.rgb
            : bgIn.rgb.alpha < 1
              ? composite(bgIn.rgb, { r: 1, g: 1, b: 1, alpha: 1 })
              : bgIn.rgb;
        const fg = fgIn.kind === 'token' ? colors.side(fgIn.name)!.rgb : fgIn.rgb;
        rows.push({ permutation: p.name, fg, bg });
      }
    } else {
      const [fg, bg] = inputs.map((i) => (i as { rgb: Rgb }).rgb) as [Rgb, Rgb];
      rows.push({ fg, bg: bg.alpha < 1 ? composite(bg, { r: 1, g: 1, b: 1, alpha: 1 }) : bg });
    }
    const results = rows.map(({ permutation, fg, bg }) => {
      const bgShown = shown(bg);
      const fgShown = shown(composite(fg, bg));
      const ratio = wcagRatio(fgShown, bgShown);
      return {
        ...(permutation ? { permutation } : {}),
        fgHex: fgShown.hex,
        bgHex: bgShown.hex,
        translucent: fg.alpha < 1,
        ratio,
        ratioText: formatRatio(ratio),
        lc: apcaLc(fgShown, bgShown),
        passes: Object.fromEntries(LEVELS.map((l) => [l.id, ratio >= l.min])) as Record<
          (typeof LEVELS)[number]['id'],
          boolean
        >,
      };
    });
    const shownAs = positionals.map((p) => p.replace(/^var\((--lv-[\w-]+)\)$/, '$1'));
    if (values.json) {
      writeOutput(
        `${JSON.stringify({ fg: shownAs[0], bg: shownAs[1], levels: LEVELS, results }, null, 2)}\n`,
        values.output,
      );
      return EXIT.ok;
    }
    const out: string[] = [
      `${shownAs[0]} on ${shownAs[1]}${results.some((r) => r.translucent) ? ' (foreground composited over the background)' : ''}`,
    ];
    const width = Math.max(0, ...results.map((r) => (r.permutation ?? '').length));
    for (const r of results) {
      const levels = LEVELS.map((l) => `${l.label} ${r.passes[l.id] ? 'pass' : 'fail'}`).join(' · ');
      if (results.length === 1 && !r.permutation) {
        out.push(`  colors     ${r.fgHex} on ${r.bgHex}`);
        out.push(`  WCAG 2.x   ${r.ratioText}:1 (truncated, never rounded up)`);
        out.push(`  APCA       Lc ${formatLc(r.lc)}`);
        for (const l of LEVELS) out.push(`  ${r.passes[l.id] ? 'pass' : 'FAIL'}  ${l.label} (${l.min}:1)`);
      } else {
        out.push(
          `  ${(r.permutation ?? '').padEnd(width)}  ${r.fgHex} on ${r.bgHex}  ${r.ratioText.padStart(5)}:1  Lc ${formatLc(r.lc).padStart(6)}  ${levels}`,
        );
      }
    }
    writeOutput(`${out.join('\n')}\n`, values.output);
    return EXIT.ok;
  },
});
