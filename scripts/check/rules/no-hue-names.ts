import type { CheckRule } from '../rule.ts';

interface Options {
  hues: string[];
  /** Names to accept anyway (full token names). */
  allow: string[];
}

/** Semantic names say the role (`danger`, `accent`), never the hue, so a rebrand never leaves `color.blue` painted green. */
export const noHueNames: CheckRule<Options> = {
  meta: {
    id: 'no-hue-names',
    docs: { description: 'Disallow hue names (red, blue, teal…) in semantic token names; primitives may use them.' },
    defaultSeverity: 'error',
  },
  defaultOptions: {
    hues: [
      'red',
      'orange',
      'amber',
      'yellow',
      'lime',
      'green',
      'emerald',
      'teal',
      'cyan',
      'sky',
      'blue',
      'indigo',
      'violet',
      'purple',
      'fuchsia',
      'magenta',
      'pink',
      'rose',
      'coral',
      'brown',
      'gray',
      'grey',
      'black',
      'white',
    ],
    allow: [],
  },
  create(context) {
    const hues = new Set(context.options.hues);
    for (const token of context.catalogue.tokens.values()) {
      if (context.isPrimitive(token.file) || context.options.allow.includes(token.name)) continue;
      const words = token.path.flatMap((segment) => segment.toLowerCase().split(/[-_]/));
      const hue = words.find((w) => hues.has(w));
      if (hue) {
        context.report({
          file: token.file,
          at: token.name,
          message: `semantic name contains the hue "${hue}"; name the role instead`,
          fix: 'rename it after what it is for (e.g. color.status.danger.fg, color.brand.secondary), or keep the hue in the primitive it references',
        });
      }
    }
  },
};
