// Completion of a deliberation number: after « Délibération n° », the next free number of each series of the
// collectivity in the workspace (« 2025-048 » after 2025-047), from the index of the acts (core/workspace).
import type { Analysis } from '../analyze';
import type { CompletionItem, Position } from '../types';
import { summarize } from '../workspace/summary';
import type { ActIndex } from '../workspace/cross';

const NUMBER_PLACE = /d[ée]lib[ée]ration\s+n\s*[°o]\s*([\w/.-]*)$/i;

export function numberItems(analysis: Analysis, position: Position, ctx: { acts?: ActIndex }): CompletionItem[] {
  const line = analysis.doc.lines[position.line];
  if (!ctx.acts || !line) return [];
  const before = line.text.slice(0, position.character);
  const m = NUMBER_PLACE.exec(before);
  if (!m) return [];
  const act = summarize(analysis.model);
  if (!act.collectivity) return [];
  const year = act.seance ? Number(act.seance.date.slice(0, 4)) : undefined;
  const range = { start: { line: position.line, character: position.character - m[1].length }, end: position };
  return ctx.acts.nextNumbers(act.collectivity.key, year).map((n, i) => ({
    label: n,
    kind: 'template' as const,
    detail: 'Numéro suivant de la série',
    textEdit: { range, newText: n },
    sortText: `00${i}`,
  }));
}
