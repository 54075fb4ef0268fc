// Small helpers shared by the checks: figures as the messages print them, reports to examine, dates in full.
export { eur } from '../text/amounts';
import { isValidDate, parseDate, type DateParts } from '../text/dates';
import type { DateNode, PersonNode } from '../syntax/tree';
import type { Member, Model, PresenceAt, Proxy, Report } from '../model/types';
import { surnameKey, fullNameKey } from '../model/people';
import { SEANCE_HEADING_IN } from '../syntax/acts';
import { foldFrench } from '../text/numbers';
import { foldAccents } from '../text/fold';
import { genderOf } from '../text/agree';
import { assemblyOf } from '../roster/extract';
import { REPORT_WORD, roleOf } from '../syntax/names';

export const line = (a: { range: { start: { line: number } } }) => a.range.start.line + 1;

/** « (ligne 12) », « (lignes 3, 14) »: the lines of the file a message cites (1-based), as every message writes them. */
export const citeLines = (lines: number[], en = false) => `(${en ? 'line' : 'ligne'}${lines.length > 1 ? 's' : ''} ${lines.join(', ')})`;

const CITATION = /\((ligne|line)(s?) (\d+(?:, \d+)*)\)/g;
/** The messages that cite lines with citeLines, by code (those of other codes, or quoting the text, are not touched). */
const CITING: Record<string, RegExp> = { 'amount-mismatch': /^/, syntax: /^(?:Lecture partielle|Partly read)/ };

/**
 * A message whose act moved by whole lines (core/analyze.ts keeps the findings of an act that the edit of a register
 * only moved): the lines it cites, moved with it.
 */
export function moveCitations(code: string, message: string, lines: number): string {
  if (!CITING[code]?.test(message)) return message;
  return message.replace(CITATION, (_, word: string, s: string, list: string) => `(${word}${s} ${list.split(', ').map((n) => Number(n) + lines).join(', ')})`);
}

/** « 0 représenté », « 1 représenté », « 2 représentés »: in French, 0 and 1 take the singular. */
export const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export function cap(s: string) {
  return s[0].toUpperCase() + s.slice(1);
}

/** The reports to examine: those of the document, or the whole séance when none is numbered. */
export function reportsOf(m: Model): (Report | undefined)[] {
  return m.reports.length ? m.reports : [undefined];
}

/** The day of the séance: its date in figures, else in words (when the year is given). */
export function seanceDay(m: Model): DateParts | undefined {
  const d = m.seance.date && full(m.seance.date);
  if (d) return d;
  const w = m.seance.dateInWords;
  return w?.year !== undefined && isValidDate(w.year, w.month, w.day) ? { year: w.year, month: w.month, day: w.day } : undefined;
}

/**
 * The rules of the health emergency (ordonnance n° 2020-391, loi n° 2020-1379, loi n° 2021-1465): from 24 March 2020
 * to 31 July 2022 a member could hold two proxies and the quorum was a third of the members in office. When the
 * date of the séance is not known, the lenient rules apply: a check says nothing it cannot prove.
 */
export function healthEmergency(m: Model): boolean {
  const d = seanceDay(m);
  if (!d) return true;
  const n = d.year * 10000 + d.month * 100 + d.day;
  return n >= 20200324 && n <= 20220731;
}

/**
 * The seats the lists name: members, less substitutes sitting for a member listed. A substitute the lists do not name
 * as written (« Mme X (remplacée par M.DHAESE) », « DHAESES » among those present) may still be one of the names
 * listed: the count is then a range, `fewest` counting each such substitute among them.
 */
export function seatsListed(m: Model): { most: number; fewest: number } {
  const replacing = new Set<Member>();
  let unresolved = 0;
  for (const x of m.members) {
    if (!x.entry.replacedBy) continue;
    const r = m.people.resolve(x.entry.replacedBy);
    if (r.kind === 'found' && r.member !== x) replacing.add(r.member);
    else unresolved++;
  }
  // A member written twice holds one seat (whether for another time of the séance or by a mistake member-duplicate
  // reports).
  const again = listedAgain(m).again;
  const most = m.members.filter((x) => !x.substitute && !replacing.has(x) && !again.has(x) && !(x.substituteOf && m.people.resolve(x.substituteOf).kind === 'found')).length;
  return { most, fewest: most - unresolved };
}

