// The lexer: one chevrotain multi-mode lexer over the whole document.
//
// - prose mode (the default): line-start tokens (article and annex headings, numbered headings, bullets,
//   field labels), and inline tokens (dates, amounts, percentages, references, people, marks, words).
// - list mode, pushed by a list label (« Étaient présents : », « Mandants : »…) and popped at the end of
//   the line: commune labels, people, qualifiers (à partir du…, jusqu'au…, pouvoir à…), commas.
// - table mode, pushed by the first cell of a line that holds a tab (or starts with a pipe) and popped at
//   the end of the line: cells, separators, amounts, percentages.
import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType, type IToken } from 'chevrotain';
import { AMOUNT_PATTERN, PERCENT_PATTERN } from '../text/amounts';
import { DATE_PATTERN } from '../text/dates';
import { NUMBER_WORDS as NUMBER_WORD_LIST } from '../text/numbers';

/** Makes a chevrotain custom matcher from a regular expression, optionally only at the start of a line. */
type Guard = (text: string, offset: number) => boolean;

function matcher(re: RegExp, starts: string[], atLineStart = false, accept?: (m: RegExpExecArray, text: string) => boolean, guard?: Guard): CustomPatternMatcherFunc {
  const sticky = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'y');
  const codes = starts.map((c) => c.charCodeAt(0));
  const low = new Uint8Array(256);
  for (const c of codes) if (c < 256) low[c] = 1;
  const high = new Set(codes.filter((c) => c >= 256));
  return (text, offset) => {
    const c = text.charCodeAt(offset);
    if (c < 256 ? low[c] !== 1 : !high.has(c)) return null;
    if (atLineStart && offset > 0 && text.charCodeAt(offset - 1) !== 10) return null;
    if (guard && !guard(text, offset)) return null;
    sticky.lastIndex = offset;
    const m = sticky.exec(text);
    if (!m || m[0].length === 0) return null;
    if (accept && !accept(m, text)) return null;
    return m;
  };
}

interface CustomOptions {
  atLineStart?: boolean;
  accept?: (m: RegExpExecArray, text: string) => boolean;
  /** A cheap test of the first characters, run before the regular expression. */
  guard?: Guard;
  push?: string;
  pop?: boolean;
  lineBreaks?: boolean;
  categories?: TokenType[];
  /**
   * The characters a match starts with: the matcher fails at any other, and chevrotain, told of them, tries the
   * token only at those characters instead of trying every token of the mode at every position.
   */
  starts: string[];
}

function custom(name: string, re: RegExp, opts: CustomOptions): TokenType {
  // chevrotain reads push_mode / pop_mode when the keys exist, even undefined: only set them when given.
  return createToken({
    name,
    pattern: matcher(re, opts.starts, opts.atLineStart, opts.accept, opts.guard),
    start_chars_hint: opts.starts,
    line_breaks: opts.lineBreaks ?? false,
    ...(opts.categories ? { categories: opts.categories } : {}),
    ...(opts.push ? { push_mode: opts.push } : {}),
    ...(opts.pop ? { pop_mode: true } : {}),
  });
}

// ---- first characters: chevrotain tries a token only where the next character is one it can start with (see
// `starts` above; the tokens that can start almost anywhere give a hint that is a superset, `anyBut`)
const range = (from: string, to: string) => Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, i) => String.fromCharCode(from.charCodeAt(0) + i));
const chars = (s: string): string[] => [...s];
const DIGITS = range('0', '9');
/** Capitals: A-Z, the Latin-1 ones (À-Þ but ×), Œ and Ÿ (« LE DŒUFF »). */
const UPPER = [...range('A', 'Z'), ...range('À', 'Þ').filter((c) => c !== '×'), 'Œ', 'Ÿ'];
/** The first letters of some words, in both cases. */
const initials = (words: Iterable<string>): string[] => [...new Set([...words].flatMap((w) => [w[0], w[0].toUpperCase()]))];
/**
 * Every character but some of the first 256 (chevrotain groups the others by 255, so one of each group is enough).
 * For tokens that can start almost anywhere (plain text, the first cell of a row).
 */
function anyBut(excluded: string): number[] {
  const codes: number[] = [];
  for (let c = 0; c < 256; c++) if (!excluded.includes(String.fromCharCode(c))) codes.push(c);
  for (let c = 256; c < 0x10000; c += 255) codes.push(c);
  codes.push(0xffff);
  return codes;
}

// ---- guards: cheap tests on the first characters, so that few positions run a regular expression
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 192 && c <= 0x24f && c !== 215 && c !== 247) || (c >= 0x370 && c < 0x2000);

