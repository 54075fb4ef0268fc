// `delib roster extract FILE… [-o conseil.yaml] [--force]`: builds the roster (tableau des membres, docs/roster.md)
// from existing extracts. Never overwrites an existing file without --force.
import { existsSync, writeFileSync } from 'node:fs';
import { analyze } from '../core/analyze';
import { tryLoadCommuneIndex } from '../core/communes/index';
import { rosterFromModels, rosterToYaml } from '../core/roster/extract';
import { parseRoster, type Roster } from '../core/roster/index';
import { UsageError, type Command } from './command';
import { collectFiles, readTextFile } from './input';
import { messages } from './messages';

const words = {
  fr: {
    noFiles: 'aucun extrait à lire (delib roster extract FICHIER… -o conseil.yaml)',
    exists: (f: string) => `${f} existe déjà : ajoutez --force pour le remplacer`,
    noMembers: 'aucun membre trouvé dans les listes de présence de ces extraits',
    written: (f: string, n: number) => `${f} : ${n} membre${n >= 2 ? 's' : ''} écrit${n >= 2 ? 's' : ''}\n`,
    cannotWrite: (f: string, r: string) => `${f} : écriture impossible (${r})`,
    header: (files: string[]) => ` Tableau des membres extrait par « delib roster extract » de : ${files.join(', ')}.\n À relire : fonctions et suppléants ne figurent que si les extraits les donnent. Format : docs/roster.md.`,
  },
  en: {
    noFiles: 'no extract to read (delib roster extract FILE… -o conseil.yaml)',
    exists: (f: string) => `${f} already exists: add --force to replace it`,
    noMembers: 'no member found in the attendance lists of these extracts',
    written: (f: string, n: number) => `${f}: ${n} member${n === 1 ? '' : 's'} written\n`,
    cannotWrite: (f: string, r: string) => `${f}: cannot write (${r})`,
    header: (files: string[]) => ` Roster extracted by “delib roster extract” from: ${files.join(', ')}.\n To review: functions and substitutes appear only where the extracts give them. Format: docs/roster.md.`,
  },
};

export const rosterExtractCommand: Command = {
  name: 'roster extract',
  synopsis: 'FILE… [-o conseil.yaml] [--force]',
  summary: {
    fr: 'construit le tableau des membres (YAML) à partir d’extraits existants',
    en: 'build the roster (YAML) from existing extracts',
  },
  options: { output: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
  run({ positionals, values, locale, out, err }) {
    const w = words[locale];
    const m = messages(locale);
    if (positionals.length === 0) throw new UsageError(w.noFiles);
    const output = typeof values.output === 'string' ? values.output : undefined;
    if (output && existsSync(output) && !values.force) {
      err(w.exists(output));
      return 2;
    }
    const { files, problems } = collectFiles(positionals);
    const texts: string[] = [];
    for (const file of files) {
      const read = readTextFile(file);
      if ('problem' in read) problems.push(read.problem);
      else texts.push(read.text);
    }
    if (problems.length > 0) {
      for (const p of problems) err(m.problem(p));
      return 2;
    }
    const { index: communes, error } = tryLoadCommuneIndex();
    if (error) err(m.noCommunes(error));
    const roster = rosterFromModels(texts.map((text) => analyze(text, { phases: [] }).model), { communes });
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
      writeFileSync(output, yaml, { flag: values.force ? 'w' : 'wx' });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      err(code === 'EEXIST' ? w.exists(output) : w.cannotWrite(output, code ?? String(e)));
      return 2;
    }
    out(w.written(output, roster.members.length));
    return 0;
  },
};

/**
 * The roster of `delib check --roster FILE`: its problems are printed on standard error (file:line:column, as the
 * findings); with an error the check goes on without it. An unreadable file is a usage error.
 */
export function readRosterOption(path: string, locale: 'fr' | 'en', err: (line: string) => void): Roster | undefined {
  const read = readTextFile(path);
  if ('problem' in read) throw new UsageError(messages(locale).problem(read.problem));
  const { roster, findings } = parseRoster(read.text, locale);
  for (const f of findings) err(`${path}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code} ${f.message}`);
  if (!roster) err(locale === 'en' ? `${path}: roster not used, member checks skipped` : `${path} : tableau des membres non utilisé, contrôles des membres ignorés`);
  return roster;
}
