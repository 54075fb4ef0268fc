// The layout of the act as it will be printed, built once from the model and the syntax tree; every renderer
// (HTML, DOCX, PDF) consumes it, so that the walk over the document is written once.
//
// The layout keeps the text as the drafter wrote it (the act is printed, not rewritten) and gives each part its
// role: the header of the collectivity, the title « Extrait du registre des délibérations », the séance, the
// attendance, the deliberation with its decisions (bold marks), the vote, the stamps, the signature block
// (« Pour extrait conforme »), the convention and its annexes on new pages, the tables with their totals.
import type { CancellationToken } from '../types';
import { NEVER_CANCELLED } from '../types';
import type { Model } from '../model/types';
import type { DocumentNode, Line, ListLine, RowLine, Table } from '../syntax/tree';
import { hasInlines, lineAt } from '../syntax/tree';

/** A piece of text with its marks. `break` starts a new line inside the paragraph before the text. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  sup?: boolean;
  break?: boolean;
  /** Room left above this line of a signature (for the handwritten signature and the seal). */
  gap?: boolean;
}

/** The watermark of an act exported despite its errors (PDF, Word, HTML). */
export const DRAFT = { fr: 'PROJET', en: 'DRAFT' } as const;

/** Source lines of a block (0-based, inclusive): for the preview's scrolling and the findings in the margin. */
export interface SourceLines {
  first: number;
  last: number;
  /** The block starts a new page (the convention, each annex, each act of a register after the first). */
  pageBreakBefore?: boolean;
  /**
   * A name for the page the block starts on, that a table's page column gives (TableRow.pageOf): each act of a
   * register. A letter, then letters, figures or « _ » (a Word bookmark's name).
   */
  anchor?: string;
}

export type ParagraphRole = 'header' | 'body' | 'field' | 'attendance' | 'stamp';

export interface HeadingBlock extends SourceLines {
  kind: 'heading';
  /** 1: the title of the extract or of the convention; 2: séance, deliberation, article, annex; 3: numbered sections. */
  level: 1 | 2 | 3;
  runs: Run[];
  centered?: boolean;
}

export interface ParagraphBlock extends SourceLines {
  kind: 'paragraph';
  role: ParagraphRole;
  runs: Run[];
  /** A paragraph that announces what follows (« … le Conseil Municipal : ») is printed on the same page as it. */
  keepWithNext?: boolean;
}

export interface ListBlock extends SourceLines {
  kind: 'list';
  items: { runs: Run[]; line: number }[];
}

export interface VoteBlock extends SourceLines {
  kind: 'vote';
  rows: { label: string; count: string; runs: Run[]; line: number }[];
}

export interface TableRow {
  cells: string[];
  /** The first row of the table (its column titles). */
  header?: boolean;
  /** A total or subtotal row. */
  total?: boolean;
  line: number;
  /** The anchor of the block whose page this row gives in its table's page column. */
  pageOf?: string;
}

export interface TableBlock extends SourceLines {
  kind: 'table';
  columns: number;
  /** Columns that hold amounts: right-aligned. */
  numeric: boolean[];
  rows: TableRow[];
  /**
   * The title of a last column, after the cells, that gives the page of each row's `pageOf` (the table of a
   * register): printed where there are pages (PDF, Word), left out of the HTML. Not counted in `columns`.
   */
  pageColumn?: string;
}

