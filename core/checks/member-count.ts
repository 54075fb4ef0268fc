// member-count: declared counts (en exercice, présents, votants, représentés) that disagree with the lists.
import type { Check } from './registry';
import { t } from './registry';
import { holdersUnknown, listedPresentAndAbsent, listsWhole, plural, reportsOf, seatCountedTwice, seatsListed } from './util';
import { countEn } from '../text/agree';
import type { Member } from '../model/types';
import type { Resolution } from '../model/people';

const PRESENT_OR_REPRESENTED = /pr[ée]sents?\s+(?:ou|et)\s+repr[ée]sent/i;
/** A parenthesis after a name that says the person holds no seat: resigned, or the function of another body. */
// (Wrapped over lines too: « Mme SUAU Marie-Laure↵(démissionnaire ce jour) ».)
const NOT_IN_OFFICE = /^[\s,]*\((?:[^()]{0,40}d[ée]mission|(?:Pr[ée]sident|Pr[ée]sidente|Directeur|Directrice|Repr[ée]sentante?)\s+(?:de\s+la|du|des|de\s+l['’])\s+\p{Lu})/u;

/** Whether a resolution names a member present. */
function sitting(r: Resolution<Member>, present: Set<Member>): boolean {
  return r.kind === 'found' ? present.has(r.member) : r.kind === 'ambiguous' && r.members.some((x) => present.has(x));
}

export const memberCount: Check = {
  name: 'member-count',
  codes: ['member-count'],
  phase: 'fast',
  run(ctx) {
    const m = ctx.model;
    if (!m.complete) return;
    const s = m.seance;
    const seats = seatsListed(m);
    const listed = seats.fewest;
    // More names than seats is a mistake; fewer may be a list the act does not give (the absent not named). (Not when
    // some names were parted at a capital alone, « GRASSART N GUYEN DINH »: how many people they are is not known.)
    // (Nor those the lists say are no member in office: « Mme SUAU Marie-Laure (démissionnaire ce jour) », « M. JERRETIE
    // (Président de la Fédération Départementale des collectivités de l’Eau) », a guest named among the excused.)
    const uncertain = m.members.filter((x) => x.entry.uncertainStart || (x.attendance !== 'present' && NOT_IN_OFFICE.test(m.doc.text.slice(x.entry.person.end, x.entry.person.end + 160)))).length;
    if (s.membersInOffice && listed - uncertain > s.membersInOffice.value) {
      ctx.report({
        code: 'member-count',
        range: s.membersInOffice.span.range,
        message: t(
          `${plural(s.membersInOffice.value, 'membre en exercice déclaré', 'membres en exercice déclarés')}, les listes en nomment ${listed} (présents, absents et excusés).`,
          `${countEn(s.membersInOffice.value, 'member in office declared', 'members in office declared')}; the lists name ${listed} (present, absent and excused).`,
        ),
      });
    }
    // Declared counts are those of the séance's (first) report.
    const r = reportsOf(m)[0];
    const p = m.presenceAt(r?.number);
    // The other counts are compared with the lists only when these give the whole assembly; or, for those present,
    // when the act's own counts agree with each other and with the proxies listed (présents + représentés = votants):
    // then a list of those present that names another number is the list's mistake.
    const whole = listsWhole(m);
    const countsAgree = !!s.declaredPresent && !!s.declaredRepresented && !!s.declaredVoters &&
      s.declaredPresent.value + s.declaredRepresented.value === s.declaredVoters.value && s.declaredRepresented.value === p.proxies.length;
    // Voters as many as the members in office: every member sat or was represented, so the lists must give them all.
    // (Not when the lists name far fewer than that, « Étaient présents : 1 - M Jacques SEVRAIN … » stopped after two
    // names by a box of counts the layout runs into the list: the reader has missed names, the act may not have.)
    const everyoneVoted = !!s.declaredVoters && !!s.membersInOffice && s.declaredVoters.value === s.membersInOffice.value && seats.most * 2 >= s.membersInOffice.value;
    if (!whole && !countsAgree && !everyoneVoted) return;
    // « présents ou représentés : X, Y, … »: who of them sat is not said; no count is compared with the lists.
    if (m.lists.some((l) => PRESENT_OR_REPRESENTED.test(l.label))) return;
    // An arrival or a departure at an hour (« arrivée à 20 heures 15 »), not at a report: which of those listed the
    // counts of the opening include is not known.
    if (m.members.some((x) => x.entry.qualifiers.some((q) => q.report === undefined))) return;
    // One more present than listed may be the president, counted but not listed (not when the lists name every member
    // in office: the president is one of them).
    const president = s.president && m.people.resolve(s.president).kind === 'found';
    const presidentUnlisted = !president && !whole && s.declaredPresent?.value === p.present.length + 1;
    // Substitutes present whose titulaire is not named (« X (suppléante) », « Membres suppléants : … »): some acts count
    // them present, some do not, and whether they vote depends on which titulaire is away.
    const seatless = p.present.filter((x) => x.substitute && !x.substituteOf).length;
    // A proxy held by someone the act does not have present is the act's mistake (`proxy-holder-absent` says so);
    // whether its counts still include that proxy is not known, so they may give it or not.
    const present = new Set(p.present);
    const unusable = p.proxies.filter((x) => x.holderAbsent || (x.holderMember && !present.has(x.holderMember))).length;
    // « Excusés : M. ALLAIN (remplacé par M. BODET) »: a substitute the lists name only in the seat they take sits, and
    // the act's counts may include them.
    const replacing = m.members.filter((x) => x.entry.replacedBy && !present.has(x) && !sitting(m.people.resolve(x.entry.replacedBy), present)).length;
    // « David CHEMIN (arrivé pour la délibération D2018/36) » with no such report in the order read: the counts of the
    // opening may leave out those who came later.
    const inOrder = new Set(s.order.map((o) => o.number));
    const cameLater = p.present.filter((x) => x.from?.kind === 'from' && x.from.report !== undefined && !inOrder.has(x.from.report)).length;
    // (So a proxy in force from such a report, « Mme BOSANSKY à Mme GILLET (à partir de la question n°23) »: the voters of
    // the opening may leave it out.)
    const givenLater = p.proxies.filter((x) => x.qualifiers.some((q) => q.kind === 'from' && q.report !== undefined && !inOrder.has(q.report))).length;
    const presentFits = (n: number) => n === p.present.length || (seatless > 0 && n === p.present.length - seatless) || (replacing > 0 && n > p.present.length && n <= p.present.length + replacing) || (cameLater > 0 && n < p.present.length && n >= p.present.length - cameLater);
    // (Where only the counts agree, not when the list names fewer than half of those declared present: « Membres présents
    // prenant↵part au vote : … » not read, a list of one substitute left; the reader has missed the list, the act may
    // not have.)
    const missed = !whole && !!s.declaredPresent && p.present.length * 2 < s.declaredPresent.value;
    if ((whole || countsAgree) && s.declaredPresent && !s.presentCountsDiffer && !presentFits(s.declaredPresent.value) && !presidentUnlisted && !missed) {
      ctx.report({
        code: 'member-count',
        range: s.declaredPresent.span.range,
        message: t(
          `${plural(s.declaredPresent.value, 'présent déclaré', 'présents déclarés')}, la liste des présents en nomme ${p.present.length}.`,
          `${s.declaredPresent.value} present declared; the list of those present names ${p.present.length}.`,
        ),
      });
    }
    const represented = s.declaredRepresented?.value;
    // (More represented than proxies only where the lists give some: where they give none, the act names its proxies in
    // words not read, or not at all; « Nombre de pouvoir : 5 » proves nothing wrong then.)
    if (whole && s.declaredRepresented && represented !== undefined && ((represented > p.proxies.length && p.proxies.length > 0) || represented < p.proxies.length - unusable - givenLater) && !holdersUnknown(m)) {
      ctx.report({
        code: 'member-count',
        range: s.declaredRepresented.span.range,
        message: t(
          `${plural(s.declaredRepresented.value, 'représenté déclaré', 'représentés déclarés')}, les listes donnent ${plural(p.proxies.length, 'pouvoir', 'pouvoirs')}.`,
          `${s.declaredRepresented.value} represented declared; the lists give ${countEn(p.proxies.length, 'proxy', 'proxies')}.`,
        ),
      });
    }
    if (!whole && !everyoneVoted) return;
    // (Nor when some are represented by someone the act does not name: their proxies are not in the lists.)
    if (listedPresentAndAbsent(m) || holdersUnknown(m) || seatCountedTwice(p)) return;
    const voters = p.present.length + p.proxies.length;
    // (Lists that give no proxy at all, in an act that says how many were represented: the proxies left unnamed, or named
    // in words not read, count as many as it says, up to one per absent member.)
    const unnamed = p.proxies.length === 0 && s.declaredRepresented ? Math.min(s.declaredRepresented.value, p.absent.length) : 0;
    const votersFit = (n: number) => (n <= voters + replacing + unnamed && n >= voters - unusable - cameLater - givenLater) || (seatless > 0 && n >= voters - seatless - unusable && n <= voters);
    if (s.declaredVoters && !votersFit(s.declaredVoters.value) && !(presidentUnlisted && s.declaredVoters.value === voters + 1)) {
      ctx.report({
        code: 'member-count',
        range: s.declaredVoters.span.range,
        message: t(
          `${plural(s.declaredVoters.value, 'votant déclaré', 'votants déclarés')}, mais ${plural(p.present.length, 'présent', 'présents')} + ${plural(p.proxies.length, 'pouvoir', 'pouvoirs')} = ${voters}.`,
          `${countEn(s.declaredVoters.value, 'voter declared', 'voters declared')}, but ${p.present.length} present + ${countEn(p.proxies.length, 'proxy', 'proxies')} = ${voters}.`,
        ),
      });
    }
  },
};
