// Word renderer of the layout (the `docx` library): real Word headings and styles, tables with their column
// titles repeated, page numbers in the footer, the convention and its annexes on new pages, A4.
import {
  AlignmentType, Bookmark, BorderStyle, Document, Footer, FrameAnchorType, Header, HeadingLevel, LevelFormat, Packer, PageNumber, PageReference,
  Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type IParagraphOptions, type ParagraphChild,
} from 'docx';
import type { Locale } from '../types';
import { DRAFT, type Block, type Layout, type Run } from './layout';

/** The decisions and other lists: a « – » before each item, as in the PDF and the HTML. */
const DASH = 'dash';

/** A paragraph with widow and orphan control (no line of it alone at the top or the foot of a page). */
const para = (options: IParagraphOptions) => new Paragraph({ widowControl: true, ...options });

const FONT = 'Times New Roman';
const A4 = { width: 11906, height: 16838 }; // twentieths of a point
const CM = 567;
const MARGIN = { top: 2 * CM, bottom: 2 * CM, left: Math.round(2.2 * CM), right: 2 * CM };
/** The width of the text between the margins, in twentieths of a point. */
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

function runs(rs: readonly Run[], extra: { bold?: boolean; size?: number } = {}): ParagraphChild[] {
  return rs.map(
    (r) =>
      new TextRun({
        text: r.text,
        bold: r.bold || extra.bold || undefined,
        italics: r.italic || undefined,
        superScript: r.sup || undefined,
        break: r.gap ? 4 : r.break ? 1 : undefined,
        size: extra.size,
      }),
  );
}

/** The children of a block's first paragraph, in a bookmark of its anchor if it has one (what a PAGEREF points to). */
function anchored(b: Block, children: ParagraphChild[]): ParagraphChild[] {
  return b.anchor ? [new Bookmark({ id: b.anchor, children })] : children;
}

/** The width of a table's page column, in percent. */
const PAGE_COLUMN = 8;

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '444444' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function cell(children: Paragraph[], opts: { shade?: boolean; width?: number } = {}): TableCell {
  return new TableCell({
    children,
    margins: { top: 40, bottom: 40, left: 90, right: 90 },
    ...(opts.shade ? { shading: { fill: 'E8E8E8' } } : {}),
    ...(opts.width ? { width: { size: opts.width, type: WidthType.PERCENTAGE } } : {}),
  });
}

/** `next`: the block after, when this one must stay on its page (a short list of decisions, before a signature). */
function blockDocx(b: Block, next?: Block): (Paragraph | Table)[] {
  const beforeSignature = next?.kind === 'signatures';
  switch (b.kind) {
    case 'heading':
      return [
        para({
          heading: HEADINGS[b.level],
          alignment: b.centered ? AlignmentType.CENTER : undefined,
          pageBreakBefore: b.pageBreakBefore || undefined,
          children: anchored(b, runs(b.runs)),
        }),
      ];
    case 'paragraph': {
      const opts: IParagraphOptions = {
        header: { style: 'CollectivityHeader' },
        attendance: { style: 'Attendance', alignment: AlignmentType.JUSTIFIED },
        stamp: { style: 'Stamp' },
        body: { alignment: AlignmentType.JUSTIFIED },
        field: {},
      }[b.role];
      return [para({ ...opts, keepNext: b.keepWithNext || undefined, pageBreakBefore: b.pageBreakBefore || undefined, children: anchored(b, runs(b.runs)) })];
    }
    case 'list': {
      // A short list (the decisions) is kept on one page; a long one keeps at least its last two items together.
      const keep = (k: number) => (b.items.length <= 6 ? k < b.items.length - 1 : k === b.items.length - 2) || (beforeSignature && k === b.items.length - 1) || undefined;
      return b.items.map((i, k) => para({ numbering: { reference: DASH, level: 0 }, alignment: AlignmentType.JUSTIFIED, keepNext: keep(k), pageBreakBefore: (k === 0 && b.pageBreakBefore) || undefined, children: k === 0 ? anchored(b, runs(i.runs)) : runs(i.runs) }));
    }
    case 'vote': {
      // Label, count, names; kept on one page (each row keeps with the next).
      const keep = (i: number) => i < b.rows.length - 1 || beforeSignature || undefined;
      return [
        new Table({
          borders: NO_BORDERS,
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: [Math.round(TEXT_WIDTH * 0.36), Math.round(TEXT_WIDTH * 0.08), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.36) - Math.round(TEXT_WIDTH * 0.08)],
          rows: b.rows.map(
            (r, i) =>
              new TableRow({
                cantSplit: true,
                children: [
                  cell([para({ style: 'Vote', keepNext: keep(i), children: [new TextRun({ text: `${r.label} :`, bold: true })] })]),
                  cell([para({ style: 'Vote', keepNext: keep(i), alignment: AlignmentType.RIGHT, children: [new TextRun({ text: r.count, bold: true })] })]),
                  cell([para({ style: 'Vote', keepNext: keep(i), children: runs(r.runs) })]),
                ],
              }),
          ),
        }),
        para({ keepNext: beforeSignature || undefined, children: [] }),
      ];
    }
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: BORDERS,
          rows: b.rows.map((r) => {
            const bold = r.header || r.total || undefined;
            const cells = r.cells.map((c, i) => ({ children: [new TextRun({ text: c, bold })], right: b.numeric[i], width: i === 0 ? undefined : Math.floor(50 / Math.max(1, b.columns - 1)) }));
            // The page column: Word works out the page of the row's block (a PAGEREF field to its bookmark).
            if (b.pageColumn !== undefined) {
              const page = r.header ? [new TextRun({ text: b.pageColumn, bold })] : r.pageOf ? [new PageReference(r.pageOf, { hyperlink: true })] : [];
              cells.push({ children: page, right: true, width: PAGE_COLUMN });
            }
            return new TableRow({
              tableHeader: r.header || undefined,
              cantSplit: true,
              children: cells.map((c) =>
                cell([para({ style: 'TableText', alignment: c.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: c.children })], { shade: r.header || r.total, width: c.width }),
              ),
            });
          }),
        }),
        para({ children: [] }),
      ];
    case 'signatures': {
      if (b.parties.length === 1) {
        return [para({ style: 'Signature', indent: { left: 9 * CM }, alignment: AlignmentType.CENTER, children: runs(b.parties[0]) })];
      }
      const width = Math.floor(100 / b.parties.length);
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: NO_BORDERS,
          rows: [new TableRow({ cantSplit: true, children: b.parties.map((p) => cell([para({ style: 'Signature', alignment: AlignmentType.CENTER, children: runs(p) })], { width })) })],
        }),
      ];
    }
  }
}

