// Silencing one finding: a comment line « <!-- delib-ignore-next-line CODE… --> » just above the line of the
// finding silences those codes (all codes when none is named) on that line only, as linters allow.
import type { LineIndex } from './syntax/positions';
import type { Finding } from './types';

const IGNORE = /^\s*<!--\s*delib-ignore-next-line\b(.*?)-->\s*$/i;

/**
 * Whether the line above the finding's silences it. Read from the text (the line as the tree has it), so that an
 * analysis that reuses acts of an earlier one (core/analyze.ts) sees the comments of the text it analyses.
 */
export function suppressed(text: string, index: LineIndex, f: Finding): boolean {
  const line = f.range.start.line - 1;
  if (line < 0 || line >= index.lineCount) return false;
  let at = index.lineStart(line);
  const end = index.lineEnd(line);
  while (at < end && /\s/.test(text[at])) at++; // only a line that opens with the comment is read (never a long line)
  if (!text.startsWith('<!--', at)) return false;
  const m = IGNORE.exec(text.slice(index.lineStart(line), end));
  if (!m) return false;
  const codes = m[1].split(/[\s,]+/).filter(Boolean);
  return codes.length === 0 || codes.includes(f.code);
}
