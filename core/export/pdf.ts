// PDF renderer of the layout (pdfkit, pure JavaScript): A4, embedded DejaVu Serif (accents, €), the same
// layout as the Word and HTML files, bookmarks on the headings, page numbers in the footer.
import type PDFKitDocument from 'pdfkit';
import type { Locale } from '../types';
import { DRAFT, plainText, type Block, type Layout, type Run } from './layout';
import { fontFile, type FontStyle } from './fonts';

// require, not import: the bundler then takes pdfkit's CommonJS build, whose data paths work in a CommonJS bundle.
// Loaded when the first PDF is made, not with the module: pdfkit and its fonts take about 0.2 s and 30 MB to load,
// which every `delib check` and the language server would pay for nothing.
let pdfkit: typeof PDFKitDocument | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PDFDocument = (): typeof PDFKitDocument => (pdfkit ??= require('pdfkit'));

const CM = 72 / 2.54;
const MARGINS = { top: 2 * CM, bottom: 2.2 * CM, left: 2.2 * CM, right: 2 * CM };
const SIZE = { body: 11, small: 9.5, attendance: 10, table: 10, h1: 14, h2: 12.5, h3: 11.5, footer: 8.5 };

type Doc = PDFKit.PDFDocument;

function fontOf(r: { bold?: boolean; italic?: boolean }): FontStyle {
  return r.bold ? (r.italic ? 'boldItalic' : 'bold') : r.italic ? 'italic' : 'regular';
}

// ---------------------------------------------------------------- lines of text, laid out here

/** A piece of a word in one font; a word may change font inside (« **APPROUVE**, »). */
interface Piece { text: string; font: FontStyle; size: number; width: number }
interface Word { pieces: Piece[]; width: number }
/** A printed line: its words, whether it ends its paragraph or a line of it (never justified), room above it. */
interface TextLine { words: Word[]; width: number; end: boolean; gap: boolean }

/**
 * The lines of runs in a width. pdfkit lays out one piece of text at a time, so a paragraph that changes font
 * (a decision in bold) could not be justified as one: the words are placed here. A line breaks at ordinary spaces
 * only (the no-break spaces of layout.ts hold), a word wider than the line is cut.
 */
function breakLines(doc: Doc, runs: readonly Run[], size: number, width: number, force: { bold?: boolean } = {}): TextLine[] {
  const space = doc.font('regular').fontSize(size).widthOfString(' ');
  const lines: TextLine[] = [];
  let line: TextLine = { words: [], width: 0, end: false, gap: false };
  let word: Word | undefined;
  const place = (w: Word) => {
    const needed = line.words.length ? line.width + space + w.width : w.width;
    if (line.words.length && needed > width) {
      lines.push(line);
      line = { words: [], width: 0, end: false, gap: false };
    }
    if (!line.words.length && w.width > width) {
      for (const chunk of cutWord(doc, w, width)) {
        if (line.words.length) lines.push(line);
        line = { words: [chunk], width: chunk.width, end: false, gap: false };
      }
      return;
    }
    line.width = line.words.length ? line.width + space + w.width : w.width;
    line.words.push(w);
  };
  const flush = () => {
    if (word) place(word);
    word = undefined;
  };
  const hardBreak = (gap: boolean) => {
    flush();
    line.end = true;
    lines.push(line);
    line = { words: [], width: 0, end: false, gap };
  };
  runs.forEach((r, i) => {
    if (i > 0 && (r.break || r.gap)) hardBreak(!!r.gap);
    else if (r.gap) line.gap = true;
    const font = fontOf({ bold: r.bold || force.bold, italic: r.italic });
    const pieceSize = r.sup ? size * 0.65 : size;
    for (const part of r.text.split(/( +)/)) {
      if (!part) continue;
      if (part[0] === ' ') {
        flush();
        continue;
      }
      const piece = { text: part, font, size: pieceSize, width: doc.font(font).fontSize(pieceSize).widthOfString(part) };
      word ??= { pieces: [], width: 0 };
      word.pieces.push(piece);
      word.width += piece.width;
    }
  });
  flush();
  line.end = true;
  lines.push(line);
  return lines;
}

