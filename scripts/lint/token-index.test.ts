import { describe, expect, it } from 'vitest';
import { compareNames } from './token-index.ts';

// mulberry32: the same names every run
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const name = (rand: () => number, alphabet: string) =>
  Array.from({ length: 1 + Math.floor(rand() * 12) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');

describe('compareNames', () => {
  it('orders token names as localeCompare does (ICU, the oracle), plain names compared by their characters', () => {
    const rand = random(3);
    const oracle = new Intl.Collator();
    // plain names, often sharing a prefix (palette.blue.100 / palette.blue.1000 / palette.blue-50)
    const plain = 'ab.-019z';
    const other = 'aB._-09zé ';
    for (let i = 0; i < 20_000; i++) {
      const alphabet = i % 4 === 3 ? other : plain;
      const a = name(rand, alphabet);
      const b = rand() < 0.3 ? a + name(rand, alphabet) : name(rand, alphabet);
      expect(Math.sign(compareNames(a, b)), `${a} ~ ${b}`).toBe(Math.sign(oracle.compare(a, b)));
      expect(Math.sign(compareNames(b, a)), `${b} ~ ${a}`).toBe(Math.sign(a.localeCompare(b)) * -1 || 0);
    }
  });
});