/** Signatures: one party (« Pour extrait conforme », aligned right) or several side by side (a convention). */
export interface SignatureBlock extends SourceLines {
  kind: 'signatures';
  parties: Run[][];
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | VoteBlock | TableBlock | SignatureBlock;

export interface Layout {
  /** A short title: the deliberation and its object, or the convention's title. */
  title: string;
  /** The collectivity, for the running header; undefined when the document does not name it. */
  collectivity?: string;
  blocks: Block[];
}

const EXTRACT_TITLE = /^\s*(?:\*\*)?\s*extrait\s+(?:du\s+)?(?:registre|proc[èe]s)/i;
const SEANCE = /^\s*(?:\*\*)?\s*s[ée]ance\s+(?:publique\s+|ordinaire\s+|extraordinaire\s+)?du\b/i;
const REPORT_HEAD = /^\s*(?:\*\*)?\s*(?:Rapport|D[ée]lib[ée]ration|DÉLIBÉRATION|Dossier)\s+n\s*°/i;
const STAMP = /^\s*(?:transmise?s?|télétransmise?s?|reçue?|publiée?s?|affichée?s?|préfecture|sous-préfecture|contrôle\s+de\s+légalité|accusé\s+de\s+réception|rendue?\s+exécutoire|certifiée?\s+exécutoire|mise?\s+en\s+ligne)(?=[\s,:]|$)/i;
const EXTRACT_SIGNATURE = /^\s*(?:\*\*)?\s*pour\s+(?:extrait|copie)\s+conforme/i;
const CONVENTION_SIGNATURE = /^\s*Fait\s+(?:en|à)\b/i;
const VOTE_LABEL = /^(?:pour|contre|abstentions?|ne (?:prend|prennent) pas part au vote|nppv|non[- ]participations?|ne participent? pas au vote|votants|suffrages exprimés)$/i;
const TOTAL_LABEL = /^\s*(?:sous[- ]?)?tota(?:l|ux)\b|^\s*montant\s+total\b/i;

/** Runs of a line's text from `start` (an offset in the document), following the marks found by the parser. */
function runsOf(doc: DocumentNode, line: Line, start: number, state: MarkState): Run[] {
  const runs: Run[] = [];
  let pos = start;
  const shown = printedText(doc, line);
  const push = (end: number) => {
    if (end <= pos) return;
    const text = shown.slice(pos - line.offset, end - line.offset);
    const marks = { ...(state.bold ? { bold: true } : {}), ...(state.italic ? { italic: true } : {}) };
    // A superscript inside a token (« 1^{er} septembre » is read as one date) is split here.
    text.split(/\^\{([^}]*)\}/).forEach((piece, k) => {
      if (piece) runs.push({ text: piece, ...marks, ...(state.sup || k % 2 === 1 ? { sup: true } : {}) });
    });
  };
  if (hasInlines(line)) {
    for (const n of line.inlines) {
      if (n.type !== 'mark' || n.offset < start) continue;
      push(n.offset);
      pos = n.end;
      if (n.mark === 'bold') state.bold = !state.bold;
      else if (n.mark === 'italic') state.italic = !state.italic;
      else if (n.mark === 'sup-open') state.sup = true;
      else state.sup = false;
    }
  }
  push(line.end);
  state.sup = false; // a superscript never runs past its line
  return trimRuns(runs);
}

/**
 * French typography, on the spaces already written (the act is printed, not rewritten; one character for one, so
 * that offsets hold): no break after a civility or « n° », before « : ; ! ? » and « », after « », and between a
 * figure and « € » or « % ».
 */
const NO_BREAK_AFTER = /(?<![\p{L}\p{N}])(?:M\.|MM\.|Mme|Mmes|Mlle|Mlles|Dr|n°|N°|nº|art\.|«) (?=\S)/gu;
const NO_BREAK_BEFORE = /(?<=\S) (?=[:;!?»])|(?<=\d) (?=(?:€|%|euros?)(?![\p{L}]))/gu;

/**
 * The line's text as printed: no-break spaces inside amounts and percentages (« 33 900 € », « 60 % ») and where
 * French typography wants them (above), so that the printed line is never cut there.
 */
function printedText(doc: DocumentNode, line: Line): string {
  const text = doc.text.slice(line.offset, line.end);
  const chars = text.split('');
  if (hasInlines(line)) {
    for (const n of line.inlines) {
      if (n.type !== 'amount' && n.type !== 'percent') continue;
      for (let i = n.offset - line.offset; i < n.end - line.offset; i++) if (chars[i] === ' ') chars[i] = '\u00a0';
    }
  }
  for (const m of text.matchAll(NO_BREAK_AFTER)) chars[m.index! + m[0].length - 1] = '\u00a0';
  for (const m of text.matchAll(NO_BREAK_BEFORE)) chars[m.index!] = '\u00a0';
  return chars.join('');
}

interface MarkState {
  bold: boolean;
  italic: boolean;
  sup: boolean;
}

