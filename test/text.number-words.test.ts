// numberToWords: French numerals in the traditional spelling of acts, the inverse of wordsToNumber.
import assert from 'node:assert/strict';
import { numberToWords, wordsToNumber } from '../core/text/numbers';

describe('text: numbers to words', () => {
  it('writes the numbers of dates and counts as acts do', () => {
    const cases: [number, string][] = [
      [0, 'zéro'], [1, 'un'], [16, 'seize'], [17, 'dix-sept'], [21, 'vingt et un'], [22, 'vingt-deux'], [31, 'trente et un'],
      [70, 'soixante-dix'], [71, 'soixante et onze'], [77, 'soixante-dix-sept'], [80, 'quatre-vingts'], [81, 'quatre-vingt-un'],
      [91, 'quatre-vingt-onze'], [99, 'quatre-vingt-dix-neuf'], [100, 'cent'], [101, 'cent un'], [200, 'deux cents'], [280, 'deux cent quatre-vingts'],
      [1000, 'mille'], [1001, 'mille un'], [2017, 'deux mille dix-sept'], [2025, 'deux mille vingt-cinq'], [80000, 'quatre-vingt mille'],
      [200000, 'deux cent mille'], [1000000, 'un million'], [2000000, 'deux millions'], [200000000, 'deux cents millions'],
    ];
    for (const [n, words] of cases) assert.equal(numberToWords(n), words, String(n));
  });

  it('is read back by wordsToNumber for every number up to 100 000 and for large ones', () => {
    for (let n = 0; n <= 100_000; n++) assert.equal(wordsToNumber(numberToWords(n)!), n, `${n}: ${numberToWords(n)}`);
    for (const n of [1_234_567, 999_999_999, 2_000_000_001]) assert.equal(wordsToNumber(numberToWords(n)!), n, String(n));
  });

  it('refuses what has no words', () => {
    assert.equal(numberToWords(-1), undefined);
    assert.equal(numberToWords(1.5), undefined);
    assert.equal(numberToWords(Number.MAX_SAFE_INTEGER + 2), undefined);
  });
});
