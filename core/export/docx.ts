// Word renderer of the layout (the `docx` library): real Word headings and styles, tables with their column
// titles repeated, page numbers in the footer, the convention and its annexes on new pages, A4.
import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow,
  TextRun, WidthType, type IParagraphOptions, type ParagraphChild,
} from 'docx';
import type { Locale } from '../types';
import type { Block, Layout, Run } from './layout';

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

function blockDocx(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[b.level],
          alignment: b.centered ? AlignmentType.CENTER : undefined,
          pageBreakBefore: b.pageBreakBefore || undefined,
          children: runs(b.runs),
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
      return [new Paragraph({ ...opts, keepNext: b.keepWithNext, pageBreakBefore: b.pageBreakBefore || undefined, children: runs(b.runs) })];
    }
    case 'list':
      return b.items.map((i, k) => new Paragraph({ bullet: { level: 0 }, alignment: AlignmentType.JUSTIFIED, pageBreakBefore: (k === 0 && b.pageBreakBefore) || undefined, children: runs(i.runs) }));
    case 'vote': {
      // Label, count, names; kept on one page (each row keeps with the next).
      const keep = (i: number) => i < b.rows.length - 1 || undefined;
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
                  cell([new Paragraph({ style: 'Vote', keepNext: keep(i), children: [new TextRun({ text: `${r.label} :`, bold: true })] })]),
                  cell([new Paragraph({ style: 'Vote', keepNext: keep(i), alignment: AlignmentType.RIGHT, children: [new TextRun({ text: r.count, bold: true })] })]),
                  cell([new Paragraph({ style: 'Vote', keepNext: keep(i), children: runs(r.runs) })]),
                ],
              }),
          ),
        }),
        new Paragraph({ children: [] }),
      ];
    }
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: BORDERS,
          rows: b.rows.map(
            (r) =>
              new TableRow({
                tableHeader: r.header || undefined,
                cantSplit: true,
                children: r.cells.map((c, i) =>
                  cell(
                    [
                      new Paragraph({
                        style: 'TableText',
                        alignment: b.numeric[i] ? AlignmentType.RIGHT : AlignmentType.LEFT,
                        children: [new TextRun({ text: c, bold: r.header || r.total || undefined })],
                      }),
                    ],
                    { shade: r.header || r.total, width: i === 0 ? undefined : Math.floor(50 / Math.max(1, b.columns - 1)) },
                  ),
                ),
              }),
          ),
        }),
        new Paragraph({ children: [] }),
      ];
    case 'signatures': {
      if (b.parties.length === 1) {
        return [new Paragraph({ style: 'Signature', indent: { left: 9 * CM }, alignment: AlignmentType.CENTER, children: runs(b.parties[0]) })];
      }
      const width = Math.floor(100 / b.parties.length);
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: NO_BORDERS,
          rows: [new TableRow({ cantSplit: true, children: b.parties.map((p) => cell([new Paragraph({ style: 'Signature', alignment: AlignmentType.CENTER, children: runs(p) })], { width })) })],
        }),
      ];
    }
  }
}

const PAGE = { fr: ['Page ', ' sur '], en: ['Page ', ' of '] };

/** The .docx file of the layout. */
export async function renderDocx(layout: Layout, options: { locale?: Locale } = {}): Promise<Uint8Array> {
  const [page, of] = PAGE[options.locale ?? 'fr'];
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
    styles: {
      default: { document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 264 } } } },
      paragraphStyles: [
        heading('Heading1', 'Heading 1', 28, { allCaps: true }),
        heading('Heading2', 'Heading 2', 24),
        heading('Heading3', 'Heading 3', 22),
        { id: 'CollectivityHeader', name: 'Collectivity header', basedOn: 'Normal', run: { bold: true, size: 21 }, paragraph: { spacing: { after: 0 } } },
        { id: 'Attendance', name: 'Attendance', basedOn: 'Normal', run: { size: 20 } },
        { id: 'Stamp', name: 'Stamp', basedOn: 'Normal', run: { size: 19 }, paragraph: { spacing: { after: 40 } } },
        { id: 'Vote', name: 'Vote', basedOn: 'Normal', paragraph: { spacing: { after: 0 } } },
        { id: 'TableText', name: 'Table text', basedOn: 'Normal', run: { size: 20 }, paragraph: { spacing: { after: 0 } } },
        { id: 'Signature', name: 'Signature', basedOn: 'Normal', paragraph: { spacing: { before: 240, after: 240 }, keepLines: true } },
      ],
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { ...MARGIN, footer: CM, header: CM } } },
        headers: layout.collectivity
          ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: layout.collectivity, size: 16, color: '555555' })] })] }) }
          : undefined,
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: 18, children: [page, PageNumber.CURRENT, of, PageNumber.TOTAL_PAGES] })] })],
          }),
        },
        children: layout.blocks.flatMap((b) => {
          // Headings, paragraphs and lists break the page themselves; a table starting a page needs a paragraph before.
          const own = b.kind === 'heading' || b.kind === 'paragraph' || b.kind === 'list';
          return b.pageBreakBefore && !own ? [new Paragraph({ pageBreakBefore: true, children: [] }), ...blockDocx(b)] : blockDocx(b);
        }),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
