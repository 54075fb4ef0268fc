// The subsidy a document grants, as the money checks see it: stated amounts, and instalments that vouch for a value.
import type { CheckContext } from './registry';
import { isPercentConsistent } from '../text/amounts';

/** How many groups of shares (instalments) fit a subsidy of this value: all their percentages, or their sum. */
function sharesVouchingFor(ctx: CheckContext, value: number): number {
  return ctx.model.shares.filter((g) => g.every((s) => isPercentConsistent(value, s.percent.basisPoints, s.amount.cents)) || g.reduce((n, s) => n + s.amount.cents, 0) === value).length;
}

/**
 * Each value stated as the subsidy, with its weight: how many times it is stated, each group of instalments that
 * fits it counting as one more mention (in the order the values first appear). Made once per model.
 */
export function subsidyWeights(ctx: CheckContext): ReadonlyMap<number, number> {
  let weights = weightsOf.get(ctx.model);
  if (weights) return weights;
  weights = new Map<number, number>();
  for (const a of ctx.model.amounts) if (a.role === 'subsidy') weights.set(a.amount.cents, (weights.get(a.amount.cents) ?? 0) + 1);
  for (const v of weights.keys()) weights.set(v, weights.get(v)! + sharesVouchingFor(ctx, v));
  weightsOf.set(ctx.model, weights);
  return weights;
}
const weightsOf = new WeakMap<object, Map<number, number>>();

/** The subsidy the shares are parts of: the value of the greatest weight (the first stated among equals). */
export function subsidyOf(ctx: CheckContext): number | undefined {
  return [...subsidyWeights(ctx).entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
