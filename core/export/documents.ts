// The documents of a séance and of a year, from the texts of the acts: what `delib seance`, `delib registre` and an
// editor's command share — which acts belong to them (one séance or one year, one collectivity), the problems that
// stop them (as data, worded fr/en), and the layouts to render (renderLayoutAs) with the names of their files.
import type { Locale } from '../types';
import { analyze } from '../analyze';
import type { Model } from '../model/types';
import { summarize, type ActSummary } from '../workspace/summary';
import type { Layout } from './layout';
import { seanceListLayout } from './seance-list';
import { seancePvLayout } from './seance-pv';
import { registreLayout } from './registre';

/** A file of acts (one act, or a register of several): its name (a path, a URI) and its text. */
export interface ActsInput {
  name: string;
  text: string;
}

/** Why the documents cannot be made from these acts. */
export type DocumentsProblem =
  | { kind: 'no-date' }
  | { kind: 'no-seance'; date: string }
  | { kind: 'several-dates'; dates: string[] }
  | { kind: 'no-year'; year: string }
  | { kind: 'several-years'; years: string[] }
  | { kind: 'several-bodies'; names: string[]; seance?: string; year?: string };

export interface DocumentsFailure {
  problem: DocumentsProblem;
  /** The problem in words, in the locale asked for. */
  message: string;
}

const TEXT = {
  fr: {
    noDate: 'aucun acte dont la date de séance soit lue parmi ces fichiers',
    noSeance: (d: string) => `aucun acte de la séance du ${d} parmi ces fichiers`,
    severalDates: (ds: string[]) => `ces actes sont de plusieurs séances (${ds.join(', ')}) : précisez --date`,
    noYear: (y: string) => `aucun acte d’une séance de ${y} parmi ces fichiers`,
    severalYears: (ys: string[]) => `ces actes sont de plusieurs années (${ys.join(', ')}) : précisez --year`,
    severalBodies: (names: string[], year?: string) => `les actes de ${year ? `l’année ${year}` : 'cette séance'} sont de plusieurs collectivités (${names.join(', ')}) : donnez les fichiers d’une seule`,
  },
  en: {
    noDate: 'no act whose séance date is read among these files',
    noSeance: (d: string) => `no act of the séance of ${d} among these files`,
    severalDates: (ds: string[]) => `these acts are of several séances (${ds.join(', ')}): give --date`,
    noYear: (y: string) => `no act of a séance of ${y} among these files`,
    severalYears: (ys: string[]) => `these acts are of several years (${ys.join(', ')}): give --year`,
    severalBodies: (names: string[], year?: string) => `the acts of ${year ? `the year ${year}` : 'this séance'} are of several collectivities (${names.join(', ')}): give the files of one`,
  },
};

export function problemMessage(p: DocumentsProblem, locale: Locale = 'fr'): string {
  const t = TEXT[locale];
  switch (p.kind) {
    case 'no-date':
      return t.noDate;
    case 'no-seance':
      return t.noSeance(p.date);
    case 'several-dates':
      return t.severalDates(p.dates);
    case 'no-year':
      return t.noYear(p.year);
    case 'several-years':
      return t.severalYears(p.years);
    case 'several-bodies':
      return t.severalBodies(p.names, p.year);
  }
}

const failure = (problem: DocumentsProblem, locale: Locale): DocumentsFailure => ({ problem, message: problemMessage(problem, locale) });

interface Act {
  model: Model;
  summary: ActSummary;
  source: string;
}

/** Every act of the inputs, modelled (no check is run: the documents need the facts, not the findings). */
function actsOf(inputs: readonly ActsInput[], locale: Locale): Act[] {
  return inputs.flatMap(({ name, text }) => analyze(text, { locale, phases: [] }).acts.map((model) => ({ model, summary: summarize(model), source: name })));
}

/** The collectivities the acts name (those that name none go with any): more than one stops a document. */
function bodiesOf(acts: readonly Act[]): string[] {
  return [...new Map(acts.flatMap((a) => (a.summary.collectivity ? [[a.summary.collectivity.key, a.summary.collectivity.name] as const] : []))).values()];
}