function trimRuns(runs: Run[]): Run[] {
  if (runs.length) runs[0] = { ...runs[0], text: runs[0].text.replace(/^[ \t\u00a0]+/, '') };
  if (runs.length) runs[runs.length - 1] = { ...runs[runs.length - 1], text: runs[runs.length - 1].text.replace(/[ \t\u00a0\r]+$/, '') };
  return runs.filter((r) => r.text.length > 0 || r.break);
}

/** The plain text of runs (marks dropped). */
export function plainText(runs: readonly Run[]): string {
  return runs.map((r) => (r.break ? '\n' : '') + r.text).join('');
}

/** A text with its marks removed: « **FIXE** le 1^{er} » → « FIXE le 1er ». */
export function stripMarks(text: string): string {
  return text.replace(/\*\*|\^\{([^}]*)\}|(?<![\s*])\*(?!\s)|(?<=\s|^)\*(?=\S)/g, (_m, sup: string | undefined) => sup ?? '');
}

function listRuns(doc: DocumentNode, l: ListLine): Run[] {
  const shown = printedText(doc, l);
  const label = shown.slice(l.labelSpan.offset - l.offset, l.labelSpan.end - l.offset).trim();
  const rest = shown.slice(l.labelSpan.end - l.offset).trim();
  // Delegates under their communes (« Barby : M. X Chambéry : Mme Y, M. Z »): one line per commune.
  const labels = l.communes.filter((c) => !c.mention && c.offset >= l.labelSpan.end);
  if (labels.length > 1) {
    const runs: Run[] = [{ text: label, bold: true }];
    const before = shown.slice(l.labelSpan.end - l.offset, labels[0].offset - l.offset).trim();
    if (before) runs.push({ text: ` ${before}` });
    labels.forEach((c, k) => {
      const end = k + 1 < labels.length ? labels[k + 1].offset : l.end;
      const text = shown.slice(c.offset - l.offset, end - l.offset).trim();
      if (text) runs.push({ text, break: true });
    });
    return runs;
  }
  return rest ? [{ text: label, bold: true }, { text: ` ${rest}` }] : [{ text: label, bold: true }];
}

function rowCells(r: RowLine): string[] {
  return r.cells.map((c) => stripMarks(c.text.trim()));
}

function tableBlock(t: Table): TableBlock {
  const columns = Math.max(...t.rows.map((r) => r.cells.length));
  const numeric = Array.from({ length: columns }, (_, i) => i > 0 && t.rows.slice(1).some((r) => (r.cells[i]?.amounts.length ?? 0) > 0 || (r.cells[i]?.percents.length ?? 0) > 0));
  const rows: TableRow[] = t.rows.map((r, i) => {
    const cells = rowCells(r);
    while (cells.length < columns) cells.push('');
    return { cells, line: r.range.start.line, ...(i === 0 && t.rows.length > 1 ? { header: true } : {}), ...(i > 0 && TOTAL_LABEL.test(cells[0]) ? { total: true } : {}) };
  });
  return { kind: 'table', columns, numeric, rows, first: t.range.start.line, last: t.range.end.line };
}

/**
 * The layout of a whole file: its act, or every act of a register one after the other, each from a new page (the
 * title names the first act and how many follow; the running header, the collectivity all the acts share).
 */
export function buildFileLayout(acts: readonly Model[], token: CancellationToken = NEVER_CANCELLED): Layout {
  const layouts = acts.map((m) => buildLayout(m, token));
  if (layouts.length <= 1) return layouts[0] ?? { title: '', blocks: [] };
  const blocks: Block[] = [];
  for (const l of layouts) {
    if (blocks.length && l.blocks.length) l.blocks[0].pageBreakBefore = true;
    blocks.push(...l.blocks);
  }
  const more = layouts.length - 1;
  // The running header names the collectivity only when every act that names one names the same.
  const named = new Set(layouts.map((l) => l.collectivity).filter((c) => c !== undefined));
  return {
    title: `${layouts[0]?.title ?? ''} (+ ${more} ${more > 1 ? 'autres actes' : 'autre acte'})`.trim(),
    collectivity: named.size === 1 ? [...named][0] : undefined,
    blocks,
  };
}

