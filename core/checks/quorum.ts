// quorum: fewer members present than the majority of the members in office (CGCT L2121-17).
import type { Check } from './registry';
import { t } from './registry';
import type { Model, Report } from '../model/types';
import { reportsOf } from './util';

/** Interested members present who leave the room (they do not take part in the debate): they count for no quorum. */
function leaving(m: Model, r: Report | undefined): number {
  if (!r?.interested?.leave) return 0;
  const present = new Set(m.presenceAt(r.number).present);
  return r.interested.persons.filter((i) => i.member && present.has(i.member)).length;
}

export const quorum: Check = {
  name: 'quorum',
  codes: ['quorum'],
  phase: 'fast',
  run(ctx) {
    const m = ctx.model;
    const inOffice = m.seance.membersInOffice?.value;
    if (!inOffice || !m.complete) return;
    const needed = Math.floor(inOffice / 2) + 1;
    for (const r of reportsOf(m)) {
      const present = m.presenceAt(r?.number).present.length - leaving(m, r);
      if (present >= needed) continue;
      const at = r?.vote?.span ?? r?.span ?? m.seance.membersInOffice!.span;
      ctx.report({
        code: 'quorum',
        range: at.range,
        message: t(
          `Quorum non atteint${r?.number ? ` au rapport ${r.number}` : ''} : ${present} présents, il en faut ${needed} sur ${inOffice} en exercice (CGCT L2121-17 ; les pouvoirs ne comptent pas).`,
          `Quorum not reached${r?.number ? ` at report ${r.number}` : ''}: ${present} present, ${needed} needed out of ${inOffice} in office (CGCT L2121-17; proxies do not count).`,
        ),
      });
    }
  },
};
