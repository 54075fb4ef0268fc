// The text of a new deliberation from the few facts the command « Délibérations : nouvelle délibération » asks
// (assembly, date, number, title) and the roster when there is one: the templates of templates.ts, filled.
import type { DateParts } from '../text/dates';
import type { AssemblyKind, RosterMember } from '../roster/types';
import { communalExtractSnippet, dateInWords, extractSnippet, rosterValues } from './templates';
import { expandSnippet, withDefaults } from '../text/snippets';

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

/**
 * The new deliberation as a snippet: the facts asked and the roster's members as the defaults of its tab stops, so
 * that the drafter goes from one place to fill to the next (the people, without a roster, are visible placeholders).
 */
export function newDeliberationSnippet(facts: NewDeliberationFacts): string {
  const day = new Date(facts.date.year, facts.date.month - 1, facts.date.day);
  const members = facts.members ?? [];
  const municipal = facts.kind === 'conseil municipal' || (!facts.kind && /municipal/i.test(facts.assembly));
  if (municipal) {
    const commune = facts.commune ?? /(?:de|d['’])\s*(.+)$/i.exec(facts.assembly)?.[1] ?? 'Nom';
    const words = dateInWords(facts.date);
    const values = { ...rosterValues('communal', members), 2: commune.toUpperCase(), 8: words.year, 9: words.dayMonth, 11: commune, 18: facts.number, 19: facts.title };
    return withDefaults(communalExtractSnippet(day), values);
  }
  const values = { ...rosterValues('extract', members), 1: facts.assembly.toUpperCase(), 4: facts.assembly.replace(/\s+(?:de|du|des|d['’]).*$/i, ''), 13: facts.number, 14: facts.title };
  return withDefaults(extractSnippet(day), values);
}

/** The text of the new deliberation as written when every tab stop keeps its default. */
export function newDeliberationText(facts: NewDeliberationFacts): string {
  return withoutEmptyLists(expandSnippet(newDeliberationSnippet(facts)));
}

/** The lists of absent members, left empty when the roster lists everyone present, are not written. */
function withoutEmptyLists(text: string): string {
  return text.replace(/^Étaient absents(?: excusés)? : \n\n/gm, '');
}

