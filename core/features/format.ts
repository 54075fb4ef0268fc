// Formatting (document and range): French typography — no-break space U+00A0 before « : ; ! ? » and inside
// « », narrow no-break space U+202F between thousands of an amount and U+00A0 before « € » — pipe tables
// aligned (tab-separated tables cannot be aligned without changing their content), trailing blanks removed,
// one blank line between blocks. Only blanks change: never a word, a number, a punctuation mark, a line of a
// table. Idempotent.
import { parse, crAsLineFeed } from '../syntax/index';
import { replacementEdit } from '../syntax/positions';
import { scannedBorders } from '../syntax/structure';
import type { DocumentNode, Line } from '../syntax/tree';
import { amountsOf } from '../syntax/tree';
import type { CancellationToken, TextEdit } from '../types';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

export interface FormatOptions {
  /** Lines to format (0-based, inclusive); default: the whole document. */
  startLine?: number;
  endLine?: number;
  token?: CancellationToken;
  /** The text already parsed (the server's analysis of this version): not parsed again. */
  doc?: DocumentNode;
}

/** « 41000 € » → « 41 000 € » (narrow no-break spaces, no-break space before the currency). */
export function formatAmountText(text: string): string {
  const m = /^(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(,\d+)?[ \u00a0\u202f]?(€|euros?|EUR)(?![\p{L}])(.*)$/su.exec(text);
  if (!m) return text;
  const digits = m[1].replace(/[ \u00a0\u202f]/g, '');
  let grouped = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0 && digits.length > 4) grouped += NNBSP;
    grouped += digits[i];
  }
  // Four digits stay as written (« 1000 € » or « 1 000 € »), with the separator normalised.
  if (digits.length === 4 && /[ \u00a0\u202f]/.test(m[1])) grouped = `${digits[0]}${NNBSP}${digits.slice(1)}`;
  return `${grouped}${m[2] ?? ''}${NBSP}${m[3]}${m[4]}`;
}

/** No-break spaces before « : ; ! ? » (when a word precedes and a blank or the end follows) and inside « ». */
export function typography(text: string): string {
  return text
    // The guillemets first: the space they bring after a mark (« Présents :» → « Présents : » ») is the blank the
    // rule of « : ; ! ? » looks for, so that a second formatting finds nothing more to do (a property test found it).
    .replace(/«[ \u00a0\u202f]*(?=[^\s\u00a0\u202f])/g, `«${NBSP}`)
    .replace(/([^\s\u00a0\u202f])[ \u00a0\u202f]*»/g, `$1${NBSP}»`)
    // (« !? » is one mark: one no-break space before the run, so that a second formatting adds none between them.)
    // (Not after a pipe: « ! |: », a mark opening a table's cell, which the table's alignment spaces with a plain blank
    // once the line reads as a table: a property test found the second formatting changing the first's.)
    .replace(/([^\s\u00a0\u202f:;!?|])[ \u00a0\u202f]*([:;!?]+)(?=[ \u00a0\u202f\t]|$)/g, `$1${NBSP}$2`);
}


/**
 * The text without its trailing blanks. (Not `/[ ]+$/`: tried at each blank of a long run that does not end the line,
 * it would take the square of the run's length.)
 */
function trimBlanksEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === NBSP || text[end - 1] === NNBSP)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** A line formatted; `raw` is the line as written (the parser read it with a web page's tags blanked). */
function formatLine(l: Line, raw: string): string {
  if (/^\s*<!--/.test(raw)) return trimBlanksEnd(raw);
  // Amounts first (in one pass, in the order of the line), then punctuation on the whole line.
  const parts: string[] = [];
  let at = 0;
  for (const a of [...amountsOf(l)].sort((x, y) => x.offset - y.offset)) {
    const start = a.offset - l.offset;
    const end = a.end - l.offset;
    if (start < at || end > raw.length) continue;
    parts.push(raw.slice(at, start), formatAmountText(raw.slice(start, end)));
    at = end;
  }
  parts.push(raw.slice(at));
  return trimBlanksEnd(typography(parts.join('')));
}

const width = (s: string) => [...s].length;

/** Pipe table rows aligned: « | a | b | » with every column as wide as its widest cell; numbers right-aligned. */
function alignPipeTable(rows: string[]): string[] {
  const parsed = rows.map((r) => {
    const parts = r.split('|');
    // « | a | b | » opens with a pipe; « Personnel | 367 410 € » does not: its first cell is kept (a property test
    // found it dropped).
    const opened = parts[0].trim() === '';
    const closed = parts.length > 2 && parts[parts.length - 1].trim() === '';
    // Each cell's typography on its own: a cell ends where its text ends (« Total: » gets its no-break space), so that
    // the blanks of the alignment bring nothing new to a second formatting.
    const cells = parts.slice(opened ? 1 : 0, closed ? -1 : undefined).map((c) => typography(c.trim()));
    return { cells, closed, opened };
  });
  const widths: number[] = [];
  for (const p of parsed) p.cells.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, width(c))));
  return parsed.map(({ cells, closed, opened }) => {
    const padded = cells.map((c, i) => {
      const pad = ' '.repeat(widths[i] - width(c));
      return /^[\d-]/.test(c) && /\d/.test(c) ? pad + c : c + pad;
    });
    return trimBlanksEnd(`${opened ? '| ' : ''}${padded.join(' | ')}${closed ? ' |' : ''}`);
  });
}