/** A word wider than the line, in chunks that fit (a long address, a run of figures). */
function cutWord(doc: Doc, w: Word, width: number): Word[] {
  const out: Word[] = [];
  let cur: Word = { pieces: [], width: 0 };
  for (const p of w.pieces) {
    doc.font(p.font).fontSize(p.size);
    let text = '';
    for (const ch of p.text) {
      const cw = doc.widthOfString(ch);
      if (cur.width + cw > width && (cur.width > 0 || text)) {
        if (text) cur.pieces.push({ ...p, text, width: doc.widthOfString(text) });
        out.push(cur);
        cur = { pieces: [], width: 0 };
        text = '';
      }
      text += ch;
      cur.width += cw;
    }
    if (text) cur.pieces.push({ ...p, text, width: doc.widthOfString(text) });
  }
  if (cur.pieces.length) out.push(cur);
  return out;
}

const lineHeight = (doc: Doc, size: number) => doc.font('regular').fontSize(size).currentLineHeight(true);
const GAP_LINES = 3.2;

/** The height of lines of text. */
function linesHeight(doc: Doc, lines: readonly TextLine[], size: number): number {
  return lines.reduce((h, l) => h + lineHeight(doc, size) + (l.gap ? size * GAP_LINES : 0), 0);
}

const bottomOf = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/**
 * A new page, the marked content open on this one (a paragraph of the tagged PDF cut by the page) closed here and
 * opened again there: pdfkit's continueOnNewPage (its addPage leaves them open, and the page's content unbalanced).
 */
function newPage(doc: Doc): void {
  (doc as unknown as { continueOnNewPage(): void }).continueOnNewPage();
}

/**
 * Draws lines from doc.y at x, breaking the page where they do not fit. Without `split: false`, no line of a
 * paragraph is left alone at the foot of a page (orphan) or at the head of the next (widow): the paragraph starts
 * on the next page, or breaks one line earlier. With `split: false` the lines are drawn on one page.
 */
function drawLines(doc: Doc, lines: readonly TextLine[], x: number, width: number, size: number, align: 'left' | 'center' | 'right' | 'justify', split = true) {
  const lh = lineHeight(doc, size);
  const space = doc.font('regular').fontSize(size).widthOfString(' ');
  let breakAt = -1;
  const fit = Math.floor((bottomOf(doc) - doc.y) / lh);
  if (lines.length > fit && doc.y > doc.page.margins.top + 1) {
    if (!split || fit < 2 || lines.length <= 3) newPage(doc);
    else if (lines.length - fit < 2) breakAt = fit - 1;
  }
  lines.forEach((l, i) => {
    if (l.gap) doc.y += size * GAP_LINES;
    if (i === breakAt || doc.y + lh > bottomOf(doc) + 0.01) newPage(doc);
    const room = width - l.width;
    let cx = x + (align === 'center' ? room / 2 : align === 'right' ? room : 0);
    const extra = align === 'justify' && !l.end && l.words.length > 1 && room > 0 ? room / (l.words.length - 1) : 0;
    const y = doc.y;
    l.words.forEach((w, k) => {
      // The space after a word is written (after its last piece), so that the text read back, by a screen reader
      // or a copy, has its words apart; the next word is placed where justification puts it.
      const spaced = k < l.words.length - 1 || !l.end;
      w.pieces.forEach((p, j) => {
        const text = spaced && j === w.pieces.length - 1 ? `${p.text} ` : p.text;
        doc.font(p.font).fontSize(p.size).text(text, cx, y, { lineBreak: false });
        cx += p.width;
      });
      cx += space + extra;
    });
    doc.y = y + lh;
  });
  doc.x = x;
  doc.fontSize(size);
}

/** Writes runs as one paragraph at doc.x, doc.y. */
function writeRuns(doc: Doc, runs: readonly Run[], size: number, options: { align?: 'left' | 'center' | 'right' | 'justify'; width: number; split?: boolean }, force: { bold?: boolean } = {}) {
  const x = doc.x;
  drawLines(doc, breakLines(doc, runs, size, options.width, force), x, options.width, size, options.align ?? 'left', options.split);
}

