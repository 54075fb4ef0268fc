// Shared types of the core. Nothing here knows about LSP or VS Code: positions are 0-based lines and
// UTF-16 columns (the same convention as LSP, so the server converts nothing).

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type Locale = 'fr' | 'en';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface RelatedLocation {
  range: Range;
  message: string;
  /** Another file of the workspace (the checks across acts); the finding's own file when absent. */
  uri?: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /**
   * Applied by « fix all » (source.fixAll) without the drafter choosing: the right text is proven by an official
   * list or the roster (a commune's spelling, a member's civility), never a choice between two figures of the act
   * (a total or its rows, a date or its weekday).
   */
  safe?: boolean;
}

/** One finding of a check: what the CLI prints and the server publishes as a diagnostic. */
export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  related?: RelatedLocation[];
  fixes?: Fix[];
}

/** Like vscode's and LSP's: long computations poll it and stop early. */
/** A completion item of a feature (names by completion.ts, templates by templates.ts), before LSP. */
export interface CompletionItem {
  label: string;
  kind: 'commune' | 'person' | 'template';
  detail?: string;
  /** Markdown. */
  documentation?: string;
  textEdit: { range: Range; newText: string };
  /** newText is an LSP snippet (tab stops). */
  snippet?: boolean;
  /** What the editor matches the typed text against (accents folded, so that « ecole » finds « École-Valentin »). */
  filterText?: string;
  sortText: string;
}

export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const NEVER_CANCELLED: CancellationToken = { isCancellationRequested: false };

export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
