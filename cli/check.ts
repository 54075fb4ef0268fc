// `delib check PATH… [--format text|json]`: analyses .delib files and prints the findings.
import { analyze } from '../core/analyze';
import { rosterApplies } from '../core/roster/territory';
import { ActIndex, summariesOf } from '../core/workspace/index';
import { UsageError, type Command } from './command';
import { countSeverities, formatJson, formatText, type FileResult } from './format';
import { readForAnalysis } from './input';
import { messages } from './messages';

/** 1 when at least one finding is an error, else 0 (2, for unreadable input, is decided by the caller). */
export function exitStatusOf(results: readonly FileResult[]): 0 | 1 {
  return countSeverities(results).error > 0 ? 1 : 0;
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
    // A file that cannot be read is named on stderr; the others are checked all the same, and the status is 2.
    const input = readForAnalysis({ positionals, values, locale, err }, true);
    if (typeof input === 'number') return input;
    const { texts, communes, roster, problems } = input;
    let fits = false;
    // The checks across acts compare the files checked together (a séance, a year): each file's acts summarised.
    const index = new ActIndex();
    const results: FileResult[] = texts.map(({ file, text }) => {
      const analysis = analyze(text, { locale, communes, roster });
      if (roster && !fits) fits = analysis.acts.some((act) => rosterApplies(act, roster));
      index.set({ uri: file, acts: summariesOf(analysis) });
      return { file, findings: analysis.findings };
    });
    for (const r of results) r.findings.push(...index.findings(r.file, locale));
    // A roster asked for by name that is the one of no act here: said, rather than checks silently not run.
    if (roster && !fits && texts.length > 0) err(m.rosterFitsNoAct(String(values.roster), roster.name));
    out(values.format === 'json' ? formatJson(results) : formatText(results, locale));
    return problems > 0 ? 2 : exitStatusOf(results);
  },
};
