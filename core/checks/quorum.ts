// quorum: fewer members present than the majority of the members in office (CGCT L2121-17).
import type { Check } from './registry';
import { t } from './registry';
import type { Member, Model, Report } from '../model/types';
import { surnameKey } from '../model/people';
import { reportsOf } from './util';

/** Interested members who do not take part in the debate (they leave the room) count for neither quorum nor vote. */
function interestedMembers(m: Model, r: Report | undefined): Member[] {
  if (!r?.interested) return [];
  const present = m.presenceAt(r.number).present;
  const out: Member[] = [];
  for (const i of r.interested.persons) {
    const key = surnameKey(i.person.surname);
    const found = present.filter((p) => surnameKey(p.surname) === key);
    if (found.length === 1) out.push(found[0]);
  }
  return out;
}

export const quorum: Check = {
  name: 'quorum',
  codes: ['quorum'],
  phase: 'fast',
  run(ctx) {
    const m = ctx.model;
    const inOffice = m.seance.membersInOffice?.value;
    if (!inOffice || m.members.length === 0) return;
    const needed = Math.floor(inOffice / 2) + 1;
    for (const r of reportsOf(m)) {
      const leaving = /ne participen?t pas aux débats|quitten?t la salle|se retiren?t/i.test(r?.interested ? m.doc.text.slice(r.interested.span.offset, r.interested.span.end) : '') ? interestedMembers(m, r).length : 0;
      const present = m.presenceAt(r?.number).present.length - leaving;
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