/** A member's name as the lists compare it: the surname's key and the given name. */
type ListedAgain = { again: Map<Member, Member>; forAnotherTime: Set<Member>; surnameOnly: Set<Member> };
const listedAgainOf = new WeakMap<Model, ListedAgain>();

/**
 * The members written a second time in the lists (the same given name and surname), with the first entry of each:
 * `forAnotherTime` holds those written again in another list for another time of the séance (« Mme X, arrivée à 20
 * heures 15 » among those present, « Mme X, jusqu'à 20 heures 15 » among the excused: one seat, no mistake).
 * Worked out once per model: three checks ask.
 */
export function listedAgain(m: Model): ListedAgain {
  let found = listedAgainOf.get(m);
  if (!found) listedAgainOf.set(m, (found = findListedAgain(m)));
  return found;
}

/**
 * The names written three times or more in an act's lists: not a member listed twice but a place or a group the
 * reader took for a name (« Robert ARNAUD – C.C Val de Gâtine ; Claude AUDEBERT – C.C Val de Gâtine ; … », the member
 * of a syndicat each delegate sits for). No check claims anything of them.
 */
export function writtenOften(m: Model): Set<string> {
  let found = writtenOftenOf.get(m);
  if (!found) {
    const count = new Map<string, number>();
    for (const key of m.members.map(fullNameKey)) count.set(key, (count.get(key) ?? 0) + 1);
    found = new Set([...count].filter(([, n]) => n >= 3).map(([k]) => k));
    writtenOftenOf.set(m, found);
  }
  return found;
}
const writtenOftenOf = new WeakMap<Model, Set<string>>();

/**
 * « Charles X (du point 1 au 17 et du point 23 au 27) » among those present, « Charles X a donné procuration à Y (du
 * point 18 au 22 et 28 au 31) » among the represented: a parenthesis naming reports that the reader did not read as an
 * arrival or a departure still says the entry holds for part of the séance.
 */
const REPORTS_IN_PARENTHESIS = new RegExp(String.raw`\([^()\n]{0,80}?(?<![\p{L}])${REPORT_WORD}(?![\p{L}])[^()\n]{0,80}\)`, 'iu');
function timeUnread(m: Model, y: Member): boolean {
  return y.entry.end - y.entry.offset < 400 && REPORTS_IN_PARENTHESIS.test(m.doc.text.slice(y.entry.offset, y.entry.end));
}

function findListedAgain(m: Model): ListedAgain {
  const first = new Map<string, Member>();
  const again = new Map<Member, Member>();
  const forAnotherTime = new Set<Member>();
  const surnameOnly = new Set<Member>();
  const often = writtenOften(m);
  // (« Sont présents : … Mme TESTELIN (à partir de la question n°29) … Absents et excusés : … Mme TESTELIN (jusqu'à la
  // question n°28) »: a surname alone written again for another time of the séance, one seat and no mistake.)
  for (const [x, before] of surnamesAgain(m)) {
    again.set(x, before);
    surnameOnly.add(x);
    if ([before, x].some((y) => y.entry.qualifiers.length > 0)) forAnotherTime.add(x);
  }
  for (const x of m.members) {
    if (!x.given) continue;
    const key = fullNameKey(x);
    if (often.has(key)) continue;
    const before = first.get(key);
    if (!before) { first.set(key, x); continue; }
    // Under two members' labels (« Serrigny : Mme Nadine THOMAS … Communauté de Communes « Le Tonnerrois en
    // Bourgogne » : … Mme Nadine THOMAS »): one delegate designated by two members of a syndicat mixte.
    // (So in one list when one of them stands under a label whose name was lost: « Commune de : Jean-Pierre BLANCHET …
    // Communauté de Communes Cluses Arve et Montagnes (2CCAM) : Jean-Pierre BLANCHET ».)
    const [g1, g2] = [before.entry.group, x.entry.group];
    if (g1 && g2 ? foldFrench(g1) !== foldFrench(g2) : g1 !== g2 && before.list === x.list) continue;
    // (« SÉANCE DU MARDI 21 JUIN 2016 Présents : … Monsieur Éric PROVOST … SÉANCE DU MERCREDI 29 JUIN 2016 Présents :
    // … Monsieur Éric PROVOST »: the minutes of two séances flattened into one paragraph, each member in each.)
    if (otherSeanceBetween(m, before.entry.end, x.entry.offset)) continue;
    // (« … Mme N. RIPAULT, … M N. RIPAULT »: an initial and a surname under civilities of both genders, two people.)
    const [ga, gb] = [genderOf(before.civility ?? before.entry.person.civility), genderOf(x.civility ?? x.entry.person.civility)];
    if (ga && gb && ga !== gb) continue;
    // (« ABSENTS OU EXCUSÉS : 6 Mme X - M. Y … DONT ABSENTS SANS POUVOIR : 3 Mme X … »: the part of the list above that its
    // label's « dont » names, the same members again.)
    if (before.list !== x.list && before.list.offset < x.list.offset && PART_OF_ABOVE.test(m.doc.text.slice(Math.max(0, x.list.labelSpan.offset - 8), x.list.labelSpan.offset + 5))) continue;
    // (« Excusés (9) : Roger LAURENS, Régis BAYLE, … » in a site's summary above the act, then the act's own list: a list
    // written again under the same label, its members in the same order.)
    if (before.list !== x.list && sameListAgain(m, before, x)) continue;
    again.set(x, before);
    if (before.list !== x.list && [before, x].some((y) => y.entry.qualifiers.length > 0 || timeUnread(m, y))) forAnotherTime.add(x);
    // (« Hubert VARIN (après son élection), Adjoints au Maire … MM. Jean-Marie LOSIO, Hubert VARIN (avant son
    // élection) »: in one list, once until a time and once from it.)
    else if (before.list === x.list && untilThenFrom(before, x)) forAnotherTime.add(x);
  }
  return { again, forAnotherTime, surnameOnly };
}


