// convocation-delay: the convocation sent too late (CGCT L2121-11, L2121-12, L3121-19, L5211-1).
import type { Check } from './registry';
import { t } from './registry';
import { matchedCommune } from '../communes/index';
import { clearDaysBetween, formatDateFr } from '../text/dates';
import { full } from './util';

/** Clear days required between the convocation and the séance (CGCT L2121-11, L2121-12, L3121-19, L5211-1). */
export function requiredClearDays(kind: 'commune' | 'epci' | 'departement' | 'other', population?: number): number | undefined {
  if (kind === 'departement') return 12;
  if (kind === 'epci') return 5;
  if (kind === 'commune' && population !== undefined) return population < 3500 ? 3 : 5;
  return undefined;
}

export const convocation: Check = {
  name: 'convocation',
  codes: ['convocation-delay'],
  phase: 'slow',
  run(ctx) {
    const s = ctx.model.seance;
    const seance = s.date && full(s.date);
    const sent = s.convocation && full(s.convocation);
    if (!seance || !sent || !s.collectivity) return;
    let population: number | undefined;
    if (s.collectivity.kind === 'commune' && ctx.communes) {
      population = matchedCommune(ctx.communes.lookup(s.collectivity.name))?.population;
    }
    const needed = requiredClearDays(s.collectivity.kind, population);
    if (needed === undefined) return;
    const days = clearDaysBetween(sent, seance);
    if (days >= needed) return;
    ctx.report({
      code: 'convocation-delay',
      range: s.convocation!.range,
      message: t(
        `Convocation du ${formatDateFr(sent)} : ${days} jour(s) franc(s) avant la séance, il en faut ${needed}${population !== undefined ? ` (${population} habitants)` : ''}.`,
        `Convocation of ${formatDateFr(sent)}: ${days} clear day(s) before the séance, ${needed} required${population !== undefined ? ` (population ${population})` : ''}.`,
      ),
    });
  },
};
