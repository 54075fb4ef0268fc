// Pure formatting of check results: text lines (`file:line:column severity code message`) or JSON.
// Lines and columns are 1-based here, unlike the core's 0-based positions.
import type { Finding, Locale, Severity } from '../core/types';
import { comparePositions } from '../core/types';
import { messages } from './messages';

export interface FileResult {
  file: string;
  findings: Finding[];
}

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
  /** The other files a finding across acts rests on (number-duplicate, number-gap, seance-mismatch). */
  elsewhere?: { file: string; line: number; message: string }[];
}

export type SeverityCounts = Record<Severity, number>;

/** Every finding, flattened in file order then position order, with 1-based positions. */
export function toJsonFindings(results: readonly FileResult[]): JsonFinding[] {
  return results.flatMap(({ file, findings }) =>
    [...findings]
      .sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end))
      .map((f) => ({
        file,
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        endLine: f.range.end.line + 1,
        endColumn: f.range.end.character + 1,
        severity: f.severity,
        code: f.code,
        message: f.message,
        ...(f.related?.some((r) => r.uri) ? { elsewhere: f.related.filter((r) => r.uri).map((r) => ({ file: r.uri!, line: r.range.start.line + 1, message: r.message })) } : {}),
      })),
  );
}

export function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(toJsonFindings(results), null, 2)}\n`;
}

/** One line per finding, then the summary line. */
export function formatText(results: readonly FileResult[], locale: Locale): string {
  const lines = toJsonFindings(results).map(
    (f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message.replace(/\s*\n\s*/g, ' ')}${(f.elsewhere ?? []).map((e) => ` (${e.file}:${e.line})`).join('')}`,
  );
  lines.push(summaryLine(results.length, countSeverities(results), locale));
  return `${lines.join('\n')}\n`;
}

export function countSeverities(results: readonly FileResult[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const { findings } of results) for (const f of findings) counts[f.severity]++;
  return counts;
}

/** E.g. `3 fichiers, 2 erreurs, 1 avertissement`; information and hint counts only when there are some. */
export function summaryLine(files: number, counts: SeverityCounts, locale: Locale): string {
  const m = messages(locale);
  const parts = [m.count(files, 'file'), m.count(counts.error, 'error'), m.count(counts.warning, 'warning')];
  if (counts.information) parts.push(m.count(counts.information, 'information'));
  if (counts.hint) parts.push(m.count(counts.hint, 'hint'));
  return parts.join(', ');
}
