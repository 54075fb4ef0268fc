// The draft procès-verbal of a séance (CGCT L2121-15: drawn up by the secretary of the séance, arrested at the start
// of the next one, signed by the president and the secretary): from the models of the séance's acts, a layout the
// renderers print like an act. It says only what the acts state — the collectivity, the date, the presidency, the
// members in office, present, absent and represented (with the arrivals and departures the ordre de passage
// places), the secretary; then each deliberation in number order with its rapporteur, room for the debates, and the
// vote with the names it gives; the signatures. What the acts do not state is left to fill (« …… »). Where the acts
// of the séance disagree, the first one (in séance order) that states a fact is taken: the checks across acts
// report the disagreement.
import type { Locale } from '../types';
import type { Member, Model, Proxy, Report, VoteCount } from '../model/types';
import type { PersonNode, Qualifier } from '../syntax/tree';
import { memberKey, summarize, type VoteSummary } from '../workspace/summary';
import { agree, genderOf } from '../text/agree';
import type { Block, Layout, Run } from './layout';
import { byNumber, collectivityNames, dateInWords, fieldBlock, headerBlocks, objectOf, resultOf, resultStated, TO_FILL } from './seance-list';

const TEXT = {
  fr: {
    title: (when: string) => `Procès-verbal de la séance du ${when}`,
    draft: 'Projet',
    draftNote: ' — à compléter ; le procès-verbal est arrêté au commencement de la séance suivante et signé par le président et le secrétaire de séance (CGCT L2121-15).',
    date: 'Date :',
    convocation: 'Date de convocation :',
    place: 'Lieu :',
    presidency: 'Présidence :',
    inOffice: 'Membres en exercice :',
    present: 'Présents :',
    excused: 'Absents excusés :',
    absent: 'Absents :',
    proxies: 'Pouvoirs :',
    secretary: 'Secrétaire de séance :',
    proxy: (giver: string, holder: string) => `${giver} a donné pouvoir à ${holder}`,
    substitute: (m: Member) => agree(genderOf(m.civility), ['suppléant de', 'suppléante de', 'suppléant·e de']),
    deliberation: (n: string, report?: string) => `Délibération n°${n}${report ? ` (rapport n°${report})` : ''}`,
    object: 'Objet :',
    rapporteur: 'Rapporteur :',
    arrivals: (n: number) => (n > 1 ? 'Arrivées :' : 'Arrivée :'),
    departures: (n: number) => (n > 1 ? 'Départs :' : 'Départ :'),
    newProxies: (n: number) => (n > 1 ? 'Pouvoirs donnés :' : 'Pouvoir donné :'),
    debates: 'Débats :',
    vote: 'Vote :',
    counts: { pour: 'Pour', contre: 'Contre', abstention: 'Abstentions', nppv: 'Ne prennent pas part au vote' },
    president: 'Le Président de séance,',
    secretaryParty: 'Le Secrétaire de séance,',
  },
  en: {
    title: (when: string) => `Minutes of the séance of ${when}`,
    draft: 'Draft',
    draftNote: ' — to complete; the minutes are adopted at the start of the next séance and signed by the president and the secretary of the séance (CGCT L2121-15).',
    date: 'Date:',
    convocation: 'Convened on:',
    place: 'Place:',
    presidency: 'Presiding:',
    inOffice: 'Members in office:',
    present: 'Present:',
    excused: 'Excused:',
    absent: 'Absent:',
    proxies: 'Proxies:',
    secretary: 'Secretary of the séance:',
    proxy: (giver: string, holder: string) => `${giver} gave a proxy to ${holder}`,
    substitute: (_m: Member) => 'substitute for',
    deliberation: (n: string, report?: string) => `Deliberation no. ${n}${report ? ` (report no. ${report})` : ''}`,
    object: 'Object:',
    rapporteur: 'Rapporteur:',
    arrivals: (n: number) => (n > 1 ? 'Arrivals:' : 'Arrival:'),
    departures: (n: number) => (n > 1 ? 'Departures:' : 'Departure:'),
    newProxies: (n: number) => (n > 1 ? 'Proxies given:' : 'Proxy given:'),
    debates: 'Debates:',
    vote: 'Vote:',
    counts: { pour: 'For', contre: 'Against', abstention: 'Abstaining', nppv: 'Not taking part in the vote' },
    president: 'The President of the séance,',
    secretaryParty: 'The Secretary of the séance,',
  },
};
type Text = (typeof TEXT)[Locale];

/** Room for the debates, written by hand or typed into the Word file. */
const DEBATE_LINES = 3;
const LINE = '…'.repeat(40);

/** A deliberation of the séance: the report that carries its number, in its act, with its vote as the list words it. */
interface Item {
  model: Model;
  report: Report;
  number: string;
  vote?: VoteSummary;
}

