import { describe, expect, it } from 'vitest';
import { tailwindUtilityFor } from './tailwind-namespaces.ts';

describe('tailwindUtilityFor', () => {
  const cases: [className: string, path: string[], type: string, expected: string | undefined][] = [
    ['p-[16px]', ['space', '4'], 'dimension', 'p-4'],
    ['-mx-[16px]', ['space', '4'], 'dimension', '-mx-4'],
    ['md:hover:gap-x-[16px]', ['space', '4'], 'dimension', 'md:hover:gap-x-4'],
    ['bg-[#fff]', ['color', 'surface', 'default'], 'color', 'bg-surface-default'],
    ['text-[#1a1a1a]', ['color', 'text', 'primary'], 'color', 'text-text-primary'],
    ['text-[16px]', ['font', 'size', '300'], 'dimension', 'text-300'],
    ['rounded-tl-[8px]', ['radius', 'md'], 'dimension', 'rounded-tl-md'],
    ['rounded-[8px]', ['shape', 'radius', 'control'], 'dimension', 'rounded-control'],
    ['shadow-[0_1px_2px_#0001]', ['elevation', 'raised'], 'shadow', 'shadow-raised'],
    ['ease-[cubic-bezier(0.2,0,0,1)]', ['easing', 'standard'], 'cubicBezier', 'ease-standard'],
    // Not a replacement: the utility reads another namespace, the token has none, or no arbitrary value.
    ['bg-[16px]', ['space', '4'], 'dimension', undefined],
    ['p-[#fff]', ['color', 'surface', 'default'], 'color', undefined],
    ['bg-[#fff]', ['palette', 'neutral', '0'], 'color', undefined],
    ['p-4', ['space', '4'], 'dimension', undefined],
  ];
  it.each(cases)('%s with %j is %s', (className, path, type, expected) => {
    expect(tailwindUtilityFor(className, path, type)).toBe(expected);
  });
});
