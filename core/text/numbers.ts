// French numerals written in words, as in the dates and hours of acts
// ("L'an deux mille vingt-cinq, le trois mars à vingt heures").
// Pure. The exported pattern is meant to be used as a (chevrotain) token pattern:
// no anchors, no global/sticky flag, never matches the empty string.
import { detach, foldAccents } from './fold';

/** Letters (Latin-1 and Latin Extended-A/B), as a character-class body: used for word boundaries. */
export const LETTER_CLASS = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';

/** Horizontal blanks of French text: space, tab, no-break space, narrow no-break space (class body). */
export const BLANK_CLASS = ' \\t\\u00A0\\u202F';

/** Separator between two number words: blanks or one hyphen (ASCII, U+2010 or U+2011 non-breaking hyphen). */
// (« deux mille↵dix-neuf »: a printed line may end between two words of a number.)
const SEP = `(?:[${BLANK_CLASS}]*\\r?\\n[${BLANK_CLASS}]*|[${BLANK_CLASS}]+|[-\\u2010\\u2011])`;
const NOT_LETTER = `(?![${LETTER_CLASS}])`;

/** The words French numerals are written with, « un » and « une » included (the lexer's guards use them too). */
export const NUMBER_WORDS = [
  'zéro', 'zero', 'un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze',
  'treize', 'quatorze', 'quinze', 'seize', 'vingt', 'vingts', 'trente', 'quarante', 'cinquante', 'soixante', 'cent',
  'cents', 'mil', 'mille', 'million', 'millions', 'milliard', 'milliards',
];

// Every number word except "un"/"une" (longest alternatives first). Case is handled by the `i` flag of the patterns
// using it.
const WORD_NO_UN = `(?:${NUMBER_WORDS.filter((w) => w !== 'un' && w !== 'une').sort((a, b) => b.length - a.length).join('|')})${NOT_LETTER}`;

// "un"/"une" alone is the article ("un conseiller", "d'un montant"): it is a number word only before a
// scale word ("un million", "un milliard", "un mil…") or after "et" ("vingt et un").
const UN_BEFORE_SCALE = `une?(?=${SEP}mil(?:le|liards?|lions?)?${NOT_LETTER})`;
const WORD = `(?:${WORD_NO_UN}|${UN_BEFORE_SCALE})`;
// At most 30 more words (a year has at most 11, "quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf"):
// the bound keeps the patterns embedding a run linear on absurdly long runs of number words.
const TAIL = `(?:${SEP}(?:et${SEP}(?:une?|onze)${NOT_LETTER}|${WORD})){0,30}`;

/** Source (no lookbehind, to embed in other patterns, with the `i` flag) of a run of number words. */
export const NUMBER_WORDS_SOURCE = `${WORD}${TAIL}`;

/** Source (to embed, `i` flag) of a year in words: "deux mille vingt-cinq", "mil neuf cent …", "deux mil dix-sept". */
export const YEAR_WORDS_SOURCE = `(?:deux${SEP})?mil(?:le)?${NOT_LETTER}${TAIL}`;

/**
 * A run of French number words ("deux mille vingt-cinq", "quatre-vingt-dix-sept", "trente et un"),
 * case-insensitive, accents optional, words separated by blanks or hyphens. A lone "un"/"une" is not
 * matched (article); "premier" is not a number word here (see the date patterns). The run is a number
 * only in context (e.g. "neuf" may be the adjective): check it with wordsToNumber.
 */
export const NUMBER_WORDS_PATTERN = new RegExp(`(?<![${LETTER_CLASS}\\d])${NUMBER_WORDS_SOURCE}`, 'i');

