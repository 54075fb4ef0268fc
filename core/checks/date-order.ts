// date-order and date-mismatch: dates in an impossible order, the séance date in words against the one in figures.
import type { Check, CheckContext } from './registry';
import { t } from './registry';
import { compareDates, formatDateFr } from '../text/dates';
import type { DateNode, LineWithInlines } from '../syntax/tree';
import { hasInlines } from '../syntax/tree';
import { full } from './util';

export const dateOrder: Check = {
  name: 'date-order',
  codes: ['date-order', 'date-mismatch'],
  phase: 'fast',
  run(ctx) {
    const s = ctx.model.seance;
    const seance = s.date && full(s.date);
    // Only against a date the act gives as the séance's in a header: a date read elsewhere may be another day's.
    if (seance && s.dateInWords && s.dateFrom === 'header') {
      const w = s.dateInWords;
      // (« Séance n 01/14 du 09 janvier 2014 … DL13.01 (Séance n 01/14 du 12 décembre 2013) … L'an deux mille treize et
      // le douze décembre »: the head gives the date in words in figures too, so which is the séance's is not proven.)
      const differ = w.day !== seance.day || w.month !== seance.month || (w.year !== undefined && w.year !== seance.year);
      if (differ && !headDates(ctx, w.span.offset).some((d) => d.day === w.day && d.month === w.month && (w.year === undefined || d.year === w.year))) {
        ctx.report({
          code: 'date-mismatch',
          range: w.span.range,
          message: t(`La date en lettres (${formatDateFr(w)}) n’est pas celle de la séance (${formatDateFr(seance)}).`, `The date in words (${formatDateFr(w)}) is not the séance date (${formatDateFr(seance)}).`),
          related: [{ range: s.date!.range, message: t('date de la séance', 'séance date') }],
        });
      }
    }
    // « L’an deux mille dix-sept, le conseil … s’est réuni le mardi 20 février 2018 »: the year alone in words.
    const y = s.yearInWords;
    if (seance && !s.dateInWords && y && s.dateFrom === 'header' && y.year !== seance.year) {
      ctx.report({
        code: 'date-mismatch',
        range: y.span.range,
        message: t(`L’année en lettres (${y.year}) n’est pas celle de la séance (${formatDateFr(seance)}).`, `The year in words (${y.year}) is not that of the séance (${formatDateFr(seance)}).`),
        related: [{ range: s.date!.range, message: t('date de la séance', 'séance date') }],
      });
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
        // (« Date convocation : L'an deux mille seize le neuf novembre à 19 heures 30 20/10/2016 »: two columns of a header
        // run together, the séance's date in words read for the convocation's and the convocation's figures for the
        // séance's: a convocation on the day the act's words give the séance proves no order.)
        const w = s.dateInWords;
        const swapped = !!w && w.day === c?.day && w.month === c.month && (w.year === undefined || w.year === c.year);
        if (c && compareDates(c, seance) > 0 && !swapped) {
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

/** The dates in figures written in the act before an offset. */
function headDates(ctx: CheckContext, before: number) {
  const out = [];
  for (const l of ctx.model.doc.lines) {
    if (l.offset >= before) break;
    if (!hasInlines(l)) continue;
    for (const i of l.inlines) if (i.type === 'date' && i.offset < before) { const d = full(i); if (d) out.push(d); }
  }
  return out;
}

/** A convention's end before its signature, or a signature before the deliberation that authorises it. */
function conventionDates(ctx: CheckContext) {
  const conv = ctx.model.convention;
  if (!conv) return;
  const lines = ctx.model.doc.lines.filter((l): l is LineWithInlines => l.offset >= conv.span.offset && hasInlines(l));
  let signed: DateNode | undefined, authorised: DateNode | undefined;
  const ends: DateNode[] = [];
  for (const l of lines) {
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
