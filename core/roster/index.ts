// The roster as the checks, completion and hover use it: who a person mention designates, the closest member of a
// misspelled mention, and the forms a member is written in.
import { PersonIndex, initialsOf, isInitials, surnameKey, type Resolution } from '../model/people';
import { foldAccents } from '../text/fold';
import { editDistance } from '../communes/index';
import type { PersonNode } from '../syntax/tree';
import type { Roster, RosterMember, RosterPerson } from './types';

export * from './types';
export { parseRoster, civilityOf, type RosterParse } from './parse';
export { mentionsOf, type Mention, type MentionRole } from './mentions';

export interface RosterSeat {
  member: RosterMember;
  /** The person is the member's substitute (suppléant), not the member. */
  asSubstitute: boolean;
}

export interface Closest {
  seat: RosterSeat;
  /** Edit distance on the surname, plus one when the given name or initials disagree. */
  distance: number;
}

export class RosterIndex {
  private readonly people: PersonIndex<RosterSeat>;
  private readonly seats: { seat: RosterSeat; person: RosterPerson; key: string }[] = [];

  constructor(readonly roster: Roster) {
    for (const member of roster.members) {
      this.seats.push({ seat: { member, asSubstitute: false }, person: member, key: surnameKey(member.surname) });
      if (member.substitute) this.seats.push({ seat: { member, asSubstitute: true }, person: member.substitute, key: surnameKey(member.substitute.surname) });
    }
    this.people = new PersonIndex(this.seats.map((s) => ({ member: s.seat, given: s.person.given, surname: s.person.surname })));
  }

  resolve(p: Pick<PersonNode, 'given' | 'surname'>): Resolution<RosterSeat> {
    return this.people.resolve(p);
  }

  /** The member (or substitute) nearest to a mention that matches nobody, if one is near enough to be meant. */
  closest(p: Pick<PersonNode, 'given' | 'surname'>): Closest | undefined {
    const key = surnameKey(p.surname);
    const max = key.length < 4 ? 1 : key.length < 8 ? 2 : 3;
    let best: Closest | undefined;
    for (const s of this.seats) {
      const d = editDistance(key, s.key, max);
      if (d > max) continue;
      const distance = d + (p.given && !givenAgrees(p.given, s.person.given) ? 1 : 0);
      if (distance === 0) continue;
      if (!best || distance < best.distance) best = { seat: s.seat, distance };
    }
    return best && best.distance <= max ? best : undefined;
  }
}

const indexes = new WeakMap<Roster, RosterIndex>();

/** The roster's index, built once per roster (the check, hover and completion share it). */
export function rosterIndex(roster: Roster): RosterIndex {
  let index = indexes.get(roster);
  if (!index) indexes.set(roster, (index = new RosterIndex(roster)));
  return index;
}

function givenAgrees(written: string, given: string): boolean {
  if (isInitials(written)) return initialsOf(given).startsWith(initialsOf(written)) || initialsOf(written).startsWith(initialsOf(given));
  return foldAccents(written).toLowerCase() === foldAccents(given).toLowerCase();
}

export type InitialsStyle = 'compact' | 'dotted';

/** « Jean-Louis » → « JL. » (compact) or « J.L. » (dotted); « Thomas » → « T. ». */
export function initialsForm(given: string, style: InitialsStyle = 'compact'): string {
  const letters = initialsOf(given);
  return style === 'dotted' || letters.length === 1 ? letters.split('').map((c) => `${c}.`).join('') : `${letters}.`;
}

export type PersonForm = 'full' | 'initials' | 'name';

/** How a person is written: « M. Thomas JAVAUX » (full), « T. JAVAUX » (initials), « Thomas JAVAUX » (name). */
export function writePerson(p: RosterPerson | { civility?: string; given?: string; surname: string }, form: PersonForm, style: InitialsStyle = 'compact'): string {
  if (!p.given) return form === 'full' && p.civility ? `${p.civility} ${p.surname}` : p.surname;
  if (form === 'initials') return `${initialsForm(p.given, style)} ${p.surname}`;
  const name = `${p.given} ${p.surname}`;
  return form === 'full' && p.civility ? `${p.civility} ${name}` : name;
}