/** Builds the layout of one act. */
export function buildLayout(model: Model, token: CancellationToken = NEVER_CANCELLED): Layout {
  const doc = model.doc;
  const lines = doc.lines;
  const blocks: Block[] = [];
  const conventionStart = model.convention ? doc.lines.find((l) => l.offset >= model.convention!.span.offset && l.type !== 'blank') : undefined;
  const titleLine = lines.findIndex((l) => l.type !== 'blank' && EXTRACT_TITLE.test(l.text));
  const firstContent = lines.findIndex((l) => l.type !== 'blank');
  const tables = new Map(doc.tables.map((t) => [t.range.start.line, t]));
  let signature: SignatureBlock | undefined;
  let signatureAlign: 'extract' | 'convention' | undefined;
  let inConvention = false;
  let partyClosed = false;
  const state: MarkState = { bold: false, italic: false, sup: false };

  let i = 0;
  while (i < lines.length) {
    if (token.isCancellationRequested) break;
    const l = lines[i];
    const no = l.range.start.line;
    if (l.type === 'blank') {
      i++;
      // Two blank lines end a signature block (the stamps or the convention follow).
      if (signature && i < lines.length && lines[i].type === 'blank') signature = undefined;
      continue;
    }
    if (conventionStart && l === conventionStart) {
      // The convention's title: its first paragraph, on a new page.
      inConvention = true;
      signature = undefined;
      const para = paragraphLines(lines, i);
      blocks.push({ kind: 'heading', level: 1, centered: true, pageBreakBefore: blocks.length > 0, runs: joinLines(doc, para, state), first: no, last: para[para.length - 1].range.start.line });
      i += para.length;
      continue;
    }
    if (l.type === 'row') {
      const t = tables.get(no)!;
      signature = undefined;
      blocks.push(tableBlock(t));
      i += t.rows.length;
      continue;
    }
    if (l.type === 'annex') {
      signature = undefined;
      blocks.push({ kind: 'heading', level: 2, pageBreakBefore: blocks.length > 0, runs: runsOf(doc, l, l.offset, state), first: no, last: no });
      i++;
      continue;
    }
    if (l.type === 'article') {
      signature = undefined;
      blocks.push({ kind: 'heading', level: 2, runs: runsOf(doc, l, l.offset, state), first: no, last: no });
      i++;
      continue;
    }
    if (l.type === 'list') {
      blocks.push({ kind: 'paragraph', role: 'attendance', runs: listRuns(doc, l), first: no, last: no });
      i++;
      continue;
    }
    if (l.type === 'bullet') {
      const items: ListBlock['items'] = [];
      while (i < lines.length && lines[i].type === 'bullet') {
        const b = lines[i];
        const lead = /^\s*[-–—•*][ \u00a0]+/.exec(b.text)?.[0].length ?? 0;
        items.push({ runs: runsOf(doc, b, b.offset + lead, state), line: b.range.start.line });
        i++;
      }
      blocks.push({ kind: 'list', items, first: no, last: items[items.length - 1].line });
      continue;
    }
    if (l.type === 'field' && VOTE_LABEL.test(l.label.trim())) {
      // The vote: the consecutive vote lines, blank lines between them included.
      const rows: VoteBlock['rows'] = [];
      let j = i;
      while (j < lines.length) {
        const v = lines[j];
        if (v.type === 'blank') { j++; continue; }
        if (v.type !== 'field' || !VOTE_LABEL.test(v.label.trim())) break;
        const rest = runsOf(doc, v, v.labelSpan.end, state);
        const text = plainText(rest).replace(/^[\s:]+/, '');
        const count = /^\d+/.exec(text)?.[0] ?? '';
        const names = text.slice(count.length).trim();
        rows.push({ label: v.label.trim(), count, runs: names ? [{ text: names }] : [], line: v.range.start.line });
        j++;
      }
      while (j > i && lines[j - 1].type === 'blank') j--;
      blocks.push({ kind: 'vote', rows, first: no, last: rows[rows.length - 1].line });
      i = j;
      continue;
    }
    // Prose, fields and numbered headings.
    if (l.type === 'heading') {
      blocks.push({ kind: 'heading', level: 3, runs: runsOf(doc, l, l.offset, state), first: no, last: no });
      i++;
      continue;
    }
    if (i === titleLine) {
      blocks.push({ kind: 'heading', level: 1, centered: true, runs: runsOf(doc, l, l.offset, state), first: no, last: no });
      i++;
      continue;
    }
    if (SEANCE.test(l.text) && !inConvention) {
      blocks.push({ kind: 'heading', level: 2, centered: true, runs: runsOf(doc, l, l.offset, state), first: no, last: no });
      i++;
      continue;
    }
    if (REPORT_HEAD.test(l.text) && !inConvention) {
      blocks.push({ kind: 'heading', level: 2, runs: runsOf(doc, l, l.offset, state), first: no, last: no });
      i++;
      continue;
    }
    if (titleLine > 0 && i < titleLine && i >= firstContent) {
      // The header of the collectivity, above the title: one paragraph per line.
      blocks.push({ kind: 'paragraph', role: 'header', runs: runsOf(doc, l, l.offset, state), first: no, last: no });
      i++;
      continue;
    }
    if (STAMP.test(l.text)) {
      blocks.push({ kind: 'paragraph', role: 'stamp', runs: runsOf(doc, l, l.offset, state), first: no, last: no });
      i++;
      continue;
    }
    const para = paragraphLines(lines, i);
    // A sentence that ends with a colon and announces what follows (« Il est proposé d'attribuer les subventions
    // suivantes : ») is no field label: printed as written, not in bold.
    const announcing = l.type === 'field' && para.length === 1 && !l.text.slice(l.labelSpan.end - l.offset).replace(/^\s*:/, '').trim() && l.label.trim().split(/\s+/).length >= 5;
    const asField = l.type === 'field' && !announcing;
    const runs = asField ? fieldRuns(doc, para, state) : joinLines(doc, para, state);
    const last = para[para.length - 1].range.start.line;
    i += para.length;
    if (EXTRACT_SIGNATURE.test(l.text) || (inConvention && CONVENTION_SIGNATURE.test(l.text))) {
      // The closing formula: the signature block follows.
      signatureAlign = EXTRACT_SIGNATURE.test(l.text) ? 'extract' : 'convention';
      if (signatureAlign === 'extract') {
        signature = { kind: 'signatures', parties: [runs], first: no, last };
        blocks.push(signature);
      } else {
        blocks.push({ kind: 'paragraph', role: 'body', runs, first: no, last });
        signature = { kind: 'signatures', parties: [], first: no, last };
        partyClosed = false;
        blocks.push(signature);
      }
      continue;
    }
    if (signature && isSignatureLine(para)) {
      // A party of the convention (« Le Maire, / Pascal ROUTHIER »), or the next lines of « Pour extrait conforme ».
      // A party ends with a name (a word in capitals): « Le Président du Pôle / des Microtechniques » then « Etienne BOYER ».
      const open = signatureAlign === 'extract' || (signature.parties.length > 0 && !partyClosed);
      if (open && signature.parties.length) signature.parties[signature.parties.length - 1].push(...runs.map((r, k) => (k === 0 ? { ...r, break: true } : r)));
      else signature.parties.push(runs);
      partyClosed = signatureAlign === 'convention' && /\b\p{Lu}{2,}\b/u.test(plainText(signature.parties[signature.parties.length - 1]));
      signature.last = last;
      continue;
    }
    signature = undefined;
    blocks.push({ kind: 'paragraph', role: asField ? 'field' : 'body', runs, first: no, last });
  }
  // A convention's signature formula without parties leaves an empty block.
  const kept = blocks.filter((b) => b.kind !== 'signatures' || b.parties.length > 0);
  kept.forEach((b, i) => {
    if (b.kind === 'signatures') b.parties = b.parties.map(withSignatureGap);
    // What announces the next block, and what comes just before a signature (never alone on its page).
    if (b.kind === 'paragraph' && b.role !== 'header' && (/:\s*$/.test(plainText(b.runs)) || kept[i + 1]?.kind === 'signatures')) b.keepWithNext = true;
  });
  return { title: titleOf(model), collectivity: collectivityOf(model), blocks: kept };
}

