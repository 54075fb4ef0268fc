// `delib check PATH… [--format text|json]`: analyses .delib files and prints the findings.
import { analyze } from '../core/analyze';
import { tryLoadCommuneIndex } from '../core/communes/index';
import { UsageError, type Command, type CommandContext } from './command';
import { countSeverities, formatJson, formatText, type FileResult } from './format';
import { readInputs } from './input';
import { messages } from './messages';
import { readRosterOption } from './roster';

/** 1 when at least one finding is an error, else 0 (2, for unreadable input, is decided by the caller). */
export function exitStatusOf(results: readonly FileResult[]): 0 | 1 {
  return countSeverities(results).error > 0 ? 1 : 0;
}

/**
 * The files of PATH arguments, read before anything is analysed (unreadable input stops the command with status
 * 2 and no partial output), with what the analysis needs: the commune index and the roster of --roster.
 * Shared by `check` and `export`, so that both find the same errors.
 */
export function readForAnalysis({ positionals, values, locale, err }: Pick<CommandContext, 'positionals' | 'values' | 'locale' | 'err'>) {
  const m = messages(locale);
  const { texts, problems } = readInputs(positionals);
  if (problems.length > 0) {
    for (const problem of problems) err(m.problem(problem));
    return 2 as const;
  }
  const { index: communes, error } = tryLoadCommuneIndex();
  if (error) err(m.noCommunes(error));
  const roster = typeof values.roster === 'string' ? readRosterOption(values.roster, locale, err) : undefined;
  return { texts, communes, roster };
}

export const checkCommand: Command = {
  name: 'check',
  synopsis: 'PATH… [--format text|json] [--roster conseil.yaml]',
  summary: {
    fr: 'contrôle les fichiers .delib (les dossiers sont parcourus récursivement)',
    en: 'check .delib files (folders are searched recursively)',
  },
  options: { format: { type: 'string', default: 'text', choices: ['text', 'json'] }, roster: { type: 'string' } },
  run({ positionals, values, locale, out, err }) {
    const m = messages(locale);
    if (positionals.length === 0) throw new UsageError(m.noPaths);
    const input = readForAnalysis({ positionals, values, locale, err });
    if (typeof input === 'number') return input;
    const { texts, communes, roster } = input;
    const results: FileResult[] = texts.map(({ file, text }) => ({ file, findings: analyze(text, { locale, communes, roster }).findings }));
    out(values.format === 'json' ? formatJson(results) : formatText(results, locale));
    return exitStatusOf(results);
  },
};
