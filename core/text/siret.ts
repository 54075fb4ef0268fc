// The SIRET of the open-data export, checked before it is written: 14 digits whose Luhn key is right (La Poste's
// establishments, SIREN 356 000 000, use a sum divisible by 5 instead). The @ctes codes are in actes.ts.

export type SiretProblem = 'digits' | 'key';

/** What is wrong with a SIRET as written (spaces allowed), or undefined. */
export function siretProblem(written: string): SiretProblem | undefined {
  const digits = written.replace(/[\s\u00a0\u202f.]/g, '');
  if (!/^\d{14}$/.test(digits)) return 'digits';
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let d = digits.charCodeAt(13 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  if (digits.startsWith('356000000')) return [...digits].reduce((s, c) => s + Number(c), 0) % 5 === 0 ? undefined : 'key';
  return sum % 10 === 0 ? undefined : 'key';
}

/** The 14 digits of a SIRET, without the spaces it is often written with. */
export function siretDigits(written: string): string {
  return written.replace(/[\s\u00a0\u202f.]/g, '');
}