const SPACE = {
  headingBefore: (level: number) => (level === 3 ? 6 : 10),
  headingAfter: 6,
  paragraphAfter: (role: string) => (role === 'header' ? 1 : role === 'stamp' ? 2 : 6),
  item: 3,
  vote: [2, 8],
  signature: [10, 14],
} as const;

const paragraphSize = (role: string) => (role === 'stamp' ? SIZE.small : role === 'attendance' ? SIZE.attendance : SIZE.body);
const headingSize = (level: number) => (level === 1 ? SIZE.h1 : level === 2 ? SIZE.h2 : SIZE.h3);
const headingRuns = (b: Extract<Block, { kind: 'heading' }>) => (b.level === 1 ? b.runs.map((r) => ({ ...r, text: r.text.toLocaleUpperCase('fr') })) : b.runs);

/** The height of a signature block: its tallest party. */
function signaturesHeight(doc: Doc, b: Extract<Block, { kind: 'signatures' }>, width: number): number {
  const w = b.parties.length === 1 ? width * 0.45 : width / b.parties.length - 10;
  return Math.max(...b.parties.map((p) => linesHeight(doc, breakLines(doc, p, SIZE.body, w), SIZE.body)));
}

/**
 * The room a block needs at the foot of a page to start there: the whole of a heading, a vote or a signature
 * block; the first two lines of a paragraph or of a list; the first rows of a table.
 */
function leadOf(doc: Doc, b: Block, width: number): number {
  const lh = (size: number) => lineHeight(doc, size);
  switch (b.kind) {
    case 'heading':
      return SPACE.headingBefore(b.level) + linesHeight(doc, breakLines(doc, headingRuns(b), headingSize(b.level), width, { bold: true }), headingSize(b.level)) + SPACE.headingAfter;
    case 'paragraph': {
      const size = paragraphSize(b.role);
      return Math.min(2, breakLines(doc, b.runs, size, width).length) * lh(size);
    }
    case 'list': {
      // A short list (the decisions of a deliberation) whole; else its first item's first lines.
      const items = b.items.map((it) => breakLines(doc, it.runs, SIZE.body, width - 20).length);
      const all = items.reduce((a, n) => a + n, 0);
      return all <= 6 ? all * lh(SIZE.body) + items.length * SPACE.item : Math.min(2, items[0] ?? 0) * lh(SIZE.body);
    }
    case 'vote':
      return SPACE.vote[0] + b.rows.length * (lh(SIZE.body) + 2);
    case 'table':
      return 3 * (lh(SIZE.table) + 8);
    case 'signatures':
      return SPACE.signature[0] + signaturesHeight(doc, b, width);
  }
}

/** The height of a block kept with the next one (a heading, an announcing paragraph, a vote; a list's last lines). */
function heightOf(doc: Doc, b: Block, width: number): number {
  if (b.kind === 'paragraph') return linesHeight(doc, breakLines(doc, b.runs, paragraphSize(b.role), width), paragraphSize(b.role)) + SPACE.paragraphAfter(b.role);
  if (b.kind === 'heading' || b.kind === 'vote') return leadOf(doc, b, width);
  if (b.kind === 'list' && b.items.length) return Math.min(2, breakLines(doc, b.items[b.items.length - 1].runs, SIZE.body, width - 20).length) * lineHeight(doc, SIZE.body);
  return 0;
}

type Struct = PDFKit.PDFStructureElement;

/** Draws inside a new structure element of `parent` (tagged PDF: what a screen reader reads, in reading order). */
function tagged(doc: Doc, parent: Struct, type: string, draw: () => void): void {
  const el = doc.struct(type as never);
  parent.add(el);
  el.add(draw);
  el.end();
}

/** A structure element of `parent` whose children are added by `fill`. */
function group(doc: Doc, parent: Struct, type: string, fill: (el: Struct) => void): void {
  const el = doc.struct(type as never);
  parent.add(el);
  fill(el);
  el.end();
}

/**
 * The pages of the anchored blocks: those found as the blocks are laid out, and those a page column prints (found by
 * the pass before; none on the first pass, which prints a placeholder of the same width).
 */
interface Pages {
  found: Map<string, number>;
  printed?: ReadonlyMap<string, number>;
}

