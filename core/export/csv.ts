// Open data: the SCDL « Délibérations » table (schema.data.gouv.fr, scdl/deliberations), one row per
// deliberation, over any number of acts. Only what the document states (or the user gives) is written: a
// required field the document does not give stays empty and is named in a warning, never invented.
// CSV as RFC 4180 / Table Schema's default dialect: comma separator, double quotes, CRLF, UTF-8.
import type { Locale } from '../types';
import type { Model, Report } from '../model/types';
import type { Analysis } from '../analyze';
import type { DateNode } from '../syntax/tree';
import { collectivityOf, stripMarks } from './layout';
import { isPrefectureId, isSubMatter, isWebAddress, subMatterName } from '../text/actes';
import { siretDigits, siretProblem } from '../text/siret';
import type { Roster } from '../roster/types';
import { rosterApplies } from '../roster/territory';

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
  /** Identifier of the prefecture that controls the acts (PREF_ID: « PREF025 »). */
  prefId?: string;
  /**
   * Address of the published act (DELIB_URL), or a template of addresses: {DELIB_ID}, {DELIB_DATE} and {ANNEE} are
   * replaced by each deliberation's (« https://www.ville.fr/actes/{DELIB_ID}.pdf »).
   */
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

/**
 * The sub-matter an act states for itself, as deliberation software prints it: « Nomenclature : 7.5 », « Matière :
 * 7.5.1 Subventions » (level 2 is what the open data takes), « Code matière 8.4 », « Classification ACTES : 3.1 ».
 */
const MATTER_LINE = /(?:nomenclature|code\s+mati[èe]re|mati[èe]re|classification)(?:\s+@?actes)?\s*:?\s*(\d\.\d{1,2})(?:\.\d{1,2})*(?![\d.,])/iu;

export function matterOf(model: Model): string | undefined {
  for (const l of model.doc.lines) {
    const m = MATTER_LINE.exec(l.text);
    if (m && isSubMatter(m[1])) return m[1];
  }
  return undefined;
}

/** DELIB_URL of one deliberation: the template's fields replaced (an address without them is kept as it is). */
function addressOf(template: string, row: Pick<ScdlRow, 'DELIB_ID' | 'DELIB_DATE'>): string {
  return template
    .replace(/\{DELIB_ID\}/g, encodeURIComponent(row.DELIB_ID))
    .replace(/\{DELIB_DATE\}/g, row.DELIB_DATE)
    .replace(/\{ANNEE\}/g, row.DELIB_DATE.slice(0, 4));
}

/** Where a required field that the act does not state can come from: named in the warning. */
const SOURCES: Partial<Record<ScdlField, { fr: string; en: string }>> = {
  COLL_NOM: { fr: '--collectivite, ou l’en-tête de l’acte', en: '--collectivite, or the act’s header' },
  COLL_SIRET: { fr: '--siret, ou « siret » du tableau des membres', en: '--siret, or “siret” in the roster' },
  DELIB_ID: { fr: '« Délibération n° … » dans l’acte', en: '“Délibération n° …” in the act' },
  DELIB_DATE: { fr: '« Séance du … » dans l’acte', en: '“Séance du …” in the act' },
  DELIB_MATIERE_CODE: { fr: '--matiere, « matiere » du tableau des membres, ou « Nomenclature : 7.5 » dans l’acte', en: '--matiere, “matiere” in the roster, or “Nomenclature : 7.5” in the act' },
  DELIB_MATIERE_NOM: { fr: '--matiere-nom, ou un code --matiere de la nomenclature', en: '--matiere-nom, or a --matiere code of the nomenclature' },
  DELIB_OBJET: { fr: '« Objet : … » dans l’acte', en: '“Objet : …” in the act' },
};

function count(n: number | undefined): string {
  return n === undefined ? '' : String(n);
}

/**
 * The options of a file's acts: those given (command line, settings) first, else the open data of the roster
 * (SIRET, prefecture, address of the acts) when it is the roster of the file's assembly.
 */
