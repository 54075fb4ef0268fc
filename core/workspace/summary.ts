// The summary of a file's acts that the workspace keeps (core/workspace/index.ts): a few strings and numbers per act,
// never its tree, so that a workspace of a year of acts stays small. Read from the models the analysis built.
import type { Model } from '../model/types';
import type { Range } from '../types';
import { foldAccents } from '../text/fold';
import { seanceDay } from '../checks/util';

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