/** Three figures, of one width in DejaVu Serif: no wider than the column's title, as a page number up to 999. */
const PAGE_PLACEHOLDER = '000';

/** The page being laid out, from 1 (pages are only added at the end while the blocks are laid out). */
function currentPage(doc: Doc): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count;
}

/** The cells of a table, with its page column if it has one, and which columns are right-aligned. */
function tableCells(b: Extract<Block, { kind: 'table' }>, pages: Pages): { rows: string[][]; numeric: boolean[] } {
  if (b.pageColumn === undefined) return { rows: b.rows.map((r) => r.cells), numeric: b.numeric };
  const page = (r: (typeof b.rows)[number]) => {
    if (r.header) return b.pageColumn!;
    if (r.pageOf === undefined) return '';
    return pages.printed ? String(pages.printed.get(r.pageOf) ?? '') : PAGE_PLACEHOLDER;
  };
  return { rows: b.rows.map((r) => [...r.cells, page(r)]), numeric: [...b.numeric, true] };
}

function blockPdf(doc: Doc, b: Block, width: number, outline: PDFKit.PDFOutline[], parent: Struct, pages: Pages) {
  const left = MARGINS.left;
  if (b.pageBreakBefore && doc.y > doc.page.margins.top + 1) newPage(doc);
  // The page the block is laid out from: its page for a block that starts one (each act of a register).
  if (b.anchor) pages.found.set(b.anchor, currentPage(doc));
  const ensureRoom = (points: number) => {
    if (doc.y + points > bottomOf(doc) && doc.y > doc.page.margins.top + 1) newPage(doc);
  };
  switch (b.kind) {
    case 'heading': {
      const size = headingSize(b.level);
      if (!b.pageBreakBefore) doc.y += SPACE.headingBefore(b.level);
      const title = plainText(b.runs).replace(/\s+/g, ' ').trim();
      if (b.level === 1) outline[0] = doc.outline.addItem(title);
      else (outline[0] ?? doc.outline).addItem(title);
      doc.x = left;
      tagged(doc, parent, `H${b.level}`, () => writeRuns(doc, headingRuns(b), size, { align: b.centered ? 'center' : 'left', width, split: false }, { bold: true }));
      doc.y += SPACE.headingAfter;
      return;
    }
    case 'paragraph': {
      doc.x = left;
      tagged(doc, parent, 'P', () => writeRuns(doc, b.runs, paragraphSize(b.role), { align: b.role === 'header' || b.role === 'stamp' ? 'left' : 'justify', width }, { bold: b.role === 'header' }));
      doc.y += SPACE.paragraphAfter(b.role);
      return;
    }
    case 'list':
      group(doc, parent, 'L', (list) => {
        for (const item of b.items) {
          const lines = breakLines(doc, item.runs, SIZE.body, width - 20);
          // The dash and the first lines of its item on the same page.
          ensureRoom(Math.min(2, lines.length) * lineHeight(doc, SIZE.body));
          const y = doc.y;
          group(doc, list, 'LI', (li) => {
            tagged(doc, li, 'Lbl', () => doc.font('regular').fontSize(SIZE.body).text('–', left + 6, y, { lineBreak: false }));
            doc.y = y;
            tagged(doc, li, 'LBody', () => drawLines(doc, lines, left + 20, width - 20, SIZE.body, 'justify'));
          });
          doc.y += SPACE.item;
        }
      });
      doc.x = left;
      doc.y += SPACE.item;
      return;
    case 'vote': {
      doc.y += SPACE.vote[0];
      ensureRoom(b.rows.length * (lineHeight(doc, SIZE.body) + 2)); // the vote is never split across pages
      const labelWidth = Math.max(...b.rows.map((r) => doc.font('bold').fontSize(SIZE.body).widthOfString(`${r.label} :`))) + 8;
      const countWidth = 34;
      // Read as a table: the label of each row, its count, the names.
      group(doc, parent, 'Table', (table) => {
        for (const r of b.rows) {
          const y = doc.y;
          let bottom = y + lineHeight(doc, SIZE.body);
          group(doc, table, 'TR', (tr) => {
            tagged(doc, tr, 'TH', () => doc.font('bold').fontSize(SIZE.body).text(`${r.label} :`, left, y, { width: labelWidth, lineBreak: false }));
            tagged(doc, tr, 'TD', () => doc.font('bold').fontSize(SIZE.body).text(r.count, left + labelWidth, y, { width: countWidth - 8, align: 'right', lineBreak: false }));
            if (r.runs.length) {
              doc.y = y;
              tagged(doc, tr, 'TD', () => drawLines(doc, breakLines(doc, r.runs, SIZE.body, width - labelWidth - countWidth), left + labelWidth + countWidth, width - labelWidth - countWidth, SIZE.body, 'left', false));
              bottom = Math.max(bottom, doc.y);
            }
          });
          doc.x = left;
          doc.y = bottom + 2;
        }
      });
      doc.y += SPACE.vote[1];
      return;
    }
    case 'table': {
      doc.x = left;
      doc.y += 2;
      doc.font('regular').fontSize(SIZE.table);
      const cells = tableCells(b, pages);
      const widths = columnWidths(doc, cells.rows, width);
      // structParent: pdfkit tags the table (TR, TH, TD), which its typings do not say.
      const tableOptions: PDFKit.Mixins.TableOptionsWithData & { structParent: Struct } = {
        structParent: parent,
        position: { x: left, y: doc.y },
        maxWidth: width,
        columnStyles: widths,
        defaultStyle: { border: 0.6, borderColor: '#444444', padding: [3, 4, 3, 4] },
        data: b.rows.map((r, k) =>
          cells.rows[k].map((text, i) => ({
            text,
            type: r.header ? ('TH' as const) : ('TD' as const),
            align: { x: cells.numeric[i] ? ('right' as const) : ('left' as const), y: 'top' as const },
            font: { src: r.header || r.total ? 'bold' : 'regular', size: SIZE.table },
            ...(r.header ? { backgroundColor: '#e8e8e8' } : r.total ? { backgroundColor: '#f2f2f2' } : {}),
          })),
        ),
      };
      doc.table(tableOptions);
      doc.x = left;
      doc.font('regular').fontSize(SIZE.body);
      doc.y += 10;
      return;
    }
    case 'signatures': {
      doc.y += SPACE.signature[0];
      // Never split: the block before it is kept with it (renderPdf), so that it is never alone on a page.
      ensureRoom(signaturesHeight(doc, b, width));
      const top = doc.y;
      let bottom = top;
      const w = b.parties.length === 1 ? width * 0.45 : width / b.parties.length;
      group(doc, parent, 'Div', (div) => b.parties.forEach((p, i) => {
        doc.y = top;
        const x = b.parties.length === 1 ? left + width - w : left + i * w;
        const pw = b.parties.length === 1 ? w : w - 10;
        tagged(doc, div, 'P', () => drawLines(doc, breakLines(doc, p, SIZE.body, pw), x, pw, SIZE.body, 'center', false));
        bottom = Math.max(bottom, doc.y);
      }));
      doc.x = left;
      doc.y = bottom + SPACE.signature[1];
      return;
    }
  }
}

