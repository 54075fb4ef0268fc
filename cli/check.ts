// `delib check PATH… [--format text|json]`: analyses .delib files and prints the findings.
import { analyze } from '../core/analyze';
import { tryLoadCommuneIndex } from '../core/communes/index';
import { UsageError, type Command } from './command';
import { countSeverities, formatJson, formatText, type FileResult } from './format';
import { collectFiles, readTextFile } from './input';
import { messages } from './messages';

/** 1 when at least one finding is an error, else 0 (2, for unreadable input, is decided by the caller). */
export function exitStatusOf(results: readonly FileResult[]): 0 | 1 {
  return countSeverities(results).error > 0 ? 1 : 0;
}

export const checkCommand: Command = {
  name: 'check',
  synopsis: 'PATH… [--format text|json]',
  summary: {
    fr: 'contrôle les fichiers .delib (les dossiers sont parcourus récursivement)',
    en: 'check .delib files (folders are searched recursively)',
  },
  options: { format: { type: 'string', default: 'text', choices: ['text', 'json'] } },
  run({ positionals, values, locale, out, err }) {
    const m = messages(locale);
    if (positionals.length === 0) throw new UsageError(m.noPaths);
    const { files, problems } = collectFiles(positionals);
    // Every file is read before any is analysed: unreadable input stops the command without partial output.
    const texts: { file: string; text: string }[] = [];
    for (const file of files) {
      const read = readTextFile(file);
      if ('problem' in read) problems.push(read.problem);
      else texts.push({ file, text: read.text });
    }
    if (problems.length > 0) {
      for (const problem of problems) err(m.problem(problem));
      return 2;
    }
    const { index: communes, error } = tryLoadCommuneIndex();
    if (error) err(m.noCommunes(error));
    const results: FileResult[] = texts.map(({ file, text }) => ({ file, findings: analyze(text, { locale, communes }).findings }));
    out(values.format === 'json' ? formatJson(results) : formatText(results, locale));
    return exitStatusOf(results);
  },
};
