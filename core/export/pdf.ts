// PDF renderer of the layout (pdfkit, pure JavaScript): A4, embedded DejaVu Serif (accents, €), the same
// layout as the Word and HTML files, bookmarks on the headings, page numbers in the footer.
import type PDFKitDocument from 'pdfkit';
import type { Locale } from '../types';
import { plainText, type Block, type Layout, type Run } from './layout';
import { fontFile, type FontStyle } from './fonts';

// require, not import: the bundler then takes pdfkit's CommonJS build, whose data paths work in a CommonJS bundle.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PDFDocument: typeof PDFKitDocument = require('pdfkit');

const CM = 72 / 2.54;
const MARGINS = { top: 2 * CM, bottom: 2.2 * CM, left: 2.2 * CM, right: 2 * CM };
const SIZE = { body: 11, small: 9.5, attendance: 10, table: 10, h1: 14, h2: 12.5, h3: 11.5, footer: 8.5 };

type Doc = PDFKit.PDFDocument;

function fontOf(r: { bold?: boolean; italic?: boolean }): FontStyle {
  return r.bold ? (r.italic ? 'boldItalic' : 'bold') : r.italic ? 'italic' : 'regular';
}

/**
 * Writes runs as one paragraph (fonts change inside it); `options` apply to every line of it. A line break
 * inside the paragraph starts a new text call, so that justification and alignment stay per line.
 */
function writeRuns(doc: Doc, runs: readonly Run[], size: number, options: PDFKit.Mixins.TextOptions = {}, force: { bold?: boolean } = {}) {
  const lines: Run[][] = [[]];
  for (const r of runs) {
    if (r.break || r.gap) lines.push([]);
    if (r.text || r.gap) lines[lines.length - 1].push(r);
  }
  const x = doc.x;
  for (const line of lines) {
    doc.x = x;
    if (line[0]?.gap) doc.y += size * 3.2;
    if (line.length === 0) {
      doc.font('regular').fontSize(size).text(' ', { ...options });
      continue;
    }
    // pdfkit trims the spaces at the ends of each piece of a justified line, and centres each piece on its own:
    // a line of several pieces is aligned left, after the room left of a short centred or right-aligned line.
    let opts = options;
    if (line.length > 1 && options.align && options.align !== 'left') {
      const width = options.width ?? doc.page.width - doc.page.margins.left - doc.page.margins.right - (x - doc.page.margins.left);
      const used = line.reduce((w, r) => w + doc.font(fontOf({ bold: r.bold || force.bold, italic: r.italic })).fontSize(r.sup ? size * 0.65 : size).widthOfString(r.text), 0);
      const room = options.align === 'justify' || used > width ? 0 : options.align === 'center' ? (width - used) / 2 : width - used;
      doc.x = x + room;
      opts = { ...options, align: 'left', width: width - room };
    }
    line.forEach((r, i) => {
      const last = i === line.length - 1;
      doc.font(fontOf({ bold: r.bold || force.bold, italic: r.italic })).fontSize(r.sup ? size * 0.65 : size);
      doc.text(r.text, { ...opts, continued: !last });
    });
  }
  doc.fontSize(size);
}

function space(doc: Doc, points: number) {
  doc.y += points;
}