/** Column widths from the longest text of each column: the widest (the labels of a budget, the objects of a list)
 * takes what the others leave. */
function columnWidths(doc: Doc, rows: string[][], width: number): number[] {
  const n = Math.max(...rows.map((r) => r.length));
  const natural = Array.from({ length: n }, (_, i) => Math.max(30, ...rows.map((r) => doc.widthOfString(r[i] ?? '') * 1.1 + 12)));
  const wide = natural.indexOf(Math.max(...natural));
  const others = natural.map((w, i) => (i === wide ? 0 : Math.min(w, (width * 0.55) / Math.max(1, n - 1))));
  const rest = width - others.reduce((a, b) => a + b, 0);
  return others.map((w, i) => (i === wide ? rest : w));
}

const PAGE = { fr: (i: number, n: number) => `Page ${i} sur ${n}`, en: (i: number, n: number) => `Page ${i} of ${n}` };


/**
 * The PDF file of the layout. A table with a page column (a register's) is printed with the pages its rows' blocks
 * start on: the layout is laid out once to find them, then again with them, until the pages printed are the pages
 * found (the second pass, the column taking the same room with the placeholder as with the numbers).
 */
export function renderPdf(layout: Layout, options: { locale?: Locale; draft?: boolean } = {}): Promise<Uint8Array> {
  const paged = layout.blocks.some((b) => b.kind === 'table' && b.pageColumn !== undefined);
  let pass = layOut(layout, options);
  for (let k = 0; paged && k < 2 && !settled(pass.pages); k++) pass = layOut(layout, options, pass.pages.found);
  return finish(pass.doc, layout, options);
}

