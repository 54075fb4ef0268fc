// proxy-holder-absent, proxy-giver-present, proxy-limit (CGCT L2121-20), and person-ambiguous: proxies report by report.
import type { Check } from './registry';
import { healthEmergency, listedAgain, listsWhole, plural, reportsOf, sameProxy, writtenOften } from './util';
import { t } from './registry';
import type { Member, Model, PresenceAt, Proxy } from '../model/types';
import { displayName, fullNameKey, surnameKey } from '../model/people';
import type { PersonNode } from '../syntax/tree';
import { agree, genderOf } from '../text/agree';
import { foldAccents } from '../text/fold';

/**
 * Whether the list of those present is whole: read whole, naming as many as the act says are present at the opening,
 * with no one arriving or leaving at an hour and no substitute without a titulaire.
 */
function presentListComplete(m: Model): readonly Member[] | undefined {
  const s = m.seance;
  if (!m.complete || !s.declaredPresent || s.presentCountsDiffer) return undefined;
  const present = m.presenceAt(reportsOf(m)[0]?.number).present;
  return present.length === s.declaredPresent.value && !m.members.some((x) => x.substitute || x.entry.qualifiers.length > 0 || x.from || x.until) ? present : undefined;
}

/** A given name written in full (« Pierre », « Jean-Claude »), not initials. */
const FULL_GIVEN = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;
/**
 * The one member present with the same surname as a person and another given name, both written in full, neither a
 * part of the other (« Jean » and « Jean-Pierre » may be one person).
 */
function otherGivenName(person: PersonNode, present: readonly Member[]): Member | undefined {
  if (!person.given || !FULL_GIVEN.test(person.given)) return undefined;
  const same = present.filter((x) => surnameKey(x.surname) === surnameKey(person.surname));
  if (same.length !== 1 || !same[0].given || !FULL_GIVEN.test(same[0].given)) return undefined;
  const parts = (g: string) => foldAccents(g).toLowerCase().split('-');
  const a = parts(person.given), b = parts(same[0].given);
  // (« GARMATH Michel » holding a proxy, « GARMATH Michelle » present: a given name written in its other gender, or cut,
  // the same person as likely as another.)
  const alike = (x: string, y: string) => x === y || (x.length >= 3 && y.length >= 3 && (x.startsWith(y) || y.startsWith(x)));
  return a.some((x) => b.some((y) => alike(x, y))) ? undefined : same[0];
}

/** Reports (positions in the ordre de passage) at which a proxy is in force; the séance itself when there is no order. */
function positionsOf(m: Model): (string | undefined)[] {
  return m.seance.order.length ? m.seance.order.map((o) => o.number) : reportsOf(m).map((r) => r?.number);
}

