// Open data: the SCDL « Délibérations » table (schema.data.gouv.fr, scdl/deliberations), one row per
// deliberation, over any number of acts. Only what the document states (or the user gives) is written: a
// required field the document does not give stays empty and is named in a warning, never invented.
// CSV as RFC 4180 / Table Schema's default dialect: comma separator, double quotes, CRLF, UTF-8.
import type { Locale } from '../types';
import type { Model, Report } from '../model/types';
import type { Analysis } from '../analyze';
import type { DateNode } from '../syntax/tree';
import { collectivityOf, stripMarks } from './layout';

export const SCDL_FIELDS = [
  'COLL_NOM', 'COLL_SIRET', 'DELIB_ID', 'DELIB_DATE', 'DELIB_MATIERE_CODE', 'DELIB_MATIERE_NOM', 'DELIB_OBJET',
  'BUDGET_ANNEE', 'BUDGET_NOM', 'PREF_ID', 'PREF_DATE', 'VOTE_EFFECTIF', 'VOTE_REEL', 'VOTE_POUR', 'VOTE_CONTRE',
  'VOTE_ABSTENTION', 'DELIB_URL',
] as const;

export type ScdlField = (typeof SCDL_FIELDS)[number];
export type ScdlRow = Record<ScdlField, string>;

/** The fields the schema requires. */
export const SCDL_REQUIRED: readonly ScdlField[] = ['COLL_NOM', 'COLL_SIRET', 'DELIB_ID', 'DELIB_DATE', 'DELIB_MATIERE_CODE', 'DELIB_MATIERE_NOM', 'DELIB_OBJET'];

/** What the document cannot give: from the settings or the command line. */
export interface ScdlOptions {
  /** Overrides the collectivity's name found in the document. */
  collectivity?: string;
  /** SIRET of the collectivity (14 digits). */
  siret?: string;
  /** Code of the @ctes nomenclature (« 7.5 ») and its title (« Finances locales / Subventions »). */
  matiereCode?: string;
  matiereNom?: string;
  /** Identifier of the prefecture (PREF_ID). */
  prefId?: string;
  /** Address of the published act (DELIB_URL). */
  url?: string;
  locale?: Locale;
}

export interface ScdlResult {
  rows: ScdlRow[];
  /** One message per row with missing required fields, naming them. */
  warnings: string[];
}

function isoDate(d: { year?: number; month: number; day: number } | undefined): string {
  if (!d?.year) return '';
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

function count(n: number | undefined): string {
  return n === undefined ? '' : String(n);
}

/** The rows of every deliberation of a file: one act or several (a register). */
export function scdlRowsOfFile(analysis: Pick<Analysis, 'acts'>, source: string, options: ScdlOptions = {}): ScdlResult {
  const out: ScdlResult = { rows: [], warnings: [] };
  for (const act of analysis.acts) {
    const r = scdlRows(act, source, options);
    out.rows.push(...r.rows);
    out.warnings.push(...r.warnings);
  }
  return out;
}

/** The rows of one act (one per deliberation it holds); `source` names the act in the warnings. */
export function scdlRows(model: Model, source: string, options: ScdlOptions = {}): ScdlResult {
  const rows: ScdlRow[] = [];
  const warnings: string[] = [];
  const s = model.seance;
  const seanceDate: DateNode['date'] | undefined = s.date?.date ?? (s.dateInWords ? { ...s.dateInWords } : undefined);
  // PREF_DATE is the date of reception at the prefecture; a date of transmission is not one.
  const reception = s.stamps.find((x) => x.kind === 'reception');
  model.reports.forEach((r: Report) => {
    const v = r.vote;
    const pour = v?.pour?.value;
    const contre = v?.contre?.value;
    const abstention = v?.abstention?.value;
    // VOTE_REEL: the votes cast as the document counts them; only when all three are given.
    const reel = pour !== undefined && contre !== undefined && abstention !== undefined ? pour + contre + abstention : undefined;
    const row: ScdlRow = {
      COLL_NOM: options.collectivity ?? collectivityOf(model) ?? '',
      COLL_SIRET: options.siret ?? '',
      DELIB_ID: r.deliberationNumber?.text ?? r.number ?? '',
      DELIB_DATE: isoDate(seanceDate),
      DELIB_MATIERE_CODE: options.matiereCode ?? '',
      DELIB_MATIERE_NOM: options.matiereNom ?? '',
      DELIB_OBJET: r.title ? stripMarks(r.title).replace(/\s+/g, ' ').trim() : '',
      BUDGET_ANNEE: '',
      BUDGET_NOM: '',
      PREF_ID: options.prefId ?? '',
      PREF_DATE: isoDate(reception?.date.date),
      VOTE_EFFECTIF: count(s.membersInOffice?.value),
      VOTE_REEL: count(reel),
      VOTE_POUR: count(pour),
      VOTE_CONTRE: count(contre),
      VOTE_ABSTENTION: count(abstention),
      DELIB_URL: options.url ?? '',
    };
    rows.push(row);
    const missing = SCDL_REQUIRED.filter((f) => !row[f]);
    if (missing.length) {
      const id = row.DELIB_ID || String(rows.length);
      warnings.push(
        options.locale === 'en'
          ? `${source}: deliberation ${id}: required field${missing.length > 1 ? 's' : ''} left empty (not in the document): ${missing.join(', ')}`
          : `${source} : délibération ${id} : champ${missing.length > 1 ? 's' : ''} obligatoire${missing.length > 1 ? 's' : ''} laissé${missing.length > 1 ? 's' : ''} vide${missing.length > 1 ? 's' : ''} (absent${missing.length > 1 ? 's' : ''} du document) : ${missing.join(', ')}`,
      );
    }
  });
  return { rows, warnings };
}

/**
 * A cell as RFC 4180 writes it; one that a spreadsheet would take for a formula (beginning with =, +, -, @, a tab or a
 * carriage return: OWASP's CSV injection guidance) is neutralised by a leading single quote. No field of the schema
 * holds a negative number, so no figure is touched.
 */
function quote(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text: the header line of the schema's fields, then the rows. */
export function toCsv(rows: readonly ScdlRow[]): string {
  return [SCDL_FIELDS.join(','), ...rows.map((r) => SCDL_FIELDS.map((f) => quote(r[f])).join(','))].join('\r\n') + '\r\n';
}
