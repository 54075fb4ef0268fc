// `delib seance PATH… [--date YYYY-MM-DD] --to html|docx|pdf[,…] [-o DIR] [--overwrite]`: the list of the
// deliberations examined at a séance (CGCT L2121-25), from the acts of that séance among the files given (a folder
// of a séance's acts, or a register): « liste-deliberations-YYYY-MM-DD.html » and the other formats, in DIR or the
// current folder; never over an existing file without --overwrite (as `delib export`).
import * as path from 'node:path';
import { analyze } from '../core/analyze';
import { DOCUMENT_FORMATS, renderLayoutAs, seanceListLayout, taken, writeAtomic, type DocumentFormat } from '../core/export/index';
import { summariesOf, type ActSummary } from '../core/workspace/index';
import { UsageError, type Command } from './command';
import { readForAnalysis } from './input';
import { errorInWords } from './messages';

const TEXT = {
  fr: {
    noPaths: 'aucun fichier ni dossier : delib seance DOSSIER --date AAAA-MM-JJ --to html,docx,pdf',
    noFormat: `format manquant : --to ${DOCUMENT_FORMATS.join('|')} (plusieurs séparés par des virgules)`,
    badFormat: (f: string) => `format inconnu : ${f} (attendu : ${DOCUMENT_FORMATS.join(', ')})`,
    badDate: (d: string) => `--date ${d} : une date AAAA-MM-JJ est attendue`,
    noSeance: (d: string) => `aucun acte de la séance du ${d} parmi ces fichiers`,
    noDate: 'aucun acte dont la date de séance soit lue parmi ces fichiers',
    severalDates: (ds: string[]) => `ces actes sont de plusieurs séances (${ds.join(', ')}) : précisez --date`,
    severalBodies: (names: string[]) => `les actes de cette séance sont de plusieurs collectivités (${names.join(', ')}) : donnez les fichiers d’une seule`,
    exists: (f: string) => `${f} existe déjà : rien n’est écrit ; ajoutez --overwrite pour le remplacer`,
    written: (f: string, n: number) => `écrit : ${f} (${n} délibération${n > 1 ? 's' : ''})`,
    cannotWrite: (f: string, r: string) => `${f} : écriture impossible (${r})`,
  },
  en: {
    noPaths: 'no file or folder: delib seance FOLDER --date YYYY-MM-DD --to html,docx,pdf',
    noFormat: `missing format: --to ${DOCUMENT_FORMATS.join('|')} (several separated by commas)`,
    badFormat: (f: string) => `unknown format: ${f} (expected: ${DOCUMENT_FORMATS.join(', ')})`,
    badDate: (d: string) => `--date ${d}: a date YYYY-MM-DD is expected`,
    noSeance: (d: string) => `no act of the séance of ${d} among these files`,
    noDate: 'no act whose séance date is read among these files',
    severalDates: (ds: string[]) => `these acts are of several séances (${ds.join(', ')}): give --date`,
    severalBodies: (names: string[]) => `the acts of this séance are of several collectivities (${names.join(', ')}): give the files of one`,
    exists: (f: string) => `${f} already exists: nothing is written; add --overwrite to replace it`,
    written: (f: string, n: number) => `written: ${f} (${n} deliberation${n === 1 ? '' : 's'})`,
    cannotWrite: (f: string, r: string) => `${f}: cannot write (${r})`,
  },
};

export const seanceCommand: Command = {
  name: 'seance',
  synopsis: `PATH… [--date AAAA-MM-JJ] --to ${DOCUMENT_FORMATS.join('|')}[,…] [-o DIR] [--overwrite]`,
  summary: {
    fr: 'écrit la liste des délibérations examinées en séance (CGCT L2121-25), à partir des actes de la séance',
    en: 'write the list of the deliberations examined at a séance (CGCT L2121-25), from the séance’s acts',
  },
  options: { to: { type: 'string' }, date: { type: 'string' }, out: { type: 'string', short: 'o' }, overwrite: { type: 'boolean' } },
  run({ positionals, values, locale, out, err }) {
    const t = TEXT[locale];
    if (positionals.length === 0) throw new UsageError(t.noPaths);
    if (typeof values.to !== 'string' || !values.to.trim()) throw new UsageError(t.noFormat);
    const formats = [...new Set(values.to.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean))];
    for (const f of formats) if (!(DOCUMENT_FORMATS as readonly string[]).includes(f)) throw new UsageError(t.badFormat(f));
    const asked = typeof values.date === 'string' ? values.date.trim() : undefined;
    if (asked !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asked)) throw new UsageError(t.badDate(asked));
    const input = readForAnalysis({ positionals, values, locale, err }, true);
    if (typeof input === 'number') return input;
    const acts: ActSummary[] = input.texts.flatMap(({ text }) => summariesOf(analyze(text, { locale, phases: [] })));
    const dates = [...new Set(acts.flatMap((a) => (a.seance ? [a.seance.date] : [])))].sort();
    const date = asked ?? (dates.length === 1 ? dates[0] : undefined);
    if (!date) {
      err(dates.length === 0 ? t.noDate : t.severalDates(dates));
      return 2;
    }
    const of = acts.filter((a) => a.seance?.date === date);
    if (of.length === 0) {
      err(t.noSeance(date));
      return 2;
    }
    const bodies = [...new Set(of.flatMap((a) => (a.collectivity ? [a.collectivity.key] : [])))];
    if (bodies.length > 1) {
      err(t.severalBodies([...new Set(of.flatMap((a) => (a.collectivity ? [a.collectivity.name] : [])))]));
      return 2;
    }
    const layout = seanceListLayout(of, date, locale);
    const targets = formats.map((f) => path.join(typeof values.out === 'string' ? values.out : '.', `liste-deliberations-${date}.${f}`));
    const existing = values.overwrite ? [] : targets.filter(taken);
    for (const f of existing) err(t.exists(f));
    if (existing.length) return 2;
    const n = of.reduce((k, a) => k + a.deliberations.length, 0);
    return (async () => {
      let status = 0;
      for (const [i, format] of formats.entries()) {
        try {
          const written = writeAtomic(targets[i], await renderLayoutAs(layout, format as DocumentFormat, { locale }), values.overwrite ? 'replace' : 'refuse');
          out(`${t.written(written, n)}\n`);
        } catch (e) {
          err(t.cannotWrite(targets[i], errorInWords((e as NodeJS.ErrnoException).code ?? String(e), locale)));
          status = 2;
        }
      }
      return status;
    })();
  },
};
