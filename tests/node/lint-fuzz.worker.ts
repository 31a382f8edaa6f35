/**
 * The fuzz cases of lint-fuzz.test.ts, run in a worker so that a case that never ends can be
 * stopped and named: each case is posted before it is linted, so the last one posted is the culprit.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { seededRandom } from '../../bench/seeded-random.ts';
import { readCatalogue } from '../../scripts/catalogue/read-catalogue.ts';
import { applyFixes } from '../../scripts/lint/fix.ts';
import { lintText } from '../../scripts/lint/lint-file.ts';
import { activeRules, settingsFrom } from '../../scripts/lint/lint-one.ts';
import { buildTokenIndex } from '../../scripts/lint/token-index.ts';
import type { Language } from '../../scripts/lint/types.ts';

const { catalogueFile, cases, seed } = workerData as { catalogueFile: string; cases: number; seed: number };

// pieces that start or end the constructs the extractors and the value scanner track
const PIECES = [
  ...'abez059.#-+()[]{},;:%\'"`\\/*$@!<>=&?~ \n\t',
  'px',
  'rem',
  'e5',
  '.5',
  '-.5',
  '1a',
  'a.5',
  '#{',
  '${',
  '}',
  '/*',
  '*/',
  '//',
  '<!--',
  '-->',
  '</',
  'var(',
  'var(--lv-color-text-primary',
  '--lv-',
  'calc(',
  'rgb(',
  'rgba(0,0,0,.1)',
  'hsl(',
  'oklch(',
  'url(',
  'cubic-bezier(',
  'steps(',
  'red',
  'white',
  'transparent',
  '#fff',
  '#325ee4',
  '#12345678',
  'color:',
  'background:',
  'margin:',
  'box-shadow:',
  'font-family:',
  'fill=',
  'style=',
  'class=',
  'css`',
  'styled.div`',
  'style={{',
  'bg-[#fff]',
  'p-[13px]',
  '@media (prefers-color-scheme: dark){',
  '<style>',
  '</style>',
  '<template>',
  '<script>',
  '</script>',
  '<svg>',
  '<div ',
  '/>',
  '>',
  'theme.',
  'dark',
  '.dark ',
  ':host-context(.dark)',
  'livery-disable-next-line',
  '\r\n',
  '\u00a0',
  'é',
];
const WRAPS: Record<Language, (body: string) => string> = {
  css: (b) => `.a { ${b} }`,
  scss: (b) => `$x: 1px;\n.a { &:hover { ${b} } }`,
  sass: (b) => `$x: 1px\n.a\n  &:hover\n    ${b}\n  color: ${b}`,
  less: (b) => `@x: 1px;\n.a { ${b} }`,
  js: (b) =>
    `const s = { color: '${b}', margin: ${b} };\nconst c = css\`${b}\`;\nexport const el = <div style={{ ${b} }} />;`,
  html: (b) => `<div style="${b}"><style>.a { ${b} }</style></div>`,
  vue: (b) => `<template><div :style="{ ${b} }" /></template>\n<style scoped>.a { ${b} }</style>`,
  svelte: (b) => `<div style="${b}" />\n<style>.a { ${b} }</style>`,
  svg: (b) => `<svg><path fill="${b}" style="${b}"/></svg>`,
};
const EXTENSION: Record<Language, string> = {
  css: 'css',
  scss: 'scss',
  sass: 'sass',
  less: 'less',
  js: 'tsx',
  html: 'html',
  vue: 'vue',
  svelte: 'svelte',
  svg: 'svg',
};

// the settings a run with no config gets, built the way the CLI's threads build them
const settings = settingsFrom(
  { rules: activeRules(new Map()), jsFix: 'css-variable', unusedDisable: 'warning', fingerprints: true },
  buildTokenIndex(readCatalogue(catalogueFile, { warn: false })),
);

const random = seededRandom(seed);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const noise = () => Array.from({ length: 1 + Math.floor(random() * 24) }, () => pick(PIECES)).join('');
const PROPERTIES = ['color', 'background', 'border', 'margin-top', 'box-shadow', 'transition', 'font-family', 'fill'];
// declarations whose values are noise reach the value scanner; bare noise reaches the extractors
const body = () =>
  random() < 0.5
    ? noise()
    : Array.from({ length: 1 + Math.floor(random() * 3) }, () => `${pick(PROPERTIES)}: ${noise()};`).join(' ');

let findings = 0;
for (let i = 0; i < cases; i++) {
  const language = pick(Object.keys(WRAPS) as Language[]);
  // half the cases are well-formed around the noise, half are noise alone
  const text = random() < 0.5 ? WRAPS[language](body()) : body() + body();
  parentPort!.postMessage({ kind: 'case', language, text });
  const file = `fuzz.${EXTENSION[language]}`;
  const found = lintText(file, text, language, settings);
  findings += found.length;
  const fixes = found.flatMap((f) => (f.fix ? [f.fix] : []));
  if (fixes.length) lintText(file, applyFixes(text, fixes), language, settings);
}
parentPort!.postMessage({ kind: 'done', findings });