/** Letter test matching LETTER_CLASS (for the boundary checks done in code rather than by lookbehind). */
export function isLetterCode(c: number): boolean {
  return (
    (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whether a match may start at `index`: not just after a letter or a digit (same as the patterns' lookbehind). */
export function isWordStart(text: string, index: number): boolean {
  if (index === 0) return true;
  const c = text.charCodeAt(index - 1);
  return !isLetterCode(c) && !isDigitCode(c);
}

/**
 * Every match of a global regex whose start passes `startOk`, leftmost first: the same matches as the
 * regex prefixed by the equivalent lookbehind, but faster (V8 cannot pre-filter a leading lookbehind).
 */
export function execAll(
  global: RegExp,
  text: string,
  startOk: (text: string, index: number) => boolean,
  each: (m: RegExpExecArray) => void,
): void {
  global.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = global.exec(text)) !== null) {
    if (!startOk(text, m.index)) {
      global.lastIndex = m.index + 1;
      continue;
    }
    each(m);
    if (m[0].length === 0) global.lastIndex++;
  }
}

const UNITS: Record<string, number> = {
  zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
};
const TENS: Record<string, number> = { vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60 };

/** Lower case, without diacritics. */
export function foldFrench(text: string): string {
  return foldAccents(text.toLowerCase());
}

const ORDINAL_ONE = /^(?:1\s*(?:er|re|ere|\^\{er\}|\^\{re\}|ᵉʳ|ʳᵉ)|premier|premiere)$/;

/**
 * The value of a French numeral in words ("deux mille vingt-cinq" → 2025, "deux mil dix-sept" → 2017,
 * "quatre-vingt-dix-neuf" → 99, "trente et un" → 31, "premier"/"1er" → 1), or of plain digits.
 * Case- and accent-insensitive, hyphens or blanks. Undefined when the words do not form a number.
 */
export function wordsToNumber(text: string): number | undefined {
  // The same few numerals recur (years, days): a small memo makes the scans cheaper.
  const cached = memo.get(text);
  if (cached !== undefined || memo.has(text)) return cached;
  const value = computeWordsToNumber(text);
  if (memo.size >= 2048) memo.clear();
  memo.set(detach(text), value);
  return value;
}

const memo = new Map<string, number | undefined>();

function computeWordsToNumber(text: string): number | undefined {
  const folded = foldFrench(text).trim();
  if (folded === '') return undefined;
  if (/^\d+$/.test(folded)) return Number(folded);
  if (ORDINAL_ONE.test(folded)) return 1;
  const tokens = folded.split(/[\s\u00A0\u202F\-\u2010\u2011]+/).filter((t) => t !== '');
  if (tokens.length === 0) return undefined;
  return new WordsParser(tokens).parse();
}

class WordsParser {
  private i = 0;
  constructor(private readonly t: string[]) {}

  parse(): number | undefined {
    const t = this.t;
    if (t.length === 1 && t[0] === 'zero') return 0;
    let total = 0;
    let consumed = false;
    for (const [scale, words] of [
      [1e9, ['milliard', 'milliards']],
      [1e6, ['million', 'millions']],
      [1e3, ['mille', 'mil']],
    ] as const) {
      const save = this.i;
      const n = this.below1000();
      const w = t[this.i];
      if (w !== undefined && (words as readonly string[]).includes(w)) {
        this.i++;
        if (n === undefined && scale !== 1e3) return undefined; // "million" needs "un"/"deux"…
        total += (n ?? 1) * scale;
        consumed = true;
      } else {
        this.i = save;
      }
    }
    const rest = this.below1000();
    if (rest !== undefined) {
      total += rest;
      consumed = true;
    }
    if (!consumed || this.i !== t.length) return undefined;
    return total;
  }

  private below1000(): number | undefined {
    const t = this.t;
    const save = this.i;
    let hundreds: number | undefined;
    const a = t[this.i];
    const b = t[this.i + 1];
    if (a !== undefined && b !== undefined && UNITS[a] !== undefined && UNITS[a] >= 2 && UNITS[a] <= 9 && (b === 'cent' || b === 'cents')) {
      hundreds = UNITS[a] * 100;
      this.i += 2;
    } else if (a === 'cent') {
      hundreds = 100;
      this.i += 1;
    }
    const rest = this.below100();
    if (hundreds === undefined && rest === undefined) {
      this.i = save;
      return undefined;
    }
    return (hundreds ?? 0) + (rest ?? 0);
  }

  /** 1..99 (no zero). */
  private below100(): number | undefined {
    const t = this.t;
    const a = t[this.i];
    if (a === undefined) return undefined;
    const b = t[this.i + 1];
    if (a === 'quatre' && (b === 'vingt' || b === 'vingts')) {
      this.i += 2;
      if (b === 'vingts') return 80;
      return 80 + (this.teenOrUnit() ?? 0);
    }
    if (a === 'et' || a === 'zero') return undefined;
    if (UNITS[a] !== undefined) return this.teenOrUnit();
    const tens = TENS[a];
    if (tens !== undefined) {
      this.i++;
      if (t[this.i] === 'et') {
        const u = t[this.i + 1];
        if (u === 'un' || u === 'une') {
          this.i += 2;
          return tens + 1;
        }
        if (u === 'onze' && tens === 60) {
          this.i += 2;
          return 71;
        }
        return tens; // "et" left unconsumed: the caller then rejects the text
      }
      if (tens === 60) {
        const teen = this.teenOrUnit();
        return 60 + (teen ?? 0);
      }
      const u = t[this.i];
      if (u !== undefined && UNITS[u] !== undefined && UNITS[u] >= 1 && UNITS[u] <= 9) {
        this.i++;
        return tens + UNITS[u];
      }
      return tens;
    }
    return undefined;
  }

  /** After "quatre-vingt" or "soixante": 1..19 (un, deux … neuf, dix … seize, dix-sept … dix-neuf). */
  private teenOrUnit(): number | undefined {
    const t = this.t;
    const u = t[this.i];
    if (u === undefined || UNITS[u] === undefined || u === 'zero') return undefined;
    this.i++;
    if (u === 'dix') {
      const v = t[this.i];
      if (v === 'sept' || v === 'huit' || v === 'neuf') {
        this.i++;
        return 10 + UNITS[v];
      }
    }
    return UNITS[u];
  }
}

// ---------------------------------------------------------------------------------------------------
// Numbers to words

const UNIT_WORDS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const TEN_WORDS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

function below100Words(n: number): string {
  if (n < 20) return UNIT_WORDS[n];
  if (n < 70) {
    const tens = TEN_WORDS[Math.floor(n / 10)];
    const u = n % 10;
    return u === 0 ? tens : u === 1 ? `${tens} et un` : `${tens}-${UNIT_WORDS[u]}`;
  }
  if (n < 80) return n === 71 ? 'soixante et onze' : `soixante-${UNIT_WORDS[n - 60]}`;
  return n === 80 ? 'quatre-vingts' : `quatre-vingt-${UNIT_WORDS[n - 80]}`;
}

/** 0..999; `final` is false when a scale word follows (« quatre-vingt mille », « deux cent mille »). */
function below1000Words(n: number, final: boolean): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (h > 0) parts.push(h === 1 ? 'cent' : `${UNIT_WORDS[h]} ${rest === 0 && final ? 'cents' : 'cent'}`);
  if (rest > 0 || h === 0) {
    const w = below100Words(rest);
    parts.push(!final && rest === 80 ? 'quatre-vingt' : w);
  }
  return parts.join(' ');
}

/**
 * A non-negative integer in French words, in the traditional spelling of acts: 2025 → « deux mille
 * vingt-cinq », 21 → « vingt et un », 80 → « quatre-vingts », 200 → « deux cents », 1 000 000 → « un million ».
 * Undefined for negative, fractional or unsafe numbers. The inverse of wordsToNumber.
 */
export function numberToWords(n: number): string | undefined {
  if (!Number.isSafeInteger(n) || n < 0) return undefined;
  if (n === 0) return 'zéro';
  const parts: string[] = [];
  let rest = n;
  for (const [scale, one, many] of [[1e9, 'milliard', 'milliards'], [1e6, 'million', 'millions']] as const) {
    const q = Math.floor(rest / scale);
    if (q > 0) parts.push(`${q === 1 ? 'un' : numberToWords(q)} ${q === 1 ? one : many}`);
    rest %= scale;
  }
  const thousands = Math.floor(rest / 1000);
  if (thousands > 0) parts.push(thousands === 1 ? 'mille' : `${below1000Words(thousands, false)} mille`);
  rest %= 1000;
  if (rest > 0) parts.push(below1000Words(rest, true));
  return parts.join(' ');
}
