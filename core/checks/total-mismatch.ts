// total-mismatch: a total or subtotal row that is not the sum of the rows it covers.
import type { Check } from './registry';
import { t } from './registry';
import { formatAmount } from '../text/amounts';
import { eur } from './util';

export const totals: Check = {
  name: 'totals',
  codes: ['total-mismatch'],
  phase: 'fast',
  run(ctx) {
    for (const tm of ctx.model.tables) {
      for (const c of tm.totals) {
        if (c.covered.length === 0 || c.stated.cents === c.computed) continue;
        const what = c.kind === 'total' ? t('le total', 'the total') : t('le sous-total', 'the subtotal');
        const newText = formatAmount(c.computed) + (c.stated.tax ? ` ${c.stated.tax}` : '');
        ctx.report({
          code: 'total-mismatch',
          range: c.stated.range,
          message: t(
            `Les lignes totalisent ${eur(c.computed)}, ${what.fr} indique ${eur(c.stated.cents)} (écart de ${eur(c.stated.cents - c.computed)}).`,
            `The rows add up to ${eur(c.computed)}; ${what.en} says ${eur(c.stated.cents)} (difference ${eur(c.stated.cents - c.computed)}).`,
          ),
          related: c.covered.map((r) => ({ range: r.range, message: t('ligne comptée dans la somme', 'row counted in the sum') })),
          fixes: [{ title: t(`Écrire la somme des lignes : ${eur(c.computed)}`, `Write the sum of the rows: ${eur(c.computed)}`), edits: [{ range: c.stated.range, newText }] }],
        });
      }
    }
  },
};
