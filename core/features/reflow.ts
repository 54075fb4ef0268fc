// « Remettre en lignes le texte collé d'un PDF »: an act copied from a PDF often arrives flattened into one long
// paragraph (or a few), with the running headers of its pages (« Page 1 / 12 », « - 3 - ») in the middle. This
// lays it out again line by line: a line break before each label that starts a line in a printed act (« Séance
// du », « Présents : », « Vu … », « Article 2 - … », « Pour : 12 », « Pour extrait conforme »…), and the page
// furniture removed. Nothing else changes: the only edits are a run of blanks between two clauses made one line
// break, and page furniture taken out (it is listed in the result). Every word, number and mark stays, in order.
//
// Conservative on purpose — a wrong break is worse than a missing one. A label is recognised case-insensitively,
// accents optional, but only with its first letter in capitals, and only where it can begin a clause: after a
// sentence end (« . ; : »), after a comma for the labels a comma precedes in print (« Vu », « Considérant »,
// bullets, « Le Maire, »), after a value that ends a line in print (a figure, « ) », « € », a name in capitals:
// « … Mme Léa JANIN Étaient absents : »), never after a function word (« la Séance du … », « par Délibération
// n° … ») nor inside parentheses or « guillemets ». Labels with a colon (« Présents : ») need their colon.
//
// Linear in the length of the text: one pass over the runs of non-blank characters (tokens) of each line, each
// label looking at most a few tokens ahead and one behind; no regular expression runs over the text.
import { foldAccents } from '../text/fold';
import { replacementEdit } from '../syntax/positions';
import type { CancellationToken, TextEdit } from '../types';

/** A paragraph (one line of the file) longer than this, holding two labels or more, is text flattened by a paste. */
export const FLATTENED_MIN_LENGTH = 400;

/** Page furniture taken out: where it was in the original text, and what it said. */
export interface RemovedFurniture {
  /** Offset in the original text. */
  offset: number;
  text: string;
  /** 0-based line and UTF-16 column in the original text. */
  line: number;
  character: number;
}

export interface ReflowResult {
  text: string;
  /** The page furniture removed, in order. */
  removed: RemovedFurniture[];
  /** How many line breaks were put between clauses. */
  breaks: number;
}

export interface ReflowOptions {
  /** Lines to lay out (0-based, inclusive); default: the whole text. */
  startLine?: number;
  endLine?: number;
  token?: CancellationToken;
}

// ─── Characters ────────────────────────────────────────────────────────────────────────────────────────────────

/** The blanks of a line: what `\s` matches in JavaScript, but for the line feed that ends a line. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 11 || c === 12 || c === 13 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x205f || c === 0x3000 || c === 0x1680 || c === 0xfeff || c === 0x2028 || c === 0x2029;
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();
const isUpperLetter = (ch: string) => isLetter(ch) && ch === ch.toUpperCase();
/** Letters all in capitals, at least `min` of them (a name in capitals, a header). */
function allCaps(s: string, min = 1): boolean {
  let letters = 0;
  for (const ch of s) {
    if (!isLetter(ch)) continue;
    if (ch !== ch.toUpperCase()) return false;
    letters++;
  }
  return letters >= min;
}
function onlyDigits(s: string, min: number, max: number): boolean {
  if (s.length < min || s.length > max) return false;
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}
const SENTENCE_END = '.!?…';
const TRAILING = ':;,.!?…';
/** Closing characters after which a value ends (a figure, a parenthesis, an amount, a stray pipe of a header). */
const VALUE_END = ')]€%»|°"”';
const DASHES = new Set(['-', '–', '—']);
const SYMBOL_BULLETS = new Set(['•', '▪', '●', '◦', '\uf0b7', '\uf0a7', '\uf0d8']);

// ─── Words ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** Words after which no label begins: a label after them is the middle of a sentence (« la Séance du 12 mai »). */
const FUNCTION_WORDS = new Set([
  'de', 'du', 'des', "d'", 'la', 'le', 'les', "l'", 'un', 'une', 'a', 'au', 'aux', 'en', 'et', 'ou', 'par', 'pour',
  'sur', 'sous', 'dans', 'avec', 'sans', 'que', "qu'", 'qui', 'dont', 'ce', 'cet', 'cette', 'ces', 'son', 'sa',
  'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes', 'ledit', 'ladite', 'lesdits',
  'lesdites', 'chez', 'entre', 'vers', 'selon', 'contre', 'apres', 'avant', 'depuis', 'pendant', 'lors', 'des',
  'ni', 'mais', 'or', 'donc', 'car', 'si', 'ne', 'se', 'y', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous',
  'est', 'sont', 'ont', 'ete', 'etre', 'avoir', 'meme', 'dernier', 'derniere', 'prochain', 'prochaine', 'present',
  'presente', 'precedent', 'precedente', 'suivant', 'suivante', 'voir', 'cf', 'soit', 'dite', 'dit', 'dits', 'dites',
]);
/** Abbreviations whose full stop ends no sentence (« M. Le Président » is not « M. » then a signature). */
const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'me', 'dr', 'pr', 'st', 'ste', 'cf', 'art', 'al', 'p', 'n', 'no',
  'vol', 'ref', 'c', 's', 'env', 'fig', 'chap', 'tel', 'ex', 'hab',
]);
const CIVILITIES = new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'monsieur', 'madame', 'messieurs', 'mesdames']);
const WEEKDAYS = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
const NUMBER_WORDS = new Set([
  'un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize',
  'quatorze', 'quinze', 'seize', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'zero', 'neant', 'aucun',
  'aucune', 'unanimite', 'nul', 'nulle',
]);