const NUMBER_WORDS = new Set(NUMBER_WORD_LIST);
const DATE_WORDS = new Set([...NUMBER_WORDS, 'premier', 'première', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'le', 'l']);
const REFERENCE_WORDS = ['article', 'articles', 'annexe', 'annexes', 'rapport', 'rapports'];

/** The words the guards look for, in a tree of their letters (lower-case), each with what it is. */
const NUMBER_WORD = 1, DATE_WORD = 2, REFERENCE_WORD = 4;
interface WordTree { next: Map<number, WordTree>; kind: number }
const WORDS: WordTree = { next: new Map(), kind: 0 };
for (const [words, kind] of [[NUMBER_WORDS, NUMBER_WORD], [DATE_WORDS, DATE_WORD], [REFERENCE_WORDS, REFERENCE_WORD]] as const) {
  for (const w of words) {
    let node = WORDS;
    for (const c of w) {
      const code = c.charCodeAt(0);
      if (!node.next.has(code)) node.next.set(code, { next: new Map(), kind: 0 });
      node = node.next.get(code)!;
    }
    node.kind |= kind;
  }
}
/** Lower case of the letters that have one among the words looked for (A-Z, À-Þ). */
const lower = (c: number) => ((c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215) ? c + 32 : c);

// What the word at an offset is among those looked for (0: none), read without making a string. The last answer
// is kept, since several guards ask for the same offset.
let lastText = '';
let lastOffset = -1;
let lastKind = 0;
function wordKind(text: string, offset: number): number {
  if (lastOffset === offset && lastText === text) return lastKind;
  let node: WordTree | undefined = WORDS;
  let i = offset;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isLetter(c)) break;
    node = node.next.get(lower(c));
    if (!node) break;
  }
  lastText = text;
  lastOffset = offset;
  lastKind = node && i > offset && (i === text.length || !isLetter(text.charCodeAt(i))) ? node.kind : 0;
  return lastKind;
}

const percentFirst: Guard = (t, o) => isDigit(t.charCodeAt(o)) || (wordKind(t, o) & NUMBER_WORD) !== 0;
const dateFirst: Guard = (t, o) => isDigit(t.charCodeAt(o)) || (wordKind(t, o) & DATE_WORD) !== 0;

const UP = 'A-ZÀ-ÖØ-ÞŒŸ';
const LOW = 'a-zß-öø-ÿœ';
/** A surname as printed in acts: one or more words in capitals (VAN HELLE, COMTE-DELEUZE, EL YASSA). */
const SURNAME = `[${UP}][${UP}'’\\-]*[${UP}](?:[ \\u00a0][${UP}][${UP}'’\\-]*[${UP}])*`;
const GIVEN = `(?:[${UP}][${LOW}]+(?:-[${UP}][${LOW}]+)*|[${UP}]{1,2}\\.(?:-?[${UP}]\\.)*)`;
/** The particles of a surname written in lower case (« de LA FONTAINE », « van HELLE »), « d' » aside. */
export const PARTICLE_WORDS = ['de', 'du', 'des', 'le', 'la', 'van', 'von', 'dos', 'da'];
const PARTICLE = `(?:(?:${PARTICLE_WORDS.join('|')})[ \\u00a0]|d['’])`;
/** The civilities, as a regular expression source (a group without capture). */
export const CIVILITY = `(?:MM\\.|Mmes\\.?|Mme\\.?|Mlle\\.?|M\\.|Monsieur|Madame|Messieurs|Mesdames)`;
const PERSON_BODY = `(?:${GIVEN}[ \\u00a0]+)*${PARTICLE}?${SURNAME}(?![${LOW}])`;

/** A person after a label, civility optional (« Rapporteur : Alain BLESSEMAILLE »). */
export const PERSON_WRITTEN = new RegExp(`(?:${CIVILITY}[ \\u00a0]+)?${PERSON_BODY}`, 'u');

/** A person in running text: with a civility or a given name (« M. Jean DUPONT », « JL. FOUSSERET »). */
export const PERSON_IN_TEXT = new RegExp(`(?:${CIVILITY}[ \\u00a0]+(?:${GIVEN}[ \\u00a0]+)*|(?:${GIVEN}[ \\u00a0]+)+)${PARTICLE}?${SURNAME}(?![${LOW}])`, 'u');

// ---- categories: the parser consumes any token of a category in one step
export const InlineCat = createToken({ name: 'InlineCat', pattern: Lexer.NA });
export const ListCat = createToken({ name: 'ListCat', pattern: Lexer.NA });
export const CellCat = createToken({ name: 'CellCat', pattern: Lexer.NA });