/** The members of each list of an act, in order, found once per model. */
const membersByList = new WeakMap<Model, Map<Member['list'], Member[]>>();
function membersOf(m: Model, list: Member['list']): Member[] {
  let byList = membersByList.get(m);
  if (!byList) {
    byList = new Map();
    for (const y of m.members) {
      const xs = byList.get(y.list);
      if (xs) xs.push(y);
      else byList.set(y.list, [y]);
    }
    membersByList.set(m, byList);
  }
  return byList.get(list) ?? [];
}

/** « dont » (« of whom ») before a list's label: a part of the list above. */
// (Tried on the few characters before the label and its first five: the label may open with the word, or follow it.)
const PART_OF_ABOVE = /(?:^|[\s.;,])(?:dont|DONT|Dont)\s+\p{L}{0,5}$/u;

/**
 * Whether a member's second entry (`x`) is in a list written again: under the same label as the first's (or one of
 * the same role), and the
 * entry before or after it is the member before or after the first (two names at least, in the same order).
 */
function sameListAgain(m: Model, before: Member, x: Member): boolean {
  // (« Sont↵présents : … » in a site's summary, « Sont présents : … » in the act: the same role, the label cut otherwise.)
  if (foldFrench(before.list.label) !== foldFrench(x.list.label) && roleOf(before.list) !== roleOf(x.list)) return false;
  const a = membersOf(m, before.list);
  const b = membersOf(m, x.list);
  const i = a.indexOf(before);
  const j = b.indexOf(x);
  const same = (p?: Member, q?: Member) => p !== undefined && q !== undefined && fullNameKey(p) === fullNameKey(q);
  return same(a[i + 1], b[j + 1]) || same(a[i - 1], b[j - 1]);
}

/** Whether one of two entries of a member is qualified until a time and the other from a time (either way round). */
function untilThenFrom(a: Member, b: Member): boolean {
  const kinds = (y: Member) => new Set(y.entry.qualifiers.map((q) => q.kind));
  const [ka, kb] = [kinds(a), kinds(b)];
  return (ka.has('until') && kb.has('from')) || (ka.has('from') && kb.has('until'));
}

/** Whether the heading of a séance other than the act's stands between two offsets of its text. */
function otherSeanceBetween(m: Model, from: number, to: number): boolean {
  if (to <= from) return false;
  const headings = seanceHeadings(m);
  if (headings.length === 0) return false;
  // (The séance's date not read, « … du vendredi 25 octobre↵2019 » wrapped: that of the last heading above.)
  const day = seanceDay(m) ?? headings.filter((h) => h.end <= from && h.offset >= from - 20000).pop()?.date;
  if (!day) return false;
  return headings.some((h) => h.offset >= from && h.end <= to && (h.date.year !== day.year || h.date.month !== day.month || h.date.day !== day.day));
}