/** Room above the signatory's name (the first line, after the first, that holds a word in capitals). */
function withSignatureGap(party: Run[]): Run[] {
  const lineStarts = party.map((r, i) => (i === 0 || r.break ? i : -1)).filter((i) => i >= 0);
  const lineOf = (start: number) => {
    const next = lineStarts.find((s) => s > start) ?? party.length;
    return plainText(party.slice(start, next));
  };
  const name = lineStarts.slice(1).find((s) => /\p{Lu}{2,}/u.test(lineOf(s)));
  return name === undefined ? party : party.map((r, i) => (i === name ? { ...r, gap: true } : r));
}

/** Short lines (names, qualities) make a signature; a long sentence ends the block. */
function isSignatureLine(para: Line[]): boolean {
  return para.every((l) => l.text.trim().length <= 80 && l.type !== 'row' && l.type !== 'list' && !/[.;]\s*$/.test(l.text.trim()));
}

/** The consecutive non-blank lines of prose or fields from i (a paragraph printed with line breaks). */
function paragraphLines(lines: Line[], i: number): Line[] {
  const out: Line[] = [lines[i]];
  // Field lines (« Date de convocation : … ») each make their own line; prose continues up to a blank line.
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j];
    if (l.type !== 'prose' && !(l.type === 'field' && lines[i].type === 'field')) break;
    if (STAMP.test(l.text) || EXTRACT_SIGNATURE.test(l.text) || CONVENTION_SIGNATURE.test(l.text)) break;
    out.push(l);
  }
  return out;
}

