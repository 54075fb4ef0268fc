// Money amounts and percentages of French administrative text, read exactly.
// Money is an integer number of cents (a JS safe integer); percentages are basis points (hundredths of a
// percent: 60 % → 6000). Digits are converted as strings/BigInt, never through floating point.
// The exported patterns are meant to be (chevrotain) token patterns: no anchors, no global/sticky flag,
// never match the empty string, no catastrophic backtracking. They begin with a lookbehind so that they
// never start inside a number or a word ("2017 400 000 €" reads "400 000 €", never "017 400 000 €").
import { BLANK_CLASS, LETTER_CLASS, NUMBER_WORDS_SOURCE, execAll, isDigitCode, isLetterCode, wordsToNumber } from './numbers';

const SP = '[ \\u00A0\\u202F]';
const NOT_LETTER = `(?![${LETTER_CLASS}])`;
/** Not inside a number or a word: no digit or letter just before, nor a digit followed by "," or ".". */
const NUMBER_START = `(?<![\\d${LETTER_CLASS}_])(?<!\\d[.,])`;

/** NUMBER_START in code (the scans use it instead of the lookbehind, which V8 cannot pre-filter). */
function numberStartOk(text: string, i: number): boolean {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  if (isDigitCode(c) || isLetterCode(c) || c === 95 /* _ */) return false;
  return !((c === 44 || c === 46) && i >= 2 && isDigitCode(text.charCodeAt(i - 2)));
}

// The number: groups of exactly 3 digits after a first group of 1 to 3 digits (separated by a space,
// a no-break space, a narrow no-break space, or a dot), or plain digits; then an optional decimal comma — or, after
// spaces or plain digits, a decimal point with two digits (« 517 513.78€ », as text extracted from a PDF gives it).
const NUMBER = `(?:\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|(?:\\d{1,3}(?:${SP}\\d{3})+|\\d+)(?:,\\d+|\\.\\d{2}(?!\\d))?)`;
const CURRENCY = `(?:€|(?:[Ee]uros?|EUROS?|EUR)${NOT_LETTER})`;
const MULTIPLIER = `(?:(?:milliards?|millions?)${SP}(?:d['’]${SP}?)?|(?:Mds?|[kKM])${SP}?)`;
const TAX =
  `(?:${SP}?(?:HT|TTC|ht|ttc|H\\.T\\.?|T\\.T\\.C\\.?)${NOT_LETTER}` +
  `|${SP}(?:hors${SP}taxes?|toutes${SP}taxes${SP}comprises)${NOT_LETTER})`;

/**
 * A French money amount: "834 000 €", "834 000 € HT", "182 400 € TTC", "1 234,56 €", "41 000 euros",
 * "41000 €", "1.234.567 €", "10 000,00 EUR", "400 k€", "1,5 M€", "1,36 milliards d'euros",
 * "12 000 € hors taxes". Thousands separators: space, U+00A0, U+202F or dot; every group after the first
 * has exactly 3 digits and the first 1 to 3. Never starts inside a number or a word.
 */
export const AMOUNT_PATTERN = new RegExp(`${NUMBER_START}${NUMBER}${SP}?${MULTIPLIER}?${CURRENCY}${TAX}?`);

const AMOUNT_CAPTURE = `(${NUMBER})${SP}?(${MULTIPLIER})?${CURRENCY}(${TAX})?`;
const AMOUNT_PARSE = new RegExp(NUMBER_START + AMOUNT_CAPTURE);
const AMOUNT_SCAN = new RegExp(AMOUNT_CAPTURE, 'g');

export type Tax = 'HT' | 'TTC';

export interface Amount {
  /** Integer number of cents. */
  cents: number;
  /** Written after the amount: HT (hors taxes) or TTC (toutes taxes comprises). */
  tax?: Tax;
  /** Present when the text has fractions of a cent ("0,125 €"): cents is then rounded half up. */
  inexact?: true;
}

export interface AmountMatch extends Amount {
  /** Offset (UTF-16) of the first character of the amount in the scanned text. */
  start: number;
  /** Offset just after its last character. */
  end: number;
}


/**
 * The amount of a text matched by AMOUNT_PATTERN (or the first amount found in a longer text), in cents.
 * Fractions of a cent ("0,125 €", "1,23456 k€") round half up to the cent and set `inexact`.
 * Undefined when no amount is found or when it exceeds Number.MAX_SAFE_INTEGER cents.
 */
