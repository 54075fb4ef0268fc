// Folding ranges: the same sections as the outline (séance, reports, convention, articles, annexes, tables),
// plus attendance lists longer than a line are left alone (a list is one line).
import type { OutlineSymbol } from './outline';
import type { CancellationToken } from '../types';

export interface FoldingRange {
  startLine: number;
  endLine: number;
}

export function foldingRanges(outline: readonly OutlineSymbol[], token?: CancellationToken): FoldingRange[] {
  const out: FoldingRange[] = [];
  const seen = new Set<string>();
  const walk = (symbols: readonly OutlineSymbol[]) => {
    for (const s of symbols) {
      if (token?.isCancellationRequested) return;
      const { start, end } = s.range;
      const key = `${start.line}:${end.line}`;
      if (end.line > start.line && !seen.has(key)) {
        seen.add(key);
        out.push({ startLine: start.line, endLine: end.line });
      }
      walk(s.children);
    }
  };
  walk(outline);
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
