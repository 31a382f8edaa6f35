import { adviserFor, type ColorAdvice } from '../../color-advice.ts';
import { NAMED_COLORS, parseColor, type ParsedColor } from '../../color.ts';
import { takesColor } from '../../extract/properties.ts';
import { lowerCase } from '../../lower-case.ts';
import { ruleDocsUrl, tokenFix } from '../../replacement.ts';
import { rolesOfProperty } from '../../roles.ts';
import { permutationsOfScope } from '../../theme-scope.ts';
import type { ColorToken } from '../../token-index.ts';
import type { Declaration, Rule, RuleContext, Suggestion } from '../../types.ts';
import { scanValue } from '../../value-scanner.ts';

export interface Options {
  /** Color difference used for "near": CIEDE2000 (default) or Euclidean OKLab. */
  metric: 'deltaE2000' | 'deltaEOK';
  /** At or under this difference a color is a near miss of a token (defaults: 5 for ΔE2000, 0.05 for ΔEOK). */
  threshold?: number;
}

/**
 * Outside style properties a hex needs to look like a color: a digit in it (`#3366ff`) or a
 * repeated pattern (`#fff`, `#fafafa`); `#fade`, `#bad`, `#cafe` are more likely anchors or words.
 */
function looksLikeHexColor(hex: string): boolean {
  const digits = hex.slice(1).toLowerCase();
  if (/\d/.test(digits)) return true;
  if (new Set(digits).size === 1) return true;
  return digits.length === 6 && digits.slice(0, 2) === digits.slice(2, 4) && digits.slice(2, 4) === digits.slice(4, 6);
}

const format = (d: number, metric: Options['metric']) =>
  `${metric === 'deltaE2000' ? 'ΔE2000' : 'ΔEOK'} ${metric === 'deltaE2000' ? d.toFixed(1) : d.toFixed(3)}`;

/** How many candidates a message names (all of them are in the suggestions). */
const NAMED_IN_MESSAGE = 4;

const roleText = (roles: string[] | undefined) => (roles ? roles.join('/') : 'color');
/** The roles of a token that the property takes (what the message names). */
const fittingRoles = (token: ColorToken, roles: string[] | undefined) =>
  (roles ? token.roles.filter((r) => roles.includes(r)) : token.roles).join('/') || 'primitive';
const names = (tokens: ColorToken[]) =>
  tokens
    .slice(0, NAMED_IN_MESSAGE)
    .map((t) => t.token.name)
    .join(', ') + (tokens.length > NAMED_IN_MESSAGE ? `, +${tokens.length - NAMED_IN_MESSAGE} more` : '');
/** " in dark" for a literal under a dark selector; nothing for the default theme. */
const where = (permutations: string[], defaultPermutation: string) =>
  permutations.length === 1 && permutations[0] === defaultPermutation ? '' : ` in ${permutations.join(' and ')}`;

