import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A synthetic brand of `count` tokens laid out like a real one: half primitives (OKLCH colors and
 * dimensions), half semantic aliases; each non-default context overrides a quarter of the
 * semantic tokens. Used by the build and resolver benchmarks.
 */
export interface SyntheticBrand {
  dir: string;
  resolver: string;
  /** Flat token files per mode, for the plain Style Dictionary peer (one instance per mode). */
  modeFiles: Record<string, string[]>;
}

export function writeSyntheticBrand(dir: string, count: number, themes = ['light', 'dark', 'high-contrast'], brands: string[] = []): SyntheticBrand {
  mkdirSync(join(dir, 'contexts'), { recursive: true });
  const primitives: Record<string, any> = { palette: { $type: 'color' }, size: { $type: 'dimension' } };
  const half = Math.floor(count / 2);
  const colors = Math.floor(half * 0.7);
  for (let i = 0; i < colors; i++) {
    primitives.palette[`c${i}`] = { $value: { colorSpace: 'oklch', components: [((i * 37) % 100) / 100, ((i * 13) % 37) / 100, (i * 47) % 360], alpha: 1 } };
  }
  for (let i = 0; i < half - colors; i++) primitives.size[`s${i}`] = { $value: { value: (i % 64) / 4, unit: 'rem' } };
  const semantic: Record<string, any> = { role: { $type: 'color' } };
  const semanticCount = count - half;
  for (let i = 0; i < semanticCount; i++) semantic.role[`r${i}`] = { $value: `{palette.c${i % colors}}`, $description: `Role ${i}.` };
  writeFileSync(join(dir, 'primitives.tokens.json'), JSON.stringify(primitives));
  writeFileSync(join(dir, 'semantic.tokens.json'), JSON.stringify(semantic));

  const overrides = (seed: number) => {
    const file: Record<string, any> = { role: {} };
    for (let i = 0; i < semanticCount; i += 4) file.role[`r${i}`] = { $value: `{palette.c${(i * seed + 7) % colors}}` };
    return file;
  };
  const contexts = (names: string[], seed: number) =>
    Object.fromEntries(names.map((name, i) => {
      if (i === 0) return [name, []];
      writeFileSync(join(dir, 'contexts', `${name}.tokens.json`), JSON.stringify(overrides(seed + i)));
      return [name, [{ $ref: `contexts/${name}.tokens.json` }]];
    }));
  const modifiers: Record<string, unknown> = { theme: { contexts: contexts(themes, 3), default: themes[0] } };
  if (brands.length) modifiers.brand = { contexts: contexts(brands, 11), default: brands[0] };
  const resolver = {
    name: `synthetic-${count}`,
    version: '2025.10',
    sets: { primitives: { sources: [{ $ref: 'primitives.tokens.json' }] }, semantic: { sources: [{ $ref: 'semantic.tokens.json' }] } },
    modifiers,
    resolutionOrder: [{ $ref: '#/sets/primitives' }, { $ref: '#/sets/semantic' }, ...Object.keys(modifiers).map((m) => ({ $ref: `#/modifiers/${m}` }))],
  };
  writeFileSync(join(dir, 'livery.resolver.json'), JSON.stringify(resolver, null, 2));
  const base = [join(dir, 'primitives.tokens.json'), join(dir, 'semantic.tokens.json')];
  const modeFiles = Object.fromEntries(themes.map((t, i) => [t, i === 0 ? base : [...base, join(dir, 'contexts', `${t}.tokens.json`)]]));
  return { dir, resolver: join(dir, 'livery.resolver.json'), modeFiles };
}
