// `delib roster extract FILE… [-o conseil.yaml] [--overwrite]`: builds the roster (tableau des membres,
// docs/roster.md) from existing extracts. Never overwrites an existing file without --overwrite (the flag of the
// same meaning in `delib export`).
import { errorInWords } from './messages';
import { existsSync, writeFileSync } from 'node:fs';
import { writeAtomic } from '../core/export/write';
import { analyze } from '../core/analyze';
import { rosterFromModels, rosterToYaml } from '../core/roster/extract';
import { UsageError, type Command } from './command';
import { readForAnalysis } from './input';

const words = {
  fr: {
    noFiles: 'aucun extrait à lire (delib roster extract FICHIER… -o conseil.yaml)',
    exists: (f: string) => `${f} existe déjà : ajoutez --overwrite pour le remplacer`,
    noMembers: 'aucun membre trouvé dans les listes de présence de ces extraits',
    written: (f: string, n: number) => `${f} : ${n} membre${n >= 2 ? 's' : ''} écrit${n >= 2 ? 's' : ''}\n`,
    cannotWrite: (f: string, r: string) => `${f} : écriture impossible (${r})`,
    header: (files: string[]) => ` Tableau des membres extrait par « delib roster extract » de : ${files.join(', ')}.\n À relire : fonctions et suppléants ne figurent que si les extraits les donnent. Format : docs/roster.md.`,
  },
  en: {
    noFiles: 'no extract to read (delib roster extract FILE… -o conseil.yaml)',
    exists: (f: string) => `${f} already exists: add --overwrite to replace it`,
    noMembers: 'no member found in the attendance lists of these extracts',
    written: (f: string, n: number) => `${f}: ${n} member${n === 1 ? '' : 's'} written\n`,
    cannotWrite: (f: string, r: string) => `${f}: cannot write (${r})`,
    header: (files: string[]) => ` Roster extracted by “delib roster extract” from: ${files.join(', ')}.\n To review: functions and substitutes appear only where the extracts give them. Format: docs/roster.md.`,
  },
};

export const rosterExtractCommand: Command = {
  name: 'roster extract',
  synopsis: 'FILE… [-o conseil.yaml] [--overwrite]',
  summary: {
    fr: 'construit le tableau des membres (YAML) à partir d’extraits existants',
    en: 'build the roster (YAML) from existing extracts',
  },
  options: { output: { type: 'string', short: 'o' }, overwrite: { type: 'boolean' } },
  run({ positionals, values, locale, out, err }) {
    const w = words[locale];
    if (positionals.length === 0) throw new UsageError(w.noFiles);
    const output = typeof values.output === 'string' ? values.output : undefined;
    if (output && existsSync(output) && !values.overwrite) {
      err(w.exists(output));
      return 2;
    }
    const read = readForAnalysis({ positionals, values, locale, err });
    if (read === 2) return 2;
    const { texts, communes } = read;
    const files = texts.map((x) => x.file);
    const roster = rosterFromModels(texts.map((x) => analyze(x.text, { phases: [] }).model), { communes });
    if (roster.members.length === 0) {
      err(w.noMembers);
      return 1;
    }
    const yaml = rosterToYaml(roster, w.header(files));
    if (!output) {
      out(yaml);
      return 0;
    }
    try {
      // --overwrite replaces the file atomically, and a link at that name itself: nothing is written through it.
      if (values.overwrite) writeAtomic(output, yaml, 'replace');
      else writeFileSync(output, yaml, { flag: 'wx' });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      err(code === 'EEXIST' ? w.exists(output) : w.cannotWrite(output, errorInWords(code ?? String(e), locale)));
      return 2;
    }
    out(w.written(output, roster.members.length));
    return 0;
  },
};