/** The formatted text of the whole document, or of its lines startLine..endLine (the others unchanged). */
export function formatText(text: string, options: FormatOptions = {}): string {
  const written = crAsLineFeed(text);
  const doc = options.doc ?? parse(written);
  // Lines as the parser counts them (a carriage return alone ends one too), each with the line break that follows it.
  const raw = text.split(/\r\n|\r|\n/);
  const breaks = text.match(/\r\n|\r|\n/g) ?? [];
  const whole = options.startLine === undefined && options.endLine === undefined;
  const first = Math.max(0, options.startLine ?? 0);
  const last = Math.min(raw.length - 1, options.endLine ?? raw.length - 1);
  const out = raw.slice();
  const inRange = (i: number) => i >= first && i <= last;
  for (const l of doc.lines) {
    if (options.token?.isCancellationRequested) return text;
    const i = l.range.start.line;
    if (!inRange(i) || l.type === 'blank') continue;
    out[i] = formatLine(l, written.slice(l.offset, l.offset + l.text.length));
  }
  for (const t of doc.tables) {
    if (t.rows[0].separator !== 'pipe' || !t.rows.every((r) => r.separator === 'pipe')) continue;
    // (Not the borders of a scanned table an OCR read as pipes: aligning them would make cells of its words.)
    if (scannedBorders(t)) continue;
    const lines = t.rows.map((r) => r.range.start.line);
    const aligned = alignPipeTable(lines.map((i) => out[i]));
    lines.forEach((i, k) => { if (inRange(i)) out[i] = aligned[k]; });
  }
  // One blank line between blocks: runs of blank lines (within the range) become one.
  const blank = (i: number) => out[i].trim() === '' && !out[i].includes('\t');
  const keep: boolean[] = out.map(() => true);
  for (let i = 0; i < out.length; i++) {
    if (!blank(i) || !inRange(i)) continue;
    if (blank(i)) out[i] = '';
    if (i > 0 && blank(i - 1) && inRange(i - 1)) keep[i] = false;
  }
  if (whole) {
    // No blank lines at the start; the text ends with one line break, of the kind of its first line's.
    for (let i = 0; i < out.length && blank(i); i++) keep[i] = false;
    for (let i = out.length - 1; i >= 0 && blank(i); i--) keep[i] = false;
  }
  // Each line kept is followed by its own line break, but the last one: by none, or by one if the whole is formatted.
  const kept = out.map((_, i) => i).filter((i) => keep[i]);
  const ends = kept.map((i, k) => (k < kept.length - 1 ? breaks[i] ?? '' : ''));
  // A carriage return alone before a line emptied here and its line feed would read as one Windows line break: the
  // line would be lost. It becomes a Windows line break itself.
  for (let k = 0; k + 1 < kept.length; k++) if (ends[k] === '\r' && out[kept[k + 1]] === '' && ends[k + 1].startsWith('\n')) ends[k] = '\r\n';
  if (whole && kept.length) ends[kept.length - 1] = (kept.length > 1 ? ends[0] : breaks[kept[0]]) || breaks[0] || '\n';
  const parts = kept.map((i, k) => out[i] + ends[k]);
  return parts.join('');
}

/** Edits that format a document (or lines startLine..endLine): one edit over the part that changes. */
export function formatEdits(text: string, options: FormatOptions = {}): TextEdit[] {
  return replacementEdit(text, formatText(text, options), options.doc?.positions);
}