export function parseAmount(text: string): Amount | undefined {
  const m = AMOUNT_PARSE.exec(text);
  if (!m) return undefined;
  return amountOf(m[1], m[2], m[3]);
}

function amountOf(number: string, multiplier: string | undefined, tax: string | undefined): Amount | undefined {
  // The decimal separator: a comma, or a point before the last two digits (a point before three is of thousands).
  const comma = number.search(/,|\.(?=\d{2}$)/);
  const intDigits = (comma < 0 ? number : number.slice(0, comma)).replace(/[^\d]/g, '');
  const fracDigits = comma < 0 ? '' : number.slice(comma + 1);
  const exponent = 2 + multiplierExponent(multiplier);
  const cents = scaledInteger(intDigits, fracDigits, exponent);
  if (cents === undefined) return undefined;
  const result: Amount = { cents };
  if (/[1-9]/.test(fracDigits.slice(exponent))) result.inexact = true;
  if (tax) result.tax = /^[\s\u00A0\u202F]*[Tt]/.test(tax) ? 'TTC' : 'HT';
  return result;
}

function multiplierExponent(multiplier: string | undefined): number {
  if (!multiplier) return 0;
  const m = multiplier.trim();
  if (m.startsWith('milliard') || m.startsWith('Md')) return 9;
  if (m.startsWith('million') || m === 'M') return 6;
  return 3; // k, K
}

/** intDigits.fracDigits × 10^exponent, rounded half up to an integer; undefined if not a safe integer. */
function scaledInteger(intDigits: string, fracDigits: string, exponent: number): number | undefined {
  const kept = fracDigits.slice(0, exponent).padEnd(exponent, '0');
  const dropped = fracDigits.slice(exponent);
  let value = BigInt((intDigits || '0') + kept);
  if (dropped !== '' && dropped.charCodeAt(0) >= 53 /* '5' */) value += 1n;
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  return Number(value);
}

/** Every amount of a line (or any text), in order, with its offsets. */
export function scanAmounts(line: string): AmountMatch[] {
  const out: AmountMatch[] = [];
  // Cheap pre-filter: every amount has a digit and "€", "eur" or "EUR".
  if (line.indexOf('€') < 0 && !/eur/i.test(line)) return out;
  execAll(AMOUNT_SCAN, line, numberStartOk, (m) => {
    const amount = amountOf(m[1], m[2], m[3]);
    if (amount) out.push({ start: m.index, end: m.index + m[0].length, ...amount });
  });
  return out;
}

export interface FormatAmountOptions {
  /**
   * Blank used both as thousands separator and before "€". Default: typographic French, narrow no-break
   * space U+202F between thousands and no-break space U+00A0 before "€". Pass ' ' for plain messages.
   */
  nbsp?: string;
  /** Show ",00" for whole euros (default: cents are shown only when not zero). */
  alwaysCents?: boolean;
}

/** 83390600 → "833 906 €", 123456 → "1 234,56 €" (see FormatAmountOptions for the blanks). */
/** An amount as messages and hovers print it (« 834 000 € », no-break spaces). */
export function eur(cents: number): string {
  return formatAmount(cents, { nbsp: ' ' });
}

export function formatAmount(cents: number, opts: FormatAmountOptions = {}): string {
  const group = opts.nbsp ?? '\u202F';
  const before = opts.nbsp ?? '\u00A0';
  const negative = cents < 0;
  const abs = BigInt(Math.abs(Math.round(cents)));
  const euros = (abs / 100n).toString();
  const rest = Number(abs % 100n);
  const grouped = groupThousands(euros, group);
  const decimals = rest !== 0 || opts.alwaysCents ? ',' + String(rest).padStart(2, '0') : '';
  return `${negative ? '-' : ''}${grouped}${decimals}${before}€`;
}

