// weekday-mismatch: a weekday that is not the weekday of the date beside it (with a quick fix).
import type { Check } from './registry';
import { t } from './registry';
import { WEEKDAYS_FR, formatDateFr, weekdayOf } from '../text/dates';
import { hasInlines } from '../syntax/tree';
import { full } from './util';

const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

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
        // The séance's date written without its year (« Du jeudi 19 décembre ») has the year of the date in words.
        const seance = ctx.model.seance.date;
        const d = full(seance && seance.offset === n.offset ? seance : n);
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
