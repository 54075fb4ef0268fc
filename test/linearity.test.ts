// Work that must stay linear in the length of a line (issue « Reliability and security »): a pasted act may be one
// line of a megabyte, and the server runs these at every keystroke. Each feature is timed at 128 KB and at 1 MB:
// eight times the text may take at most 32 times as long (the square would be 64 times; below 128 KB the caches and
// the young generation of the garbage collector make small texts cheaper per byte than linear). A ratio, not an
// absolute time; at each size the fastest of three batches of runs long enough to measure, on a noisy machine.
import assert from 'node:assert/strict';
import { analyze } from '../core/analyze';
import { documentLinks } from '../core/features/links';
import { formatEdits } from '../core/features/format';
import { LARGE, MAX_RATIO, SMALL, timePerRun } from './helpers/timing';

const repeat = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length));

const FEATURES: [string, (n: number) => string, (text: string) => () => unknown][] = [
  ['document links after a citation and a run of spaces', (n) => `Vu l'article L 1611-4 du code a${' '.repeat(n)}`, (t) => { const doc = analyze(t).doc; return () => documentLinks(doc); }],
  ['document links, many citations on one line', repeat("Vu l'article L 1611-4 du code général des collectivités territoriales, "), (t) => { const doc = analyze(t).doc; return () => documentLinks(doc); }],
  ['analysis with many references on one line', repeat('voir article 3 et annexe 2, '), (t) => () => analyze(t)],
  ['formatting a line of amounts', repeat('montant de 1234,56 € et 2000 € '), (t) => () => formatEdits(t)],
  ['formatting a tab row', repeat('Charges\t1000 €\t'), (t) => () => formatEdits(t)],
  ['formatting a run of spaces', (n) => `a${' '.repeat(n)}b`, (t) => () => formatEdits(t)],
];

describe('linear in the length of a line', () => {
  for (const [what, make, prepare] of FEATURES) {
    it(what, function () {
      this.timeout(60000);
      const time = (n: number) => timePerRun(prepare(make(n)));
      time(16 * 1024); // warm-up
      const small = time(SMALL);
      const large = time(LARGE);
      assert.ok(large / small < MAX_RATIO, `${what}: ${small.toFixed(2)} ms at 128 KB, ${large.toFixed(2)} ms at 1 MB`);
    });
  }
});
