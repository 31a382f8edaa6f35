import type { Ramp } from './palette-solver.ts';

/** The README a new brand starts with: what is where, where the given colors landed, what to run next. */
export function brandReadme(name: string, ramps: Ramp[], command: string): string {
  const landed = ramps.map((r) => {
    const input = r.steps.find((s) => s.isInput);
    const yours = input
      ? `your color is step ${input.name} (${input.hex})`
      : "your color did not meet any step's contrast target as is; the nearest steps were adjusted";
    return `- \`palette.${r.name}\`: ${yours}; every step meets its target (see \`$extensions["org.livery"].palette\`).`;
  });
  return (
    `# ${name}: design tokens

Made with \`${command}\`. Everything in this folder is the brand: DTCG 2025.10 token files, the
resolver that combines them (\`livery.resolver.json\`) and the SVG assets. It has the same roles as
Livery's own brand, so every Livery component, lint rule and report works on it unchanged.

## Files
| path | what |
| --- | --- |
| \`livery.resolver.json\` | sets (primitives, semantic) and modifiers (theme: light, dark, high-contrast; brand) in resolution order |
| \`primitives/palette.tokens.json\` | OKLCH ramps; \`brand\` and \`accent\` were generated from your colors |
| \`primitives/typography.tokens.json\`, \`dimension\`, \`effects\`, \`motion\` | type scale, spacing, radii, shadows, durations and easings |
| \`semantic/*.tokens.json\` | roles in the default (light) theme: color, typography, shape, elevation, motion (with reduced-motion values) |
| \`themes/dark.tokens.json\`, \`themes/high-contrast.tokens.json\` | overrides of semantic colors per theme |
| \`assets/logo/*.svg\`, \`assets/logo/lockups.json\` | placeholder lockups (full, mark, ` +
    `wordmark × default, inverse, mono) and their rules: replace the artwork, keep the names |
| \`assets/icons/*.svg\` | the UI icon set (currentColor) |

## Your colors
${landed.join('\n')}

## Next
\`\`\`sh
liverykit build --resolver <this folder>/livery.resolver.json   # tokens → dist/ (CSS, JS, SCSS, native, docs data)
liverykit check --catalogue dist/tokens.json                      # contrast of every declared pair in every theme × brand
liverykit palette --from "#0f9d58" --name signal                 # another ramp, checked against every surface
liverykit theme add dim --from dark                              # a theme: a file, one resolver line, its color scheme
liverykit brand add spring                                       # a brand expression on top of any theme
\`\`\`
Every command prints what it wrote and the next command; \`--dry-run\` shows the plan without writing.
`
  );
}
