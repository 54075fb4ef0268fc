// percent-mismatch: « X %, soit Y € » that is wrong, and instalments that do not make the subsidy.
import type { Check } from './registry';
import { t } from './registry';
import { formatAmount, formatPercent, isPercentConsistent } from '../text/amounts';
import type { AmountNode } from '../syntax/tree';
import { hasInlines } from '../syntax/tree';
import { eur } from './util';
import { subsidyOf } from './subsidy';

export const percents: Check = {
  name: 'percents',
  codes: ['percent-mismatch'],
  phase: 'fast',
  run(ctx) {
    const subsidy = subsidyOf(ctx);
    if (subsidy === undefined) return; // no base known: prefer silence to a guess
    const allAmounts: AmountNode[] = [];
    for (const l of ctx.model.doc.lines) if (hasInlines(l)) for (const i of l.inlines) if (i.type === 'amount') allAmounts.push(i);
    for (const group of ctx.model.shares) {
      // The base of a share: the subsidy, else an amount stated before it that fits (a share of another base).
      const base = group.every((s) => isPercentConsistent(subsidy, s.percent.basisPoints, s.amount.cents)) ? subsidy : undefined;
      if (base === undefined) for (const s of group) {
        const fits = allAmounts.some((a) => a.offset < s.percent.offset && a !== s.amount && isPercentConsistent(a.cents, s.percent.basisPoints, s.amount.cents));
        if (fits) continue;
        const expected = Math.round((subsidy * s.percent.basisPoints) / 10000);
        ctx.report({
          code: 'percent-mismatch',
          range: { start: s.percent.range.start, end: s.amount.range.end },
          message: t(
            `${formatPercent(s.percent.basisPoints, { nbsp: ' ' })} de ${eur(subsidy)} font ${eur(expected)}, pas ${eur(s.amount.cents)}.`,
            `${formatPercent(s.percent.basisPoints, { nbsp: ' ' })} of ${eur(subsidy)} is ${eur(expected)}, not ${eur(s.amount.cents)}.`,
          ),
          fixes: [{ title: t(`Écrire ${eur(expected)}`, `Write ${eur(expected)}`), edits: [{ range: s.amount.range, newText: formatAmount(expected) }] }],
        });
      }
      // Instalments of the subsidy: percentages and amounts must make the whole.
      if (base === undefined || group.length < 2) continue;
      const bp = group.reduce((n, s) => n + s.percent.basisPoints, 0);
      const sum = group.reduce((n, s) => n + s.amount.cents, 0);
      if (bp !== 10000 || sum !== base) {
        const last = group[group.length - 1];
        ctx.report({
          code: 'percent-mismatch',
          range: { start: last.percent.range.start, end: last.amount.range.end },
          message: t(
            `Les échéances font ${formatPercent(bp, { nbsp: ' ' })} et ${eur(sum)}, pour une subvention de ${eur(base)}.`,
            `The instalments make ${formatPercent(bp, { nbsp: ' ' })} and ${eur(sum)}, for a subsidy of ${eur(base)}.`,
          ),
          related: group.map((s) => ({ range: s.amount.range, message: t('échéance', 'instalment') })),
        });
      }
    }
  },
};
