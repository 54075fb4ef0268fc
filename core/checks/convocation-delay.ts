// convocation-delay: the convocation sent too late (CGCT L2121-11, L2121-12, L2541-2, L3121-19, L5211-1).
import type { Check } from './registry';
import { t } from './registry';
import { matchedCommune } from '../communes/index';
import { clearDaysBetween, compareDates, daysBetween, formatDateFr } from '../text/dates';
import { full } from './util';
import { headText } from '../syntax/tree';
import { territoryOf } from '../roster/territory';

/**
 * Clear days required between the convocation and the séance (CGCT L2121-11, L2121-12, L3121-19, L5211-1): 3 in a
 * commune under 3 500 inhabitants, 5 from 3 500 (for sure: SURELY_FROM_3500); an EPCI follows the rule of its largest
 * commune, so a communauté d'agglomération, urbaine or a métropole (whose centre is above 3 500) 5, another grouping
 * (communauté de communes, syndicat) at least 3; a département 12. A commune of unknown population: at least 3. In an
 * emergency (« urgence »), the delay may be shortened to one clear day (L2121-11, L2121-12).
 */
export function requiredClearDays(kind: 'commune' | 'epci' | 'departement' | 'other', population?: number, large?: boolean): number | undefined {
  if (kind === 'departement') return 12;
  if (kind === 'epci') return large ? 5 : 3;
  if (kind === 'commune') return population !== undefined && population >= SURELY_FROM_3500 ? 5 : 3;
  return undefined;
}
/**
 * The official list gives a commune's population of today, not of the act's year: one just above 3 500 (Pompignac,
 * 3 577) may have been under it then, so 5 clear days are asked only of a commune 15 % above the threshold.
 */
const SURELY_FROM_3500 = Math.round(3500 * 1.15);

/**
 * Moselle, Bas-Rhin and Haut-Rhin keep their local law for a commune under 3 500 inhabitants (CGCT L2541-2; 5 clear
 * days from 3 500, L2121-12 by L2541-1): the convocation is made « trois jours au moins avant la séance », in an
 * emergency « la veille » — days, not clear days: sent on the 16th for the 19th is in time.
 */
const LOCAL_LAW_DEPARTEMENTS = new Set(['57', '67', '68']);

/** The kind of assembly the act says met, when its header names no collectivity. */
function assemblyOf(text: string): 'commune' | 'epci' | undefined {
  if (/conseil\s+municipal/i.test(text)) return 'commune';
  // (« CTE DE CNES DU VAL D'ADOUR … l'assemblée régulièrement convoquée »: a communauté de communes abbreviated.)
  if (/conseil\s+(?:communautaire|de\s+(?:la\s+)?communaut[ée])|comit[ée]\s+syndical|communaut[ée]\s+de\s+communes|\bcte\s+de\s+cnes\b/i.test(text)) return 'epci';
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
    // A convocation dated after the séance is date-order's to report: no delay to count.
    if (!seance || !sent || compareDates(sent, seance) > 0) return;
    const head = headText(ctx.model.doc, 4000);
    const kind = s.collectivity?.kind ?? assemblyOf(head);
    if (!kind) return;
    const commune = s.collectivity?.kind === 'commune' && ctx.communes ? matchedCommune(ctx.communes.lookup(s.collectivity.name)) : undefined;
    const population = commune?.population;
    const large = !!s.collectivity?.large;
    const emergency = /\burgence\b/i.test(head);
    // (The département: the commune's, else, for a municipal council whose commune was not read, the one its header names.)
    const departement = commune?.departement ?? (kind === 'commune' && ctx.communes ? territoryOf(ctx.model, ctx.communes, ctx.roster).departement : undefined);
    const local = kind === 'commune' && !!departement && LOCAL_LAW_DEPARTEMENTS.has(departement) && !(population !== undefined && population >= SURELY_FROM_3500);
    const needed = emergency ? 1 : local ? 3 : requiredClearDays(kind, population, large);
    if (needed === undefined) return;
    // Local law counts the days before the séance; the general law the clear days between.
    const days = local ? daysBetween(sent, seance) : clearDaysBetween(sent, seance);
    if (days >= needed) return;
    const fr = [local ? 'droit local, CGCT L2541-2' : '', population !== undefined ? `${population} habitants` : ''].filter(Boolean).join(' ; ');
    const en = [local ? 'local law, CGCT L2541-2' : '', population !== undefined ? `population ${population}` : ''].filter(Boolean).join('; ');
    ctx.report({
      code: 'convocation-delay',
      range: s.convocation!.range,
      message: t(
        `Convocation du ${formatDateFr(sent)} : ${days} jour(s)${local ? '' : ' franc(s)'} avant la séance, il en faut ${needed}${fr ? ` (${fr})` : ''}.`,
        `Convocation of ${formatDateFr(sent)}: ${days}${local ? '' : ' clear'} day(s) before the séance, ${needed} required${en ? ` (${en})` : ''}.`,
      ),
    });
  },
};