// ─── Labels ────────────────────────────────────────────────────────────────────────────────────────────────────

/** What comes before a label: how the previous clause ended. */
const START = 1; // the start of the line
const SENT = 2; // « . ! ? ; » (not the full stop of « M. », « art. », an initial)
const COLON = 4;
const COMMA = 8;
const VALUE = 16; // a figure, « ) », « € », « % », « » », a pipe
const CAPS = 32; // a word in capitals: a surname, a header line
const WORD = 64; // any other word, but a function word (never)
const ANYWHERE = START | SENT | COLON | COMMA | VALUE | CAPS | WORD;
const CLAUSE = START | SENT | COLON | VALUE | CAPS;

type Kind =
  | 'republique' | 'header' | 'extrait' | 'seance' | 'date-words' | 'opening' | 'field' | 'vote' | 'number' | 'visa'
  | 'deliberation' | 'decide' | 'article' | 'closing' | 'signature' | 'stamp' | 'convention' | 'heading' | 'bullet';

type Matcher = (word: string) => boolean;

interface Label {
  kind: Kind;
  words: Matcher[];
  /** The spelling of the first word, for the index. */
  first: string[];
  /** What may come before. */
  after: number;
  /** Followed by « : » (after up to a few more words with `tail`). */
  colon?: boolean;
  tail?: boolean;
  /** Every word in capitals (a header: « COMMUNE DE … », « DÉCIDE »). */
  caps?: boolean;
  /** A condition on what follows the label (j: the token after its words, or after its colon). */
  then?: (line: LineScan, j: number, k: number) => boolean;
}

/** « present* »: present, presente, presents, presentes; « a|b »: either; « #de »: de, du, des, d'…; « #num »: n°…; « #ord »: 1, 1er, premier. */
function matcher(spec: string): { match: Matcher; spellings: string[] } {
  const alternatives = spec.split('|');
  const spellings: string[] = [];
  const tests: Matcher[] = alternatives.map((alt) => {
    switch (alt) {
      case '#de':
        return (w) => w === 'de' || w === 'du' || w === 'des' || w.startsWith("d'");
      case '#que':
        return (w) => w === 'que' || w.startsWith("qu'");
      case '#num':
        return (w) => w.startsWith('n°') || w.startsWith('nº') || w === 'no' || w === 'numero' || (w.startsWith('no') && isDigit(w.charCodeAt(2)));
      case '#ord':
        return ordinal;
      case '#any':
        return (w) => w.length > 0;
    }
    if (alt.endsWith('*')) {
      const base = alt.slice(0, -1);
      spellings.push(base, `${base}e`, `${base}s`, `${base}es`);
      return (w) => w === base || w === `${base}e` || w === `${base}s` || w === `${base}es`;
    }
    spellings.push(alt);
    return (w) => w === alt;
  });
  return { match: tests.length === 1 ? tests[0] : (w) => tests.some((t) => t(w)), spellings };
}

/** « 1 », « 12 », « 1er », « 2e », « 3eme », « premier », « unique »: the number of an article or an annex. */
function ordinal(w: string): boolean {
  if (w === 'premier' || w === 'unique') return true;
  let i = 0;
  while (i < w.length && i < 4 && isDigit(w.charCodeAt(i))) i++;
  if (i === 0) return false;
  const rest = w.slice(i);
  return rest === '' || rest === 'er' || rest === 'e' || rest === 'eme' || rest === 'bis';
}

function label(kind: Kind, spec: string, after: number, extra: Partial<Omit<Label, 'kind' | 'words' | 'first' | 'after'>> = {}): Label {
  const parts = spec.split(' ').map(matcher);
  return { kind, words: parts.map((p) => p.match), first: parts[0].spellings, after, ...extra };
}