// ---- shared tokens
export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\u00a0\u202f\r]+/, group: Lexer.SKIPPED });
export const Newline = createToken({ name: 'Newline', pattern: /\r?\n/, line_breaks: true });
export const LineEnd = createToken({ name: 'LineEnd', pattern: /\r?\n/, line_breaks: true, pop_mode: true });
export const Amount = custom('Amount', AMOUNT_PATTERN, { starts: DIGITS, categories: [InlineCat, CellCat] });
export const Percent = custom('Percent', PERCENT_PATTERN, { guard: percentFirst, starts: [...DIGITS, ...initials(NUMBER_WORDS)], categories: [InlineCat, CellCat] });
export const DateTok = custom('Date', DATE_PATTERN, { guard: dateFirst, starts: [...DIGITS, ...initials(DATE_WORDS)], categories: [InlineCat] });

// ---- line-start tokens (prose mode)
/** A comment line, not part of the act: « <!-- delib-ignore-next-line total-mismatch --> ». */
export const Comment = custom('Comment', /<!--[^\n]*?-->[ \t\u00a0]*(?=\r?\n|$)/, { atLineStart: true, starts: ['<'] });
const LIST_LABEL = new RegExp(
  String.raw`(?:(?:[EÉ]taient|Était|Etait|Sont|Est)\s+(?:présente?s?|absente?s?|excusée?s?|représentée?s?)(?:\s+(?:et\s+)?(?:excusée?s?|représentée?s?))?` +
    String.raw`|Présente?s?|Absente?s?(?:\s+excusée?s?)?|Excusée?s?|Membres\s+présents|Mandants|Mandataires|Pouvoirs|Procurations)` +
    String.raw`(?:\s+(?:ayant\s+donné\s+(?:pouvoir|procuration|mandat)|(?:et\s+)?représentée?s?|avec\s+pouvoir|sans\s+pouvoir))?\s*:`,
  'i',
);
export const ListLabel = custom('ListLabel', LIST_LABEL, {
  atLineStart: true,
  starts: chars('EÉeéSsPpAaMm'),
  push: 'list',
  // « Présents : 15 », « Présents : 4 - Votants : 6 » are declared counts, not a list.
  accept: (m, text) => !/^[ \t\u00a0]*\d+(?!\d)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)),
});
// The next tab and the next pipe at or after the last line start tried, kept while the lexer goes forward in the
// same text: each is searched for once over the whole text.
let rowText = '';
let rowOffset = -1;
let tabAt = -1;
let pipeAt = -1;

/**
 * The first cell of a table row: the text before the first tab, or before the first pipe (« Personnel | 367 410 € »),
 * or the leading pipe of « | Personnel | 367 410 € | » (which needs another pipe further on the line). No regular
 * expression and no scan of the line: long lines of prose are common and must stay linear.
 */