/** The séances' headings in an act's text with their dates (a heading wrapped over two lines read as one), found once. */
const seanceHeadingsOf = new WeakMap<Model, { offset: number; end: number; date: DateParts }[]>();
function seanceHeadings(m: Model): { offset: number; end: number; date: DateParts }[] {
  let known = seanceHeadingsOf.get(m);
  if (known) return known;
  known = [];
  const text = m.doc.text.slice(m.doc.offset, m.doc.end);
  if (/s[ée]ance|r[ée]union|conseil/i.test(text)) {
    const flat = text.replace(/[\r\n]/g, ' ');
    SEANCE_HEADING_IN.lastIndex = 0;
    for (let h = SEANCE_HEADING_IN.exec(flat); h; h = SEANCE_HEADING_IN.exec(flat)) {
      const d = parseDate(h[1]);
      if (d?.year !== undefined) known.push({ offset: m.doc.offset + h.index, end: m.doc.offset + h.index + h[0].length, date: { year: d.year, month: d.month, day: d.day } });
    }
  }
  seanceHeadingsOf.set(m, known);
  return known;
}

/**
 * Acts that write surnames alone (« Étaient présents : Mr LE ROUX, Mrs BORDIER, GOUAS … Absent : Mr GOUAS »): the
 * same surname listed present and absent (or excused) names one member, since the act itself could not tell two
 * apart. Only when that surname is written exactly twice in the act's lists, without a given name or initials (or with
 * them the first time, then alone with the same civility), with no civility of the other gender, no substitute, and
 * no arrival or departure that would explain it; in a municipal council (every one listed is a member: syndicates and
 * communities list substitutes too, whose surname may be a member's). The second entry, with the first.
 */
function surnamesAgain(m: Model): Map<Member, Member> {
  const out = new Map<Member, Member>();
  const assembly = assemblyOf(m).kind;
  if (assembly ? assembly !== 'conseil municipal' : m.seance.collectivity?.kind !== 'commune') return out;
  const bySurname = new Map<string, Member[]>();
  for (const x of m.members) {
    const key = surnameKey(x.surname);
    bySurname.set(key, [...(bySurname.get(key) ?? []), x]);
  }
  for (const pair of bySurname.values()) {
    if (pair.length !== 2) continue;
    const [a, b] = pair;
    if ((a.given && b.given) || a.substitute || b.substitute || a.substituteOf || b.substituteOf) continue;
    if ((a.attendance === 'present') === (b.attendance === 'present')) continue;
    const [ga, gb] = [genderIn(a, m.doc.text), genderIn(b, m.doc.text)];
    if (ga && gb && ga !== gb) continue;
    const [first, second] = a.entry.offset < b.entry.offset ? [a, b] : [b, a];
    // (« PRÉSENTS : … Mme Nadia REHRIS … ABSENTS REPRÉSENTÉS PAR POUVOIR : … Mme REHRIS représentée par M. GARZON »: the
    // whole name, then the surname alone that refers back to it, each with the same civility. Not the surname first:
    // « Présents : Mrs BORDIER, GOUAS … Absent : Mr Paul GOUAS » may name another GOUAS.)
    if ((a.given || b.given) && (!first.given || second.given || !(ga && ga === gb))) continue;
    out.set(second, first);
  }
  return out;
}

/**
 * The gender of a member as the list says it: their civility, or the plural civility of the enumeration they are
 * part of (« Mrs BORDIER, BOULAY, GOUAS »: men; « Mmes BRETEAU, BRUNEAU »: women; « Mmes et MM … »: not said).
 */