export const proxies: Check = {
  name: 'proxies',
  codes: ['proxy-holder-absent', 'proxy-giver-present', 'proxy-limit', 'person-ambiguous'],
  phase: 'fast',
  run(ctx) {
    const allowed = healthEmergency(ctx.model) ? 2 : 1;
    const m = ctx.model;
    const positions = positionsOf(m);
    const known = new Set(positions.filter((x): x is string => x !== undefined));
    const reported = new Set<string>();
    const number = new Map(m.proxies.map((p, i) => [p, i]));
    const once = (key: string, f: () => void) => { if (!reported.has(key)) { reported.add(key); f(); } };
    // Reports with the same presence share one PresenceAt: a report like an earlier one has nothing new to find.
    const seen = new Set<PresenceAt>();
    for (const at of positions) {
      const presence = m.presenceAt(at);
      if (seen.has(presence)) continue;
      seen.add(presence);
      const present = new Set(presence.present);
      const held = new Map<Member | PersonNode, Proxy[]>();
      const where = at ? t(` au rapport ${at}`, ` at report ${at}`) : t('', '');
      for (const p of presence.proxies) {
        // A proxy bounded by an hour (« jusqu'à son arrivée à 19 h 15 ») or by an arrival or departure that names no
        // report: when it runs is not known, so neither who is present while it runs.
        // So is one bounded by a point that is not among the reports read (« à compter du point 39 » of a séance
        // whose order is not in the text).
        const timed = [...p.qualifiers, p.giverMember?.from, p.giverMember?.until, p.holderMember?.from, p.holderMember?.until].some((q) => q && (!q.report || !known.has(q.report)));
        if (timed) continue;
        const stated = p.holderAbsent;
        if (stated && !(p.holderMember && present.has(p.holderMember))) {
          // « pouvoir à Mme Y (absente) »: the act says so itself.
          const words = ctx.model.doc.text.slice(stated.offset, stated.end);
          once(`holder|${number.get(p)}`, () => ctx.report({
            code: 'proxy-holder-absent',
            range: p.holder.range,
            message: t(`${displayName(p.holder)} détient le pouvoir de ${displayName(p.giver)}, mais l’acte ${agree(genderOf(p.holder.civility), ['le dit absent', 'la dit absente', 'le dit absent·e'])} (« ${words} »).`, `${displayName(p.holder)} holds the proxy of ${displayName(p.giver)}, but the act says they are absent (“${words}”).`),
            related: [{ range: stated.range, message: t('absence mentionnée ici', 'absence stated here') }],
          }));
        }
        if (p.holderMember && !present.has(p.holderMember)) {
          once(`holder|${number.get(p)}`, () => ctx.report({
            code: 'proxy-holder-absent',
            range: p.holder.range,
            message: t(`${displayName(p.holder)} détient le pouvoir de ${displayName(p.giver)} mais n’est pas ${agree(genderOf(p.holder.civility ?? p.holderMember!.entry.person.civility), ['présent', 'présente', 'présent·e'])}${where.fr}.`, `${displayName(p.holder)} holds the proxy of ${displayName(p.giver)} but is not present${where.en}.`),
            related: [{ range: p.holderMember!.entry.person.range, message: t('inscription dans les listes', 'listed here') }],
          }));
        }
        if (p.giverMember && present.has(p.giverMember) && !writtenOften(ctx.model).has(fullNameKey(p.giverMember))) {
          // A member listed present for the whole séance, with no arrival or departure written, may have left
          // without the list saying so: that is a question for the drafter, not a certain error.
          const g = p.giverMember;
          const unbounded = p.form === 'paired' && !g.from && !g.until && p.qualifiers.length === 0;
          once(`giver|${number.get(p)}`, () => ctx.report({
            code: 'proxy-giver-present',
            severity: unbounded ? 'information' : undefined,
            range: p.giver.range,
            message: unbounded
              ? t(`${displayName(p.giver)} donne pouvoir mais figure parmi les présents sans heure de départ : préciser à partir de quel rapport.`, `${displayName(p.giver)} gives a proxy but is listed present with no departure: state from which report.`)
              : t(`${displayName(p.giver)} donne pouvoir alors qu’il est présent${where.fr}.`, `${displayName(p.giver)} gives a proxy while present${where.en}.`),
            related: [{ range: g.entry.person.range, message: t('inscrit parmi les présents', 'listed as present') }],
          }));
        }
        const key = p.holderMember ?? p.holder;
        const list = held.get(key);
        // (« Madame Agnès de la PAUMELIERE donnant procuration à Madame Herveline CABON » in the head, « Pouvoir : DE LA
        // PAUMELIERE Agnès à CABON Herveline » in the deliberation: one proxy written twice, not two.)
        if (list?.some((x) => sameProxy(x, p))) continue;
        if (list) list.push(p);
        else held.set(key, [p]);
      }
      for (const [, list] of held) {
        if (list.length <= allowed) continue;
        const extra = list[allowed];
        once(`limit|${number.get(extra)}`, () => ctx.report({
          code: 'proxy-limit',
          range: extra.holder.range,
          message: t(
            `${displayName(extra.holder)} détient ${plural(list.length, 'pouvoir', 'pouvoirs')}${where.fr} ; la loi n’en permet ${allowed === 1 ? 'qu’un (CGCT L2121-20)' : 'que deux (état d’urgence sanitaire, loi n° 2021-1465)'}.`,
            `${displayName(extra.holder)} holds ${plural(list.length, 'proxy', 'proxies')}${where.en}; the law allows ${allowed === 1 ? 'one (CGCT L2121-20)' : 'two (health emergency, loi n° 2021-1465)'}.`,
          ),
          related: list.filter((x) => x !== extra).map((x) => ({ range: x.holder.range, message: t(`pouvoir de ${displayName(x.giver)}`, `proxy of ${displayName(x.giver)}`) })),
        }));
      }
    }
    const whole = listsWhole(m);
    // (The list of those present, whole by the act's count, looked at once and only for a holder not found.)
    let complete: readonly Member[] | false | undefined;
    for (const u of m.unresolved) {
      // « Ont donné pouvoir : NICOUD Christophe à SACCOMANI Pierre », the list of those present naming exactly as many as
      // the act says are present, among them « SACCOMANI Patrice »: the holder is another person than the one present
      // (or a wrong given name), not present either way. (A name the reader did not match for its form, « I. Marchand
      // Dedelot » for « Isabelle MARCHAND-DEDELOT », proves nothing: both given names are written in full and differ.)
      const present = u.role === 'proxy-holder' && u.candidates.length === 0 ? (complete ??= presentListComplete(m) ?? false) || undefined : undefined;
      if (present) {
        const p = m.proxies.find((x) => x.holder === u.person);
        const namesake = p && !p.holderMember && p.qualifiers.length === 0 ? otherGivenName(u.person, present) : undefined;
        if (p && namesake) {
          once(`holder|${number.get(p)}`, () => ctx.report({
            code: 'proxy-holder-absent',
            range: u.person.range,
            message: t(`${displayName(u.person)} détient le pouvoir de ${displayName(p.giver)} mais ne figure pas parmi les ${present.length} présents (la liste nomme ${displayName(namesake.entry.person)}).`, `${displayName(u.person)} holds the proxy of ${displayName(p.giver)} but is not among the ${present.length} present (the list names ${displayName(namesake.entry.person)}).`),
            related: [{ range: namesake.entry.person.range, message: t('inscription parmi les présents', 'listed present') }],
          }));
          continue;
        }
      }
      // Whoever gives a proxy is absent: a list of proxies is often the only place that names them.
      if (u.role === 'proxy-giver' && u.candidates.length === 0) continue;
      // A name in no list says something only when the lists hold every member in office; else it is most often a
      // name the reader did not find in a list (a layout not read), and the hint would only say so.
      if (u.candidates.length === 0 && !whole) continue;
      // (« Mme TESTELIN » present from one report and excused until it: one member written twice, no other to choose; so
      // a delegate written in each of a syndicat's three rolls, one per competence, « M. BESNARD »: one name.)
      const again = listedAgain(m).again;
      if (u.candidates.length > 1 && u.candidates.filter((c) => !u.candidates.includes(again.get(c)!)).length === 1) continue;
      if (u.candidates.length > 1 && new Set(u.candidates.map(displayName)).size === 1) continue;
      ctx.report({
        code: 'person-ambiguous',
        range: u.person.range,
        message: u.candidates.length
          ? t(`« ${u.person.text.trim()} » peut désigner ${u.candidates.map(displayName).join(' ou ')}.`, `“${u.person.text.trim()}” may be ${u.candidates.map(displayName).join(' or ')}.`)
          : t(`« ${u.person.text.trim()} » ne figure dans aucune liste de présence.`, `“${u.person.text.trim()}” is in no attendance list.`),
      });
    }
  },
};
