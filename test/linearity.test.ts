// Work that must stay linear in the length of a line (issue « Reliability and security »): a pasted act may be one
// line of a megabyte, and the server runs these at every keystroke. Each feature is timed at 64 KB and at 1 MB:
// sixteen times the text may take at most forty times as long (the square would be 256 times). A ratio, not an
// absolute time; the smaller of two runs at each size, on a noisy machine.
import assert from 'node:assert/strict';
import { analyze } from '../core/analyze';
import { documentLinks } from '../core/features/links';
import { formatEdits } from '../core/features/format';

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
      const time = (n: number) => {
        const run = prepare(make(n));
        let best = Infinity;
        for (let i = 0; i < 2; i++) {
          const start = performance.now();
          run();
          best = Math.min(best, performance.now() - start);
        }
        return best;
      };
      time(16 * 1024); // warm-up
      const small = Math.max(time(64 * 1024), 1);
      const large = time(1024 * 1024);
      assert.ok(large / small < 40, `${what}: ${small.toFixed(1)} ms at 64 KB, ${large.toFixed(1)} ms at 1 MB`);
    });
  }
});
