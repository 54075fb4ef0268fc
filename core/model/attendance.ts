// Attendance: the members listed present, absent or excused, the proxies (inline « pouvoir à » or the
// paired Mandants / Mandataires lists), and who sits at each report of the ordre de passage.
import type { DocumentNode, ListEntry, ListLine, PersonNode, Qualifier } from '../syntax/tree';
import type { Attendance, AttendanceFacts, Member, PresenceAt, Proxy, UnresolvedMention } from './types';
import { PersonIndex, surnameKey, isInitials, fullNameKey } from './people';
import { entriesAfterStop, entryCutByEnd, listRole, roleOf, type ListRole } from '../syntax/names';
import { foldAccents } from '../text/fold';

export { listRole, type ListRole, type AttendanceFacts };

/** « Les personnes dont le nom est barré sont reportées ci-dessous » (deliberation software, a struck name lost by the copy). */
const STRUCK = /dont\s+les?\s+noms?\s+(?:est|sont)\s+barr[ée]s?|noms?\s+barr[ée]s?\s+sont\s+report[ée]s/i;

/**
 * The member who presides sits even when the list of those present leaves them out (« sous la présidence de M. X,
 * Maire » and X not listed): they are counted present, attached to the list of those present.
 */
function addPresident(doc: DocumentNode, members: Member[], president: PersonNode | undefined, people: PersonIndex<Member>) {
  if (!president || people.resolve(president).kind !== 'none') return;
  // « sous la présidence de Mme Sylvie VALENTE-LE HIR » and « Mme Sylvie Valente » listed: a compound surname written
  // short in the list is the same person, not a member more.
  // (« sous la présidence de Monsieur GANELON CLAUDE » and « Claude GANELON » listed: a name all in capitals, the given
  // name after the surname.)
  if (members.some((m) => m.attendance === 'present' && (shortSurname(m, president) || capitalsReversed(m, president)))) return;
  const list = members.find((m) => m.attendance === 'present')?.list;
  if (!list) return;
  const entry = { offset: president.offset, end: president.end, range: president.range, person: president, qualifiers: [] };
  const member: Member = { id: members.length, civility: president.civility, given: president.given, surname: president.surname, attendance: 'present', entry, list };
  if (!opensList(doc, president, list)) member.chair = true;
  members.push(member);
  people.add({ member, given: member.given, surname: member.surname, civility: member.civility });
}

/**
 * The chair named in the words that open the list of those present: inside its label (« Etaient présents sous la
 * présidence de Mme X, Vice-présidente : ») or in the same sentence right before it (« Sous la présidence de M. X,
 * Président, étaient présents : », « … de M. X, Maire. Etaient également présents : »). The list names them then; not
 * « sous la présidence de M. X, Maire. Présents : … ».
 */
function opensList(doc: DocumentNode, president: PersonNode, list: ListLine): boolean {
  if (president.offset >= list.offset && president.end <= list.labelSpan.end) return true;
  if (president.end > list.labelSpan.offset) return false;
  // (« sous la présidence de M. X, Maire, assisté de MM. A, B, … »: those who sat with the chair, not the chair.)
  if (/^assist/i.test(list.label)) return false;
  const between = doc.text.slice(president.end, list.labelSpan.offset);
  // (Not « … Sous la présidence de M. Christian GAUBERT, Maire PRÉSENTS (26) : … »: a heading in capitals, a flattened
  // text's next line, not the sentence going on.)
  if (/^\p{Lu}[\p{Lu}\s()\d]*$/u.test(list.label) && !/^(?:[ÉE]TAI|SONT)/u.test(list.label)) return false;
  // (« … sous la présidence de M. X, Maire. Etaient également présents : … »: « also » after the chair, who is listed.)
  // (Not « Sous la présidence de Monsieur X, Maire ↵↵ Membres présents : … »: a blank line ends the sentence as a full
  // stop does; not after a colon, « … de M. X, Président, étaient présents : ↵↵ Présents : 79 … ».)
  return between.length <= CHAIR_REACH && ((!/[.;!?](?:\s|$)/.test(between) && !/(?<![:：][ \t\u00a0\r]*)\n[ \t\u00a0\r]*\n/.test(between)) || /[ée]galement/i.test(list.label));
}
/** How far before the label of those present a chair who opens it may be named, in characters. */
const CHAIR_REACH = 80;