// Conditions on what follows a label.
const wordIs = (set: Set<string> | string[]) => (l: LineScan, j: number) => {
  const w = l.word(j);
  return w !== '' && (Array.isArray(set) ? set.includes(w) : set.has(w));
};
/** « Pour : 12 », « Contre : néant »: a vote count, not a commune named « Contre » in a list. */
const count = (l: LineScan, j: number) => {
  if (j >= l.count) return false;
  const raw = l.core(j);
  if (isDigit(raw.charCodeAt(0))) return true;
  const w = l.word(j);
  return NUMBER_WORDS.has(w) || NUMBER_WORDS.has(w.split('-')[0]);
};
/** « Séance du lundi 23 juin 2025 », « Séance du 3 mars »: a date follows. */
const dateFollows = (l: LineScan, j: number) => {
  if (j >= l.count) return false;
  const w = l.word(j);
  return WEEKDAYS.has(w) || isDigit(l.core(j).charCodeAt(0)) || w === 'premier';
};
/** « L'an deux mille … », « L'an 2025 ». */
const yearFollows = (l: LineScan, j: number) => {
  if (j >= l.count) return false;
  const w = l.word(j);
  return w === 'deux' || w === 'mil' || w === 'mille' || onlyDigits(l.core(j), 4, 4);
};
/** « Vu le … », « Considérant que … »: a word follows. */
const wordFollows = (l: LineScan, j: number) => j < l.count && isLetter(l.core(j).charAt(0));
/** « Article 2 - Objet », « Article 1er : », « ARTICLE 3. »: the number is followed by a separator. */
const numbered = (l: LineScan, j: number) => {
  const trail = l.trail(j - 1);
  if (trail.startsWith(':') || trail.startsWith('.')) return true;
  if (j >= l.count) return false;
  const next = l.raw(j);
  return next === ':' || next === '.' || DASHES.has(next);
};
/** « Le Maire, », « La Présidente de l'association, », « Le Vice-Président suppléant, »: a signature. */
const signature = (l: LineScan, j: number) => {
  const trail = l.trail(j - 1);
  if (trail === ',' || trail === '.') return true;
  if (trail !== '' || j >= l.count) return j >= l.count;
  const w = l.word(j);
  if (!(w === 'de' || w === 'du' || w === 'des' || w.startsWith("d'") || w === 'suppleant' || w === 'suppleante' ||
    w === 'delegue' || w === 'deleguee' || w === 'honoraire' || w === 'adjoint' || w === 'adjointe')) return false;
  for (let k = j; k < l.count && k < j + 6; k++) {
    const raw = l.core(k);
    if (raw.length > MAX_WORD_CHARS) return false;
    for (let c = 0; c < raw.length; c++) if (isDigit(raw.charCodeAt(c))) return false;
    const t = l.trail(k);
    if (t === ',') return true;
    if (t !== '') return false;
  }
  return false;
};
/** « DÉCIDE : », « DÉCIDE » then a bullet or an article: the word alone on its line in print, not « … DÉCIDE de … ». */
const decision = (l: LineScan, j: number) => {
  if (l.trail(j - 1).startsWith(':') || j >= l.count) return true;
  const next = l.raw(j);
  return next === ':' || next.startsWith(':') || DASHES.has(next) || SYMBOL_BULLETS.has(next) || l.word(j) === 'article';
};
/** After a sentence, or after a name that signs (« … Thomas NOVARINA CONVENTION relative … »), not in a title in capitals. */
const afterName = (l: LineScan, _j: number, k: number) => {
  if (k < 2) return true;
  const prev = l.core(k - 1);
  const given = l.core(k - 2);
  if (l.trail(k - 1) === '.') return true;
  return allCaps(prev, 2) && given.length >= 2 && isUpperLetter(given[0]) && isLetter(given[1]) && !isUpperLetter(given[1]);
};
const stampFollows = wordIs(['au', 'aux', 'a', 'en', 'le', 'la', 'les', 'par', 'sous', 'electroniquement', 'via']);