function joinLines(doc: DocumentNode, para: Line[], state: MarkState): Run[] {
  const runs: Run[] = [];
  para.forEach((l, k) => {
    const rs = runsOf(doc, l, l.offset, state);
    if (k > 0 && rs.length) rs[0] = { ...rs[0], break: true };
    runs.push(...rs);
  });
  return runs;
}

/** Field lines: the label in bold, the value as written. */
function fieldRuns(doc: DocumentNode, para: Line[], state: MarkState): Run[] {
  const runs: Run[] = [];
  para.forEach((l, k) => {
    const rs: Run[] = [];
    if (l.type === 'field') {
      rs.push({ text: printedText(doc, l).slice(l.labelSpan.offset - l.offset, l.labelSpan.end - l.offset).trim(), bold: true });
      const rest = runsOf(doc, l, l.labelSpan.end, state);
      if (rest.length) rest[0] = { ...rest[0], text: ` ${rest[0].text}` };
      rs.push(...rest);
    } else rs.push(...runsOf(doc, l, l.offset, state));
    if (k > 0 && rs.length) rs[0] = { ...rs[0], break: true };
    runs.push(...rs);
  });
  return runs;
}

function titleOf(model: Model): string {
  const r = model.reports[0];
  if (r) {
    const n = r.deliberationNumber ? `Délibération n°${r.deliberationNumber.text}` : r.number ? `Rapport n°${r.number}` : 'Délibération';
    return stripMarks(r.title ? `${n} – ${r.title}` : n);
  }
  if (model.convention) return stripMarks(model.convention.title).replace(/\s+/g, ' ').trim();
  const first = model.doc.lines.find((l) => l.type !== 'blank');
  return first ? stripMarks(first.text.trim()) : '';
}

/** The collectivity as the document names it: its header (« COMMUNE DE … ») or the first party of the convention. */
export function collectivityOf(model: Model): string | undefined {
  const c = model.seance.collectivity;
  if (c) {
    const line = (lineAt(model.doc, c.span.range.start.line)?.text ?? c.name).trim();
    return c.kind === 'commune' ? `Commune de ${titleCase(c.name)}` : titleCase(line);
  }
  return model.convention?.grantor?.name;
}

/** « POUILLEY-LES-VIGNES » → « Pouilley-les-Vignes »: the usual spelling of a name written in capitals. */
export function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  const small = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'sur', 'sous', 'lès', 'lez', 'en', 'et', 'aux', 'au']);
  return name
    .toLowerCase()
    .replace(/[\p{L}]+/gu, (w, offset: number) => (offset > 0 && small.has(w) ? w : w[0].toUpperCase() + w.slice(1)))
    .replace(/\b([ldLD])(['’])([\p{L}])/gu, (_m, a: string, q: string, b: string) => `${a.toLowerCase()}${q}${b.toUpperCase()}`);
}