/** The same given name, and one surname the first part of the other (« Valente », « VALENTE-LE HIR »). */
function shortSurname(m: Member, p: PersonNode): boolean {
  if (!m.given || !p.given || foldAccents(m.given).toLowerCase() !== foldAccents(p.given).toLowerCase()) return false;
  const parts = (s: string) => foldAccents(s).toLowerCase().split(/[\s\u00a0'’-]+/).filter(Boolean);
  const [a, b] = [parts(m.surname), parts(p.surname)];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length > 0 && short.length < long.length && short.every((w, i) => w === long[i]);
}

/** A name written all in capitals (no given name read: « GANELON CLAUDE ») whose words are the member's, in any order. */
function capitalsReversed(m: Member, p: PersonNode): boolean {
  if (p.given || !m.given) return false;
  const words = (s: string) => foldAccents(s).toLowerCase().split(/[\s\u00a0]+/).filter(Boolean).sort().join(' ');
  return words(p.surname) === words(`${m.given} ${m.surname}`);
}

/** « Assistaient », « Assistaient à la réunion / à la séance », not « également ». */
const MEMBERS_ATTENDING = /^assistaient(?:\s+a\s+la\s+(?:seance|reunion))?$/i;

/** Whether a list's entries are members (the other lists name givers, holders or other people). */
const memberRole = (r: ListRole | undefined): r is 'present' | 'absent' | 'excused' | 'replaced' => r === 'present' || r === 'absent' || r === 'excused' || r === 'replaced';

/** The label of a list of substitutes (« Membres suppléants avec voix délibérative », « Délégués suppléants présents »). */
const SUBSTITUTES = /suppl[ée]ant/i;

export function readAttendance(doc: DocumentNode, lists: ListLine[], president?: PersonNode): AttendanceFacts {
  const members: Member[] = [];
  const roles = new Map(lists.map((l) => [l, roleOf(l)]));
  // « Assistaient à la réunion : MM. BARRÉ, BAUDRY, … » in an act with no list of those present: the members who sat
  // (« Assistait également : M. X, Attaché » stays no member).
  if (![...roles.values()].includes('present')) {
    for (const l of lists) if (MEMBERS_ATTENDING.test(foldAccents(l.label).trim()) && l.entries.length) roles.set(l, 'present');
  }
  // « Représentés avec pouvoirs : X, Y », « Avaient donné procuration : X, Y » naming no holder, and no list of holders
  // to pair them with: members away, represented by someone the act does not name.
  const unnamedHolders = new Set<ListLine>();
  if (![...roles.values()].includes('holders')) {
    for (const l of lists) {
      // (A list read whole, under a label that says so: not « pouvoir ↵ pouvoir ↵ à ↵ à ↵ M. X ↵ Mme Y », the columns of a
      // table of proxies flattened one after the other, where X and Y are the holders.)
      // (« Titulaires absents ayant donné pouvoir : M. POPELARD, Mme MIGNON »: so under a label of the excused that says
      // they gave a proxy.)
      // (« Absentes avec procuration : M et Mmes X, Y »: so « avec procuration ».)
      const gave = roles.get(l) === 'givers' || (roles.get(l) === 'excused' && /ayant[ \u00a0]+donn[ée][ \u00a0]+(?:procuration|pouvoir|mandat|délégation)|avec[ \u00a0]+(?:procuration|pouvoir)/i.test(l.label));
      if (!gave || l.entries.length === 0 || l.unread.length > 0 || !/repr[ée]sent|donn[ée]e?s?[ \u00a0]+(?:procuration|pouvoir)|avec[ \u00a0]+(?:procuration|pouvoir)/i.test(doc.text.slice(Math.max(0, l.labelSpan.offset - 40), l.labelSpan.end)) || l.entries.some((e) => e.proxyTo || e.proxyFrom)) continue;
      roles.set(l, 'excused');
      unnamedHolders.add(l);
    }
  }
  const memberOf = new Map<ListEntry, Member>();
  const away = new PersonIndex<Member>([]);
  const seated = new PersonIndex<Member>([]);
  for (const list of lists) {
    const role = roles.get(list);
    if (!memberRole(role)) continue;
    for (const entry of list.entries) {
      const p = entry.person;
      // « Absents excusés : X … Absents représentés : X donne pouvoir à Y »: the proxy of a member already listed away,
      // not a second member.
      if (role !== 'present') {
        const r = away.resolve(p);
        // (So in the same list: « ETAIENT ABSENTS EXCUSÉS : Mme BEUCHER Sylvie – … – ↵↵ Mme BEUCHER Sylvie a donné pouvoir à
        // M. DORNEAU Jean-Marc », the proxies going on below the names.)
        if (r.kind === 'found' && (entry.proxyTo || r.member.entry.proxyTo) && !(entry.proxyTo && r.member.entry.proxyTo)) {
          memberOf.set(entry, r.member);
          continue;
        }
        // « RODRIGUEZ (jusqu’au point n°17) » among those present, « M RODRIGUEZ qui donne pouvoir à M GAC (à partir du
        // point n°18) » among the excused: the member who left and is represented from then on, one seat.
        const left = entry.proxyTo && entry.qualifiers.some((q) => q.kind === 'from') ? seated.resolve(p) : undefined;
        if (left?.kind === 'found' && left.member.until) {
          memberOf.set(entry, left.member);
          continue;
        }
        // « Mme BAUDOIN (à partir de 20h40) » among those present, « Mme BAUDOIN, Adjoint par Mme LANASPRE, Adjoint
        // jusqu’à 20h40 » among the represented: the member who came late and was represented until then, one seat.
        const came = entry.proxyTo && !entry.qualifiers.some((q) => q.kind === 'from') ? seated.resolve(p) : undefined;
        if (came?.kind === 'found' && came.member.from && !came.member.until) {
          memberOf.set(entry, came.member);
          continue;
        }
      }
      const member: Member = {
        id: members.length,
        civility: p.civility,
        given: p.given,
        surname: p.surname,
        commune: entry.commune,
        attendance: entry.away ?? (role === 'replaced' ? 'excused' : role),
        entry,
        list,
        substituteOf: entry.substituteOf,
        substitute: SUBSTITUTES.test(list.label) || entry.substitute || undefined,
        from: entry.qualifiers.find((q) => q.kind === 'from'),
        until: entry.qualifiers.find((q) => q.kind === 'until'),
        ...(entry.qualifiers.some(isPoints) ? { points: entry.qualifiers.filter(isPoints) } : {}),
        ...(unnamedHolders.has(list) ? { holderUnnamed: true } : {}),
      };
      members.push(member);
      memberOf.set(entry, member);
      (member.attendance === 'present' ? seated : away).add({ member, given: member.given, surname: member.surname, civility: member.civility });
    }
  }
  // The struck names: the present listing of a member listed again among the absent is not a seat of its own.
  const struck: ListEntry[] = [];
  if (STRUCK.test(doc.text.slice(doc.offset, doc.end))) {
    for (const m of members.filter((x) => x.attendance !== 'present')) {
      const r = seated.resolve(m.entry.person);
      if (r.kind !== 'found' || !members.includes(r.member)) continue;
      struck.push(r.member.entry);
      memberOf.set(r.member.entry, m);
      members.splice(members.indexOf(r.member), 1);
    }
    members.forEach((m, i) => (m.id = i));
  }
  const people = new PersonIndex(members.map((m) => ({ member: m, given: m.given, surname: m.surname, civility: m.civility })));
  addPresident(doc, members, president, people);
  const unresolved: UnresolvedMention[] = [];
  const homonyms = givenNamesBySurname(lists);
  const resolve = (person: PersonNode, role: UnresolvedMention['role']): Member | undefined => {
    const r = people.resolve(person);
    // « M. MOLOSSI » listed present, « Frédéric MOLOSSI » and « Tobias MOLOSSI » in the proxies: the surname alone
    // does not say which of the two sat.
    const twins = r.kind === 'found' && !r.member.given && person.given && (homonyms.get(surnameKey(person.surname))?.size ?? 0) > 1;
    if (r.kind === 'found' && !twins) return r.member;
    if (twins) { unresolved.push({ person, candidates: [r.member], role }); return undefined; }
    // (One delegate written under the labels of two members of a syndicat mixte, « Rennes Métropole : … Mme LAVERGNE
    // Michèle … Communes de Rennes Métropole : … Mme LAVERGNE Michèle »: the same person, whichever entry.)
    // (Not one listed present and absent: `member-duplicate` says so, and which of the two gave or holds is not known.)
    if (r.kind === 'ambiguous' && r.members.every((x) => sameName(x, r.members[0]) && x.attendance === r.members[0].attendance)) return r.members[0];
    unresolved.push({ person, candidates: r.kind === 'ambiguous' ? r.members : [], role });
    return undefined;
  };

  /** Whether whoever a name designates is listed present (one member, or each of those it may be). */
  const listedPresent = (person: PersonNode): boolean => {
    const r = people.resolve(person);
    return r.kind === 'found' ? r.member.attendance === 'present' : r.kind === 'ambiguous' && r.members.every((m) => m.attendance === 'present');
  };
  const proxies: Proxy[] = [];
  // Inline proxies: « M. X (pouvoir à Mme Y) » in an attendance list, or « M. X à M. Y » in a list of proxies.
  for (const list of lists) {
    const role = roles.get(list);
    for (const entry of list.entries) {
      if (entry.proxyFrom) {
        // Written from the holder's side: « M. X (a reçu pouvoir de Mme Y) ».
        const holderMember = role === 'present' ? memberOf.get(entry) : resolve(entry.person, 'proxy-holder');
        const giverMember = resolve(entry.proxyFrom, 'proxy-giver');
        // « PROCURATION(S) Madame BARBUSSE pour Madame DHERBECOURT », « Pouvoirs : BOURGET Vincent (pour DELALEX Audrey) »:
        // « pour » is written either way; the side listed present holds the proxy.
        const reversed = entry.eitherWay && listedPresent(entry.proxyFrom) && !listedPresent(entry.person);
        if (reversed) for (const u of unresolved) if (u.person === entry.person) u.role = 'proxy-giver'; else if (u.person === entry.proxyFrom) u.role = 'proxy-holder';
        proxies.push({
          ...(reversed
            ? { giver: entry.person, holder: entry.proxyFrom, giverMember: holderMember, holderMember: giverMember }
            : { giver: entry.proxyFrom, holder: entry.person, giverMember, holderMember }),
          qualifiers: [...entry.qualifiers], line: list, form: 'inline',
        });
      }
      if (!entry.proxyTo) continue;
      const giverMember = memberRole(role) ? memberOf.get(entry) : resolve(entry.person, 'proxy-giver');
      proxies.push({
        giver: entry.person, holder: entry.proxyTo, giverMember, holderMember: resolve(entry.proxyTo, 'proxy-holder'),
        qualifiers: [...(entry.proxyQualifiers ?? entry.qualifiers)], line: list, form: 'inline',
        ...(entry.holderAbsent ? { holderAbsent: entry.holderAbsent } : {}),
      });
    }
  }
  // Paired lists: the n-th mandant gives a proxy to the n-th mandataire.
  // A label alone (« Procurations de vote : » above « Mandants » and « Mandataires ») pairs nothing.
  const givers = lists.filter((l) => roles.get(l) === 'givers' && l.entries.length > 0);
  const holders = lists.filter((l) => roles.get(l) === 'holders' && l.entries.length > 0);
  givers.forEach((g, i) => {
    const h = holders[i];
    if (!h) return;
    const n = Math.min(g.entries.length, h.entries.length);
    for (let k = 0; k < n; k++) {
      const ge = g.entries[k], he = h.entries[k];
      if (ge.proxyTo) continue; // already read as an inline proxy
      proxies.push({
        giver: ge.person, holder: he.person,
        giverMember: resolve(ge.person, 'proxy-giver'), holderMember: resolve(he.person, 'proxy-holder'),
        qualifiers: [...ge.qualifiers, ...he.qualifiers], line: g, form: 'paired',
      });
    }
  });
  // The same proxy stated twice (« Sabine COLLIOT (pouvoir de Florence FALLONE) » among those present, then
  // « Florence FALLONE (pouvoir à Sabine COLLIOT) » among the proxies) is one proxy.
  // (By the member when both sides resolve to one, else by the name written: « M. CALLET, excusé, pouvoir à M. MELINON »
  // in the list of the absent and again in the roll call below it, one side resolved and the other not.)
  const side = (m: Member | undefined, p: PersonNode) => (m ? `${surnameKey(m.surname)}|${foldAccents(m.given ?? p.given ?? '').toLowerCase()}` : `${surnameKey(p.surname)}|${foldAccents(p.given ?? '').toLowerCase()}`);
  const stated = new Set<string>();
  for (let k = 0; k < proxies.length; k++) {
    const p = proxies[k];
    const key = `${side(p.giverMember, p.giver)}>${side(p.holderMember, p.holder)}`;
    if (!stated.has(key)) { stated.add(key); continue; }
    proxies.splice(k--, 1);
  }
  // A list that runs to the end of the act was cut there (a page, an extract): it is not known whole.
  // (A line of proxies without a label is a whole sentence.)
  // (So when the text ends in its last entry, cut by the end of the extract: « … Mme Maryse POTEAUX donne pouvoir de vote
  // à ».)
  const atEnd = (l: ListLine) => l.role !== 'givers' && textEndsIn(doc, l) && (roleOf(l) !== 'present' || doc.text.slice(listEnd(l), doc.end).trim() === '');
  // « TITULAIRES PRESENTS AVEC VOTE: BONNET TENEZE↵Véronique, Certifiée exécutoire le 24/09/2020 BORT Jean Pierre, … »: a
  // list stopped at the end of a line whose next line opens with the rest of a name (a given name alone before a comma)
  // goes on in words not read.
  const cutShort = (l: ListLine) => l.stop === undefined && !/[.;:][ \t\u00a0\r]*$/.test(doc.text.slice(Math.max(l.offset, l.end - 4), l.end)) && REST_OF_NAME_BELOW.test(doc.text.slice(l.end, l.end + 60));
  // (A list stopped at words it does not read, more of its entries after them on the line: not read to its end.)
  const stoppedShort = (l: ListLine) => l.stop !== undefined && entriesAfterStop(doc.text.slice(l.stop, Math.min(doc.end, l.stop + 400)));
  const partial = lists.filter((l) => (l.unread.length > 0 || atEnd(l) || cutShort(l) || stoppedShort(l)) && roles.get(l) !== 'other');
  // (Not when who votes is not said: « X représenté par Y » among those present, a substitute or a proxy.)
  const complete = partial.length === 0 && lists.some((l) => roles.get(l) === 'present' && l.entries.length > 0) && !lists.some((l) => l.entries.some((e) => e.sitsOrHolds));
  return { members, people, proxies, unresolved, complete, partial, lists, struck };
}

/** The full given names (not initials) written with each surname in the lists: two or more name homonyms. */
function givenNamesBySurname(lists: ListLine[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (p: PersonNode | undefined) => {
    if (!p?.given || isInitials(p.given)) return;
    const key = surnameKey(p.surname);
    const set = out.get(key) ?? new Set<string>();
    set.add(foldAccents(p.given).toLowerCase().replace(/[^a-z]/g, ''));
    out.set(key, set);
  };
  for (const l of lists) for (const e of l.entries) { add(e.person); add(e.proxyTo); add(e.proxyFrom); add(e.substituteOf); }
  return out;
}

/** The line after a list opening with a given name alone before a comma (« Véronique, … »). */
const REST_OF_NAME_BELOW = /^[ \t\u00a0]*\r?\n[ \t\u00a0]*\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?[ \t\u00a0]*,/u;

/** Where a list ends, its continuation lines included. */
function listEnd(l: ListLine): number {
  return l.stop ?? l.end;
}

/** Whether the act's text ends in a list: nothing after it, or its last entry cut by the end of the extract. */
export function textEndsIn(doc: DocumentNode, l: ListLine): boolean {
  const rest = doc.text.slice(listEnd(l), doc.end);
  return rest.trim() === '' || entryCutByEnd(rest);
}

/** Whether two members are written with the same given name and surname (accents and case aside). */
function sameName(a: Member, b: Member): boolean {
  return !!a.given && fullNameKey(a) === fullNameKey(b);
}

/** The position of each report number in the ordre de passage. */
export function orderIndex(order: { number: string }[]): Map<string, number> {
  const m = new Map<string, number>();
  order.forEach((o, i) => m.set(o.number, i));
  return m;
}

const isPoints = (q: Qualifier) => q.kind === 'only' || q.kind === 'except';

/** The positions in the order of the reports an « only » or « except » qualifier names; undefined if one is not in it. */
function pointsAt(q: Qualifier, index: Map<string, number>): number[] | undefined {
  const at = (q.reports ?? []).map((r) => index.get(r));
  return at.length > 0 && at.every((i) => i !== undefined) ? (at as number[]) : undefined;
}

/**
 * Whether qualifiers (à partir du X, jusqu'au Y, aux points X et Y, sauf au point Z) allow the report at position
 * `at`. Unknown reports do not restrict.
 */
export function allows(qualifiers: (Qualifier | undefined)[], at: number | undefined, index: Map<string, number>): boolean {
  if (at === undefined) return true;
  for (const q of qualifiers) {
    if (q && isPoints(q)) {
      const named = pointsAt(q, index);
      if (named && named.includes(at) !== (q.kind === 'only')) return false;
      continue;
    }
    if (!q?.report) continue;
    const i = index.get(q.report);
    if (i === undefined) continue;
    // « à partir du 1.2 », « jusqu'au 3.2 » include the report named; « arrivée après le 1.1 », « départ avant le 3.2 » do not.
    if (q.kind === 'from' && (q.exclusive ? at <= i : at < i)) return false;
    if (q.kind === 'until' && (q.exclusive ? at >= i : at > i)) return false;
  }
  return true;
}

/**
 * The positions in the order from which who is present, or which proxies are in force, may change (an arrival, a
 * departure, a proxy from or until a report). Two reports have the same presence when as many of these lie at or
 * before each: `presenceState` counts them.
 */
export function presenceThresholds(facts: AttendanceFacts, index: Map<string, number>): number[] {
  const out = new Set<number>();
  const add = (q: Qualifier | undefined) => {
    // « aux points 1, 2 et 24 »: presence may change at each report named and after it.
    if (q && isPoints(q)) {
      for (const i of pointsAt(q, index) ?? []) { out.add(i); out.add(i + 1); }
      return;
    }
    const i = q?.report === undefined ? undefined : index.get(q.report);
    if (i === undefined) return;
    // Where `allows` changes its answer: at i for « à partir du i » and « avant i », at i + 1 for « après i » and « jusqu'au i ».
    out.add(q!.kind === 'from' ? (q!.exclusive ? i + 1 : i) : q!.exclusive ? i : i + 1);
  };
  for (const m of facts.members) { add(m.from); add(m.until); m.points?.forEach(add); }
  for (const p of facts.proxies) for (const q of p.qualifiers) add(q);
  return [...out].sort((a, b) => a - b);
}

/** Which presence a report has (see presenceThresholds): -1 when the report is not in the order. */
export function presenceState(thresholds: number[], index: Map<string, number>, report?: string): number {
  const at = report === undefined ? undefined : index.get(report);
  if (at === undefined) return -1;
  let n = 0;
  while (n < thresholds.length && thresholds[n] <= at) n++;
  return n;
}

export function presenceAt(facts: AttendanceFacts, index: Map<string, number>, report?: string): PresenceAt {
  const at = report === undefined ? undefined : index.get(report);
  const present: Member[] = [];
  const absent: Member[] = [];
  for (const m of facts.members) {
    if (m.attendance === 'present' && allows([m.from, m.until, ...(m.points ?? [])], at, index)) present.push(m);
    else absent.push(m);
  }
  // Proxies in force at this report. One held by an absent member is still counted, as the document counts it:
  // proxy-holder-absent reports it, and the counts built on it do not report it a second time.
  const proxies = facts.proxies.filter((p) => allows(p.qualifiers, at, index));
  return { present, absent, proxies };
}