const LABELS: Label[] = [
  // The header of the act.
  label('republique', 'republique francaise', CLAUSE),
  ...['departement #de', 'commune #de', 'ville #de', 'mairie #de', 'communaute #de|urbaine', 'metropole #de', 'arrondissement #de', 'canton #de']
    .map((s) => label('header', s, START | CAPS | SENT, { caps: true })),
  label('extrait', 'extrait du registre', CLAUSE),
  label('extrait', 'extrait des deliberations', CLAUSE),
  label('extrait', 'extrait du proces-verbal', CLAUSE),
  label('seance', 'seance du', CLAUSE, { then: dateFollows }),
  label('seance', 'seance publique|ordinaire|extraordinaire|pleniere du', CLAUSE, { then: dateFollows }),
  label('date-words', "l'an", CLAUSE | WORD, { then: yearFollows }),
  // Sentences of prose that open a line in print, after a value only (a paragraph typed line by line keeps its
  // sentences together): « … 5.1 La séance est ouverte … », « … en exercice : 83 Le Conseil communautaire, … ».
  label('opening', 'la seance est ouverte|levee|close', START | VALUE | CAPS),
  label('opening', 'le conseil|bureau municipal|communautaire|syndical|departemental|regional|metropolitain', START | VALUE | CAPS),
  label('opening', 'le conseil de communaute', START | VALUE | CAPS),
  // Fields: a label, its colon.
  ...[
    'date', 'convocation', 'nombre', 'conseiller*', 'membre*', 'delegue*', 'elu*', 'present*', 'etaient', 'etait',
    'sont', 'ont donne', 'avaient donne', 'absent*', 'excuse*', 'represente*', 'pouvoir*', 'procuration*',
    'secretaire', 'objet', 'commission', 'ordre de passage',
  ].map((s) => label('field', s, ANYWHERE, { colon: true, tail: true })),
  ...['en exercice', 'mandant*', 'mandataire*', 'rapporteur*', 'resume'].map((s) => label('field', s, ANYWHERE, { colon: true })),
  // Votes.
  label('vote', 'pour', ANYWHERE, { colon: true, then: count }),
  label('vote', 'contre', ANYWHERE, { colon: true, then: count }),
  ...['abstention*', 'votant*', 'suffrages exprimes', 'nppv', 'non-participation*'].map((s) => label('vote', s, ANYWHERE, { colon: true })),
  label('vote', 'ne prend|prennent|participe|participent pas', ANYWHERE, { colon: true, tail: true }),
  // Numbers of the deliberation, of the report.
  ...['deliberation #num', 'rapport #num', 'dossier #num', 'projet de deliberation #num'].map((s) => label('number', s, CLAUSE | COMMA | WORD)),
  // Citations and the decision.
  label('visa', 'vu', ANYWHERE, { then: wordFollows }),
  label('visa', 'considerant', ANYWHERE, { then: (l, j) => j < l.count }),
  label('visa', 'attendu #que', ANYWHERE),
  label('deliberation', 'apres en avoir delibere', ANYWHERE),
  label('deliberation', 'apres avoir delibere', ANYWHERE),
  label('deliberation', 'apres deliberation', ANYWHERE),
  label('deliberation', 'il est convenu', CLAUSE | COMMA),
  label('decide', 'decide|decident', ANYWHERE, { caps: true, then: decision }),
  label('article', 'article #ord', CLAUSE, { then: numbered }),
  label('article', 'annexe #ord', CLAUSE, { then: numbered }),
  // The end of the act.
  label('closing', 'fait et delibere', CLAUSE | WORD),
  label('closing', 'ainsi fait', CLAUSE | WORD),
  label('closing', 'fait a|en', CLAUSE),
  label('closing', 'delibere en seance', CLAUSE),
  label('closing', 'pour extrait|copie conforme', ANYWHERE),
  label('closing', 'pour extrait certifie conforme', ANYWHERE),
  // After a sentence end only when the clause is the closing one (« … an susdits. Le Maire, … »): see layoutLine.
  label('signature', 'le|la maire|president|presidente|vice-president|vice-presidente|maire-adjoint|maire-adjointe', START | COMMA | VALUE | CAPS, { then: signature }),
  label('signature', 'pour le|la maire|president|presidente', START | COMMA | VALUE | CAPS, { then: signature }),
  label('stamp', 'transmis*|teletransmis*', CLAUSE | WORD, { then: stampFollows }),
  label('stamp', 'publie*|affiche*|recu*', CLAUSE | WORD, { then: wordIs(['le', 'en', 'a', 'sur', 'au']) }),
  label('stamp', 'rendu* executoire*', CLAUSE | WORD),
  label('stamp', 'certifie* executoire*', CLAUSE | WORD),
  label('stamp', 'accuse de reception', CLAUSE | WORD),
  label('stamp', 'mis|mise|mises en ligne', CLAUSE | WORD),
  label('stamp', 'prefecture #de', CLAUSE), // the stamp of reception: « Préfecture de la Savoie Reçu le … »
  // The title of the annexed convention, after the signature (« … Thomas NOVARINA CONVENTION relative … »); not
  // after a colon (« OBJET : CONVENTION AVEC … » is one line).
  label('convention', 'convention', START | SENT | VALUE | CAPS, { caps: true, then: afterName }),
];

/** Labels by the spelling of their first word. */
const BY_FIRST = new Map<string, Label[]>();
for (const l of LABELS) for (const w of l.first) BY_FIRST.set(w, [...(BY_FIRST.get(w) ?? []), l]);

/** The longest a label and its colon may be (the format's field labels are at most 60 characters). */
const MAX_LABEL_CHARS = 60;
const MAX_TAIL_WORDS = 8;
/** Longer tokens are no label word (and are never folded). */
const MAX_WORD_CHARS = 40;
/** A label this far after an unclosed « ( » or « « » is not taken to be inside it. */
const MAX_ENCLOSED_CHARS = 300;

// ─── One line ──────────────────────────────────────────────────────────────────────────────────────────────────

/** The tokens (runs of non-blank characters) of one line, with their words folded on demand. */
class LineScan {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  private readonly words: (string | undefined)[] = [];
  private readonly trails: (string | undefined)[] = [];
  private readonly cores: (string | undefined)[] = [];

  /** The tokens of the line, or those given (the tokens kept once the page furniture is out). */
  constructor(readonly text: string, tokens?: { starts: number[]; ends: number[] }) {
    if (tokens) {
      this.starts = tokens.starts;
      this.ends = tokens.ends;
      return;
    }
    const n = text.length;
    let i = 0;
    while (i < n) {
      while (i < n && isBlank(text.charCodeAt(i))) i++;
      if (i >= n) break;
      const start = i;
      while (i < n && !isBlank(text.charCodeAt(i))) i++;
      this.starts.push(start);
      this.ends.push(i);
    }
  }

  get count(): number {
    return this.starts.length;
  }

  raw(k: number): string {
    return k < this.count ? this.text.slice(this.starts[k], this.ends[k]) : '';
  }

  /** The token without bold marks around it nor its trailing punctuation (« **DÉCIDE** : » → « DÉCIDE »). */
  core(k: number): string {
    if (k >= this.count) return '';
    this.split(k);
    return this.cores[k]!;
  }

  /** The punctuation the token ends with (« , », « : », « . »), after its bold mark. */
  trail(k: number): string {
    if (k < 0 || k >= this.count) return '';
    this.split(k);
    return this.trails[k]!;
  }

