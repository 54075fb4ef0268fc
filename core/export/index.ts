// Final documents of an act: the layout built once from the analysis, then one renderer per format.
// Pure except write.ts (the file system) and fonts.ts (where the PDF fonts are).
import * as path from 'node:path';
import type { Analysis } from '../analyze';
import type { CancellationToken, Finding, Locale } from '../types';
import { buildFileLayout, type Layout } from './layout';
import { renderHtml } from './html';
import { renderPdf } from './pdf';

export { buildLayout, buildFileLayout, type Layout } from './layout';
export { renderHtml, renderBody, escapeHtml } from './html';
export { renderPdf } from './pdf';
export { scdlRows, scdlRowsOfFile, scdlProblems, matterOf, openDataOptions, toCsv, SCDL_FIELDS, SCDL_REQUIRED, type ScdlOptions, type ScdlRow } from './csv';
export { writeAtomic, freeName, taken, type OnExisting } from './write';
export { seanceListLayout, resultOf } from './seance-list';
export { seancePvLayout } from './seance-pv';
export { registreLayout } from './registre';
export { seanceDocuments, registreDocument, problemMessage, type ActsInput, type DocumentsProblem, type DocumentsFailure, type SeanceDocuments, type RegistreDocument } from './documents';

// require, not import: the docx library (a bundle of its own, dist/docx.js) is loaded with the first Word file, as
// pdfkit with the first PDF; imported, it was loaded and its code run by every `delib check` and the extension's start.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const docx = (): typeof import('./docx') => require('./docx');

/** Formats of one act; `csv` (open data) gathers every act into one table. */
export const DOCUMENT_FORMATS = ['docx', 'pdf', 'html'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
export const EXPORT_FORMATS = [...DOCUMENT_FORMATS, 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The findings that stop an export unless the user insists (--force, or a confirmation in VS Code). */
export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}

export interface RenderOptions {
  locale?: Locale;
  token?: CancellationToken;
  /** Exported despite its errors (--force): « PROJET » on every page. */
  draft?: boolean;
}

/** The document formats among the formats asked for (the CSV gathers every act apart). */
export function documentFormats(formats: readonly ExportFormat[]): DocumentFormat[] {
  return formats.filter((f): f is DocumentFormat => (DOCUMENT_FORMATS as readonly string[]).includes(f));
}

/** The file of a document in a format: its act, or every act of a register, each from a new page. */
export async function renderDocument(analysis: Analysis, format: DocumentFormat, options: RenderOptions = {}): Promise<Uint8Array> {
  return renderLayout(buildFileLayout(analysis.acts, options.token), format, options);
}

/** The files of a document in several formats, from one layout. */
export async function* renderDocuments(analysis: Analysis, formats: readonly DocumentFormat[], options: RenderOptions = {}): AsyncGenerator<[DocumentFormat, Uint8Array]> {
  const layout = buildFileLayout(analysis.acts, options.token);
  for (const format of formats) yield [format, await renderLayout(layout, format, options)];
}

/** The file of a layout made elsewhere (the documents of a séance, the registre of a year). */
export function renderLayoutAs(layout: Layout, format: DocumentFormat, options: RenderOptions = {}): Promise<Uint8Array> {
  return renderLayout(layout, format, options);
}

async function renderLayout(layout: Layout, format: DocumentFormat, options: RenderOptions): Promise<Uint8Array> {
  switch (format) {
    case 'html':
      return new TextEncoder().encode(renderHtml(layout, { locale: options.locale, draft: options.draft }));
    case 'docx':
      return docx().renderDocx(layout, { locale: options.locale, draft: options.draft });
    case 'pdf':
      return renderPdf(layout, { locale: options.locale, draft: options.draft });
  }
}

/** Where the file of an act goes: « dir/acte.delib » → « OUT/acte.pdf », OUT being `outDir` or the act's folder. */
export function outputPath(source: string, format: DocumentFormat, outDir?: string): string {
  const base = path.basename(source).replace(/\.[^.]+$/, '') || 'acte';
  return path.join(outDir ?? path.dirname(source), `${base}.${format}`);
}

/** The name of the open data table written for a set of acts. */
export const CSV_FILE_NAME = 'deliberations.csv';
