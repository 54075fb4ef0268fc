// Checks on dates: weekdays, the séance date in words, the order of dates, the convocation delay.
import type { Check } from './registry';
import { t } from './registry';
import { WEEKDAYS_FR, clearDaysBetween, compareDates, formatDateFr, weekdayOf, isValidDate, type DateParts } from '../text/dates';
import type { DateNode } from '../syntax/tree';
import { hasInlines } from '../syntax/tree';

const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function full(d: DateNode): DateParts | undefined {
  const { year, month, day } = d.date;
  return year !== undefined && isValidDate(year, month, day) ? { year, month, day } : undefined;
}

/** Keeps the case of the word written: « Jeudi » → « Vendredi », « jeudi » → « vendredi ». */
function sameCase(written: string, word: string): string {
  if (written === written.toUpperCase()) return word.toUpperCase();
  if (written[0] === written[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

export const weekdays: Check = {
  name: 'weekdays',
  codes: ['weekday-mismatch'],
  phase: 'fast',
  run(ctx) {
    for (const l of ctx.model.doc.lines) {
      if (!hasInlines(l)) continue;
      for (const n of l.inlines) {
        if (n.type !== 'date' || n.date.weekday === undefined || !n.date.weekdayText) continue;
        const d = full(n);
        if (!d) continue;
        const real = weekdayOf(d.year, d.month, d.day);
        if (real === n.date.weekday) continue;
        const at = n.text.toLowerCase().indexOf(n.date.weekdayText.toLowerCase());
        const start = n.offset + Math.max(0, at);
        const range = { start: { line: n.range.start.line, character: n.range.start.character + (start - n.offset) }, end: { line: n.range.start.line, character: n.range.start.character + (start - n.offset) + n.date.weekdayText.length } };
        ctx.report({
          code: 'weekday-mismatch',
          range,
          message: t(
            `Le ${formatDateFr(d)} est un ${WEEKDAYS_FR[real]}, pas un ${WEEKDAYS_FR[n.date.weekday]}.`,
            `${formatDateFr(d)} is a ${WEEKDAYS_EN[real]}, not a ${WEEKDAYS_EN[n.date.weekday]}.`,
          ),
          fixes: [{ title: t(`Écrire « ${WEEKDAYS_FR[real]} »`, `Write “${WEEKDAYS_FR[real]}”`), edits: [{ range, newText: sameCase(n.date.weekdayText, WEEKDAYS_FR[real]) }] }],
        });
      }
    }
  },
};

export const dateOrder: Check = {
  name: 'date-order',
  codes: ['date-order', 'date-mismatch'],
  phase: 'fast',
  run(ctx) {
    const s = ctx.model.seance;
    const seance = s.date && full(s.date);
    if (seance && s.dateInWords) {
      const w = s.dateInWords;
      if (w.day !== seance.day || w.month !== seance.month || (w.year !== undefined && w.year !== seance.year)) {
        ctx.report({
          code: 'date-mismatch',
          range: w.span.range,
          message: t(`La date en lettres (${formatDateFr(w)}) n’est pas celle de la séance (${formatDateFr(seance)}).`, `The date in words (${formatDateFr(w)}) is not the séance date (${formatDateFr(seance)}).`),
          related: [{ range: s.date!.range, message: t('date de la séance', 'séance date') }],
        });
      }
    }
    if (seance) {
      const names = { reception: ['reçu en préfecture', 'received at the prefecture'], transmission: ['transmis', 'transmitted'], publication: ['publié', 'published'], affichage: ['affiché', 'posted'], signature: ['signé', 'signed'] };
      for (const st of s.stamps) {
        const d = full(st.date);
        if (!d || compareDates(d, seance) >= 0) continue;
        ctx.report({
          code: 'date-order',
          range: st.date.range,
          message: t(`Acte ${names[st.kind][0]} le ${formatDateFr(d)}, avant la séance du ${formatDateFr(seance)}.`, `Act ${names[st.kind][1]} on ${formatDateFr(d)}, before the séance of ${formatDateFr(seance)}.`),
          related: [{ range: s.date!.range, message: t('date de la séance', 'séance date') }],
        });
      }
      if (s.convocation) {
        const c = full(s.convocation);
        if (c && compareDates(c, seance) > 0) {
          ctx.report({
            code: 'date-order',
            range: s.convocation.range,
            message: t(`Convocation datée du ${formatDateFr(c)}, après la séance du ${formatDateFr(seance)}.`, `Convocation dated ${formatDateFr(c)}, after the séance of ${formatDateFr(seance)}.`),
          });
        }
      }
    }
    conventionDates(ctx);
  },
};

/** A convention's end before its signature, or a signature before the deliberation that authorises it. */
function conventionDates(ctx: Parameters<Check['run']>[0]) {
  const conv = ctx.model.convention;
  if (!conv) return;
  const lines = ctx.model.doc.lines.filter((l) => l.offset >= conv.span.offset && hasInlines(l));
  let signed: DateNode | undefined, authorised: DateNode | undefined;
  const ends: DateNode[] = [];
  for (const l of lines) {
    if (!hasInlines(l)) continue;
    const dates = l.inlines.filter((i): i is DateNode => i.type === 'date');
    if (dates.length === 0) continue;
    if (/^\s*Fait\b/i.test(l.text)) signed ??= dates[dates.length - 1];
    for (const d of dates) {
      const before = ctx.model.doc.text.slice(Math.max(l.offset, d.offset - 60), d.offset);
      if (/délibération[^.]*?(?:du|en date du)\s*$/i.test(before)) authorised ??= d;
      else if (/(?:cesse(?:ra)?|prend(?:ra)? fin|expire(?:ra)?|jusqu['’]au|au plus tard)[^.]{0,30}?(?:le\s*)?$/i.test(before)) ends.push(d);
    }
  }
  const sd = signed && full(signed);
  const ad = authorised && full(authorised);
  if (sd && ad && compareDates(sd, ad) < 0) {
    ctx.report({
      code: 'date-order',
      range: signed!.range,
      message: t(`Convention signée le ${formatDateFr(sd)}, avant la délibération du ${formatDateFr(ad)} qui l’autorise.`, `Convention signed on ${formatDateFr(sd)}, before the deliberation of ${formatDateFr(ad)} that authorises it.`),
      related: [{ range: authorised!.range, message: t('délibération', 'deliberation') }],
    });
  }
  const start = sd ?? ad;
  for (const e of ends) {
    const ed = full(e);
    if (!ed || !start || compareDates(ed, start) >= 0) continue;
    ctx.report({
      code: 'date-order',
      range: e.range,
      message: t(`La convention prend fin le ${formatDateFr(ed)}, avant d’avoir commencé (${formatDateFr(start)}).`, `The convention ends on ${formatDateFr(ed)}, before it starts (${formatDateFr(start)}).`),
    });
  }
}

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
      const found = ctx.communes.lookup(s.collectivity.name);
      if (found.kind === 'exact' || found.kind === 'spelling') population = ('commune' in found ? found.commune : found.official).population;
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