  /** The token folded for comparison: lower case, no accents, typographic apostrophes straight, no parentheses (« Abstention(s) » → « abstentions »); '' for a long token. */
  word(k: number): string {
    if (k < 0 || k >= this.count) return '';
    let w = this.words[k];
    if (w === undefined) {
      const core = this.core(k);
      if (core.length > MAX_WORD_CHARS) w = '';
      else {
        w = foldAccents(core).toLowerCase();
        if (w.includes('’') || w.includes('ʼ') || w.includes('‘')) w = w.replace(/[’ʼ‘]/g, "'");
        if (w.includes('(') || w.includes(')')) w = w.replace(/[()]/g, '');
      }
      this.words[k] = w;
    }
    return w;
  }

  private split(k: number): void {
    if (this.cores[k] !== undefined) return;
    let start = this.starts[k];
    let end = this.ends[k];
    const text = this.text;
    while (start < end && text[start] === '*') start++;
    while (end > start && text[end - 1] === '*') end--;
    let core = end;
    while (core > start && TRAILING.includes(text[core - 1])) core--;
    this.cores[k] = text.slice(start, core);
    this.trails[k] = text.slice(core, end);
  }
}

/** Where the line breaks and what it loses: the result of scanning one line. */
interface LineLayout {
  /** Every token of the line, and which are page furniture. */
  all: LineScan;
  furniture: boolean[];
  /** The tokens kept (the furniture out): labels are looked for among them, as if the furniture had never been. */
  scan: LineScan;
  /** For each token kept, where the blanks after it end (at the next token, furniture or not). */
  gapEnd: number[];
  /** Tokens kept a line break goes before. */
  breakBefore: boolean[];
  breaks: number;
  /** Labels found, the one starting the line included. */
  labels: number;
}

/**
 * Token k starts page furniture: « Page 1 / 12 », « Page | 2 /12 », « Page 2 sur 5 », « - 3 - ». Returns the token
 * after it, or -1. A pipe around it (« | Page 4/4 | ») stays: it may be a cell's in a table.
 */
function furnitureAt(l: LineScan, k: number): number {
  const c = l.text[l.starts[k]];
  if (c !== 'P' && !DASHES.has(c)) return -1;
  let j = k;
  const raw = l.raw(j);
  if (raw === 'Page' || raw === 'PAGE') {
    j++;
    let pipe = false;
    if (l.raw(j) === '|') {
      pipe = true;
      j++;
    }
    return pageNumbers(l, j, pipe);
  }
  // « - 3 - », « – 12 – »: a page number between dashes, not in a sequence of numbers (« 2 - 3 - 4 »).
  if (DASHES.has(raw) && onlyDigits(l.raw(j + 1), 1, 3) && DASHES.has(l.raw(j + 2))) {
    const before = k > 0 ? l.raw(k - 1) : '';
    const after = l.raw(j + 3);
    if (before !== '' && (isDigit(before.charCodeAt(before.length - 1)) || DASHES.has(before))) return -1;
    if (after !== '' && (isDigit(after.charCodeAt(0)) || DASHES.has(after))) return -1;
    return j + 3;
  }
  return -1;
}

/** « 1 / 12 », « 1/12 », « 1 /12 », « 1/ 12 », « 2 sur 5 » (or « 3 » alone after a pipe) from token j: the token after, or -1. */
function pageNumbers(l: LineScan, j: number, pipe: boolean): number {
  const a = l.raw(j);
  const b = l.raw(j + 1);
  const c = l.raw(j + 2);
  const total = (n: string, m: string, end: number) => {
    if (!onlyDigits(n, 1, 4) || !onlyDigits(m, 1, 4)) return -1;
    const x = Number(n);
    return x >= 1 && x <= Number(m) ? end : -1;
  };
  const slash = a.indexOf('/');
  if (slash > 0 && slash < a.length - 1) return total(a.slice(0, slash), a.slice(slash + 1), j + 1); // 1/12
  if (slash === a.length - 1 && slash > 0) return total(a.slice(0, -1), b, j + 2); // 1/ 12
  if (onlyDigits(a, 1, 4)) {
    if (b === '/' || b === 'sur' || b === 'de') return total(a, c, j + 3); // 1 / 12, 2 sur 5
    if (b.startsWith('/')) return total(a, b.slice(1), j + 2); // 1 /12
    if (pipe) return Number(a) >= 1 ? j + 1 : -1; // Page | 3
  }
  return -1;
}

/** A line that is nothing but page furniture: « 3/12 », « 3 / 12 », « Page 3 », « - 3 - ». */
function furnitureLine(l: LineScan): boolean {
  if (l.count === 0 || l.count > 5) return false;
  let joined = '';
  for (let k = 0; k < l.count; k++) joined += l.raw(k);
  if (joined.length > 24) return false;
  return /^\|?(?:(?:Page|PAGE)\|?)?\d{1,4}(?:\/|sur)\d{1,4}\|?$/.test(joined) && pageOrder(joined)
    || /^(?:Page|PAGE)\|?\d{1,4}\|?$/.test(joined)
    || /^[-–—]\d{1,3}[-–—]$/.test(joined);
}
function pageOrder(joined: string): boolean {
  const [n, m] = joined.replace(/[^\d/sur]/g, '').split(/\/|sur/).map(Number);
  return n >= 1 && n <= m;
}

