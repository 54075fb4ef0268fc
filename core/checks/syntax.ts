// syntax: what the parser could not read as the structure it claims (unclosed marks, ragged rows, list text).
import type { Check } from './registry';
import { t } from './registry';

export const syntax: Check = {
  name: 'syntax',
  codes: ['syntax'],
  phase: 'fast',
  run(ctx) {
    const doc = ctx.model.doc;
    for (const e of doc.errors) ctx.report({ code: 'syntax', range: e.span.range, message: t(e.message, e.messageEn) });
    // Words of a list that are neither a person, a commune nor a qualifier: kept as written, pointed out gently.
    for (const l of doc.lines) {
      if (l.type !== 'list') continue;
      for (const u of l.unread) {
        const text = doc.text.slice(u.offset, u.end);
        ctx.report({
          code: 'syntax',
          severity: 'information',
          range: u.range,
          message: t(`« ${text} » n’est pas lu comme une personne de la liste « ${l.label} » (Civilité Prénom NOM).`, `“${text}” is not read as a person of the list “${l.label}” (Civility Given SURNAME).`),
        });
      }
    }
  },
};
