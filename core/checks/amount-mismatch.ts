// amount-mismatch: the same quantity (the subsidy, the programme's budget) stated with different values.
import type { Check } from './registry';
import { t } from './registry';
import { formatAmount } from '../text/amounts';
import type { AmountRole, RoledAmount } from '../model/types';
import { cap, citeLines, eur, line } from './util';
import { subsidyWeights } from './subsidy';

const ROLE_NAMES: Record<AmountRole, { fr: string; en: string }> = {
  subsidy: { fr: 'la subvention', en: 'the subsidy' },
  programme: { fr: 'le budget du programme', en: 'the programme budget' },
  operation: { fr: 'le montant de l’opération', en: 'the amount of the operation' },
};

/**
 * The same quantity stated in several places must agree. The odd value out is reported when one value is
 * stated once and another at least three times, or, in a convention, once against any number: anything less
 * clear (several values, a list of subsidies) is left alone.
 */
export const sameAmounts: Check = {
  name: 'same-amounts',
  codes: ['amount-mismatch'],
  phase: 'fast',
  run(ctx) {
    const byRole = new Map<AmountRole, RoledAmount[]>();
    for (const a of ctx.model.amounts) byRole.set(a.role, [...(byRole.get(a.role) ?? []), a]);
    for (const [role, list] of byRole) {
      const counts = new Map<number, RoledAmount[]>();
      for (const a of list) counts.set(a.amount.cents, [...(counts.get(a.amount.cents) ?? []), a]);
      if (counts.size < 2) continue;
      // Instalments that make one of the values (« 60 %, soit 15 000 € ; 40 %, soit 10 000 € ») vouch for it.
      const vouched = role === 'subsidy' ? subsidyWeights(ctx) : undefined;
      const weights = new Map([...counts].map(([value, stated]) => [value, vouched?.get(value) ?? stated.length]));
      const ranked = [...counts.entries()].sort((x, y) => weights.get(y[0])! - weights.get(x[0])! || x[1][0].amount.offset - y[1][0].amount.offset);
      const [refValue, refs] = ranked[0];
      // Prefer silence to a guess: several different values are several quantities (a list of subsidies),
      // not one quantity misstated; one value stated once against another stated once says nothing of which is right.
      // In a convention (one beneficiary, one subsidy) two different values are a mistake whatever their counts;
      // the value stated first is the reference and the other is reported.
      if (counts.size > 2 || ranked[1][1].length > 1) continue;
      if (!ctx.model.convention && weights.get(refValue)! < 3) continue;
      const name = ROLE_NAMES[role];
      const places = refs.map((r) => line(r.amount));
      for (const [value, odd] of ranked.slice(1)) {
        for (const a of odd) {
          ctx.report({
            code: 'amount-mismatch',
            range: a.amount.range,
            message: t(
              `${cap(name.fr)} vaut ici ${eur(value)}, mais ${eur(refValue)} ailleurs ${citeLines(places)}.`,
              `${cap(name.en)} is ${eur(value)} here, but ${eur(refValue)} elsewhere ${citeLines(places, true)}.`,
            ),
            related: refs.map((r) => ({ range: r.amount.range, message: t(`${name.fr} : ${eur(refValue)}`, `${name.en}: ${eur(refValue)}`) })),
            fixes: [{ title: t(`Remplacer par ${eur(refValue)}`, `Replace with ${eur(refValue)}`), edits: [{ range: a.amount.range, newText: formatAmount(refValue) + (a.amount.tax ? ` ${a.amount.tax}` : '') }] }],
          });
        }
      }
    }
  },
};
