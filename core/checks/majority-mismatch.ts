// majority-mismatch: an absolute majority stated that is not the one of the votes it is stated for — the half of the
// suffrages exprimés (or, when no blank or spoilt ballot is mentioned, of the voters) plus one, rounded down.
import type { Check } from './registry';
import { t } from './registry';
import type { Line } from '../syntax/tree';
import { matchesOf } from '../text/matches';

/** « Majorité absolue : 17 », « majorité absolue est de 17 », « Suffrages exprimés : 32 », « Votants : 33 ». */
const FIGURE = /(?<![\p{L}])(majorit[ée]\s+absolue|suffrages\s+exprim[ée]s|votants)(?:\s*(?:[:=]|est\s+de|est|de|requise\s*:?))?\s*(\d+)(?!\d)/giu;
/** Blank or spoilt ballots: the voters are then not the suffrages exprimés. */
const BLANK = /blancs?|nuls?|bulletins?\s+(?:blancs?|nuls?)/i;
/** How many lines above a stated majority the figures it rests on may stand. */
const REACH = 6;

export const majorityMismatch: Check = {
  name: 'majority-mismatch',
  codes: ['majority-mismatch'],
  phase: 'fast',
  run(ctx) {
    const lines = ctx.model.doc.lines;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (!/absolue/i.test(l.text)) continue;
      for (const m of matchesOf(l.text, FIGURE)) {
        if (!/^majorit/i.test(m[1])) continue;
        const stated = Number(m[2]);
        const base = baseOf(lines, i, m.index!);
        if (!base) continue;
        const expected = Math.floor(base.value / 2) + 1;
        if (expected === stated) continue;
        const start = l.offset + m.index! + m[0].length - m[2].length;
        const range = ctx.model.doc.positions.range(start, start + m[2].length);
        const of = base.kind === 'exprimes' ? ['suffrages exprimés', 'votes cast'] : ['votants', 'voters'];
        ctx.report({
          code: 'majority-mismatch',
          range,
          message: t(
            `Majorité absolue indiquée : ${stated} ; pour ${base.value} ${of[0]}, elle est de ${expected} (la moitié plus un, arrondie à l’entier inférieur).`,
            `Absolute majority stated: ${stated}; for ${base.value} ${of[1]}, it is ${expected} (half plus one, rounded down).`,
          ),
          related: [{ range: base.range, message: t(of[0], of[1]) }],
        });
      }
    }
  },
};

/**
 * The figure a majority stated on line i (at a column) rests on: the suffrages exprimés stated before it on the
 * same line or a few lines above; else the voters, when no blank or spoilt ballot is mentioned in between.
 */
function baseOf(lines: Line[], i: number, column: number) {
  let voters: { value: number; range: Line['range'] } | undefined;
  let blank = false;
  for (let k = i; k >= 0 && k >= i - REACH; k--) {
    const l = lines[k];
    const text = k === i ? l.text.slice(0, column) : l.text;
    const figures = matchesOf(text, FIGURE).reverse();
    for (const f of figures) {
      const kind = /^suffrages/i.test(f[1]) ? 'exprimes' : /^votants/i.test(f[1]) ? 'votants' : 'majorite';
      if (kind === 'majorite') return undefined; // another majority above: its own figures
      const value = Number(f[2]);
      const range = { start: { line: l.range.start.line, character: f.index! }, end: { line: l.range.start.line, character: f.index! + f[0].length } };
      if (kind === 'exprimes') return { kind, value, range } as const;
      voters ??= { value, range };
    }
    if (BLANK.test(text)) blank = true;
  }
  return voters && !blank ? ({ kind: 'votants', ...voters } as const) : undefined;
}
