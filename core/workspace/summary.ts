// The summary of a file's acts that the workspace keeps (core/workspace/index.ts): a few strings and numbers per act,
// never its tree, so that a workspace of a year of acts stays small. Read from the models the analysis built.
import type { Model } from '../model/types';
import type { Range } from '../types';
import { foldAccents } from '../text/fold';
import { seanceDay } from '../checks/util';
import { genderOf, type Gender } from '../text/agree';

export interface PersonSummary {
  /** « Jean-Louis GRAND » as written, and the key it is compared by (surname folded). */
  name: string;
  key: string;
  range: Range;
}

export interface VoteSummary {
  for?: number;
  against?: number;
  abstention?: number;
  unanimous?: boolean;
  majority?: boolean;
}

export interface DeliberationSummary {
  /** As written (« 2025-047 »). */
  number: string;
  range: Range;
  title?: string;
  vote?: VoteSummary;
}

/** A member of the act's attendance lists: who sat at the act's first and last deliberation, and what moved. */
export interface MemberPresence {
  /** Surname and the initial of the given name, folded: « grand j ». */
  key: string;
  /** « Mme Audrey SIBILLE », with the civility written. */
  name: string;
  gender: Gender;
  range: Range;
  /** Present at the act's first deliberation, at its last. */
  first: boolean;
  last: boolean;
  /** The act states an arrival or a departure of this member, or that the member leaves the room for an item. */
  moved: boolean;
  /** Holds a proxy at the act's first deliberation. */
  holds: boolean;
}

export interface ActSummary {
  /** 0-based line where the act starts in its file. */
  line: number;
  /** The collectivity as the header names it, and its key (folded), for acts of the same body. */
  collectivity?: { name: string; key: string; range: Range };
  /** YYYY-MM-DD. */
  seance?: { date: string; range: Range };
  membersInOffice?: { value: number; range: Range };
  president?: PersonSummary;
  secretary?: PersonSummary;
  deliberations: DeliberationSummary[];
  /** The members of the lists, when every list was read whole and one lists those present (Model.complete). */
  presence?: MemberPresence[];
}

const key = (s: string) => foldAccents(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const iso = (d: { year: number; month: number; day: number }) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

function person(p: Model['seance']['president']): PersonSummary | undefined {
  if (!p) return undefined;
  return { name: p.given ? `${p.given} ${p.surname}` : p.surname, key: key(p.surname), range: p.range };
}

export function summarize(model: Model): ActSummary {
  const s = model.seance;
  const day = seanceDay(model);
  const dateRange = s.date?.range ?? s.dateInWords?.span.range;
  return {
    line: model.doc.range.start.line,
    ...(s.collectivity ? { collectivity: { name: s.collectivity.name, key: `${s.collectivity.kind}:${key(s.collectivity.name)}`, range: s.collectivity.span.range } } : {}),
    ...(day && dateRange ? { seance: { date: iso(day), range: dateRange } } : {}),
    ...(s.membersInOffice ? { membersInOffice: { value: s.membersInOffice.value, range: s.membersInOffice.span.range } } : {}),
    ...(s.president ? { president: person(s.president) } : {}),
    ...(s.secretary ? { secretary: person(s.secretary) } : {}),
    ...(model.complete && !s.presentCountsDiffer ? { presence: presenceOf(model) } : {}),
    deliberations: model.reports.flatMap((r) => (r.deliberationNumber ? [{ number: r.deliberationNumber.text.trim(), range: r.deliberationNumber.span.range, ...(r.title ? { title: r.title } : {}), ...(r.vote ? { vote: voteOf(r.vote) } : {}) }] : [])),
  };
}

function voteOf(v: NonNullable<Model['reports'][number]['vote']>): VoteSummary {
  return {
    ...(v.pour ? { for: v.pour.value } : {}),
    ...(v.contre ? { against: v.contre.value } : {}),
    ...(v.abstention ? { abstention: v.abstention.value } : {}),
    ...(v.unanimity ? { unanimous: true } : {}),
    ...(v.majority ? { majority: true } : {}),
  };
}

/** « grand j »: the key a member is compared by across acts (the same surname and initial). */
export function memberKey(m: { surname: string; given?: string }): string {
  const given = m.given ? key(m.given).slice(0, 1) : '';
  return `${key(m.surname)}${given ? ` ${given}` : ''}`;
}

function presenceOf(model: Model): MemberPresence[] {
  const numbered = model.reports.filter((r) => r.number !== undefined);
  const first = model.presenceAt(numbered[0]?.number);
  const last = model.presenceAt(numbered.at(-1)?.number);
  const holders = new Set(first.proxies.map((p) => p.holderMember));
  const leaving = new Set(model.reports.flatMap((r) => (r.interested?.persons ?? []).map((p) => p.member)));
  return model.members
    .filter((m) => !m.substitute && !m.substituteOf)
    .map((m) => ({
      key: memberKey(m),
      name: [m.civility, m.given, m.surname].filter(Boolean).join(' '),
      gender: genderOf(m.civility),
      range: m.entry.person.range,
      first: first.present.includes(m),
      last: last.present.includes(m),
      moved: Boolean(m.from || m.until || leaving.has(m)),
      holds: holders.has(m),
    }));
}
