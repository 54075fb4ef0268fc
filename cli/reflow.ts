// `delib reflow FILE [-o OUT]`: an act pasted from a PDF and flattened into a paragraph, laid out again line by
// line (core/features/reflow.ts). The text goes to standard output, or to OUT — never over an existing file. The
// page furniture removed (« Page 1 / 12 ») is listed on standard error, one line each, where it was.
import { writeFileSync } from 'node:fs';
import { reflowText, type RemovedFurniture } from '../core/features/reflow';
import { UsageError, type Command } from './command';
import { readTextFile } from './input';
import { messages, errorInWords } from './messages';

const TEXT = {
  fr: {
    oneFile: 'un fichier à remettre en lignes, et un seul (delib reflow FICHIER [-o SORTIE])',
    removed: (file: string, r: RemovedFurniture) => `${file}:${r.line + 1}:${r.character + 1} en-tête de page retiré : « ${r.text} »`,
    nothing: (file: string) => `${file} : aucun paragraphe aplati ni en-tête de page, texte inchangé`,
    exists: (f: string) => `${f} existe déjà : choisissez un autre nom (il n'est jamais remplacé)`,
    cannotWrite: (f: string, r: string) => `${f} : écriture impossible (${r})`,
    written: (f: string, breaks: number, removed: number) =>
      `écrit : ${f} (${breaks} retour${breaks >= 2 ? 's' : ''} à la ligne ajouté${breaks >= 2 ? 's' : ''}, ${removed} en-tête${removed >= 2 ? 's' : ''} de page retiré${removed >= 2 ? 's' : ''})\n`,
  },
  en: {
    oneFile: 'one file to lay out, and only one (delib reflow FILE [-o OUT])',
    removed: (file: string, r: RemovedFurniture) => `${file}:${r.line + 1}:${r.character + 1} page header removed: “${r.text}”`,
    nothing: (file: string) => `${file}: no flattened paragraph nor page header, text unchanged`,
    exists: (f: string) => `${f} already exists: choose another name (it is never replaced)`,
    cannotWrite: (f: string, r: string) => `${f}: cannot write (${r})`,
    written: (f: string, breaks: number, removed: number) =>
      `written: ${f} (${breaks} line break${breaks === 1 ? '' : 's'} added, ${removed} page header${removed === 1 ? '' : 's'} removed)\n`,
  },
};

export const reflowCommand: Command = {
  name: 'reflow',
  synopsis: 'FILE [-o OUT]',
  summary: {
    fr: "remet en lignes un acte collé d'un PDF (aplati en un paragraphe, en-têtes de page au milieu) ; sur la sortie standard, ou dans OUT s'il n'existe pas",
    en: 'lay out again an act pasted from a PDF (flattened into a paragraph, page headers in the middle); to standard output, or to OUT if it does not exist',
  },
  options: { output: { type: 'string', short: 'o' } },
  run({ positionals, values, locale, out, err }) {
    const t = TEXT[locale];
    if (positionals.length !== 1) throw new UsageError(t.oneFile);
    const [file] = positionals;
    const output = typeof values.output === 'string' ? values.output : undefined;
    const read = readTextFile(file);
    if ('problem' in read) {
      err(messages(locale).problem(read.problem));
      return 2;
    }
    const result = reflowText(read.text);
    for (const r of result.removed) err(t.removed(file, r));
    if (result.breaks === 0 && result.removed.length === 0) err(t.nothing(file));
    if (!output) {
      out(result.text);
      return 0;
    }
    try {
      writeFileSync(output, result.text, { flag: 'wx' });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      err(code === 'EEXIST' ? t.exists(output) : t.cannotWrite(output, errorInWords(code ?? String(e), locale)));
      return 2;
    }
    out(t.written(output, result.breaks, result.removed.length));
    return 0;
  },
};
