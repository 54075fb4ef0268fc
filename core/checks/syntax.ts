// syntax: what the parser could not read as the structure it claims (unclosed marks, ragged rows, list text).
import type { Check } from './registry';
import { t } from './registry';
import { citeLines } from './util';

export const syntax: Check = {
  name: 'syntax',
  codes: ['syntax'],
  phase: 'fast',
  run(ctx) {
    const doc = ctx.model.doc;
    for (const e of doc.errors) ctx.report({ code: 'syntax', range: e.span.range, message: t(e.message, e.messageEn), severity: e.severity });
    // What was not read gets one notice per act, and only when it keeps a check from running on figures the act
    // states (a list not read whole while the act declares counts): a notice per unread word would be noise.
    const m = ctx.model;
    const stated = m.seance.declaredPresent || m.seance.declaredVoters || m.seance.declaredRepresented || m.seance.membersInOffice || m.reports.some((r) => r.vote?.pour);
    if (m.unread.length === 0 || !stated) return;
    const first = m.unread[0];
    const checks = [...new Set(m.unread.flatMap((u) => u.checks))];
    const shown = m.unread.slice(0, 2).map((u) => `${u.what.fr} ${citeLines([u.span.range.start.line + 1])}`).join(' ; ');
    const shownEn = m.unread.slice(0, 2).map((u) => `${u.what.en} ${citeLines([u.span.range.start.line + 1], true)}`).join('; ');
    ctx.report({
      code: 'syntax',
      severity: 'information',
      range: first.span.range,
      message: t(`Lecture partielle, contrôles non faits : ${checks.join(', ')} — ${shown}.`, `Partly read, checks not run: ${checks.join(', ')} — ${shownEn}.`),
    });
  },
};