export function openDataOptions(options: ScdlOptions, analysis: Pick<Analysis, 'acts'>, roster: Roster | undefined): ScdlOptions {
  if (!roster || !analysis.acts.some((act) => rosterApplies(act, roster))) return options;
  return {
    ...options,
    siret: options.siret ?? (roster.siret ? siretDigits(roster.siret) : undefined),
    prefId: options.prefId ?? roster.prefecture,
    url: options.url ?? roster.actsUrl,
  };
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
  // The act's own sub-matter first; the name given with a code applies to that code only.
  const matter = matterOf(model) ?? options.matiereCode;
  const matterName = (matter !== undefined && matter === options.matiereCode ? options.matiereNom : undefined) ?? (matter ? subMatterName(matter) : undefined);
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
      DELIB_MATIERE_CODE: matter ?? '',
      DELIB_MATIERE_NOM: matterName ?? '',
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
      DELIB_URL: '',
    };
    if (options.url) row.DELIB_URL = addressOf(options.url, row);
    rows.push(row);
    const missing = SCDL_REQUIRED.filter((f) => !row[f]);
    if (missing.length) {
      const id = row.DELIB_ID || String(rows.length);
      const en = options.locale === 'en';
      const named = missing.map((f) => `${f} (${en ? SOURCES[f]!.en : SOURCES[f]!.fr})`).join(' ; ');
      const n = missing.length > 1;
      warnings.push(en
        ? `${source}: deliberation ${id}: required field${n ? 's' : ''} left empty: ${named}`
        : `${source} : délibération ${id} : champ${n ? 's' : ''} obligatoire${n ? 's' : ''} laissé${n ? 's' : ''} vide${n ? 's' : ''} : ${named}`);
    }
  });
  return { rows, warnings };
}

const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** The constraints of the SCDL schema (scdl/deliberations 2.1) on a value that is written (an empty one is checked
 * by the warnings of required fields). */
const FORMATS: Partial<Record<ScdlField, { ok: (v: string) => boolean; fr: string; en: string }>> = {
  COLL_SIRET: { ok: (v) => !siretProblem(v) && /^\d{14}$/.test(v), fr: '14 chiffres, clé de contrôle juste', en: '14 digits, right check digit' },
  DELIB_DATE: { ok: (v) => ISO_DATE.test(v), fr: 'une date AAAA-MM-JJ', en: 'a date YYYY-MM-DD' },
  DELIB_MATIERE_CODE: { ok: isSubMatter, fr: 'un code de niveau 2 de la nomenclature @ctes (« 7.5 »)', en: 'a level-2 code of the @ctes nomenclature (“7.5”)' },
  BUDGET_ANNEE: { ok: (v) => /^\d{4}(?:\/\d{4})?$/.test(v), fr: 'AAAA ou AAAA/AAAA', en: 'YYYY or YYYY/YYYY' },
  PREF_ID: { ok: isPrefectureId, fr: 'PREFNNN, SPREFNNNM ou SGARNNN', en: 'PREFNNN, SPREFNNNM or SGARNNN' },
  PREF_DATE: { ok: (v) => ISO_DATE.test(v), fr: 'une date AAAA-MM-JJ', en: 'a date YYYY-MM-DD' },
  VOTE_EFFECTIF: { ok: (v) => /^\d+$/.test(v), fr: 'un nombre entier', en: 'an integer' },
  VOTE_REEL: { ok: (v) => /^\d+$/.test(v), fr: 'un nombre entier', en: 'an integer' },
  VOTE_POUR: { ok: (v) => /^\d+$/.test(v), fr: 'un nombre entier', en: 'an integer' },
  VOTE_CONTRE: { ok: (v) => /^\d+$/.test(v), fr: 'un nombre entier', en: 'an integer' },
  VOTE_ABSTENTION: { ok: (v) => /^\d+$/.test(v), fr: 'un nombre entier', en: 'an integer' },
  DELIB_URL: { ok: isWebAddress, fr: 'une adresse http(s)', en: 'an http(s) address' },
};

/**
 * The rows checked against the schema before the file is written: one message per value that breaks it (row
 * number from 1, field, value, what is expected). Empty means the file is valid.
 */
export function scdlProblems(rows: readonly ScdlRow[], locale: Locale = 'fr'): string[] {
  const out: string[] = [];
  rows.forEach((row, i) => {
    for (const f of SCDL_FIELDS) {
      const v = row[f];
      const format = FORMATS[f];
      if (!v || !format || format.ok(v)) continue;
      out.push(locale === 'en'
        ? `row ${i + 1} (${row.DELIB_ID || '?'}): ${f} “${v}”: expected ${format.en}`
        : `ligne ${i + 1} (${row.DELIB_ID || '?'}) : ${f} « ${v} » : attendu ${format.fr}`);
    }
  });
  return out;
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
