// From lines to the document's structure: tables (consecutive rows), articles and annexes (a heading and
// the lines up to the next heading), and the checks that only syntax can make (unclosed marks, ragged rows).
import type { Annex, Article, DocumentNode, Line, RowLine, SyntaxError, Table, Span, MarkNode } from './tree';
import { hasInlines } from './tree';
import type { LineIndex } from './positions';

/**
 * The structure of a document's lines: all of them, or a range of whole lines (parseRange, index.ts) which is then a
 * view of the document as splitActs makes them. A section still open at the end of a range that does not end the
 * document is left out: in the whole document it goes on past the range (a view keeps only what is wholly inside it).
 */
export function buildStructure(text: string, lines: Line[], index: LineIndex, errors: SyntaxError[]): DocumentNode {
  const last = lines[lines.length - 1];
  const endsDocument = lines.length === 0 || last.range.start.line === index.lineCount - 1;
  const whole = endsDocument && (lines.length === 0 || lines[0].offset === 0);
  const tables = collectTables(lines, index);
  const { articles, annexes } = collectSections(lines, tables, index, endsDocument);
  checkMarks(lines, errors);
  checkRows(tables, errors);
  const offset = whole ? 0 : lines[0].offset;
  const end = whole ? text.length : last.end;
  return {
    type: 'document',
    text,
    positions: index,
    offset,
    end,
    range: whole ? index.range(0, text.length) : { start: lines[0].range.start, end: last.range.end },
    lines,
    tables,
    articles,
    annexes,
    errors,
  };
}

function spanOf(first: Span, last: Span, index: LineIndex): Span {
  return { offset: first.offset, end: last.end, range: index.range(first.offset, last.end) };
}

function collectTables(lines: Line[], index: LineIndex): Table[] {
  const tables: Table[] = [];
  let rows: RowLine[] = [];
  const flush = () => {
    if (rows.length) tables.push({ type: 'table', rows, ...spanOf(rows[0], rows[rows.length - 1], index) });
    rows = [];
  };
  for (const l of lines) {
    if (l.type === 'row') rows.push(l);
    else flush();
  }
  flush();
  return tables;
}

function collectSections(lines: Line[], tables: Table[], index: LineIndex, endsDocument: boolean) {
  const base = lines.length ? lines[0].range.start.line : 0; // the line of lines[0]: a range's lines start there
  const articles: Article[] = [];
  const annexes: Annex[] = [];
  let open: Article | Annex | undefined;
  const close = (upTo: number) => {
    if (!open) return;
    // The section ends at its last non-blank line.
    let last = upTo - 1;
    while (last > 0 && lines[last].type === 'blank') last--;
    const lastLine = lines[Math.max(last, open.heading.range.start.line - base)];
    Object.assign(open, spanOf(open.heading, lastLine, index));
    open.lines = lines.slice(open.heading.range.start.line - base, lastLine.range.start.line - base + 1);
    if (open.type === 'annex') {
      const a = open;
      a.tables = tables.filter((t) => t.offset >= a.offset && t.end <= a.end);
    }
    open = undefined;
  };
  lines.forEach((l, i) => {
    if (l.type === 'article') {
      close(i);
      open = { type: 'article', heading: l, lines: [], ...spanOf(l, l, index) };
      articles.push(open);
    } else if (l.type === 'annex') {
      close(i);
      open = { type: 'annex', heading: l, lines: [], tables: [], ...spanOf(l, l, index) };
      annexes.push(open);
    } else if (open?.type === 'article' && isSignatureOrAnnexStart(l)) {
      close(i);
    }
  });
  if (open && !endsDocument) {
    const dropped = open;
    if (dropped.type === 'article') articles.pop();
    else annexes.pop();
    open = undefined;
  }
  close(lines.length);
  return { articles, annexes };
}

/** The closing formula after the last article (« Fait en deux exemplaires à … ») ends the articles. */
function isSignatureOrAnnexStart(l: Line): boolean {
  return (l.type === 'prose' || l.type === 'field') && /^\s*Fait\s+(?:en|à|le)\b/i.test(l.text);
}

