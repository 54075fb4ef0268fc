// Checks on money: totals of tables, the same quantity stated differently, percentages and instalments,
// balance of a financing plan.
import type { Check, CheckContext } from './registry';
import { t } from './registry';
import { formatAmount, formatPercent, isPercentConsistent } from '../text/amounts';
import type { AmountNode } from '../syntax/tree';
import type { AmountRole, RoledAmount } from '../model/types';

const eur = (cents: number) => formatAmount(cents, { nbsp: ' ' });
const line = (a: { range: { start: { line: number } } }) => a.range.start.line + 1;

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
      const weight = (value: number, stated: RoledAmount[]) => stated.length + (role === 'subsidy' ? sharesVouchingFor(ctx, value) : 0);
      const ranked = [...counts.entries()].sort((x, y) => weight(y[0], y[1]) - weight(x[0], x[1]) || x[1][0].amount.offset - y[1][0].amount.offset);
      const [refValue, refs] = ranked[0];
      // Prefer silence to a guess: several different values are several quantities (a list of subsidies),
      // not one quantity misstated; one value stated once against another stated once says nothing of which is right.
      // In a convention (one beneficiary, one subsidy) two different values are a mistake whatever their counts;
      // the value stated first is the reference and the other is reported.
      if (counts.size > 2 || ranked[1][1].length > 1) continue;
      if (!ctx.model.convention && weight(refValue, refs) < 3) continue;
      const name = ROLE_NAMES[role];
      for (const [value, odd] of ranked.slice(1)) {
        for (const a of odd) {
          const places = refs.map((r) => line(r.amount)).join(', ');
          ctx.report({
            code: 'amount-mismatch',
            range: a.amount.range,
            message: t(
              `${cap(name.fr)} vaut ici ${eur(value)}, mais ${eur(refValue)} ailleurs (ligne${refs.length > 1 ? 's' : ''} ${places}).`,
              `${cap(name.en)} is ${eur(value)} here, but ${eur(refValue)} elsewhere (line${refs.length > 1 ? 's' : ''} ${places}).`,
            ),
            related: refs.map((r) => ({ range: r.amount.range, message: t(`${name.fr} : ${eur(refValue)}`, `${name.en}: ${eur(refValue)}`) })),
            fixes: [{ title: t(`Remplacer par ${eur(refValue)}`, `Replace with ${eur(refValue)}`), edits: [{ range: a.amount.range, newText: formatAmount(refValue) + (a.amount.tax ? ` ${a.amount.tax}` : '') }] }],
          });
        }
      }
    }
  },
};

function cap(s: string) {
  return s[0].toUpperCase() + s.slice(1);
}

/** How many groups of shares (instalments) fit a subsidy of this value: all their percentages, or their sum. */
function sharesVouchingFor(ctx: CheckContext, value: number): number {
  return ctx.model.shares.filter((g) => g.every((s) => isPercentConsistent(value, s.percent.basisPoints, s.amount.cents)) || g.reduce((n, s) => n + s.amount.cents, 0) === value).length;
}

/** The subsidy the shares are parts of: the value stated most often with that role, instalments counting as a mention. */
function subsidyOf(ctx: CheckContext): number | undefined {
  const counts = new Map<number, number>();
  for (const a of ctx.model.amounts) if (a.role === 'subsidy') counts.set(a.amount.cents, (counts.get(a.amount.cents) ?? 0) + 1);
  for (const v of counts.keys()) counts.set(v, counts.get(v)! + sharesVouchingFor(ctx, v));
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export const percents: Check = {
  name: 'percents',
  codes: ['percent-mismatch'],
  phase: 'fast',
  run(ctx) {
    const subsidy = subsidyOf(ctx);
    const allAmounts: AmountNode[] = [];
    for (const l of ctx.model.doc.lines) if ('inlines' in l) for (const i of l.inlines) if (i.type === 'amount') allAmounts.push(i);
    for (const group of ctx.model.shares) {
      // The base of a share: the subsidy, else an amount stated before it that fits (a share of another base).
      const base = subsidy !== undefined && group.every((s) => isPercentConsistent(subsidy, s.percent.basisPoints, s.amount.cents)) ? subsidy : undefined;
      for (const s of group) {
        if (base !== undefined) continue;
        const fits = allAmounts.some((a) => a.offset < s.percent.offset && a !== s.amount && isPercentConsistent(a.cents, s.percent.basisPoints, s.amount.cents));
        if (fits) continue;
        if (subsidy === undefined) continue; // no base known: prefer silence to a guess
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