/** The pages printed are those found. */
function settled({ found, printed }: Pages): boolean {
  return !!printed && printed.size === found.size && [...found].every(([anchor, page]) => printed.get(anchor) === page);
}

/** A new document with the blocks of the layout laid out on its pages (no running header or page numbers yet). */
function layOut(layout: Layout, options: { locale?: Locale }, printed?: ReadonlyMap<string, number>): { doc: Doc; pages: Pages } {
  // PDF/A-2b for the archives (every font embedded, the XMP identification), tagged for accessibility (RGAA): the
  // structure of the act (headings, paragraphs, lists, tables) in reading order, the running header, the page
  // numbers and the watermark as artifacts.
  const doc = new (PDFDocument())({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    font: fontFile('regular'),
    lang: options.locale ?? 'fr',
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    displayTitle: true,
    info: { Title: layout.title, Creator: 'Délibérations', ...(layout.collectivity ? { Author: layout.collectivity } : {}) },
  });
  for (const style of ['regular', 'bold', 'italic', 'boldItalic'] as const) doc.registerFont(style, fontFile(style));
  const pages: Pages = { found: new Map(), ...(printed ? { printed } : {}) };
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  doc.font('regular').fontSize(SIZE.body);
  const outline: PDFKit.PDFOutline[] = [];
  const top = doc.page.margins.top;
  const root = doc.struct('Document');
  doc.addStructure(root);
  layout.blocks.forEach((b, i) => {
    // What announces the next block is kept on its page: a heading, a paragraph ending with « : » (« Après en avoir
    // délibéré… : » and its first decision), the block before a signature (never alone on a page).
    const next = layout.blocks[i + 1];
    const keep = next && !next.pageBreakBefore && (b.kind === 'heading' || (b.kind === 'paragraph' && b.keepWithNext) || next.kind === 'signatures');
    if (keep && !b.pageBreakBefore && doc.y > top + 1) {
      const need = heightOf(doc, b, width) + leadOf(doc, next, width);
      const page = bottomOf(doc) - top;
      if (need < page / 2 && doc.y + need > bottomOf(doc)) newPage(doc);
    }
    blockPdf(doc, b, width, outline, root, pages);
  });
  root.end();
  return { doc, pages };
}

/** The running header and the page numbers, once the number of pages is known, and the file. */
function finish(doc: Doc, layout: Layout, options: { locale?: Locale; draft?: boolean }): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Uint8Array) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  const range = doc.bufferedPageRange();
  const pageLabel = PAGE[options.locale ?? 'fr'];
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font('regular').fontSize(SIZE.footer).fillColor('#555555');
    doc.text(pageLabel(i + 1, range.count), MARGINS.left, doc.page.height - 1.3 * CM, { width, align: 'center', lineBreak: false });
    if (layout.collectivity) doc.text(layout.collectivity, MARGINS.left, 1.1 * CM, { width, align: 'right', lineBreak: false });
    doc.endMarkedContent();
    // An act exported despite its errors: « PROJET » across every page, light enough to read the act through.
    if (options.draft) {
      doc.markContent('Artifact', { type: 'Layout' });
      doc.save();
      doc.rotate(-40, { origin: [doc.page.width / 2, doc.page.height / 2] });
      doc.font('bold').fontSize(110).fillColor('#c00000').fillOpacity(0.12);
      doc.text(DRAFT[options.locale ?? 'fr'], 0, doc.page.height / 2 - 60, { width: doc.page.width, align: 'center', lineBreak: false });
      doc.restore();
      doc.endMarkedContent();
    }
    doc.fillColor('#000000').fillOpacity(1);
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
