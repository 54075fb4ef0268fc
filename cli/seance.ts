// `delib seance PATH… [--date YYYY-MM-DD] --to html|docx|pdf[,…] [-o DIR] [--overwrite]`: the documents of a séance
// from the acts of that séance among the files given (a folder of a séance's acts, or a register): the list of the
// deliberations examined (CGCT L2121-25), « liste-deliberations-YYYY-MM-DD.html », and the draft procès-verbal
// (L2121-15), « proces-verbal-YYYY-MM-DD.html », and the other formats, in DIR or the current folder; never over an
// existing file without --overwrite (as `delib export`). The documents are made by core/export/documents.ts.
import { DOCUMENT_FORMATS, seanceDocuments } from '../core/export/index';
import type { Command } from './command';
import { documentInput, writeDocuments } from './documents';

const TEXT = {
  fr: {
    noPaths: 'aucun fichier ni dossier : delib seance DOSSIER --date AAAA-MM-JJ --to html,docx,pdf',
    badDate: (d: string) => `--date ${d} : une date AAAA-MM-JJ est attendue`,
    count: (n: number) => `${n} délibération${n > 1 ? 's' : ''}`,
  },
  en: {
    noPaths: 'no file or folder: delib seance FOLDER --date YYYY-MM-DD --to html,docx,pdf',
    badDate: (d: string) => `--date ${d}: a date YYYY-MM-DD is expected`,
    count: (n: number) => `${n} deliberation${n === 1 ? '' : 's'}`,
  },
};

export const seanceCommand: Command = {
  name: 'seance',
  synopsis: `PATH… [--date AAAA-MM-JJ] --to ${DOCUMENT_FORMATS.join('|')}[,…] [-o DIR] [--overwrite]`,
  summary: {
    fr: 'écrit la liste des délibérations examinées en séance (CGCT L2121-25) et le projet de procès-verbal (L2121-15), à partir des actes de la séance',
    en: 'write the list of the deliberations examined at a séance (CGCT L2121-25) and the draft minutes (L2121-15), from the séance’s acts',
  },
  options: { to: { type: 'string' }, date: { type: 'string' }, out: { type: 'string', short: 'o' }, overwrite: { type: 'boolean' } },
  run(context) {
    const t = TEXT[context.locale];
    const input = documentInput(context, t.noPaths, { name: 'date', pattern: /^\d{4}-\d{2}-\d{2}$/, bad: t.badDate });
    if (typeof input === 'number') return input;
    const made = seanceDocuments(input.acts, { date: input.value, locale: context.locale });
    if ('problem' in made) {
      context.err(made.message);
      return 2;
    }
    const what = t.count(made.deliberations);
    return writeDocuments([{ name: made.fileNames.liste, layout: made.liste, what }, { name: made.fileNames.pv, layout: made.pv, what }], input.formats, context);
  },
};
