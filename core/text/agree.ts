// Agreement in gender and number for messages: « Mme X n'est pas présente », « 1 proxy », « 2 proxies ».
// The gender comes from the civility written (« M. », « Mme », « Monsieur »…); without one, the inclusive form
// (« présent·e ») is kept rather than guessed.

import { foldAccents } from './fold';

export type Civility = 'M.' | 'Mme';
export type Gender = 'f' | 'm' | undefined;

/** Normalizes what a drafter may write for a civility: « M », « Monsieur », « Mme. », « Madame », « Melle ». */
export function civilityOf(s: string | undefined): Civility | undefined {
  if (!s) return undefined;
  const k = foldAccents(s).toLowerCase().replace(/\.$/, '').trim();
  if (k === 'm' || k === 'monsieur' || k === 'mr') return 'M.';
  if (k === 'mme' || k === 'madame' || k === 'mlle' || k === 'melle' || k === 'mademoiselle') return 'Mme';
  return undefined;
}

/** The gender a civility says, or undefined. */
export function genderOf(civility: string | undefined): Gender {
  const c = civilityOf(civility);
  return c === 'Mme' ? 'f' : c === 'M.' ? 'm' : undefined;
}

/** The French word of this gender: `forms` is [masculine, feminine, inclusive]. */
export function agree(gender: Gender, forms: readonly [string, string, string]): string {
  return gender === 'm' ? forms[0] : gender === 'f' ? forms[1] : forms[2];
}

/** « 1 proxy », « 0 proxies », « 2 proxies » (in French, `plural` of core/checks/util.ts: 0 and 1 take the singular). */
export function countEn(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