/** The longest label starting at token k, and the token after it (and after its colon); undefined if none. */
function labelAt(l: LineScan, k: number): { label: Label; end: number } | undefined {
  const c = l.text[l.starts[k]];
  if (c !== '*' && !isUpperLetter(c)) return undefined;
  const core = l.core(k);
  if (core === '' || !isUpperLetter(core.charAt(0))) return undefined;
  const candidates = BY_FIRST.get(l.word(k));
  if (!candidates) return undefined;
  for (const lab of candidates) {
    const end = matchLabel(l, k, lab);
    if (end >= 0) return { label: lab, end };
  }
  return undefined;
}

function matchLabel(l: LineScan, k: number, lab: Label): number {
  let j = k;
  const last = k + lab.words.length - 1;
  for (const m of lab.words) {
    if (j >= l.count || !m(l.word(j))) return -1;
    if (lab.caps && !allCaps(l.core(j))) return -1;
    // Only the last word may carry punctuation: « Séance, du » is not « Séance du ».
    if (j < last && l.trail(j) !== '') return -1;
    j++;
  }
  if (lab.colon) {
    const t = l.trail(j - 1);
    if (t === ':') {
      // « Présents: 22 »
    } else if (t === '' && l.raw(j) === ':') j++;
    else if (t === '' && lab.tail) {
      j = colonAfterTail(l, k, j);
      if (j < 0) return -1;
    } else return -1;
  }
  if (lab.then && !lab.then(l, j, k)) return -1;
  return j;
}

/** « Nombre de conseillers en exercice : », « Étaient absents excusés : »: more words, then the colon. */
function colonAfterTail(l: LineScan, k: number, j: number): number {
  const capsLabel = allCaps(l.core(k), 2);
  for (let t = j; t < l.count && t < j + MAX_TAIL_WORDS; t++) {
    if (l.ends[t] - l.starts[k] > MAX_LABEL_CHARS) return -1;
    const raw = l.raw(t);
    if (raw === ':') return t + 1;
    const core = l.core(t);
    const w = l.word(t);
    if (core === '' || w === '' || CIVILITIES.has(w) || !isLetter(core.charAt(0))) return -1;
    for (let c = 0; c < core.length; c++) {
      const ch = core.charCodeAt(c);
      if (isDigit(ch) || '.,;!?«»[]"“”'.includes(core[c])) return -1;
    }
    if (!capsLabel && allCaps(core, 2)) return -1; // a name in capitals: « Présents Mme X DUPONT : »
    const trail = l.trail(t);
    if (trail === ':') return t + 1;
    if (trail !== '') return -1;
    if (l.raw(t + 1) === ':') return t + 2;
  }
  return -1;
}

/** How the clause before token k ended (its previous kept token p). */
function boundary(l: LineScan, p: number): number {
  if (p < 0) return START;
  const text = l.text;
  let end = l.ends[p];
  while (end > l.starts[p] && (text[end - 1] === '*' || text[end - 1] === '_')) end--;
  if (end === l.starts[p]) return WORD;
  const raw = text.slice(l.starts[p], end);
  const ch = raw.charAt(raw.length - 1);
  if (SENTENCE_END.includes(ch)) return abbreviation(raw) ? WORD : SENT;
  if (ch === ';') return SENT;
  if (ch === ':') return COLON;
  if (ch === ',') return COMMA;
  if (isDigit(raw.charCodeAt(raw.length - 1)) || VALUE_END.includes(ch)) return VALUE;
  if (FUNCTION_WORDS.has(l.word(p))) return 0;
  const core = l.core(p);
  if (core.endsWith("'") || core.endsWith('’')) return 0; // « l' Article »
  return allCaps(core, 2) ? CAPS : WORD;
}

/** « M. », « Mme. », « art. », « J. », « J.-L. », « Y.M. »: a full stop that ends no sentence. */
function abbreviation(raw: string): boolean {
  if (raw.length > 8 || !raw.endsWith('.')) return false;
  let end = raw.length;
  while (end > 0 && raw[end - 1] === '.') end--;
  const core = raw.slice(0, end);
  if (ABBREVIATIONS.has(foldAccents(core).toLowerCase())) return true;
  let letters = 0;
  for (const ch of core) {
    if (isLetter(ch)) {
      if (!isUpperLetter(ch)) return false;
      letters++;
    } else if (ch !== '.' && ch !== '-') return false;
  }
  return letters >= 1 && letters <= 3;
}

