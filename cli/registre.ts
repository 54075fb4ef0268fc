// `delib registre PATH… [--year YYYY] --to html|docx|pdf[,…] [-o DIR] [--overwrite]`: the registre of a year, every
// act of one collectivity whose séance is of that year among the files given, in the order of date then number,
// each from a new page after a table of the acts: « registre-YYYY.html » and the other formats, in DIR or the current
// folder; never over an existing file without --overwrite. Made by core/export/documents.ts.
import { DOCUMENT_FORMATS, registreDocument } from '../core/export/index';
import type { Command } from './command';
import { documentInput, writeDocuments } from './documents';

const TEXT = {
  fr: {
    noPaths: 'aucun fichier ni dossier : delib registre DOSSIER --year AAAA --to html,docx,pdf',
    badYear: (y: string) => `--year ${y} : une année AAAA est attendue`,
    undated: (n: number) => `${n} acte${n > 1 ? 's' : ''} sans date de séance lue : hors du registre`,
    count: (n: number) => `${n} acte${n > 1 ? 's' : ''}`,
  },
  en: {
    noPaths: 'no file or folder: delib registre FOLDER --year YYYY --to html,docx,pdf',
    badYear: (y: string) => `--year ${y}: a year YYYY is expected`,
    undated: (n: number) => `${n} act${n === 1 ? '' : 's'} with no séance date read: left out of the register`,
    count: (n: number) => `${n} act${n === 1 ? '' : 's'}`,
  },
};

export const registreCommand: Command = {
  name: 'registre',
  synopsis: `PATH… [--year AAAA] --to ${DOCUMENT_FORMATS.join('|')}[,…] [-o DIR] [--overwrite]`,
  summary: {
    fr: 'écrit le registre des délibérations d’une année : les actes par date puis numéro, chacun sur une nouvelle page, après leur table',
    en: 'write the register of a year’s deliberations: the acts by date then number, each from a new page, after their table',
  },
  options: { to: { type: 'string' }, year: { type: 'string' }, out: { type: 'string', short: 'o' }, overwrite: { type: 'boolean' } },
  run(context) {
    const t = TEXT[context.locale];
    const input = documentInput(context, t.noPaths, { name: 'year', pattern: /^\d{4}$/, bad: t.badYear });
    if (typeof input === 'number') return input;
    const made = registreDocument(input.acts, { year: input.value, locale: context.locale });
    if ('problem' in made) {
      context.err(made.message);
      return 2;
    }
    if (made.undated) context.err(t.undated(made.undated));
    return writeDocuments([{ name: made.fileName, layout: made.layout, what: t.count(made.acts) }], input.formats, context);
  },
};