const sourcesOf = (acts: readonly Act[]) => [...new Set(acts.map((a) => a.source))];

export interface SeanceDocuments {
  /** YYYY-MM-DD. */
  date: string;
  /** The list of the deliberations examined (CGCT L2121-25) and the draft procès-verbal (L2121-15). */
  liste: Layout;
  pv: Layout;
  /** The names of their files, without the extension: « liste-deliberations-2025-06-23 », « proces-verbal-2025-06-23 ». */
  fileNames: { liste: string; pv: string };
  /** The numbered deliberations of the séance. */
  deliberations: number;
  /** The inputs that hold acts of the séance. */
  sources: string[];
}

/**
 * The documents of one séance from the acts of the inputs: the séance of `date` (YYYY-MM-DD), or the only one the
 * acts are of. A problem when no act has a séance date read, when they are of several séances and no date is given,
 * when none is of that date, or when the acts of the séance are of several collectivities.
 */
export function seanceDocuments(inputs: readonly ActsInput[], options: { date?: string; locale?: Locale } = {}): SeanceDocuments | DocumentsFailure {
  const locale = options.locale ?? 'fr';
  const acts = actsOf(inputs, locale);
  const dates = [...new Set(acts.flatMap((a) => (a.summary.seance ? [a.summary.seance.date] : [])))].sort();
  const date = options.date ?? (dates.length === 1 ? dates[0] : undefined);
  if (!date) return failure(dates.length === 0 ? { kind: 'no-date' } : { kind: 'several-dates', dates }, locale);
  const of = acts.filter((a) => a.summary.seance?.date === date);
  if (of.length === 0) return failure({ kind: 'no-seance', date }, locale);
  const bodies = bodiesOf(of);
  if (bodies.length > 1) return failure({ kind: 'several-bodies', names: bodies, seance: date }, locale);
  const summaries = of.map((a) => a.summary);
  return {
    date,
    liste: seanceListLayout(summaries, date, locale),
    pv: seancePvLayout(of.map((a) => a.model), date, locale),
    fileNames: { liste: `liste-deliberations-${date}`, pv: `proces-verbal-${date}` },
    deliberations: summaries.reduce((k, a) => k + a.deliberations.length, 0),
    sources: sourcesOf(of),
  };
}

export interface RegistreDocument {
  /** YYYY. */
  year: string;
  layout: Layout;
  /** « registre-2025 », without the extension. */
  fileName: string;
  /** The acts in the registre. */
  acts: number;
  /** Acts of the inputs left out because no séance date is read in them (their year is not known). */
  undated: number;
  sources: string[];
}

/**
 * The registre of one year from the acts of the inputs: the year asked (YYYY), or the only one the dated acts are of.
 * A problem when no act has a séance date read, when they are of several years and none is given, when none is of
 * that year, or when the acts of the year are of several collectivities.
 */
export function registreDocument(inputs: readonly ActsInput[], options: { year?: string; locale?: Locale } = {}): RegistreDocument | DocumentsFailure {
  const locale = options.locale ?? 'fr';
  const acts = actsOf(inputs, locale);
  const dated = acts.filter((a) => a.summary.seance);
  const yearOf = (a: Act) => a.summary.seance!.date.slice(0, 4);
  const years = [...new Set(dated.map(yearOf))].sort();
  if (dated.length === 0) return failure({ kind: 'no-date' }, locale);
  const year = options.year ?? (years.length === 1 ? years[0] : undefined);
  if (!year) return failure({ kind: 'several-years', years }, locale);
  const of = dated.filter((a) => yearOf(a) === year);
  if (of.length === 0) return failure({ kind: 'no-year', year }, locale);
  const bodies = bodiesOf(of);
  if (bodies.length > 1) return failure({ kind: 'several-bodies', names: bodies, year }, locale);
  return {
    year,
    layout: registreLayout(of.map((a) => a.model), year, locale),
    fileName: `registre-${year}`,
    acts: of.length,
    undated: acts.length - dated.length,
    sources: sourcesOf(of),
  };
}