const ROMAN_NUMERALS = new Set(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']);

/** « I. Bilan », « IV. Le plan », « A/ Rappel »: a heading after a sentence end. */
function headingAt(l: LineScan, k: number): boolean {
  const core = l.core(k);
  const trail = l.trail(k);
  const roman = trail === '.' && ROMAN_NUMERALS.has(core);
  const letter = trail === '' && core.length === 2 && core[1] === '/' && core.charCodeAt(0) >= 65 && core.charCodeAt(0) <= 90;
  if (!roman && !letter) return false;
  const next = l.core(k + 1);
  return next !== '' && isUpperLetter(next.charAt(0)) && !allCaps(next) && !CIVILITIES.has(l.word(k + 1));
}

/** The layout of one line: page furniture, then the breaks before labels. */
function layoutLine(text: string, token?: CancellationToken): LineLayout {
  const all = new LineScan(text);
  const n = all.count;
  const furniture: boolean[] = new Array(n).fill(false);
  const none: LineLayout = { all, furniture, scan: all, gapEnd: [], breakBefore: [], breaks: 0, labels: 0 };
  if (n === 0 || text.trimStart().startsWith('<!--')) return none;
  if (furnitureLine(all)) {
    furniture.fill(true);
    return { ...none, scan: new LineScan(text, { starts: [], ends: [] }) };
  }
  let removed = 0;
  for (let k = 0; k < n; k++) {
    const end = furnitureAt(all, k);
    if (end > k) {
      for (let t = k; t < end; t++) furniture[t] = true;
      removed += end - k;
      k = end - 1;
    }
  }
  const starts: number[] = [];
  const ends: number[] = [];
  const gapEnd: number[] = [];
  for (let k = 0; k < n; k++) {
    if (furniture[k]) continue;
    starts.push(all.starts[k]);
    ends.push(all.ends[k]);
    gapEnd.push(k + 1 < n ? all.starts[k + 1] : text.length);
  }
  const l = removed === 0 ? all : new LineScan(text, { starts, ends });
  const m = l.count;
  const breakBefore: boolean[] = new Array(m).fill(false);
  const layout: LineLayout = { all, furniture, scan: l, gapEnd, breakBefore, breaks: 0, labels: 0 };
  // Parentheses and guillemets still open: their positions (a stack each).
  const parens: number[] = [];
  const quotes: number[] = [];
  let scanned = 0; // characters of the line already looked at for brackets
  const brackets = (upTo: number) => {
    for (; scanned < upTo; scanned++) {
      const ch = text.charCodeAt(scanned);
      if (ch === 40) parens.push(scanned); // (
      else if (ch === 41) parens.pop(); // )
      else if (ch === 0xab) quotes.push(scanned); // «
      else if (ch === 0xbb) quotes.pop(); // »
    }
  };
  const enclosed = (at: number) =>
    (parens.length > 0 && at - parens[parens.length - 1] <= MAX_ENCLOSED_CHARS) ||
    (quotes.length > 0 && at - quotes[quotes.length - 1] <= MAX_ENCLOSED_CHARS);

  let prev = -1; // the previous token
  let clause: Kind | undefined; // the label that began the current clause
  for (let k = 0; k < m; k++) {
    if ((k & 4095) === 4095 && token?.isCancellationRequested) break;
    brackets(l.starts[k]);
    const found = labelAt(l, k);
    let kind: Kind | undefined;
    let end = k + 1;
    let allowed = false;
    if (found) {
      const before = boundary(l, prev);
      let after = found.label.after;
      // « … CONSEIL MUNICIPAL Séance du … », « COMMUNE DE X Extrait du registre … »: a header goes on.
      if ((found.label.kind === 'seance' || found.label.kind === 'extrait') && (clause === 'header' || clause === 'republique' || clause === 'extrait')) after |= WORD;
      // « … les jour, mois et an susdits. Le Maire, … »: a signature after the closing sentence.
      if (found.label.kind === 'signature' && clause === 'closing') after |= SENT;
      // « DÉPARTEMENT DE LA SAVOIE COMMUNE DE … »: header lines only follow header lines.
      if (found.label.kind === 'header' && before !== START && clause !== 'header' && clause !== 'republique') after = 0;
      allowed = (after & before) !== 0;
      kind = found.label.kind;
      end = found.end;
    } else if (l.ends[k] - l.starts[k] <= 6) {
      // Bullets and headings are short tokens.
      const raw = l.raw(k);
      if (DASHES.has(raw) || SYMBOL_BULLETS.has(raw)) {
        const next = l.raw(k + 1);
        const after = DASHES.has(raw) ? START | SENT | COLON | COMMA : START | SENT | COLON | COMMA | VALUE | CAPS;
        if (next !== '' && !DASHES.has(next) && !SYMBOL_BULLETS.has(next) && (after & boundary(l, prev)) !== 0) {
          allowed = true;
          kind = 'bullet';
        }
      } else if (headingAt(l, k) && (boundary(l, prev) & (START | SENT | COLON)) !== 0) {
        allowed = true;
        kind = 'heading';
      }
    }
    if (allowed && kind) {
      if (prev < 0) layout.labels++;
      else if (!enclosed(l.starts[k]) && !tabBetween(l, prev, k)) {
        breakBefore[k] = true;
        layout.breaks++;
        layout.labels++;
      } else kind = undefined;
      if (kind) clause = kind;
      // The label's own words are not looked at again (« Pour extrait conforme », « Étaient présents »).
      if (end - 1 > k) {
        brackets(l.starts[end - 1]);
        prev = end - 1;
        k = end - 1;
        continue;
      }
    }
    prev = k;
  }
  return layout;
}

/** A tab between two tokens (cells of a table): never a place for a line break. */
function tabBetween(l: LineScan, a: number, b: number): boolean {
  for (let i = l.ends[a]; i < l.starts[b]; i++) if (l.text.charCodeAt(i) === 9) return true;
  return false;
}

/** The line laid out: its new text (lines joined by eol), or null when it was nothing but page furniture. */
function render(layout: LineLayout, eol: string): string | null {
  const { all, furniture, scan: l, gapEnd, breakBefore } = layout;
  const text = all.text;
  const n = all.count;
  if (n === 0 || (l.count === n && layout.breaks === 0)) return text;
  if (l.count === 0) return null;
  const parts: string[] = [text.slice(0, all.starts[0])];
  for (let k = 0; k < l.count; k++) {
    // A line break, or the blanks after the previous token kept (before any furniture): words stay apart.
    if (k > 0) parts.push(breakBefore[k] ? eol : text.slice(l.ends[k - 1], gapEnd[k - 1]));
    parts.push(text.slice(l.starts[k], l.ends[k]));
  }
  if (!furniture[n - 1]) parts.push(text.slice(all.ends[n - 1]));
  return parts.join('');
}

// ─── The text ──────────────────────────────────────────────────────────────────────────────────────────────────

interface TextLine {
  /** Offset of the line's text, its end (before \r\n or \n), and the offset after its line break. */
  start: number;
  end: number;
  next: number;
}

/** The lines as editors count them: a line feed, a carriage return and line feed, or a carriage return alone ends one. */
function linesOf(text: string): TextLine[] {
  const lines: TextLine[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    lines.push({ start, end: m.index, next: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, next: text.length });
  return lines;
}

/** The text's own line break (its first one). */
function eolOf(text: string): string {
  return /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
}

/** The text laid out again (lines startLine..endLine), with the page furniture removed and listed. */
export function reflowText(text: string, options: ReflowOptions = {}): ReflowResult {
  const lines = linesOf(text);
  const first = Math.max(0, options.startLine ?? 0);
  const last = Math.min(lines.length - 1, options.endLine ?? lines.length - 1);
  const eol = eolOf(text);
  const parts: string[] = [];
  const removed: RemovedFurniture[] = [];
  let breaks = 0;
  let copied = 0; // offset of the original text copied up to
  for (let i = first; i <= last; i++) {
    if (options.token?.isCancellationRequested) return { text, removed: [], breaks: 0 };
    const line = lines[i];
    const content = text.slice(line.start, line.end);
    const layout = layoutLine(content, options.token);
    if (options.token?.isCancellationRequested) return { text, removed: [], breaks: 0 };
    const laid = render(layout, eol);
    if (laid === content) continue;
    // Furniture, in runs of tokens.
    const { all: l, furniture } = layout;
    for (let k = 0; k < l.count; k++) {
      if (!furniture[k]) continue;
      let e = k;
      while (e + 1 < l.count && furniture[e + 1]) e++;
      removed.push({ offset: line.start + l.starts[k], text: content.slice(l.starts[k], l.ends[e]), line: i, character: l.starts[k] });
      k = e;
    }
    breaks += layout.breaks;
    parts.push(text.slice(copied, line.start));
    if (laid === null) {
      // A line of furniture alone goes with its line break.
      copied = line.next;
    } else {
      parts.push(laid);
      copied = line.end;
    }
  }
  if (copied === 0) return { text, removed, breaks };
  parts.push(text.slice(copied));
  return { text: parts.join(''), removed, breaks };
}

/** The text laid out again line by line (see reflowText). On cancellation, the text unchanged. */
export function reflow(text: string, token?: CancellationToken): string {
  return reflowText(text, { token }).text;
}

/** A line of text flattened by a paste: longer than FLATTENED_MIN_LENGTH, with two labels or more that would begin lines. */
export function isFlattenedLine(line: string, token?: CancellationToken): boolean {
  if (line.length <= FLATTENED_MIN_LENGTH) return false;
  const layout = layoutLine(line, token);
  return layout.labels >= 2 && layout.breaks >= 1;
}

/** Whether a text (or the lines of an act) holds a paragraph flattened by a paste from a PDF. */
export function isFlattened(input: string | readonly string[], token?: CancellationToken): boolean {
  const lines = typeof input === 'string' ? input.split(/\r\n|\r|\n/) : input;
  for (const line of lines) {
    if (token?.isCancellationRequested) return false;
    if (isFlattenedLine(line.endsWith('\r') ? line.slice(0, -1) : line, token)) return !token?.isCancellationRequested;
  }
  return false;
}

/** The 0-based numbers of the flattened lines (startLine..endLine). */
export function flattenedLines(text: string, options: ReflowOptions = {}): number[] {
  const lines = linesOf(text);
  const found: number[] = [];
  const first = Math.max(0, options.startLine ?? 0);
  const last = Math.min(lines.length - 1, options.endLine ?? lines.length - 1);
  for (let i = first; i <= last; i++) {
    if (options.token?.isCancellationRequested) return [];
    const { start, end } = lines[i];
    if (end - start > FLATTENED_MIN_LENGTH && isFlattenedLine(text.slice(start, end), options.token)) found.push(i);
  }
  return options.token?.isCancellationRequested ? [] : found;
}

/** The edit that lays out lines startLine..endLine: one edit over the part that changes (none if nothing does). */
export function reflowEdits(text: string, options: ReflowOptions = {}): TextEdit[] {
  const laid = reflowText(text, options).text;
  if (laid === text || options.token?.isCancellationRequested) return [];
  return replacementEdit(text, laid);
}