const PAGE = { fr: ['Page ', ' sur '], en: ['Page ', ' of '] };

/**
 * An act exported despite its errors: « PROJET » in large light letters across the middle of every page (a frame
 * of the page header, behind which the act reads).
 */
function watermark(locale: Locale): Paragraph {
  return para({
    frame: { type: 'absolute', position: { x: 0, y: Math.round(A4.height * 0.42) }, width: A4.width, height: 2400, anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE } },
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: DRAFT[locale], bold: true, size: 220, color: 'F4CCCC' })],
  });
}

/** The .docx file of the layout. */
export async function renderDocx(layout: Layout, options: { locale?: Locale; draft?: boolean } = {}): Promise<Uint8Array> {
  const locale = options.locale ?? 'fr';
  const [page, of] = PAGE[locale];
  const heading = (id: string, name: string, size: number, extra: { allCaps?: boolean } = {}) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: FONT, size, bold: true, color: '000000', ...extra },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
  });
  const doc = new Document({
    creator: 'Délibérations',
    title: layout.title,
    description: layout.collectivity,
    // Word works out the pages of a page column (a register's table) when it opens the document; only then, as it
    // asks first whether to update the fields.
    ...(layout.blocks.some((b) => b.kind === 'table' && b.pageColumn !== undefined) ? { features: { updateFields: true } } : {}),
    styles: {
      // French text (spelling, hyphenation, quotes in Word and LibreOffice); no line of a paragraph alone at the top
      // or the foot of a page.
      default: { document: { run: { font: FONT, size: 22, language: { value: locale === 'en' ? 'en-GB' : 'fr-FR' } }, paragraph: { spacing: { after: 120, line: 264 } } } },
      // The built-in headings keep their names (Word and LibreOffice show them as « Titre 1 »…); the act's own styles
      // are named in French.
      paragraphStyles: [
        heading('Heading1', 'Heading 1', 28, { allCaps: true }),
        heading('Heading2', 'Heading 2', 24),
        heading('Heading3', 'Heading 3', 22),
        { id: 'CollectivityHeader', name: 'En-tête de la collectivité', basedOn: 'Normal', run: { bold: true, size: 21 }, paragraph: { spacing: { after: 0 } } },
        { id: 'Attendance', name: 'Présences', basedOn: 'Normal', run: { size: 20 } },
        { id: 'Stamp', name: 'Mentions de transmission', basedOn: 'Normal', run: { size: 19 }, paragraph: { spacing: { after: 40 } } },
        { id: 'Vote', name: 'Vote', basedOn: 'Normal', paragraph: { spacing: { after: 0 } } },
        { id: 'TableText', name: 'Texte de tableau', basedOn: 'Normal', run: { size: 20 }, paragraph: { spacing: { after: 0 } } },
        { id: 'Signature', name: 'Signature', basedOn: 'Normal', paragraph: { spacing: { before: 240, after: 240 }, keepLines: true } },
      ],
    },
    numbering: {
      config: [{ reference: DASH, levels: [{ level: 0, format: LevelFormat.BULLET, text: '–', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 340 } } } }] }],
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { ...MARGIN, footer: CM, header: CM } } },
        headers: layout.collectivity || options.draft
          ? {
              default: new Header({
                children: [
                  ...(options.draft ? [watermark(locale)] : []),
                  para({ alignment: AlignmentType.RIGHT, children: layout.collectivity ? [new TextRun({ text: layout.collectivity, size: 16, color: '555555' })] : [] }),
                ],
              }),
            }
          : undefined,
        footers: {
          default: new Footer({
            children: [para({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: 18, children: [page, PageNumber.CURRENT, of, PageNumber.TOTAL_PAGES] })] })],
          }),
        },
        children: layout.blocks.flatMap((b, i) => {
          // Headings, paragraphs and lists break the page and hold the bookmark themselves; a table needs a paragraph
          // before.
          const own = b.kind === 'heading' || b.kind === 'paragraph' || b.kind === 'list';
          const paragraphs = blockDocx(b, layout.blocks[i + 1]);
          return (b.pageBreakBefore || b.anchor) && !own ? [para({ pageBreakBefore: b.pageBreakBefore || undefined, children: anchored(b, []) }), ...paragraphs] : paragraphs;
        }),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
