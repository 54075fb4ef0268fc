// Agreement in gender and number for messages: « Mme X n'est pas présente », « 1 représenté », « 2 représentés ».
// The gender comes from the civility written (« M. », « Mme », « Monsieur »…); without one, the inclusive form
// (« présent·e ») is kept rather than guessed.

export type Gender = 'f' | 'm' | undefined;

const FEMININE = new Set(['mme', 'madame', 'mlle', 'melle', 'mademoiselle', 'mmes', 'mesdames']);
const MASCULINE = new Set(['m', 'monsieur', 'mr', 'mm', 'messieurs']);

/** The gender a civility says, or undefined. */
export function genderOf(civility: string | undefined): Gender {
  const c = civility?.trim().replace(/\.$/, '').toLowerCase();
  if (!c) return undefined;
  return FEMININE.has(c) ? 'f' : MASCULINE.has(c) ? 'm' : undefined;
}

/** The French word of this gender: `forms` is [masculine, feminine, inclusive]. */
export function agree(gender: Gender, forms: readonly [string, string, string]): string {
  return gender === 'm' ? forms[0] : gender === 'f' ? forms[1] : forms[2];
}

/** « 0 représenté », « 1 représenté », « 2 représentés »: in French, 0 and 1 take the singular. */
export function countFr(n: number, singular: string, plural: string): string {
  return `${n} ${n < 2 ? singular : plural}`;
}

/** « 1 proxy », « 0 proxies », « 2 proxies ». */
export function countEn(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