/** The deliberations of the acts, in séance order (their numbers). */
function itemsOf(acts: readonly Model[]): Item[] {
  const items = acts.flatMap((model) => {
    // summarize() lists the reports that carry a number, in the same order: its vote is the one the list prints.
    const summaries = summarize(model).deliberations;
    return model.reports.filter((r) => r.deliberationNumber).map((report, i) => ({ model, report, number: summaries[i].number, vote: summaries[i].vote }));
  });
  return items.sort((a, b) => byNumber(a.number, b.number));
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const personText = (p: PersonNode) => oneLine(p.text);
/** « (à partir du 1.3) » as written, in one pair of brackets. */
const qualifierText = (q: Qualifier) => `(${oneLine(q.text).replace(/^\(|\)$/g, '')})`;

/** « Mme Odile PERRIN (suppléante de M. Claude ALLAMAND) (à partir du 1.3) »: the member as the lists write them. */
function memberText(m: Member, t: Text): string {
  const more = [...(m.substituteOf ? [`(${t.substitute(m)} ${personText(m.substituteOf)})`] : []), ...[m.from, m.until].flatMap((q) => (q ? [qualifierText(q)] : []))];
  return [personText(m.entry.person), ...more].join(' ');
}

function proxyText(p: Proxy, t: Text): string {
  const when = [...new Set(p.qualifiers.map(qualifierText))];
  return [t.proxy(personText(p.giver), personText(p.holder)), ...when].join(' ');
}

const names = (members: readonly Member[], t: Text) => (members.length ? members.map((m) => memberText(m, t)).join(', ') : undefined);

/**
 * Who arrives, leaves, or gives a proxy at a report, as its act's ordre de passage places them (« à partir du 2.1 »,
 * « jusqu'au 3.2 »): the presence at the report against the presence at the report before it. Nothing for a report
 * outside the order, or the first one (the attendance above says who sits from the start).
 */
function movementsAt(model: Model, report: Report): { arrivals: Member[]; departures: Member[]; proxies: Proxy[] } | undefined {
  const order = model.seance.order;
  const i = report.number === undefined ? -1 : order.findIndex((o) => o.number === report.number);
  if (i <= 0) return undefined;
  const before = model.presenceAt(order[i - 1].number);
  const now = model.presenceAt(report.number);
  return {
    arrivals: now.present.filter((m) => !before.present.includes(m)),
    departures: before.present.filter((m) => !now.present.includes(m)),
    proxies: now.proxies.filter((p) => !before.proxies.includes(p)),
  };
}

/**
 * Who arrives, leaves, or gives a proxy between two acts of the séance (one file per deliberation): the presence at
 * the last report of the act before against the first of this one, members matched by surname and initial. Only
 * when both acts' lists were read whole: a half-read list would make departures of names not read.
 */
function movementsBetween(before: Model, now: Model): { arrivals: Member[]; departures: Member[]; proxies: Proxy[] } | undefined {
  if (!before.complete || !now.complete) return undefined;
  const numbered = (m: Model) => m.reports.filter((r) => r.number !== undefined);
  const was = before.presenceAt(numbered(before).at(-1)?.number);
  const is = now.presenceAt(numbered(now)[0]?.number);
  const keys = (ms: readonly Member[]) => new Set(ms.map(memberKey));
  const [wasKeys, isKeys] = [keys(was.present), keys(is.present)];
  const listed = keys(now.members);
  const proxyKey = (p: Proxy) => `${memberKey(p.giver)}>${memberKey(p.holder)}`;
  const given = new Set(was.proxies.map(proxyKey));
  return {
    arrivals: is.present.filter((m) => !wasKeys.has(memberKey(m)) && before.members.some((b) => memberKey(b) === memberKey(m))),
    departures: was.present.filter((m) => !isKeys.has(memberKey(m)) && listed.has(memberKey(m))),
    proxies: is.proxies.filter((p) => !given.has(proxyKey(p))),
  };
}

function voteBlocks(item: Item, t: Text, locale: Locale): Block[] {
  const v = item.report.vote;
  const counts = v ? (['pour', 'contre', 'abstention', 'nppv'] as const).flatMap((k) => (v[k] ? [[k, v[k]] as const] : [])) : [];
  const blocks: Block[] = [fieldBlock(t.vote, resultStated(item.vote) ? resultOf(item.vote, locale) : undefined, counts.length > 0)];
  if (counts.length) {
    const row = ([k, c]: readonly [keyof Text['counts'], VoteCount]) => ({ label: t.counts[k], count: String(c.value), runs: c.names.length ? [{ text: c.names.map(personText).join(', ') }] : [], line: 0 });
    blocks.push({ kind: 'vote', rows: counts.map(row), first: 0, last: 0 });
  }
  return blocks;
}

function itemBlocks(item: Item, previous: Item | undefined, t: Text, locale: Locale): Block[] {
  const { report, model } = item;
  const object = objectOf(report.title);
  const head = t.deliberation(item.number, report.number);
  const blocks: Block[] = [{ kind: 'heading', level: 2, runs: [{ text: object ? `${head} – ${object}` : head }], first: 0, last: 0 }];
  if (!object) blocks.push(fieldBlock(t.object, undefined));
  const r = report.rapporteur;
  blocks.push(fieldBlock(t.rapporteur, r && [personText(r.person), ...(r.role ? [oneLine(r.role)] : [])].join(', ')));
  const moved = movementsAt(model, report) ?? (previous && previous.model !== model ? movementsBetween(previous.model, model) : undefined);
  if (moved?.arrivals.length) blocks.push(fieldBlock(t.arrivals(moved.arrivals.length), names(moved.arrivals, t)));
  if (moved?.departures.length) blocks.push(fieldBlock(t.departures(moved.departures.length), names(moved.departures, t)));
  if (moved?.proxies.length) blocks.push(fieldBlock(t.newProxies(moved.proxies.length), moved.proxies.map((p) => proxyText(p, t)).join(' ; ')));
  const room: Run[] = Array.from({ length: DEBATE_LINES }, () => ({ text: LINE, break: true }));
  blocks.push({ kind: 'paragraph', role: 'field', runs: [{ text: t.debates, bold: true }, ...room], first: 0, last: 0 });
  blocks.push(...voteBlocks(item, t, locale));
  return blocks;
}

/**
 * The draft procès-verbal of the séance of `date` (YYYY-MM-DD) from the models of its acts (one act per file, or a
 * register): the acts are taken as given, all of that séance and collectivity (seanceDocuments checks it).
 */
export function seancePvLayout(acts: readonly Model[], date: string, locale: Locale = 'fr'): Layout {
  const t = TEXT[locale];
  const items = itemsOf(acts);
  // The acts in séance order (those without a numbered deliberation last): the first that states a fact gives it.
  const ordered = [...new Set([...items.map((i) => i.model), ...acts])];
  const first = <T>(f: (m: Model) => T | undefined): T | undefined => {
    for (const m of ordered) {
      const v = f(m);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const { header, collectivity } = collectivityNames(first((m) => summarize(m).collectivity));
  const title = t.title(dateInWords(date));
  const s = <T>(f: (s: Model['seance']) => T | undefined) => first((m) => f(m.seance));
  // The attendance of one act, the first with lists: its members and proxies together.
  const roll = ordered.find((m) => m.members.length > 0 || m.proxies.length > 0);
  const members = (a: Member['attendance']) => (roll ? names(roll.members.filter((m) => m.attendance === a), t) : undefined);
  const proxies = roll?.proxies ?? [];
  const president = s((x) => x.president && personText(x.president));
  const secretary = s((x) => x.secretary && personText(x.secretary));
  const blocks: Block[] = [
    ...headerBlocks(header),
    { kind: 'heading', level: 1, centered: true, runs: [{ text: title }], first: 0, last: 0 },
    { kind: 'paragraph', role: 'body', runs: [{ text: t.draft, bold: true }, { text: t.draftNote, italic: true }], first: 0, last: 0 },
    fieldBlock(t.date, dateInWords(date)),
    fieldBlock(t.convocation, s((x) => x.convocation && oneLine(x.convocation.text))),
    fieldBlock(t.place, undefined),
    fieldBlock(t.presidency, president),
    fieldBlock(t.inOffice, s((x) => x.membersInOffice && String(x.membersInOffice.value))),
    fieldBlock(t.present, members('present')),
    fieldBlock(t.excused, members('excused')),
    fieldBlock(t.absent, members('absent')),
  ];
  if (proxies.length) {
    blocks.push({ kind: 'paragraph', role: 'field', runs: [{ text: t.proxies, bold: true }], first: 0, last: 0, keepWithNext: true });
    blocks.push({ kind: 'list', items: proxies.map((p) => ({ runs: [{ text: proxyText(p, t) }], line: 0 })), first: 0, last: 0 });
  } else blocks.push(fieldBlock(t.proxies, undefined));
  blocks.push(fieldBlock(t.secretary, secretary));
  items.forEach((item, i) => blocks.push(...itemBlocks(item, items[i - 1], t, locale)));
  const party = (role: string, name: string | undefined): Run[] => [{ text: role }, { text: name ?? TO_FILL, break: true, gap: true }];
  blocks.push({ kind: 'signatures', parties: [party(t.president, president), party(t.secretaryParty, secretary)], first: 0, last: 0 });
  return { title, ...(collectivity ? { collectivity } : {}), blocks };
}