function ensureRoom(doc: Doc, points: number) {
  if (doc.y + points > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function blockPdf(doc: Doc, b: Block, width: number, outline: PDFKit.PDFOutline[]) {
  const left = MARGINS.left;
  if (b.pageBreakBefore) doc.addPage();
  switch (b.kind) {
    case 'heading': {
      const size = b.level === 1 ? SIZE.h1 : b.level === 2 ? SIZE.h2 : SIZE.h3;
      if (!b.pageBreakBefore) space(doc, b.level === 3 ? 6 : 10);
      ensureRoom(doc, size * 4);
      const title = plainText(b.runs).replace(/\s+/g, ' ').trim();
      if (b.level === 1) outline[0] = doc.outline.addItem(title);
      else (outline[0] ?? doc.outline).addItem(title);
      const runs = b.level === 1 ? b.runs.map((r) => ({ ...r, text: r.text.toLocaleUpperCase('fr') })) : b.runs;
      doc.x = left;
      writeRuns(doc, runs, size, { align: b.centered ? 'center' : 'left', width }, { bold: true });
      space(doc, 6);
      return;
    }
    case 'paragraph': {
      doc.x = left;
      const size = b.role === 'stamp' ? SIZE.small : b.role === 'attendance' ? SIZE.attendance : SIZE.body;
      if (b.keepWithNext) ensureRoom(doc, size * 6);
      writeRuns(doc, b.runs, size, { align: b.role === 'header' || b.role === 'stamp' ? 'left' : 'justify', width }, { bold: b.role === 'header' });
      space(doc, b.role === 'header' ? 1 : b.role === 'stamp' ? 2 : 6);
      return;
    }
    case 'list':
      for (const item of b.items) {
        ensureRoom(doc, SIZE.body * 2);
        const y = doc.y;
        doc.font('regular').fontSize(SIZE.body).text('–', left + 6, y, { lineBreak: false });
        doc.y = y;
        doc.x = left + 20;
        writeRuns(doc, item.runs, SIZE.body, { align: 'justify', width: width - 20 });
        space(doc, 3);
      }
      doc.x = left;
      space(doc, 3);
      return;
    case 'vote': {
      space(doc, 2);
      ensureRoom(doc, b.rows.length * SIZE.body * 1.6 + 8); // the vote is never split across pages
      const labelWidth = Math.max(...b.rows.map((r) => doc.font('bold').fontSize(SIZE.body).widthOfString(`${r.label} :`))) + 8;
      const countWidth = 34;
      for (const r of b.rows) {
        ensureRoom(doc, SIZE.body * 2);
        const y = doc.y;
        doc.font('bold').fontSize(SIZE.body).text(`${r.label} :`, left, y, { width: labelWidth, lineBreak: false });
        doc.font('bold').text(r.count, left + labelWidth, y, { width: countWidth - 8, align: 'right', lineBreak: false });
        let bottom = y + doc.currentLineHeight(true);
        if (r.runs.length) {
          doc.y = y;
          doc.x = left + labelWidth + countWidth;
          writeRuns(doc, r.runs, SIZE.body, { width: width - labelWidth - countWidth });
          bottom = Math.max(bottom, doc.y);
        }
        doc.x = left;
        doc.y = bottom + 2;
      }
      space(doc, 8);
      return;
    }
    case 'table': {
      doc.x = left;
      space(doc, 2);
      doc.font('regular').fontSize(SIZE.table);
      const widths = columnWidths(doc, b.rows.map((r) => r.cells), width);
      doc.table({
        position: { x: left, y: doc.y },
        maxWidth: width,
        columnStyles: widths,
        defaultStyle: { border: 0.6, borderColor: '#444444', padding: [3, 4, 3, 4] },
        data: b.rows.map((r) =>
          r.cells.map((text, i) => ({
            text,
            type: r.header ? ('TH' as const) : ('TD' as const),
            align: { x: b.numeric[i] ? ('right' as const) : ('left' as const), y: 'top' as const },
            font: { src: r.header || r.total ? 'bold' : 'regular', size: SIZE.table },
            ...(r.header ? { backgroundColor: '#e8e8e8' } : r.total ? { backgroundColor: '#f2f2f2' } : {}),
          })),
        ),
      });
      doc.x = left;
      doc.font('regular').fontSize(SIZE.body);
      space(doc, 10);
      return;
    }
    case 'signatures': {
      space(doc, 10);
      const parts = b.parties;
      const lines = Math.max(...parts.map((p) => plainText(p).split('\n').length));
      ensureRoom(doc, (lines + 2) * SIZE.body * 1.3);
      const top = doc.y;
      let bottom = top;
      if (parts.length === 1) {
        const w = width * 0.45;
        doc.x = left + width - w;
        doc.y = top;
        writeRuns(doc, parts[0], SIZE.body, { width: w, align: 'center' });
        bottom = doc.y;
      } else {
        const w = width / parts.length;
        parts.forEach((p, i) => {
          doc.x = left + i * w;
          doc.y = top;
          writeRuns(doc, p, SIZE.body, { width: w - 10, align: 'center' });
          bottom = Math.max(bottom, doc.y);
        });
      }
      doc.x = left;
      doc.y = bottom + 14;
      return;
    }
  }
}

/** Column widths from the longest text of each column: the first (labels) takes what the others leave. */
function columnWidths(doc: Doc, rows: string[][], width: number): number[] {
  const n = Math.max(...rows.map((r) => r.length));
  const natural = Array.from({ length: n }, (_, i) => Math.max(30, ...rows.map((r) => doc.widthOfString(r[i] ?? '') * 1.1 + 12)));
  const others = natural.slice(1).map((w) => Math.min(w, (width * 0.55) / Math.max(1, n - 1)));
  const rest = width - others.reduce((a, b) => a + b, 0);
  return [rest, ...others];
}

const PAGE = { fr: (i: number, n: number) => `Page ${i} sur ${n}`, en: (i: number, n: number) => `Page ${i} of ${n}` };

/** The PDF file of the layout. */
export function renderPdf(layout: Layout, options: { locale?: Locale } = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    font: fontFile('regular'),
    lang: options.locale ?? 'fr',
    displayTitle: true,
    info: { Title: layout.title, Creator: 'Délibérations', ...(layout.collectivity ? { Author: layout.collectivity } : {}) },
  });
  for (const style of ['regular', 'bold', 'italic', 'boldItalic'] as const) doc.registerFont(style, fontFile(style));
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Uint8Array) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  doc.font('regular').fontSize(SIZE.body);
  const outline: PDFKit.PDFOutline[] = [];
  for (const b of layout.blocks) blockPdf(doc, b, width, outline);
  // Running header and page numbers, once the number of pages is known.
  const range = doc.bufferedPageRange();
  const pageLabel = PAGE[options.locale ?? 'fr'];
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(SIZE.footer).fillColor('#555555');
    doc.text(pageLabel(i + 1, range.count), MARGINS.left, doc.page.height - 1.3 * CM, { width, align: 'center', lineBreak: false });
    if (layout.collectivity) doc.text(layout.collectivity, MARGINS.left, 1.1 * CM, { width, align: 'right', lineBreak: false });
    doc.fillColor('#000000');
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
