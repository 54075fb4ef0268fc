// quorum: fewer members present than the majority of the members in office (CGCT L2121-17).
import type { Check } from './registry';
import { t } from './registry';
import type { Model, Report } from '../model/types';
import { healthEmergency, holdersUnknown, listsWhole, plural, reportsOf } from './util';

/** Interested members present who leave the room (they do not take part in the debate): they count for no quorum. */
function leaving(m: Model, r: Report | undefined): number {
  if (!r?.interested?.leave) return 0;
  const present = new Set(m.presenceAt(r.number).present);
  // (Each member once, however often the sentence names them.)
  return new Set(r.interested.persons.flatMap((i) => (i.member && present.has(i.member) ? [i.member] : []))).size;
}

/**
 * « Suite à une première convocation …, le quorum n’ayant pas été atteint ce jour-là, le Comité syndical dûment reconvoqué
 * peut délibérer sans condition de quorum »: a séance convened again after one without its quorum deliberates whatever
 * the number present (CGCT L2121-17).
 */
// (« Quorum non nécessaire car 2 ème convocation ».)
const NO_QUORUM_NEEDED = /sans\s+condition\s+de\s+quorum|quorum\s+n['’]\s?(?:ayant|étant)\s+pas\s+été\s+atteint|reconvoqu|(?:à|de)\s+nouveau\s+convoqu|quorum\s+(?:non|pas)\s+(?:nécessaire|requis|exigé)|(?:2|deux)\s*(?:ème|e|nde?)\s+convocation|deuxième\s+convocation|seconde\s+convocation/i;
const HEAD_CHARS = 20000;

export const quorum: Check = {
  name: 'quorum',
  codes: ['quorum'],
  phase: 'fast',
  run(ctx) {
    const m = ctx.model;
    const inOffice = m.seance.membersInOffice?.value;
    // Two counts of those present that differ (titulaires alone, titulaires and suppléants): which makes the quorum is
    // not known.
    if (m.seance.presentCountsDiffer) return;
    // The count the act states, else the lists when they were read whole.
    const declared = m.seance.declaredPresent?.value;
    if (!inOffice || (declared === undefined && !listsWhole(m))) return;
    if (NO_QUORUM_NEEDED.test(m.doc.text.slice(m.doc.offset, Math.min(m.doc.end, m.doc.offset + HEAD_CHARS)))) return;
    // Under the health emergency, a third of the members in office, present or represented, made the quorum.
    const emergency = healthEmergency(m);
    const needed = emergency ? Math.ceil(inOffice / 3) : Math.floor(inOffice / 2) + 1;
    for (const r of reportsOf(m)) {
      const p = m.presenceAt(r?.number);
      // (Under the emergency, proxies whose holders the act does not name are not all known: no count from the lists.)
      const listed = listsWhole(m) && !(emergency && holdersUnknown(m)) ? p.present.length + (emergency ? p.proxies.length : 0) : undefined;
      // (Nothing to count from: no count stated, and the lists cannot be counted.)
      if (declared === undefined && listed === undefined) continue;
      // A stated count and the lists may differ (member-count says so): the quorum is missed only if both miss it.
      const present = Math.max(declared ?? 0, listed ?? 0) - leaving(m, r);
      if (present >= needed) continue;
      const at = r?.vote?.span ?? r?.span ?? m.seance.membersInOffice!.span;
      ctx.report({
        code: 'quorum',
        range: at.range,
        message: t(
          `Quorum non atteint${r?.number ? ` au rapport ${r.number}` : ''} : ${plural(present, 'présent', 'présents')}, il en faut ${needed} sur ${inOffice} en exercice (CGCT L2121-17 ; les pouvoirs ne comptent pas).`,
          `Quorum not reached${r?.number ? ` at report ${r.number}` : ''}: ${present} present, ${needed} needed out of ${inOffice} in office (CGCT L2121-17; proxies do not count).`,
        ),
      });
    }
  },
};
