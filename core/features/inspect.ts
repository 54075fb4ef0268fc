// What the reader understood of each act, as plain facts with their lines: `delib inspect` prints them and the
// editor shows them beside the outline, so that a drafter sees at a glance what was read and what was not.
// Lines are 1-based here (what a person reads); counts are the numbers the text states, not computed ones.
import type { Analysis } from '../analyze';
import type { Model, Vote } from '../model/types';
import type { ListEntry, Span } from '../syntax/tree';
import type { CancellationToken, Locale } from '../types';
import { NEVER_CANCELLED } from '../types';
import { isoDate } from '../text/dates';
import { fullNameKey } from '../model/people';
import { departedLabel, roleOf } from '../syntax/names';

export interface LineFact { line: number }
export interface NamedFact extends LineFact { name: string }
export interface VoteFact extends LineFact {
  for: number | null;
  against: number | null;
  abstention: number | null;
  notVoting: number | null;
  unanimous: boolean;
}
export interface ActFacts {
  file: string;
  line: number;
  collectivity: string | null;
  seance: { date: string; line: number } | null;
  convocation: { date: string; line: number } | null;
  counts: { inOffice: number | null; present: number | null; represented: number | null; voters: number | null };
  attendance: { present: NamedFact[]; absent: NamedFact[]; proxies: { from: string; to: string; line: number }[] };
  deliberations: { line: number; number: string | null; object: string | null; vote: VoteFact | null }[];
  articles: { number: number; line: number }[];
  annexes: { number: number; line: number }[];
  tables: { line: number; stated: number; computed: number }[];
  unread: { line: number; what: string; checksSkipped: string[] }[];
}

const lineOf = (s: Span) => s.range.start.line + 1;

const KIND_NAMES = { commune: 'Commune de', epci: '', departement: 'Département de', other: '' } as const;

/** The facts of every act of an analysis, in the order of the file. */
/** A name as written, on one line (« M.↵DUCOURNEAU René » wrapped by the print is « M. DUCOURNEAU René »). */
function nameOf(p: { text: string }): string {
  // (« Jean-↵Claude », « RACT-↵MADOUX »: a name cut after its hyphen by the end of a line is one word.)
  return p.text.trim().replace(/-[ \t\u00a0\r]*\n\s*/g, '-').replace(/\s+/g, ' ');
}

export function inspect(analysis: Analysis, file: string, locale: Locale = 'fr', token: CancellationToken = NEVER_CANCELLED): ActFacts[] {
  const out: ActFacts[] = [];
  for (const m of analysis.acts) {
    if (token.isCancellationRequested) break;
    out.push(actFacts(m, file, locale));
  }
  return out;
}

