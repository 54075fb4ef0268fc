// The typed syntax tree. Every element carries its range (0-based lines, UTF-16 columns) and its offsets.
import type { Range } from '../types';
import type { ParsedDate } from '../text/dates';

export interface Span {
  /** Offset of the first character in the document text. */
  offset: number;
  /** Offset just past the last character. */
  end: number;
  range: Range;
}

// ---------------------------------------------------------------- inline elements

export interface TextRun extends Span { type: 'text'; text: string }
export interface AmountNode extends Span { type: 'amount'; text: string; cents: number; tax?: 'HT' | 'TTC' }
export interface PercentNode extends Span { type: 'percent'; text: string; basisPoints: number }
export interface DateNode extends Span { type: 'date'; text: string; date: ParsedDate }
export type ReferenceTarget = 'article' | 'annex' | 'report';
export interface ReferenceNode extends Span {
  type: 'reference';
  text: string;
  target: ReferenceTarget;
  /** The numbers referred to, as written and normalised (« 1^{er} » → « 1 »). */
  numbers: string[];
  /** A reference to another text (« article 10 de la loi… », « article L 1611-4 du CGCT »), not to this document. */
  external: boolean;
}
export interface PersonNode extends Span {
  type: 'person';
  text: string;
  civility?: string;
  /** Given names as written (« Jean-Louis »), or initials (« JL. », « Y.M. »). */
  given?: string;
  surname: string;
}
export interface MarkNode extends Span { type: 'mark'; mark: 'bold' | 'italic' | 'sup-open' | 'sup-close' }

export type Inline = TextRun | AmountNode | PercentNode | DateNode | ReferenceNode | PersonNode | MarkNode;

// ---------------------------------------------------------------- lines

export interface Qualifier extends Span {
  /** From a report on, until one, for some reports only (« aux points 1, 2 et 24 »), for all but some (« sauf aux points 23 et 25 »). */
  kind: 'from' | 'until' | 'only' | 'except';
  /** The report number of the ordre de passage (« 1.2.2 »), when a « from » or « until » qualifier names one. */
  report?: string;
  /** The reports an « only » or « except » qualifier names. */
  reports?: string[];
  /** « après 3.4 », « avant 5.1 »: the report named is excluded. */
  exclusive?: boolean;
  text: string;
}

/** One person in an attendance or proxy list. */
export interface ListEntry extends Span {
  person: PersonNode;
  /** « Mme X suppléante de M. Y »: the member X replaces. */
  substituteOf?: PersonNode;
  /** « (pouvoir à Mme Z) »: the member who holds this one's proxy. */
  proxyTo?: PersonNode;
  /** « Mme X (remplacée par M. Y) » among the absent: the substitute who sits in X's seat. */
  replacedBy?: PersonNode;
  /** « pouvoir à Y (absente) »: where the text says that the holder of this one's proxy is absent. */
  holderAbsent?: Span;
  /** « X (a reçu pouvoir de Y) »: the member whose proxy this one holds. */
  proxyFrom?: PersonNode;
  /** « X pour Y » in a list of proxies: who gives and who holds is told by who is listed present. */
  eitherWay?: boolean;
  /** « Jean-Louis LAURENCE absent excusé » in a table of those present: marked away where the list stands for all. */
  away?: 'absent' | 'excused';
  qualifiers: Qualifier[];
  /**
   * « X (pouvoir à Y à compter du point 39) » among those present: when the proxy runs, where it differs from when
   * X sits (X sits until the proxy starts).
   */
  proxyQualifiers?: Qualifier[];
  /** The commune label the entry stands under (« Besançon : … »). */
  commune?: CommuneLabelNode;
  /** « M. X (Créteil) à M. Y (Alfortville) »: the commune named after the holder of the entry's proxy. */
  holderCommune?: CommuneLabelNode;
  /** The label of the group it stands under, commune or not (« Communauté de Communes Chablis Villages et Terroirs »). */
  group?: string;
  /**
   * A substitute whose titulaire is not named: listed under « Membres suppléants : » inside a list, or followed by
   * « (suppléant) ». No seat of its own.
   */
  substitute?: boolean;
  /**
   * Read where a separator was taken to be lost before a capital alone (« Jacqueline GRASSART N GUYEN DINH »): the
   * capital may as well belong to the name before, so how many people the list names is uncertain.
   */
  uncertainStart?: boolean;
  /**
   * « X représenté par Y » among those present: Y sits for X (a substitute), or holds X's proxy; the act does not say
   * which, so neither how many vote: no count is compared with the lists.
   */
  sitsOrHolds?: boolean;
}

export interface CommuneLabelNode extends Span {
  name: string;
  /** Named in a parenthesis after the person (« (Délégué titulaire de Lunas) »), not a label of the list. */
  mention?: boolean;
  /** Where the act says it was written (« A Saint Trinit, le … »), or a collectivity read unsure: checked when it names a commune, never « unknown ». */
  place?: boolean;
  /** A mention written in capitals (« M. X (SAULCES-MONCLIN) »): a commune only where its list holds several the official list knows. */
  capitals?: boolean;
}

interface LineBase extends Span {
  /** The whole text of the line, without its line break. */
  text: string;
}

