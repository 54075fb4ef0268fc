// The text of a new deliberation from the few facts the command « Délibérations : nouvelle délibération » asks
// (assembly, date, number, title) and the roster when there is one: the templates of templates.ts, filled.
import type { DateParts } from '../text/dates';
import type { AssemblyKind, RosterMember } from '../roster/types';
import { communalExtractSnippet, dateInWords, extractSnippet } from './templates';
import { expandSnippet } from './snippets';

export interface NewDeliberationFacts {
  /** « Conseil municipal de Pouilley-les-Vignes », « Conseil de Communauté du Grand Besançon ». */
  assembly: string;
  kind?: AssemblyKind;
  /** The commune of a municipal council. */
  commune?: string;
  date: DateParts;
  /** Deliberation number (« 2025-012 »). */
  number: string;
  title: string;
  /** The members in office (the roster): listed present, the drafter moves the absent ones. */
  members?: RosterMember[];
}

const person = (m: RosterMember) => `${m.civility ? `${m.civility} ` : ''}${m.given} ${m.surname}`;

function presidentOf(members: RosterMember[]): RosterMember | undefined {
  return members.find((m) => m.functions.some((f) => /^(?:maire|président|présidente)$/i.test(f))) ?? members[0];
}

export function newDeliberationText(facts: NewDeliberationFacts): string {
  const day = new Date(facts.date.year, facts.date.month - 1, facts.date.day);
  const members = facts.members ?? [];
  const n = members.length;
  const president = presidentOf(members);
  const values: Record<number, string> = {};
  const municipal = facts.kind === 'conseil municipal' || (!facts.kind && /municipal/i.test(facts.assembly));
  if (municipal) {
    const commune = facts.commune ?? /(?:de|d['’])\s*(.+)$/i.exec(facts.assembly)?.[1] ?? 'Nom';
    const words = dateInWords(facts.date);
    Object.assign(values, { 2: commune.toUpperCase(), 8: words.year, 9: words.dayMonth, 11: commune, 18: facts.number, 19: facts.title });
    if (n) {
      Object.assign(values, { 5: String(n), 6: String(n), 7: String(n), 14: members.map(person).join(', '), 15: '', 16: '', 26: String(n) });
      if (president) Object.assign(values, { 12: president.civility ?? 'M.', 13: `${president.given} ${president.surname}`, 17: person(members[1] ?? president), 20: person(president) });
    }
    return withoutEmptyLists(expandSnippet(communalExtractSnippet(day), values));
  }
  Object.assign(values, { 1: facts.assembly.toUpperCase(), 4: facts.assembly.replace(/\s+(?:de|du|des|d['’]).*$/i, ''), 13: facts.number, 14: facts.title });
  if (n) {
    Object.assign(values, { 3: String(n), 9: members.map(person).join(', '), 10: '', 11: '', 20: String(n) });
    if (president) {
      const f = president.functions[0];
      Object.assign(values, { 6: president.civility ?? 'M.', 7: `${president.given} ${president.surname}`, 12: person(members[1] ?? president), 15: person(president), ...(f ? { 8: f[0].toUpperCase() + f.slice(1) } : {}) });
    }
  }
  return withoutEmptyLists(expandSnippet(extractSnippet(day), values));
}

/** The lists of absent members, left empty when the roster lists everyone present, are not written. */
function withoutEmptyLists(text: string): string {
  return text.replace(/^Étaient absents(?: excusés)? : \n\n/gm, '');
}

