// budget-unbalanced: receipts and expenses of one financing plan that differ.
import type { Check } from './registry';
import { t } from './registry';
import { eur } from './util';

export const budget: Check = {
  name: 'budget',
  codes: ['budget-unbalanced'],
  phase: 'fast',
  run(ctx) {
    // A financing plan: an expenses table followed by a receipts table (or the reverse) in the same annex or section.
    const tables = ctx.model.tables;
    for (let i = 0; i + 1 < tables.length; i++) {
      const a = tables[i], b = tables[i + 1];
      if (!a.side || !b.side || a.side === b.side || a.annex !== b.annex) continue;
      if (!a.total || !b.total) continue;
      // A table whose total is itself wrong is reported by total-mismatch: the plan is not compared on it.
      if (a.total.consistent === false || b.total.consistent === false) { i++; continue; }
      if (a.total.cents === b.total.cents) continue;
      const [exp, rec] = a.side === 'expenses' ? [a, b] : [b, a];
      const at = b.total.stated ?? b.table.rows[b.table.rows.length - 1];
      ctx.report({
        code: 'budget-unbalanced',
        range: at.range,
        message: t(
          `Plan de financement déséquilibré : dépenses ${eur(exp.total!.cents)}, recettes ${eur(rec.total!.cents)} (écart ${eur(rec.total!.cents - exp.total!.cents)}).`,
          `Unbalanced financing plan: expenses ${eur(exp.total!.cents)}, receipts ${eur(rec.total!.cents)} (difference ${eur(rec.total!.cents - exp.total!.cents)}).`,
        ),
        related: [{ range: (a.total.stated ?? a.table).range, message: t('l’autre total', 'the other total') }],
      });
      i++;
    }
  },
};