/** `rgba(var(--rgb-primary), .04)`, `rgba($black, .12)`, `hsl(#{…}, …)`: a color built from a variable that is not a Livery token. */
function computedFrom(text: string): string | undefined {
  const variable = /var\(\s*(--[\w-]+)|([$@][\w-]+)|(#\{[^}]*\})/.exec(text);
  if (!variable) return undefined;
  const name =
    variable[1] ?? variable[2] ?? (variable[3]!.length > 40 ? `${variable[3]!.slice(0, 38)}…}` : variable[3]!);
  // relative colors from a Livery token (`rgb(from var(--lv-…) r g b / 50%)`) are from a token
  return name.startsWith('--lv-') ? '' : name;
}

export const noRawColor: Rule<Options> = {
  meta: {
    id: 'no-raw-color',
    severity: 'error',
    fixable: true,
    rawValues: true,
    docs: {
      description:
        'Disallow raw colors (hex, rgb/hsl/hwb/lab/lch/oklab/oklch/color(), named colors); use the brand color tokens of the role the property takes.',
      url: ruleDocsUrl('no-raw-color'),
    },
    messages: {
      exact: ({ value, variable, token, role, where }) =>
        `${value} is the value of ${token} (${role})${where}: use var(${variable})`,
      primitive: ({ value, variable, token, roles, where }) =>
        `${value} is the value of ${token}${where}: use var(${variable}) (no semantic ${roles} token has this value, so it will not follow the theme)`,
      ambiguous: ({ value, count, roles, candidates, where }) =>
        `${value} is the value of ${count} ${roles} tokens${where} (${candidates}): choose the one this value means; --fix leaves it`,
      themed: ({ value, variable, token, permutation, where }) =>
        `${value} is the value of ${token} in ${permutation}, ` +
        `not${where || ' in the default theme'}: put ${permutation} styling under its selector, or ` +
        `use var(${variable}) to follow the theme`,
      near: ({ value, variable, token, distance, roles }) =>
        `${value} is off-brand; nearest ${roles} token is ${token} (${distance}): use var(${variable})`,
      far: ({ value, token, distance }) =>
        `${value} is an off-brand color (nearest token ${token}, ${distance}); use a color token`,
      translucent: ({ value, alpha }) =>
        `${value} is an off-brand color: no color token has alpha ${alpha}; use a color token (or the opacity tokens)`,
      computed: ({ value, variable }) => `${value} is computed from ${variable}, not from a token; use a color token`,
    },
  },
  defaultOptions: { metric: 'deltaE2000' },
  create(context) {
    const { messages } = noRawColor.meta;
    const { index, options } = context;
    const threshold = options.threshold ?? (options.metric === 'deltaE2000' ? 5 : 0.05);
    const advise = adviserFor(index, options.metric, threshold);
    return {
      declaration(declaration) {
        const named = takesColor(declaration.property);
        // without a # or a function only a named color could be here, and only where colors go
        if (!named && !declaration.value.includes('#') && !declaration.value.includes('(')) return;
        const whole = declaration.property === '*';
        for (const token of scanValue(declaration.value)) {
          if (token.kind !== 'hex' && token.kind !== 'color-function' && token.kind !== 'named-color') continue;
          if (
            token.inLvFallback ||
            (token.kind === 'named-color' && (!named || !NAMED_COLORS.has(lowerCase(token.text))))
          )
            continue;
          if (
            whole &&
            (declaration.value.trim() !== token.text || (token.kind === 'hex' && !looksLikeHexColor(token.text)))
          )
            continue;
          const start = declaration.offset + token.start;
          const end = declaration.offset + token.end;
          const value = token.text;
          // (colorjs.io would read `var` as a number: a computed color is answered before parsing)
          const variable = token.kind === 'color-function' ? computedFrom(token.text) : undefined;
          if (variable !== undefined) {
            if (variable) context.report({ message: messages.computed!({ value, variable }), start, end, value });
            continue;
          }
          const color = parseColor(token.text);
          if (!color) continue;
          const roles = rolesOfProperty(declaration.property, index.roleMap);
          const permutations = permutationsOfScope(declaration.scope, index.catalogue);
          const advice: SaidAdvice = advise(color, roles, permutations);
          // composed once per advice and spelling (see SaidAdvice)
          const message =
            advice.said?.value === value
              ? advice.said.message
              : remember(
                  advice,
                  value,
                  compose(advice, value, color, roles, permutations, index.defaultPermutation, options.metric),
                );
          if (advice.kind === 'exact' || advice.kind === 'primitive') {
            const fix = tokenFix(context, declaration, token.start, token.end, advice.token!.token);
            context.report({ message, start, end, value, ...(fix ? { fix } : {}) });
          } else if (advice.kind === 'ambiguous') {
            const suggestions = suggestionsFor(context, declaration, token.start, token.end, advice.candidates);
            context.report({ message, start, end, value, suggestions });
          } else context.report({ message, start, end, value });
        }
      },
    };
  },
};

/**
 * A color's message, kept on its advice object: the advice is per roles, permutations and color
 * object (so its alpha, which a translucent color's message names), and those settle every word
 * but the spelling (`#FFF`, `#fff`), which is compared. (On the object, not in a WeakMap: a hash
 * lookup per occurrence is what this rule's time went on.)
 */
type SaidAdvice = ColorAdvice & { said?: { value: string; message: string } };

/** Keeps a just-composed message on its advice, as one string object per text (see `interned`). */
function remember(advice: SaidAdvice, value: string, composed: string): string {
  const message = interned(composed);
  advice.said = { value, message };
  return message;
}

/**
 * One string object per message text. Advice for different roles often reads the same (a far
 * color names its nearest token whatever the property), and the JSON reporter keeps the literal
 * of each message in a Map: two equal strings built by concatenation are compared there character
 * by character through their pieces, one object by identity.
 */
const messageTexts = new Map<string, string>();
const TEXTS_KEPT = 100_000;
function interned(message: string): string {
  const known = messageTexts.get(message);
  if (known !== undefined) return known;
  if (messageTexts.size > TEXTS_KEPT) messageTexts.clear();
  messageTexts.set(message, message);
  return message;
}

function compose(
  advice: ColorAdvice,
  value: string,
  color: ParsedColor,
  roles: string[] | undefined,
  permutations: string[],
  defaultPermutation: string,
  metric: Options['metric'],
): string {
  const { messages } = noRawColor.meta;
  const data = { value, roles: roleText(roles), where: where(permutations, defaultPermutation) };
  const use = (t: ColorToken) => ({ token: t.token.name, variable: t.token.cssVariable });
  switch (advice.kind) {
    case 'exact':
    case 'primitive':
      return advice.kind === 'exact' || !advice.primitiveFallback
        ? messages.exact!({ ...data, ...use(advice.token!), role: fittingRoles(advice.token!, roles) })
        : messages.primitive!({ ...data, ...use(advice.token!) });
    case 'ambiguous':
      return messages.ambiguous!({ ...data, count: advice.candidates.length, candidates: names(advice.candidates) });
    case 'themed':
      return messages.themed!({ ...data, ...use(advice.token!), permutation: advice.permutation! });
    case 'near':
      return messages.near!({
        ...data,
        ...use(advice.token!),
        roles: advice.primitiveFallback ? 'primitive' : roleText(roles),
        distance: format(advice.distance!, metric),
      });
    default:
      if (!advice.token)
        return color.alpha < 1
          ? messages.translucent!({ value, alpha: +color.alpha.toFixed(3) })
          : messages.far!({ value, token: 'none (the catalogue has no colors)', distance: '-' });
      return messages.far!({ value, token: advice.token.token.name, distance: format(advice.distance!, metric) });
  }
}

function suggestionsFor(
  context: RuleContext<Options>,
  declaration: Declaration,
  start: number,
  end: number,
  candidates: ColorToken[],
): Suggestion[] {
  return candidates.flatMap((t) => {
    const fix = tokenFix({ ...context, jsFix: 'css-variable' }, declaration, start, end, t.token);
    return fix ? [{ token: t.token.name, text: fix.text }] : [];
  });
}

export default noRawColor;