function checkMarks(lines: Line[], errors: SyntaxError[]) {
  // Bold and italic marks pair up within a paragraph (consecutive non-blank lines of prose);
  // superscripts within a line.
  let open: { bold?: MarkNode; italic?: MarkNode } = {};
  const flush = () => {
    for (const m of [open.bold, open.italic]) {
      if (!m) continue;
      const what = m.mark === 'bold' ? 'gras « ** »' : 'italique « * »';
      const whatEn = m.mark === 'bold' ? 'bold « ** »' : 'italic « * »';
      errors.push({ span: m, message: `Marque de ${what} non fermée dans ce paragraphe.`, messageEn: `Unclosed ${whatEn} mark in this paragraph.`, severity: 'hint' });
    }
    open = {};
  };
  for (const l of lines) {
    if (!hasInlines(l)) {
      flush();
      continue;
    }
    // « *********** », « * * * »: a line of asterisks is a rule between parts, not marks.
    if (/^[\s*]*\*[\s*]*\*[\s*]*\*[\s*]*$/.test(l.text)) {
      flush();
      continue;
    }
    let sup: MarkNode | undefined;
    for (const n of l.inlines) {
      if (n.type !== 'mark') continue;
      // « … SECRETAIRE DE SEANCE : M. ALLEMANT *** Monsieur le Maire ouvre la séance … »: three asterisks or more between
      // blanks part a flattened page, no marks.
      if ((n.mark === 'bold' || n.mark === 'italic') && inStarRule(l.text, n.offset - l.offset)) continue;
      if (n.mark === 'bold') open.bold = open.bold ? undefined : n;
      else if (n.mark === 'italic') open.italic = open.italic ? undefined : n;
      else if (n.mark === 'sup-open') sup = n;
      else if (n.mark === 'sup-close') sup = undefined;
    }
    if (sup) errors.push({ span: sup, message: 'Exposant « ^{ » non fermé par « } ».', messageEn: 'Superscript « ^{ » not closed by « } ».' });
  }
  flush();
}

/** Whether the asterisk at `at` of a line is in a run of three or more between blanks (or the line's ends). */
function inStarRule(text: string, at: number): boolean {
  let a = at;
  let b = at;
  while (a > 0 && text[a - 1] === '*') a--;
  while (b < text.length && text[b] === '*') b++;
  return b - a >= 3 && (a === 0 || /\s/.test(text[a - 1])) && (b === text.length || /\s/.test(text[b]));
}

/** « Page | 1 /12 »: the running header of a page pasted from a PDF, not the header of a table. */
const PAGE_FURNITURE = /^\s*(?:Page\s*\|?\s*\d+\s*(?:\/|sur)\s*\d+|\d+\s*\/\s*\d+\s*\|)/i;

/** A pipe inside a line with a blank on one side only (« 0,00 €| 100 », « 0,00 |€ »). */
const LOPSIDED_PIPE = /\S\|[ \t\u00a0]+\S|\S[ \t\u00a0]+\|\S/;
/**
 * « … 0,00 ¢| 0,00 €| 213 101,00 €| ITOTAL »: the borders of a scanned table that an OCR read as pipes, stuck to the
 * word before and not to the one after; the cells they make are not the table's (neither checked nor aligned).
 */
export function scannedBorders(t: Table): boolean {
  return t.rows.some((r) => r.separator === 'pipe' && LOPSIDED_PIPE.test(r.text));
}

function checkRows(tables: Table[], errors: SyntaxError[]) {
  for (const t of tables) {
    if (t.rows.length < 2) continue;
    // Pipes pasted in prose or around page numbers make no table to check: a table of pipes has amounts in its cells.
    if (PAGE_FURNITURE.test(t.rows[0].text)) continue;
    if (t.rows.every((r) => r.separator === 'pipe') && !t.rows.some((r) => r.cells.slice(1).some((c) => c.amounts.length > 0))) continue;
    if (scannedBorders(t)) continue;
    const width = t.rows[0].cells.length;
    for (const r of t.rows.slice(1)) {
      if (r.cells.length > width) {
        const extra = r.cells[width];
        errors.push({
          span: extra,
          message: `Ligne de tableau à ${r.cells.length} cellules, l'en-tête en a ${width}.`,
          messageEn: `Table row with ${r.cells.length} cells; the header has ${width}.`,
        });
      }
    }
  }
}
