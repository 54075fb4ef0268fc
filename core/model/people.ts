// People: identity of a councillor across the forms a document uses (« M. Jean-Louis FOUSSERET »,
// « JL. FOUSSERET », « J.L. FOUSSERET »), and resolution of an initials form against the members listed.
import type { PersonNode } from '../syntax/tree';
import { detach, foldAccents } from '../text/fold';
import { genderOf } from '../text/agree';

// The same names come back at every keystroke: their keys are remembered (a bounded cache).
const surnameKeys = new Map<string, string>();

/** The surname as a comparison key: capitals, no accents, single spaces, hyphens kept. */
export function surnameKey(surname: string): string {
  let key = surnameKeys.get(surname);
  if (key === undefined) {
    if (surnameKeys.size > 50000) surnameKeys.clear();
    key = foldAccents(surname).toUpperCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
    surnameKeys.set(detach(surname), detach(key));
  }
  return key;
}

/** A member's given name and surname as one comparison key (accents and case aside): the same person written twice. */
export function fullNameKey(m: { surname: string; given?: string }): string {
  return `${surnameKey(m.surname)}|${foldAccents(m.given ?? '').toLowerCase()}`;
}

/** True when a given name is written as initials (« JL. », « Y.M. », « J. »; « JL », « G » without their dots). */
export function isInitials(given: string): boolean {
  return /^(?:[A-ZÀ-ÖØ-Þ]{1,2}\.?-?)+$/u.test(given.replace(/\s/g, '')) && (/\./.test(given) || /^[A-ZÀ-ÖØ-Þ]{1,2}$/u.test(given.trim()));
}

/** The initials of a given name: « Jean-Louis » → « JL », « Marie » → « M »; of initials as written: « Y.M. » → « YM ». */
export function initialsOf(given: string): string {
  let key = initials.get(given);
  if (key === undefined) {
    if (initials.size > 50000) initials.clear();
    key = isInitials(given)
      ? foldAccents(given).toUpperCase().replace(/[^A-Z]/g, '')
      : foldAccents(given)
          .split(/[-\s]+/)
          .filter(Boolean)
          .map((w) => w[0].toUpperCase())
          .join('');
    initials.set(detach(given), key);
  }
  return key;
}
const initials = new Map<string, string>();

/** « J-Louis » and « Jean-Louis », « M-Claude » and « Marie-Claude »: one part cut to its initial, the others the same. */
function shortened(a: string, b: string): boolean {
  const parts = (g: string) => foldAccents(g).toLowerCase().split(/[\s-]+/).filter(Boolean);
  const [x, y] = [parts(a), parts(b)];
  if (x.length !== y.length || x.length < 2) return false;
  let cut = false;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    const [short, long] = x[i].length < y[i].length ? [x[i], y[i]] : [y[i], x[i]];
    if (short.length !== 1 || long[0] !== short) return false;
    cut = true;
  }
  return cut;
}

/** Displayable name without civility: « Jean-Louis FOUSSERET ». */
export function displayName(p: Pick<PersonNode, 'given' | 'surname'>): string {
  return p.given ? `${p.given} ${p.surname}` : p.surname;
}

export interface Candidate<M> {
  member: M;
  given?: string;
  surname: string;
  /** « M. », « Mme »…: a mention of the other gender is another person (« M MANTRAND » and « Mme MANTRAND »). */
  civility?: string;
}

export type Resolution<M> = { kind: 'found'; member: M } | { kind: 'ambiguous'; members: M[] } | { kind: 'none' };

/** Members by surname key, so that each mention is resolved without scanning every member. */
export class PersonIndex<M> {
  private readonly bySurname = new Map<string, Candidate<M>[]>();

  constructor(candidates: Candidate<M>[]) {
    for (const c of candidates) this.add(c);
  }

  add(c: Candidate<M>): void {
    const key = surnameKey(c.surname);
    const list = this.bySurname.get(key);
    if (list) list.push(c);
    else this.bySurname.set(key, [c]);
  }

  /**
   * Finds the member a person mention designates. Full given names must agree; initials must be the initials of
   * the given name (« JL. » for Jean-Louis) or, failing that, its first letters when only one member fits.
   */
  resolve(p: Pick<PersonNode, 'given' | 'surname'> & { civility?: string }): Resolution<M> {
    const gender = genderOf(p.civility);
    const all = this.bySurname.get(surnameKey(p.surname)) ?? [];
    const same = gender && all.some((c) => c.civility) ? all.filter((c) => { const g = genderOf(c.civility); return !g || g === gender; }) : all;
    if (same.length === 0) {
      if (all.length > 0) return { kind: 'none' };
      // A name in capitals throughout (« DANIEL GUIRAUD ») has no given name that can be told apart: « Daniel
      // GUIRAUD » or « GUIRAUD Daniel » designates it.
      if (!p.given || isInitials(p.given)) return { kind: 'none' };
      const whole = [`${p.given} ${p.surname}`, `${p.surname} ${p.given}`].flatMap((n) => this.bySurname.get(surnameKey(n)) ?? []).filter((c) => !c.given);
      return whole.length === 1 ? { kind: 'found', member: whole[0].member } : { kind: 'none' };
    }
    if (!p.given) return same.length === 1 ? { kind: 'found', member: same[0].member } : { kind: 'ambiguous', members: same.map((c) => c.member) };
    const written = p.given;
    let fit: Candidate<M>[];
    if (isInitials(written)) {
      const ini = initialsOf(written);
      fit = same.filter((c) => !c.given || initialsOf(c.given) === ini);
      if (fit.length === 0) fit = same.filter((c) => !c.given || initialsOf(c.given).startsWith(ini) || ini.startsWith(initialsOf(c.given)));
    } else {
      // « Anne Marie » and « Anne-Marie » are one given name.
      const fold = (g: string) => foldAccents(g).toLowerCase().replace(/[\s-]+/g, ' ');
      const g = fold(written);
      fit = same.filter((c) => !c.given || (isInitials(c.given) ? initialsOf(written) === initialsOf(c.given) : fold(c.given) === g || shortened(c.given, written)));
    }
    if (fit.length === 1) return { kind: 'found', member: fit[0].member };
    // « M. Nadir SLIFI » and « M. SLIFI » both listed: two members, told apart by the given name written; a mention of
    // « Nadir SLIFI » is the one written with it.
    const named = isInitials(written) ? [] : fit.filter((c) => c.given);
    if (named.length === 1 && fit.length > 1) return { kind: 'found', member: named[0].member };
    if (fit.length > 1) return { kind: 'ambiguous', members: fit.map((c) => c.member) };
    return { kind: 'none' };
  }
}
