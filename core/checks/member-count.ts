// member-count: declared counts (en exercice, présents, votants, représentés) that disagree with the lists.
import type { Check } from './registry';
import { t } from './registry';
import { reportsOf } from './util';

export const memberCount: Check = {
  name: 'member-count',
  codes: ['member-count'],
  phase: 'fast',
  run(ctx) {
    const m = ctx.model;
    if (!m.complete) return;
    const s = m.seance;
    const listed = m.members.length;
    if (s.membersInOffice && listed !== s.membersInOffice.value) {
      ctx.report({
        code: 'member-count',
        range: s.membersInOffice.span.range,
        message: t(
          `${s.membersInOffice.value} membres en exercice déclarés, les listes en nomment ${listed} (présents, absents et excusés).`,
          `${s.membersInOffice.value} members in office declared; the lists name ${listed} (present, absent and excused).`,
        ),
      });
    }
    // Declared counts are those of the séance's (first) report.
    const r = reportsOf(m)[0];
    const p = m.presenceAt(r?.number);
    if (s.declaredPresent && s.declaredPresent.value !== p.present.length) {
      ctx.report({
        code: 'member-count',
        range: s.declaredPresent.span.range,
        message: t(
          `${s.declaredPresent.value} présents déclarés, la liste des présents en nomme ${p.present.length}.`,
          `${s.declaredPresent.value} present declared; the list of those present names ${p.present.length}.`,
        ),
      });
    }
    if (s.declaredRepresented && s.declaredRepresented.value !== p.proxies.length) {
      ctx.report({
        code: 'member-count',
        range: s.declaredRepresented.span.range,
        message: t(`${s.declaredRepresented.value} représentés déclarés, les listes donnent ${p.proxies.length} pouvoirs.`, `${s.declaredRepresented.value} represented declared; the lists give ${p.proxies.length} proxies.`),
      });
    }
    const voters = p.present.length + p.proxies.length;
    if (s.declaredVoters && s.declaredVoters.value !== voters) {
      ctx.report({
        code: 'member-count',
        range: s.declaredVoters.span.range,
        message: t(
          `${s.declaredVoters.value} votants déclarés, mais ${p.present.length} présents + ${p.proxies.length} pouvoirs = ${voters}.`,
          `${s.declaredVoters.value} voters declared, but ${p.present.length} present + ${p.proxies.length} proxies = ${voters}.`,
        ),
      });
    }
  },
};