export interface BlankLine extends LineBase { type: 'blank' }
/** « <!-- … --> » on a line of its own: a note for the drafters, not part of the act. */
export interface CommentLine extends LineBase { type: 'comment' }
export interface ProseLine extends LineBase { type: 'prose'; inlines: Inline[] }
export interface FieldLine extends LineBase { type: 'field'; label: string; labelSpan: Span; inlines: Inline[] }
export interface HeadingLine extends LineBase { type: 'heading'; number: string; numberSpan: Span; inlines: Inline[] }
export interface BulletLine extends LineBase { type: 'bullet'; inlines: Inline[] }
export interface ArticleLine extends LineBase { type: 'article'; number: string; numberSpan: Span; title: string; inlines: Inline[] }
export interface AnnexLine extends LineBase { type: 'annex'; number: string; numberSpan: Span; title: string; inlines: Inline[] }
export interface ListLine extends LineBase {
  type: 'list';
  label: string;
  labelSpan: Span;
  entries: ListEntry[];
  communes: CommuneLabelNode[];
  /** Text of the list that could not be read as people (kept, reported as a hint). */
  unread: Span[];
  /** Set on the lines that go on a list whose label ended its line: their entries are moved to the head's. */
  continues?: ListLine;
  /** Where the list stops before the end of the line: another label, or prose after the last name. */
  stop?: number;
  /** The role of a list without a label (« M. X donne pouvoir à M. Y » on a line of its own); else its label's. */
  role?: 'givers' | 'present' | 'other';
}
export interface Cell extends Span { text: string; amounts: AmountNode[]; percents: PercentNode[] }
export interface RowLine extends LineBase { type: 'row'; cells: Cell[]; separator: 'tab' | 'pipe' }

export type Line = BlankLine | CommentLine | ProseLine | FieldLine | HeadingLine | BulletLine | ArticleLine | AnnexLine | ListLine | RowLine;

export type LineWithInlines = ProseLine | FieldLine | HeadingLine | BulletLine | ArticleLine | AnnexLine;

export function hasInlines(line: Line): line is LineWithInlines {
  return 'inlines' in line;
}

/**
 * Whether a line goes on with the sentence of the line above (`above`: its text, or its last characters): it opens in
 * lower case and the line above, not blank, ends with no full stop (« Sur convocation datée du 4 mai 2018,↵affichée en
 * mairie le 4 mai 2018 », « … et notamment son↵article 10, »).
 */
export function goesOnFromAbove(above: string, line: string): boolean {
  return above.trim() !== '' && /^[ \t\u00a0]*\p{Ll}/u.test(line) && !/[.;:!?][ \t\u00a0\r]*$/.test(above);
}

/** The amounts of a line: in its text, or in the cells of a table row. */
export function amountsOf(l: Line): AmountNode[] {
  if (l.type === 'row') return l.cells.flatMap((c) => c.amounts);
  return hasInlines(l) ? l.inlines.filter((i): i is AmountNode => i.type === 'amount') : [];
}

/** Whether an offset is within a span, its ends included (a cursor just after a word is on it). */
export function spanHolds(s: { offset: number; end: number }, offset: number): boolean {
  return s.offset <= offset && offset <= s.end;
}

// ---------------------------------------------------------------- blocks and sections

export interface Table extends Span { type: 'table'; rows: RowLine[] }
export interface Paragraph extends Span { type: 'paragraph'; lines: (ProseLine | FieldLine | BulletLine | HeadingLine)[] }
export type Block = Table | Paragraph | ListLine | ArticleLine | AnnexLine;

export interface Article extends Span { type: 'article'; heading: ArticleLine; lines: Line[] }
export interface Annex extends Span { type: 'annex'; heading: AnnexLine; lines: Line[]; tables: Table[] }

export interface SyntaxError {
  message: string;
  messageEn: string;
  span: Span;
  /** Below the code's default: a mark left open may be a pasted asterisk, not a mistake of the act. */
  severity?: 'hint';
}

export interface DocumentNode extends Span {
  type: 'document';
  /** The text of the whole file (a view of one act shares it: offsets are always those of the file). */
  text: string;
  /** Offsets ↔ positions in the file's text. */
  positions: import('./positions').LineIndex;
  lines: Line[];
  tables: Table[];
  articles: Article[];
  annexes: Annex[];
  errors: SyntaxError[];
  /** The official list of communes the document was read with, if any (the reader of lists uses it). */
  communes?: import('./names').CommuneLexicon;
  /**
   * A view of an act that starts at a title found inside the text (acts.ts, `startsInLines`): whether it starts depends
   * on the act before it (its own list of those present), not on its lines alone.
   */
  startsInLine?: boolean;
}

/** The line of a document (or of a view of one act) at a line number of the file. */
export function lineAt(doc: DocumentNode, line: number): Line | undefined {
  return doc.lines[line - doc.range.start.line];
}

/** The first characters of a document or of a view of one act (its header), for what a header says. */
export function headText(doc: DocumentNode, length: number): string {
  return doc.text.slice(doc.offset, Math.min(doc.end, doc.offset + length));
}

/** The index of the first of `items` (sorted by offset) at `offset` or after it, found by halves. */
export function firstAtOrAfter(items: readonly { offset: number }[], offset: number): number {
  let lo = 0, hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
