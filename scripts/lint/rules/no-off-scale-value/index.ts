import { lowerCase } from '../../lower-case.ts';
import { UNITLESS } from '../../extract/properties.ts';
import { ruleDocsUrl, tokenFix } from '../../replacement.ts';
import { lengthToPx, timeToMs } from '../../../build/native-value.ts';
import { normalizeEasing, type ScaleCategory, type ScaleEntry } from '../../token-index.ts';
import type { Declaration, Rule } from '../../types.ts';
import { scanValue, type ValueToken } from '../../value-scanner.ts';

export interface Options {
  /** Categories not checked, e.g. `["z-index"]`. */
  ignore: ScaleCategory[];
  /** z-index values always allowed (local stacking). */
  allowZIndex: number[];
}

const SPACING =
  /^(?:margin|padding|inset|gap|row-gap|column-gap|grid-gap|grid-row-gap|grid-column-gap|scroll-margin|scroll-padding)(?:-|$)/;

// one array per answer, not a new one per declaration
const SPACING_ONLY: ScaleCategory[] = ['spacing'];
const FONT_SIZE: ScaleCategory[] = ['font-size'];
const LINE_HEIGHT: ScaleCategory[] = ['line-height'];
const FONT_WEIGHT: ScaleCategory[] = ['font-weight'];
const RADIUS: ScaleCategory[] = ['radius'];
const Z_INDEX: ScaleCategory[] = ['z-index'];
const DURATION: ScaleCategory[] = ['duration'];
const EASING: ScaleCategory[] = ['easing'];
const MOTION: ScaleCategory[] = ['duration', 'easing'];
const NONE: ScaleCategory[] = [];

/** The categories a property's values belong to. */
function categoriesOf(property: string): ScaleCategory[] {
  if (SPACING.test(property)) return SPACING_ONLY;
  if (property === 'font-size') return FONT_SIZE;
  if (property === 'line-height') return LINE_HEIGHT;
  if (property === 'font-weight') return FONT_WEIGHT;
  if (property.endsWith('radius')) return RADIUS;
  if (property === 'z-index') return Z_INDEX;
  if (property === 'transition-duration' || property === 'animation-duration') return DURATION;
  if (property === 'transition-timing-function' || property === 'animation-timing-function') return EASING;
  if (property === 'transition' || property === 'animation') return MOTION;
  return NONE;
}

/** A Map, not an object: `font-weight: constructor` must not find Object.prototype's. */
const WEIGHT_KEYWORDS = new Map([
  ['normal', 400],
  ['bold', 700],
]);
const LABEL: Record<ScaleCategory, string> = {
  spacing: 'spacing',
  'font-size': 'font size',
  'line-height': 'line height',
  'font-weight': 'font weight',
  radius: 'radius',
  'z-index': 'z-index',
  duration: 'duration',
  easing: 'easing',
};

interface Candidate {
  /** Where the value is in the declaration's value, and as written. */
  start: number;
  end: number;
  text: string;
  negative: boolean;
  magnitude: number;
  unit: string;
}

const candidateOf = (token: ValueToken & { text: string }, magnitude: number, unit: string): Candidate => ({
  start: token.start,
  end: token.end,
  text: token.text,
  negative: token.kind === 'dimension' && token.number < 0,
  magnitude,
  unit,
});

/**
 * A font-weight keyword: font-weight takes one value, so a keyword is the whole of it (the value
 * scanner keeps no words, which only this asked about).
 */
function weightKeyword(value: string): Candidate | undefined {
  const text = value.trim();
  const magnitude = WEIGHT_KEYWORDS.get(lowerCase(text));
  if (magnitude === undefined) return undefined;
  const start = value.indexOf(text);
  return { start, end: start + text.length, text, negative: false, magnitude, unit: '' };
}

/** Values of a declaration worth comparing with a scale (0, auto, %, em and math are not). */
function candidates(declaration: Declaration, category: ScaleCategory): Candidate[] {
  const out: Candidate[] = [];
  if (category === 'font-weight') {
    const keyword = weightKeyword(declaration.value);
    if (keyword) return [keyword];
  }
  const tokens = scanValue(declaration.value);
  let timesInLayer = 0;
  let previousEnd = 0;
  for (const token of tokens) {
    const comma = declaration.value.indexOf(',', previousEnd);
    if (comma >= 0 && comma < token.start) timesInLayer = 0;
    previousEnd = token.end;
    // a duration token in a shorthand takes the duration's place: a raw time after it is the delay
    if (token.kind === 'var' && /duration|delay|time/.test(token.name) && token.depth === 0) timesInLayer++;
    if (token.inLvFallback || token.depth > 0) continue;
    if (category === 'easing') {
      if (token.kind === 'easing' && token.text.toLowerCase().startsWith('cubic-bezier'))
        out.push(candidateOf(token, NaN, ''));
      continue;
    }
    if (token.kind !== 'dimension' || token.inMath) continue;
    const { number, unit } = token;
    if (category === 'duration') {
      const ms = timeToMs(number, unit);
      if (ms === undefined) continue;
      timesInLayer++;
      // in a shorthand the second time of a layer is the delay
      if (timesInLayer > 1 || ms === 0) continue;
      out.push(candidateOf(token, ms, unit));
      continue;
    }
    if (category === 'z-index' || category === 'font-weight') {
      if (unit !== '' || !Number.isInteger(number)) continue;
      out.push(candidateOf(token, number, unit));
      continue;
    }
    if (category === 'line-height') {
      if (unit !== '' || number === 0 || number === 1) continue;
      out.push(candidateOf(token, number, unit));
      continue;
    }
    // lengths: px and rem (a bare number is px in React object styles)
    const bare = unit === '' && declaration.syntax === 'js-number' && !UNITLESS.has(declaration.property);
    if (unit === '' && !bare) continue;
    const px = lengthToPx(Math.abs(number), bare ? 'px' : unit);
    if (px === undefined || px === 0) continue;
    out.push(candidateOf(token, px, bare ? 'px' : unit));
  }
  return out;
}