function actFacts(m: Model, file: string, locale: Locale): ActFacts {
  const s = m.seance;
  const dateOf = (d: typeof s.date) => {
    const iso = d && isoDate(d.date);
    return d && iso ? { date: iso, line: lineOf(d) } : null;
  };
  const seanceDate = s.date ? dateOf(s.date) : s.dateInWords?.year ? { date: isoDate(s.dateInWords as { year: number; month: number; day: number })!, line: lineOf(s.dateInWords.span) } : null;
  const c = s.collectivity;
  const absent = m.members.filter((x) => x.attendance !== 'present');
  const absentKeys = new Set(absent.map((x) => fullNameKey(x.entry.person)));
  return {
    file,
    line: m.doc.range.start.line + 1,
    collectivity: c ? (KIND_NAMES[c.kind] ? `${KIND_NAMES[c.kind]} ${c.name}` : c.name) : null,
    seance: seanceDate,
    convocation: dateOf(s.convocation),
    counts: {
      inOffice: s.membersInOffice?.value ?? null,
      present: s.declaredPresent?.value ?? null,
      represented: s.declaredRepresented?.value ?? null,
      voters: s.declaredVoters?.value ?? null,
    },
    attendance: {
      // (The names struck through on the page are listed present all the same, as the text gives them; the member who
      // presides and is not listed is counted present by the checks, but is not a name the text lists.)
      // (« Etaient suppléés : X par Y », a list of the titulaires replaced: the substitute it names sits; not « Mme X,
      // excusée, est suppléée par M. Y » among the excused, a word on the member away.)
      present: [
        ...withStruck(m.members.filter((x) => x.attendance === 'present' && !x.chair).map((x) => x.entry), m.struck).map((e) => e.person),
        ...m.members.flatMap((x) => (x.entry.replacedBy && roleOf(x.list) === 'replaced' && m.people.resolve(x.entry.replacedBy).kind === 'none' ? [x.entry.replacedBy] : [])),
      ].map((p) => ({ name: nameOf(p), line: lineOf(p) })),
      // A member who gives a proxy is absent, listed as such or named only in a list of proxies; or listed present for
      // part of the séance and represented for the rest (« X (jusqu'à la question 8) : pouvoir à Y »; « X (arrivé à 19h) »
      // among those present, « X par Y » among the represented).
      // (Not a giver the text names again as one of the absent listed, whom it does not resolve to: « Mme X » listed
      // present and excused, then « Mme X à Mme Y » among the proxies.)
      // (Nor one listed among those who left during the séance, « Partis en cours de séance : Mme X à 22h45 (a donné
      // pouvoir à M. Y) »: the act lists them present, then gone.)
      absent: [
        ...absent.map((x) => ({ name: nameOf(x.entry.person), line: lineOf(x.entry.person) })),
        ...m.proxies.filter((p) => (!p.giverMember && !absentKeys.has(fullNameKey(p.giver))) || (p.giverMember?.attendance === 'present' && (p.qualifiers.length > 0 || !!p.giverMember.from || !!p.giverMember.until) && p.giverMember.entry.person !== p.giver && !departedLabel(p.line.label)))
          .map((p) => ({ name: nameOf(p.giver), line: lineOf(p.giver) })),
      ],
      proxies: m.proxies.map((p) => ({ from: nameOf(p.giver), to: nameOf(p.holder), line: lineOf(p.giver) })),
    },
    deliberations: m.reports.map((r) => ({
      line: lineOf(r.span),
      number: r.deliberationNumber?.text ?? r.number ?? null,
      object: r.title ?? null,
      vote: r.vote ? voteFact(r.vote) : null,
    })),
    articles: (m.convention?.articles ?? m.doc.articles).flatMap((a) => (/^\d+$/.test(a.heading.number) ? [{ number: Number(a.heading.number), line: lineOf(a.heading) }] : [])),
    annexes: m.doc.annexes.flatMap((a) => (/^\d+$/.test(a.heading.number) ? [{ number: Number(a.heading.number), line: lineOf(a.heading) }] : [])),
    tables: m.tables.flatMap((t) => t.totals.map((x) => ({ line: lineOf(x.row), stated: x.stated.cents, computed: x.computed }))),
    unread: m.unread.map((u) => ({ line: lineOf(u.span), what: locale === 'en' ? u.what.en : u.what.fr, checksSkipped: u.checks })),
  };
}

function voteFact(v: Vote): VoteFact {
  const at = [v.pour, v.contre, v.abstention, v.nppv].find((x) => x)?.span ?? v.unanimity ?? v.span;
  return {
    line: lineOf(at),
    for: v.pour?.value ?? null,
    against: v.contre?.value ?? null,
    abstention: v.abstention?.value ?? null,
    notVoting: v.nppv?.value ?? null,
    unanimous: !!v.unanimity,
  };
}

/** The entries listed present, with those struck through put back in the order of the text. */
function withStruck(entries: ListEntry[], struck: ListEntry[]): ListEntry[] {
  if (struck.length === 0) return entries;
  return [...entries, ...struck].sort((a, b) => a.offset - b.offset);
}
