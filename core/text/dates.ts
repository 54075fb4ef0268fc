// Dates and hours of French administrative text: "lundi 3 mars 2025", "1er septembre 2025",
// "29 NOV. 2017", "16/11/2017", "L'an deux mille vingt-cinq, le trois mars", "à vingt heures", "18h10".
// Calendar arithmetic is pure integer arithmetic on the proleptic Gregorian calendar (no Date object,
// hence no time-zone pitfall). Months are 1..12, weekdays 0 = dimanche … 6 = samedi.
// The exported patterns are meant to be (chevrotain) token patterns: no anchors, no global/sticky flag,
// never match the empty string; they are case-insensitive (`i` flag) and accents are optional.
import {
  BLANK_CLASS, LETTER_CLASS, NUMBER_WORDS_SOURCE, YEAR_WORDS_SOURCE, execAll, foldFrench, isWordStart, wordsToNumber,
} from './numbers';

export const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] as const;
export const MONTHS_FR = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
] as const;

export interface DateParts {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

export interface ParsedDate {
  /** Undefined when the text gives no year ("le trois mars", "3 mars"). */
  year?: number;
  month: number;
  day: number;
  /** The weekday WRITTEN in the text, if any (0 = dimanche … 6 = samedi); compare with weekdayOf. */
  weekday?: number;
  /** The weekday as written ("Jeudi"). */
  weekdayText?: string;
}

export interface DateMatch extends ParsedDate {
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------------
// Patterns

const SP = `[${BLANK_CLASS}]+`;
const SP0 = `[${BLANK_CLASS}]*`;
const NL = `(?![${LETTER_CLASS}])`;
const START = `(?<![\\d${LETTER_CLASS}])`;

const WEEKDAY = `(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)${NL}`;
const MONTH =
  '(?:janv(?:ier|\\.)?|f[eé]vr?(?:ier|\\.)?|mars|avr(?:il|\\.)?|mai|juin|juil(?:let|\\.)?|ao[uû]t|' +
  `sept(?:embre|\\.)?|oct(?:obre|\\.)?|nov(?:embre|\\.)?|d[eé]c(?:embre|\\.)?)${NL}`;
// « 1 er avril » (a superscript set on the line by a PDF extraction, a space before it).
const DAY_NUM = `(?:1(?:\\^\\{(?:er|re)\\}|ᵉʳ|ʳᵉ|[${BLANK_CLASS}]?(?:er|re|[eèé]re)${NL})|[12]\\d|3[01]|0?[1-9])(?!\\d)`;
const DAY = `(?:${DAY_NUM}|premi[eèé]re?${NL}|${NUMBER_WORDS_SOURCE})`;
const MONTH_LINK = `(?:${SP}du${SP}mois${SP}d(?:e${SP}|['’])|${SP})`;
const YEAR = `(?:\\d{4}(?!\\d)|${YEAR_WORDS_SOURCE})`;
/** « 16 mai », and « 16mai 2013 » as OCR gives it (figures stuck to the month: only with the year after). */
const DAY_MONTH_LINK = `(?:${MONTH_LINK}|(?<=\\d)(?=${MONTH}${SP}\\d{4}(?!\\d)))`;
/** « 25 juin 2015 », and « 25 juin2015 » as a PDF extraction gives it (the year stuck to the month, in figures). */
const MONTH_YEAR_LINK = `(?:${SP}|(?=\\d{4}(?!\\d)))`;
/** « mercredi 29 juin 2016 », « 1er juin 2016 »: a day in figures, its month in letters, its year in figures. */
export const DAY_MONTH_YEAR_SOURCE = `(?:${WEEKDAY}${SP})?${DAY_NUM}${SP}${MONTH}${SP}\\d{4}(?!\\d)`;
const ND = '(?:0?[1-9]|[12]\\d|3[01])';
const NM = '(?:0?[1-9]|1[0-2])';
// « Conseil municipal du 06.12.24 »: a year of two figures, only with day and month of two figures each and a dot or a
// slash (not « 1-2-24 », not a part of « 03.88.06.12.24 », a telephone number, or of « 1.10.12.3 », a numbering).
const SHORT_YEAR = '(?:0[1-9]|[12]\\d|3[01])(?:\\.(?:0[1-9]|1[0-2])\\.|/(?:0[1-9]|1[0-2])/)\\d{2}(?![./]?\\d)';
const NUMERIC = `(?:(?:${ND}/${NM}/\\d{4}|${ND}\\.${NM}\\.\\d{4}|${ND}-${NM}-\\d{4})(?!\\d)|(?<![\\d.]\\.?)${SHORT_YEAR})`;

function dateSource(capture: boolean): string {
  const g = (name: string, src: string) => (capture ? `(?<${name}>${src})` : `(?:${src})`);
  const lan =
    `l['’]an${SP}${g('lanYear', YEAR)}(?:${SP0},)?${SP}(?:le${SP})?(?:${g('lanWd', WEEKDAY)}${SP})?` +
    `${g('lanDay', DAY)}${MONTH_LINK}${g('lanMonth', MONTH)}`;
  const plain =
    `(?:${g('wd', WEEKDAY)}${SP})?(?:${g('numeric', NUMERIC)}|` +
    `${g('day', DAY)}${DAY_MONTH_LINK}${g('month', MONTH)}(?:${MONTH_YEAR_LINK}${g('year', YEAR)})?)`;
  return `(?:${lan}|${plain})`;
}

/**
 * A date in figures or words: "3 mars 2025", "lundi 3 mars 2025", "Jeudi 16 Novembre 2017",
 * "1er septembre 2025", "1^{er} septembre 2025", "29 NOV. 2017", "16/11/2017", "16.11.2017",
 * "trois mars" (no year), "seize novembre deux mille dix-sept", "le trois du mois de mars",
 * "L'an deux mille vingt-cinq, le trois mars" (year in words before the day). A leading "le" is not part
 * of the match except after "l'an …,". Case-insensitive, accents optional.
 */
export const DATE_PATTERN = new RegExp(START + dateSource(false), 'i');

const DATE_PARSE = new RegExp(START + dateSource(true), 'i');
// The scans check the start in code (faster than the lookbehind) and skip the lines with no month name
// and no date in figures.
const DATE_SCAN = new RegExp(dateSource(false), 'gi');
/** Re-run at the start of each match found by DATE_SCAN to get the groups (captures slow the search). */
const DATE_AT = new RegExp(dateSource(true), 'iy');
const DATE_HINT = /janv|f[eé]v|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[eé]c|\d[/.-]\d/i;

const MONTH_PREFIXES: [string, number][] = [
  ['jan', 1], ['fev', 2], ['mar', 3], ['avr', 4], ['mai', 5], ['juin', 6],
  ['juil', 7], ['aou', 8], ['sep', 9], ['oct', 10], ['nov', 11], ['dec', 12],
];

/** Month number of a French month name or abbreviation ("mars", "NOV.", "févr.", "Août"), or undefined. */
export function monthOf(text: string): number | undefined {
  const f = foldFrench(text).trim();
  for (const [prefix, n] of MONTH_PREFIXES) if (f.startsWith(prefix)) return n;
  return undefined;
}

/** Weekday number (0 = dimanche) of a French weekday name, or undefined. */
export function weekdayNumber(text: string): number | undefined {
  const i = (WEEKDAYS_FR as readonly string[]).indexOf(foldFrench(text).trim());
  return i < 0 ? undefined : i;
}

function dayValue(text: string): number | undefined {
  const digits = /^\d+/.exec(text);
  const n = digits ? Number(digits[0]) : wordsToNumber(text);
  return n !== undefined && n >= 1 && n <= 31 ? n : undefined;
}

function yearValue(text: string): number | undefined {
  return /^\d{4}$/.test(text) ? Number(text) : wordsToNumber(text);
}

/**
 * The date of a text matched by DATE_PATTERN (or the first date found in a longer text). The values are
 * as written: 29 février 2025 is returned (check with isValidDate); undefined only when nothing reads as
 * a date (or the day is not 1..31, or a year in words does not parse).
 */
export function parseDate(text: string): ParsedDate | undefined {
  const m = DATE_PARSE.exec(text);
  return m ? dateOfGroups(m.groups ?? {}) : undefined;
}

function dateOfGroups(gr: Record<string, string | undefined>): ParsedDate | undefined {
  let result: ParsedDate;
  if (gr.numeric !== undefined) {
    const [d, mo, y] = gr.numeric.split(/[/.-]/).map(Number);
    // (A year of two figures: 70 to 99 of the last century, the others of this one.)
    result = { year: y >= 100 ? y : y >= 70 ? 1900 + y : 2000 + y, month: mo, day: d };
  } else {
    const dayText = gr.lanDay ?? gr.day;
    const monthText = gr.lanMonth ?? gr.month;
    const yearText = gr.lanYear ?? gr.year;
    if (dayText === undefined || monthText === undefined) return undefined;
    const day = dayValue(dayText);
    const month = monthOf(monthText);
    if (day === undefined || month === undefined) return undefined;
    result = { month, day };
    if (yearText !== undefined) {
      const year = yearValue(yearText);
      if (year === undefined) return undefined;
      result.year = year;
    }
  }
  const wd = gr.lanWd ?? gr.wd;
  if (wd !== undefined) {
    result.weekday = weekdayNumber(wd);
    result.weekdayText = wd;
  }
  return result;
}

/** Every date of a line (or any text), in order, with its offsets. */
export function scanDates(line: string): DateMatch[] {
  const out: DateMatch[] = [];
  if (!DATE_HINT.test(line)) return out;
  execAll(DATE_SCAN, line, isWordStart, (m) => {
    DATE_AT.lastIndex = m.index;
    const g = DATE_AT.exec(line);
    const date = g ? dateOfGroups(g.groups ?? {}) : undefined;
    if (date) out.push({ start: m.index, end: m.index + m[0].length, ...date });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Calendar

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Day of the week, 0 = dimanche (Sunday) … 6 = samedi (Sakamoto's method). */
export function weekdayOf(year: number, month: number, day: number): number {
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  const r = (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + t[month - 1] + day) % 7;
  return (r + 7) % 7;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function dayNumber(d: DateParts): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (d.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** b − a in days (positive when b is after a). */
export function daysBetween(a: DateParts, b: DateParts): number {
  return dayNumber(b) - dayNumber(a);
}

/**
 * Jours francs: the whole days strictly between the day of sending and the day of the meeting (neither
 * counted). Sent 25 février 2025, meeting 3 mars 2025 → 5. 0 when the meeting is not after the sending
 * (use compareDates to detect that case).
 */
export function clearDaysBetween(sent: DateParts, meeting: DateParts): number {
  return Math.max(0, daysBetween(sent, meeting) - 1);
}

/** Negative when a is before b, 0 when equal, positive when after. */
export function compareDates(a: DateParts, b: DateParts): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * "lundi 3 mars 2025" (withWeekday) / "3 mars 2025" / "1er mars 2025", with plain spaces. Without a year,
 * "3 mars" (and no weekday).
 */
/** « 2025-03-03 », or undefined when the year is not known or the date does not exist. */
export function isoDate(d: { year?: number; month: number; day: number }): string | undefined {
  if (d.year === undefined || !isValidDate(d.year, d.month, d.day)) return undefined;
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function formatDateFr(date: { year?: number; month: number; day: number }, withWeekday = false): string {
  const day = date.day === 1 ? '1er' : String(date.day);
  const base = `${day} ${MONTHS_FR[date.month - 1] ?? '?'}`;
  if (date.year === undefined) return base;
  const wd = withWeekday ? `${WEEKDAYS_FR[weekdayOf(date.year, date.month, date.day)]} ` : '';
  return `${wd}${base} ${date.year}`;
}

// ---------------------------------------------------------------------------------------------------
// Hours

const HOUR_DIGITS = '(?:[01]?\\d|2[0-4])';
const HALF = `et${SP}(?:quart|demie?)${NL}`;

/**
 * An hour: "18h10", "18 h 30", "18h", "18 heures 30", "18:30", "vingt heures", "dix-huit heures trente",
 * "vingt heures et demie", "une heure", "midi", "minuit". Case-insensitive. "à" is not part of the match.
 */
const TIME_BODY =
  `(?:${HOUR_DIGITS}(?:${SP0}(?:h|heures?)${NL}(?:${SP0}[0-5]\\d(?!\\d)(?:${SP0}min(?:utes?)?${NL})?)?` +
    `|:[0-5]\\d(?!\\d))` +
    `|(?:une|${NUMBER_WORDS_SOURCE})${SP}heures?${NL}(?:${SP}(?:${HALF}|${NUMBER_WORDS_SOURCE}(?:${SP}minutes?${NL})?))?` +
    `|(?:midi|minuit)${NL}(?:${SP}${HALF})?)`;
export const TIME_PATTERN = new RegExp(START + TIME_BODY, 'i');
/** The source of TIME_PATTERN without its start, for patterns that read an hour within more words. */
export const TIME_SOURCE = TIME_BODY;

/**
 * Minutes since midnight of an hour matched by TIME_PATTERN (or the first found in a longer text, e.g.
 * "à vingt heures" → 1200, "18h10" → 1090, "20 h 30" → 1230). Undefined if none or out of range.
 */
export function parseTime(text: string): number | undefined {
  const m = TIME_PATTERN.exec(text);
  if (!m) return undefined;
  const s = foldFrench(m[0]);
  let hours: number | undefined;
  let minutes: number | undefined = 0;
  const digits = /^(\d{1,2})\s*(?:heures?|h|:)\s*(\d{2})?/.exec(s);
  let rest = '';
  if (digits) {
    hours = Number(digits[1]);
    minutes = digits[2] === undefined ? 0 : Number(digits[2]);
  } else {
    const named = /^(midi|minuit)(.*)$/.exec(s);
    const worded = named ? undefined : /^(.*?)\s+heures?(.*)$/.exec(s);
    if (named) {
      hours = named[1] === 'midi' ? 12 : 0;
      rest = named[2];
    } else if (worded) {
      hours = worded[1] === 'une' ? 1 : wordsToNumber(worded[1]);
      rest = worded[2];
    }
    rest = rest.trim();
    if (/^et\s+quart$/.test(rest)) minutes = 15;
    else if (/^et\s+demie?$/.test(rest)) minutes = 30;
    else if (rest !== '') minutes = wordsToNumber(rest.replace(/\s+minutes?$/, ''));
  }
  if (hours === undefined || minutes === undefined || minutes > 59) return undefined;
  if (hours > 24 || (hours === 24 && minutes > 0)) return undefined;
  return hours * 60 + minutes;
}

export interface TimeMatch {
  start: number;
  end: number;
  /** Minutes since midnight. */
  minutes: number;
}

const TIME_SCAN = new RegExp(TIME_BODY, 'gi');
const TIME_HINT = /\d[ \t\u00A0\u202F]*[h:]|heure|midi|minuit/i;

/** Every hour of a line (or any text), in order, with its offsets. */
export function scanTimes(line: string): TimeMatch[] {
  const out: TimeMatch[] = [];
  if (!TIME_HINT.test(line)) return out;
  execAll(TIME_SCAN, line, isWordStart, (m) => {
    const minutes = parseTime(m[0]);
    if (minutes !== undefined) out.push({ start: m.index, end: m.index + m[0].length, minutes });
  });
  return out;
}