export const noOffScaleValue: Rule<Options> = {
  meta: {
    id: 'no-off-scale-value',
    severity: 'warning',
    fixable: true,
    rawValues: true,
    docs: {
      description:
        'Limit spacing, font sizes, line heights, font weights, radii, z-index, durations and easings to the token scales.',
      url: ruleDocsUrl('no-off-scale-value'),
    },
    messages: {
      exact: ({ value, token, variable }) => `${value} is ${token}: use var(${variable})`,
      negative: ({ value, token, variable }) => `${value} is -1 × ${token}: use calc(-1 * var(${variable}))`,
      off: ({ value, scale, token, tokenValue, variable }) =>
        `${value} is off the ${scale} scale; nearest token is ${token} (${tokenValue}): use var(${variable})`,
    },
  },
  defaultOptions: { ignore: [], allowZIndex: [-1, 0, 1] },
  create(context) {
    const ignore = new Set(context.options.ignore);
    return {
      declaration(declaration) {
        for (const category of categoriesOf(declaration.property)) {
          if (ignore.has(category)) continue;
          const scale = context.index.scales.get(category);
          if (!scale?.length) continue;
          for (const candidate of candidates(declaration, category)) {
            if (category === 'z-index' && context.options.allowZIndex.includes(candidate.magnitude)) continue;
            const value = candidate.text;
            const start = declaration.offset + candidate.start;
            const end = declaration.offset + candidate.end;
            let match: ScaleEntry | undefined;
            let nearest: ScaleEntry | undefined;
            if (category === 'easing') {
              const normalized = normalizeEasing(value);
              match = scale.find((e) => e.css === normalized);
              nearest = match ?? scale[0];
            } else {
              match = scale.find((e) => Math.abs(e.magnitude - candidate.magnitude) < 1e-6);
              nearest =
                match ??
                scale.reduce((a, b) =>
                  Math.abs(b.magnitude - candidate.magnitude) < Math.abs(a.magnitude - candidate.magnitude) ? b : a,
                );
            }
            if (!nearest) continue;
            if (match) {
              const sameUnit =
                category === 'easing' ||
                match.unit === candidate.unit ||
                (declaration.syntax === 'js-number' && match.unit === 'px');
              const { negative } = candidate;
              const fix =
                match.invariant && sameUnit
                  ? tokenFix(
                      context,
                      declaration,
                      candidate.start,
                      candidate.end,
                      match.token,
                      match.token.cssVariable,
                      negative,
                    )
                  : undefined;
              const message = messageOf(match, negative ? 'negative' : 'exact', value, category);
              context.report({ message, start, end, value, ...(fix ? { fix } : {}) });
            } else {
              context.report({ message: messageOf(nearest, 'off', value, category), start, end, value });
            }
          }
        }
      },
    };
  },
};

/**
 * Messages kept on the scale entry they name, by kind and spelling: a repo repeats `16px` thousands
 * of times, and one string object per text is what the reporters find by identity (composed per
 * finding, each was hashed and compared character by character there). A few spellings per entry.
 */
interface Said {
  kind: 'exact' | 'negative' | 'off';
  value: string;
  category: ScaleCategory;
  message: string;
}
type SaidEntry = ScaleEntry & { said?: Said[] };
const SAID_PER_ENTRY = 8;

function messageOf(entry: SaidEntry, kind: Said['kind'], value: string, category: ScaleCategory): string {
  const said = (entry.said ??= []);
  for (let i = 0; i < said.length; i++) {
    const s = said[i]!;
    if (s.kind === kind && s.value === value && s.category === category) return s.message;
  }
  const { messages } = noOffScaleValue.meta;
  const data = { value, token: entry.token.name, variable: entry.token.cssVariable };
  const message =
    kind === 'off' ? messages.off!({ ...data, scale: LABEL[category], tokenValue: entry.css }) : messages[kind]!(data);
  if (said.length < SAID_PER_ENTRY) said.push({ kind, value, category, message });
  return message;
}

export default noOffScaleValue;