function matchRowLead(text: string, offset: number): RegExpExecArray | null {
  if (offset > 0 && text.charCodeAt(offset - 1) !== 10) return null;
  if (offset <= rowOffset || text !== rowText) { rowText = text; tabAt = -1; pipeAt = -1; }
  rowOffset = offset;
  if (tabAt < offset) tabAt = nextOf(text, '\t', offset);
  if (pipeAt < offset) pipeAt = nextOf(text, '|', offset);
  const end = nextOf(text, '\n', offset);
  const i = Math.min(tabAt, pipeAt);
  if (i >= end) return null;
  if (i === tabAt) return found(text, offset, i + 1);
  // A pipe in a line of prose pasted from a PDF (« Syndicat … | Comité syndical | Rapport | Mardi 4 février 2020
  // COMITÉ SYNDICAL … » over thousands of characters) is a running header's separator, not a table.
  if (end - offset > PIPE_ROW_MAX) return null;
  if (i === offset) {
    const next = text.indexOf('|', i + 1);
    return next > i && next < end ? found(text, offset, i + 1) : null;
  }
  return /\S/.test(text.slice(offset, i)) && /\S/.test(text.slice(i + 1, end)) ? found(text, offset, i + 1) : null;
}
/** The longest line read as a row of a pipe table. */
const PIPE_ROW_MAX = 1000;
function nextOf(text: string, c: string, from: number): number {
  const i = text.indexOf(c, from);
  return i < 0 ? text.length : i;
}
function found(text: string, offset: number, to: number): RegExpExecArray {
  const m = [text.slice(offset, to)] as unknown as RegExpExecArray;
  m.index = offset;
  return m;
}
export const RowLead = createToken({ name: 'RowLead', pattern: { exec: matchRowLead }, start_chars_hint: anyBut('\n'), line_breaks: false, push_mode: 'table' });
// (« Article » or « ARTICLE » with its capital: « article 65-74 « subvention aux associations », a reçu… » at the start of
// a line is a sentence wrapped there, not a heading.)
// (Not « Article 2315 : Installations, matériel … » in a budget decision: an account of the nomenclature, four figures
// or more, no article of the act.)
export const ArticleHead = custom('ArticleHead', /(?:Article|ARTICLE)[ \u00a0]+(?:\d{1,3}(?!\d)|premier|Premier|PREMIER|1er|1ER|1\^\{er\})(?:[ \u00a0]*[-–—:.][ \u00a0]*|(?=[ \u00a0]*\r?$)|[ \u00a0]+(?=\p{Lu}))/mu, { atLineStart: true, starts: chars('A') });
export const AnnexHead = custom('AnnexHead', /(?:Annexe|ANNEXE)[ \u00a0]+(?:n°[ \u00a0]*|N°[ \u00a0]*)?(?:\d+|[IVX]+|unique|UNIQUE)(?:[ \u00a0]*[-–—:.][ \u00a0]*|(?=[ \u00a0]*\r?$))/m, { atLineStart: true, starts: chars('A') });
export const Bullet = custom('Bullet', /[-–—•*][ \u00a0]+/, { atLineStart: true, starts: chars('-–—•*'), accept: (m, text) => !(m[0][0] === '*' && text[m.index + 1] === '*') });
export const HeadingNum = custom('HeadingNum', /(?:[IVX]+\.|\d+(?:\.\d+)*\.(?![\d])|(?!M\.)[A-Z][/.])[ \u00a0]+(?=\S)/, { atLineStart: true, starts: [...DIGITS, ...range('A', 'Z')] });
/**
 * Whether the line goes on to a colon with none of the characters a label cannot hold before it (the regular
 * expression and the check of its match below decide; this only spares them the lines of prose).
 */
function colonAhead(text: string, offset: number): boolean {
  for (let i = offset + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 /* : */) return true;
    if (c === 9 || c === 10 || c === 13 || isDigit(c) || NOT_IN_LABEL.has(c)) return false;
    // After the first character and 60 more, only spaces may come before the colon.
    if (i > offset + 60 && c !== 32 && c !== 0xa0) return false;
  }
  return false;
}
const NOT_IN_LABEL = new Set([...'.,;!?«»€%'].map((c) => c.charCodeAt(0)));
export const FieldLabel = custom('FieldLabel', new RegExp(`[${UP}][^:\\t\\r\\n]{0,60}?[ \\u00a0]*:(?=[ \\u00a0\\t]|\\r?\\n|\\r?$)`, 'u'), {
  atLineStart: true,
  starts: UPPER,
  guard: colonAhead,
  // A label is a few words without figures: « La subvention de 25 000 € est versée : … » is a sentence.
  accept: (m) => m[0].split(/\s+/).length <= 9 && !/[.,;!?«»\d€%]/.test(m[0].slice(0, -1)),
});

// ---- inline tokens (prose mode)
export const Reference = custom(
  'Reference',
  new RegExp(
    String.raw`(?:l['’])?(?:articles?|annexes?|rapports?)[ \u00a0]+(?:n°[ \u00a0]*)?` +
      String.raw`(?:[LRD]\.?[ \u00a0]?\d+(?:-\d+)*(?:[ \u00a0]?-[ \u00a0]?\d+)?|\d+(?:\.\d+)*(?:er|\^\{er\})?|premier|unique)` +
      // (Not « rapport n°13-05-05 », a number whose hyphens go on: not read as report 13.)
      String.raw`(?:[ \u00a0]*(?:,|et|à|ou)[ \u00a0]*(?:\d+(?:\.\d+)*(?:er|\^\{er\})?))*(?![\p{L}\d]|-\d)`,
    'iu',
  ),
  { starts: chars('aAlLrR'), categories: [InlineCat] },
);
export const Person = custom('Person', new RegExp(`${CIVILITY}[ \\u00a0]+${PERSON_BODY}`, 'u'), { starts: ['M'], categories: [InlineCat] });
export const BoldMark = createToken({ name: 'BoldMark', pattern: /\*\*/, categories: [InlineCat] });
export const ItalicMark = createToken({ name: 'ItalicMark', pattern: /\*/, categories: [InlineCat] });
export const SupOpen = createToken({ name: 'SupOpen', pattern: /\^\{/, categories: [InlineCat] });
export const BraceClose = createToken({ name: 'BraceClose', pattern: /\}/, categories: [InlineCat] });
/**
 * Plain text: a run of words and punctuation on one line, stopping where another inline token could start (a
 * digit, a mark, a civility, a date or number word, « article », « annexe », « rapport »). One token per run
 * rather than per word keeps the token count, and the parser's work, small.
 */
