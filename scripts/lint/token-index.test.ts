import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../../bench/seeded-random.ts';
import { compareNames } from './token-index.ts';

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
