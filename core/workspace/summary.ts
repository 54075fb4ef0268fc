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

/**
 * The members of an act's lists, by column (an index of a year holds tens of thousands): `members(presence)` gives
 * them as objects when two acts are compared.
 */
export interface PresenceSummary {
  keys: string[];
  names: string[];
  /** Per member: start line, start character, end line, end character of the name. */
  places: Uint32Array;
  /** Per member: the bits of FLAGS. */
  flags: Uint8Array;
}

const FLAGS = { first: 1, last: 2, moved: 4, holds: 8, feminine: 16, masculine: 32 } as const;

/** The members of a presence summary, as objects. */
export function members(p: PresenceSummary): MemberPresence[] {
  return p.keys.map((key, i) => {
    const f = p.flags[i];
    const [sl, sc, el, ec] = p.places.subarray(i * 4, i * 4 + 4);
    return {
      key,
      name: p.names[i],
      gender: f & FLAGS.feminine ? 'f' : f & FLAGS.masculine ? 'm' : undefined,
      range: { start: { line: sl, character: sc }, end: { line: el, character: ec } },
      first: (f & FLAGS.first) !== 0,
      last: (f & FLAGS.last) !== 0,
      moved: (f & FLAGS.moved) !== 0,
      holds: (f & FLAGS.holds) !== 0,
    };
  });
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
  presence?: PresenceSummary;
}

const key = (s: string) => foldAccents(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const iso = (d: { year: number; month: number; day: number }) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

function person(p: Model['seance']['president']): PersonSummary | undefined {
  if (!p) return undefined;
  return { name: p.given ? `${p.given} ${p.surname}` : p.surname, key: key(p.surname), range: p.range };
}

/**
 * The summary of an act, its own copy: a string sliced from the document's text would keep the whole text alive in
 * the index (and a range the tree's), so the summary is cloned once made.
 */
export function summarize(model: Model): ActSummary {
  return structuredClone(summaryOf(model));
}

function summaryOf(model: Model): ActSummary {
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

function presenceOf(model: Model): PresenceSummary {
  const numbered = model.reports.filter((r) => r.number !== undefined);
  const first = model.presenceAt(numbered[0]?.number);
  const last = model.presenceAt(numbered.at(-1)?.number);
  const holders = new Set(first.proxies.map((p) => p.holderMember));
  const leaving = new Set(model.reports.flatMap((r) => (r.interested?.persons ?? []).map((p) => p.member)));
  const listed = model.members.filter((m) => !m.substitute && !m.substituteOf);
  const places = new Uint32Array(listed.length * 4);
  const flags = new Uint8Array(listed.length);
  listed.forEach((m, i) => {
    const { start, end } = m.entry.person.range;
    places.set([start.line, start.character, end.line, end.character], i * 4);
    const gender = genderOf(m.civility);
    flags[i] =
      (first.present.includes(m) ? FLAGS.first : 0) |
      (last.present.includes(m) ? FLAGS.last : 0) |
      (m.from || m.until || leaving.has(m) ? FLAGS.moved : 0) |
      (holders.has(m) ? FLAGS.holds : 0) |
      (gender === 'f' ? FLAGS.feminine : gender === 'm' ? FLAGS.masculine : 0);
  });
  return { keys: listed.map(memberKey), names: listed.map((m) => [m.civility, m.given, m.surname].filter(Boolean).join(' ')), places, flags };
}