export const Word = createToken({ name: 'Word', pattern: { exec: matchPlainRun }, start_chars_hint: anyBut('\n\r\t \u00a0*}'), line_breaks: false, categories: [InlineCat] });

const isBlank = (c: number) => c === 32 || c === 0xa0 || c === 0x202f;
const isWordChar = (c: number) => isLetter(c) || isDigit(c) || c === 39 || c === 0x2019 || c === 45;

/** End of the unit at i: a word (letters, digits, apostrophes, hyphens) or one other character. */
function unitEnd(text: string, i: number): number {
  if (!isWordChar(text.charCodeAt(i))) return i + 1;
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  return i;
}

/** Whether an inline token other than plain text could start at i (a superset of where one does). */
function couldStartToken(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isDigit(c) || c === 42 /* * */ || c === 94 /* ^ */ || c === 125 /* } */ || c === 77 /* M */) return true;
  // Dates and references (« l'article 3 ») also start at « l »: a date word.
  return isLetter(c) && (wordKind(text, i) & (DATE_WORD | REFERENCE_WORD)) !== 0;
}

function matchPlainRun(text: string, offset: number): RegExpExecArray | null {
  const first = text.charCodeAt(offset);
  if (Number.isNaN(first) || first === 10 || first === 13 || first === 9 || isBlank(first) || first === 42 || first === 125) return null;
  if (first === 94 && text.charCodeAt(offset + 1) === 123) return null; // « ^{ » opens a superscript
  let i = unitEnd(text, offset);
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 9) break;
    let j = i;
    while (j < text.length && isBlank(text.charCodeAt(j))) j++;
    if (j >= text.length) break;
    const d = text.charCodeAt(j);
    if (d === 10 || d === 13 || d === 9) break;
    // A token can only start where a unit starts: after blanks, or after a character that is not part of a word.
    if (d === 42 || d === 94 || d === 125) break; // marks end a run wherever they are
    if ((j > i || !isWordChar(text.charCodeAt(i - 1))) && couldStartToken(text, j)) break;
    i = unitEnd(text, j);
  }
  return found(text, offset, i);
}

// ---- list mode: the rest of the line after a list label, read by names.ts (one token: nothing in a list is
// a token of its own, its names, proxies and qualifiers are read from the text).
export const ListText = createToken({ name: 'ListText', pattern: /[^\n]+/, start_chars_hint: anyBut('\n'), categories: [ListCat] });

// ---- table mode
export const Tab = createToken({ name: 'Tab', pattern: /\t/, categories: [CellCat] });
export const Pipe = createToken({ name: 'Pipe', pattern: /\|/, categories: [CellCat] });
export const CellText = createToken({ name: 'CellText', pattern: /[^\t\r\n|\d]+|\d+/, start_chars_hint: anyBut('\t\r\n|'), categories: [CellCat] });

export const lexerDefinition = {
  defaultMode: 'prose',
  modes: {
    prose: [
      Newline, WhiteSpace,
      Comment, ListLabel, RowLead, ArticleHead, AnnexHead, Bullet, HeadingNum, FieldLabel,
      DateTok, Amount, Percent, Reference, Person, BoldMark, ItalicMark, SupOpen, BraceClose, Word,
    ],
    list: [LineEnd, ListText],
    table: [LineEnd, Tab, Pipe, Amount, Percent, CellText],
  },
};

export const allTokens: TokenType[] = [InlineCat, ListCat, CellCat, ...new Set(Object.values(lexerDefinition.modes).flat())];

export const lexer = new Lexer(lexerDefinition, {
  positionTracking: 'onlyOffset',
  ensureOptimizations: true,
  skipValidations: true,
});

export interface LexResult {
  tokens: IToken[];
  errors: { offset: number; length: number; message: string }[];
}

export function tokenize(text: string): LexResult {
  const r = lexer.tokenize(text);
  // The matchers' memos refer to the text: let it go with the document (a register can weigh tens of megabytes).
  lastText = rowText = '';
  lastOffset = rowOffset = -1;
  return { tokens: r.tokens, errors: r.errors.map((e) => ({ offset: e.offset, length: e.length, message: e.message })) };
}