function genderIn(m: Member, text: string): 'm' | 'f' | undefined {
  const own = genderOf(m.civility);
  if (own) return own;
  // (From the list's start in the document: a list's own text is its first line, and its names may go on below,
  // « Présents : Mmes ALLERME et DANET. ↵ MM BERNARD, …, ROUX ».)
  const before = text.slice(m.list.offset, Math.max(m.list.offset, m.entry.offset));
  // (« M.M COMBARET, TOMI, … », « MM. » written with its full stop inside.)
  const last = [...before.matchAll(/(?<![\p{L}])(Mmes|MMES|Mesdames|Mrs|M\.M|MM|Messieurs|Mme|Madame|Mlle|M|Mr|Monsieur)(?![\p{L}])\.?/gu)].pop();
  if (!last) return undefined;
  // « Mmes et MM », « Mesdames et Messieurs »: both.
  if (/^[ \u00a0]*(?:et|&)[ \u00a0]+(?:MM|Mrs|Messieurs|Mmes|Mesdames)/i.test(before.slice(last.index! + last[0].length)) || /(?:Mmes|Mesdames)[ \u00a0]+(?:et|&)[ \u00a0]+$/i.test(before.slice(0, last.index))) return undefined;
  return /^(?:Mmes|MMES|Mesdames)$/.test(last[1]) ? 'f' : /^(?:Mrs|M\.M|MM|Messieurs)$/.test(last[1]) ? 'm' : undefined;
}

/**
 * Someone listed present and absent (member-duplicate says so): the lists contradict themselves, and a sum of those
 * present and those represented would count that seat twice.
 */
export function listedPresentAndAbsent(m: Model): boolean {
  const { again, forAnotherTime } = listedAgain(m);
  return [...again].some(([x, first]) => !forAnotherTime.has(x) && (x.attendance === 'present') !== (first.attendance === 'present'));
}

/**
 * A proxy for part of the séance counted at a report together with its giver among those present (« Anthony REY »
 * listed present, « Anthony REY a donné pouvoir à partir du point 2 à Olivier PETIT » where the points cannot be
 * placed): the sum of the lists would count that seat twice.
 */
export function seatCountedTwice(p: PresenceAt): boolean {
  // (The giver may be listed twice, present and among the absent with the proxy: the same name.)
  const present = new Set(p.present.map(fullNameKey));
  // (A proxy for the whole séance from someone present is the act's mistake, proxy-giver-present's: counted as written.)
  return p.proxies.some((x) => x.qualifiers.length > 0 && x.giverMember !== undefined && present.has(fullNameKey(x.giverMember)));
}

/** Someone listed as represented without the holder of the proxy: the proxies in force are not all known. */
export function holdersUnknown(m: Model): boolean {
  return m.members.some((x) => x.holderUnnamed);
}

/**
 * Whether the lists give the whole assembly: read whole, and naming as many members as the act says are in office.
 * Counts made from the lists (present, voters, quorum) prove something only then: real acts often name the present
 * in a form the reader does not know, or not at all.
 */
export function listsWhole(m: Model): boolean {
  if (!m.complete) return false;
  const inOffice = m.seance.membersInOffice?.value;
  const seats = seatsListed(m);
  return inOffice !== undefined && seats.fewest <= inOffice && inOffice <= seats.most;
}

export function full(d: DateNode): DateParts | undefined {
  const { year, month, day } = d.date;
  return year !== undefined && isValidDate(year, month, day) ? { year, month, day } : undefined;
}

const PARTICLE_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'd', 'l']);
/** The words of a name, folded and sorted (its particles left out): « Agnès de la PAUMELIERE » and « DE LA PAUMELIERE Agnès » are one. */
function nameWords(p: PersonNode): string {
  return foldAccents(`${p.given ?? ''} ${p.surname}`).toLowerCase().split(/[\s\u00a0'’-]+/).filter((w) => w && !PARTICLE_WORDS.has(w)).sort().join(' ');
}
/**
 * Whether two proxies are one written twice (« Madame Agnès de la PAUMELIERE donnant procuration à Madame Herveline
 * CABON » in the head, « Pouvoir : DE LA PAUMELIERE Agnès à CABON Herveline » in the deliberation): the same giver, the
 * same holder.
 */
export function sameProxy(a: Proxy, b: Proxy): boolean {
  const sameHolder = (a.holderMember && a.holderMember === b.holderMember) || nameWords(a.holder) === nameWords(b.holder);
  const sameGiver = (a.giverMember && a.giverMember === b.giverMember) || nameWords(a.giver) === nameWords(b.giver);
  return !!sameHolder && !!sameGiver;
}