function groupThousands(digits: string, sep: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
    out += digits[i];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Percentages

const PERCENT_DIGITS = `\\d+(?:[,.]\\d+)?`;
const POUR_CENT = `pour[${BLANK_CLASS}-]?cents?${NOT_LETTER}`;

/**
 * A percentage: "60 %", "60%", "12,5 %", "100 %", "1%", "60 pour cent", "5 p. 100",
 * "soixante pour cent". Case-insensitive (`i` flag). Never starts inside a number or a word.
 */
const PERCENT_DIGITS_BODY = `${PERCENT_DIGITS}(?:${SP}?%|${SP}+(?:${POUR_CENT}|p\\.${SP}?100(?!\\d)))`;
const PERCENT_BODY = `(?:${PERCENT_DIGITS_BODY}|${NUMBER_WORDS_SOURCE}${SP}+${POUR_CENT})`;
export const PERCENT_PATTERN = new RegExp(NUMBER_START + PERCENT_BODY, 'i');

const PERCENT_SCAN = new RegExp(PERCENT_BODY, 'gi');
/** Without the words alternative, for the lines without "cent" (much faster). */
const PERCENT_DIGITS_SCAN = new RegExp(PERCENT_DIGITS_BODY, 'gi');

export interface PercentMatch {
  start: number;
  end: number;
  /** Hundredths of a percent: 60 % → 6000, 12,5 % → 1250. */
  basisPoints: number;
}

/**
 * The percentage of a text matched by PERCENT_PATTERN (or the first found in a longer text), in basis
 * points (hundredths of a percent): "60 %" → 6000, "12,5 %" → 1250. More than two decimals round half
 * up. NaN when the text holds no percentage (test with Number.isNaN; never the case for a text matched by
 * PERCENT_PATTERN).
 */
export function parsePercent(text: string): number {
  const m = PERCENT_PATTERN.exec(text);
  return (m && percentValue(m[0])) ?? NaN;
}

function percentValue(matched: string): number | undefined {
  const digits = /^(\d+)(?:[,.](\d+))?/.exec(matched);
  if (digits) return scaledInteger(digits[1], digits[2] ?? '', 2);
  const words = /^(.*?)[\s\u00A0\u202F]+pour/i.exec(matched);
  if (!words) return undefined;
  const n = wordsToNumber(words[1]);
  return n === undefined ? undefined : n * 100;
}

/** Every percentage of a line (or any text), in order, with its offsets. */
export function scanPercents(line: string): PercentMatch[] {
  const out: PercentMatch[] = [];
  const words = /cent/i.test(line);
  if (!words && line.indexOf('%') < 0 && !/p\.[ \u00A0\u202F]?100/.test(line)) return out;
  execAll(words ? PERCENT_SCAN : PERCENT_DIGITS_SCAN, line, numberStartOk, (m) => {
    const bp = percentValue(m[0]);
    if (bp !== undefined) out.push({ start: m.index, end: m.index + m[0].length, basisPoints: bp });
  });
  return out;
}

/** 6000 → "60 %", 1250 → "12,5 %" (no-break space before %, or opts.nbsp). */
export function formatPercent(basisPoints: number, opts: { nbsp?: string } = {}): string {
  const abs = Math.abs(basisPoints);
  const int = Math.trunc(abs / 100);
  const frac = String(abs % 100).padStart(2, '0').replace(/0+$/, '');
  return `${basisPoints < 0 ? '-' : ''}${int}${frac ? ',' + frac : ''}${opts.nbsp ?? '\u00A0'}%`;
}

/**
 * basisPoints/10000 of an amount, exactly, rounded to the cent half away from zero (half up for positive
 * amounts): percentOf(2500000, 6000) = 1500000 (60 % of 25 000 € = 15 000 €).
 */
export function percentOf(cents: number, basisPoints: number): number {
  const num = BigInt(Math.round(cents)) * BigInt(Math.round(basisPoints));
  const neg = num < 0n;
  const abs = neg ? -num : num;
  let q = abs / 10000n;
  if ((abs % 10000n) * 2n >= 10000n) q += 1n;
  return Number(neg ? -q : q);
}

/**
 * Whether a stated amount is basisPoints of a total: equal to the exact value rounded to the cent, or —
 * when the stated amount is a whole number of euros — within less than one euro of the exact value
 * (rounded to the nearest euro, up or down). E.g. 60 % of 25 000 € → 15 000 € true; 33 % of 1 000 € →
 * 330 € true, 331 € false.
 */
export function isPercentConsistent(totalCents: number, basisPoints: number, statedCents: number): boolean {
  if (percentOf(totalCents, basisPoints) === statedCents) return true;
  if (statedCents % 100 !== 0) return false;
  // |total × bp / 10000 − stated| < 100 cents, in exact integers.
  const diff =
    BigInt(Math.round(totalCents)) * BigInt(Math.round(basisPoints)) - BigInt(Math.round(statedCents)) * 10000n;
  return (diff < 0n ? -diff : diff) < 1000000n;
}
