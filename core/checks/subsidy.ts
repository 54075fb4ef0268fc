// The subsidy a document grants, as the money checks see it: stated amounts, and instalments that vouch for a value.
import type { CheckContext } from './registry';
import { isPercentConsistent } from '../text/amounts';

/** How many groups of shares (instalments) fit a subsidy of this value: all their percentages, or their sum. */
export function sharesVouchingFor(ctx: CheckContext, value: number): number {
  return ctx.model.shares.filter((g) => g.every((s) => isPercentConsistent(value, s.percent.basisPoints, s.amount.cents)) || g.reduce((n, s) => n + s.amount.cents, 0) === value).length;
}

/** The subsidy the shares are parts of: the value stated most often with that role, instalments counting as a mention. */
export function subsidyOf(ctx: CheckContext): number | undefined {
  const counts = new Map<number, number>();
  for (const a of ctx.model.amounts) if (a.role === 'subsidy') counts.set(a.amount.cents, (counts.get(a.amount.cents) ?? 0) + 1);
  for (const v of counts.keys()) counts.set(v, counts.get(v)! + sharesVouchingFor(ctx, v));
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
