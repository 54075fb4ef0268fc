// Inlay hints (setting deliberation.inlayHints.enabled): the computed sum beside a total row, the expected
// number of voters beside the vote block.
import { actsIn, withModel, type Analysis } from '../analyze';
import { lineAt } from '../syntax/tree';
import type { CancellationToken, Locale, Position, Range } from '../types';
import { eur } from '../text/amounts';
import { expectedVoters } from './hover-figures';

export interface InlayHint {
  position: Position;
  label: string;
  tooltip?: string;
}

export function inlayHints(a: Analysis, range: Range, locale: Locale = 'fr', token?: CancellationToken): InlayHint[] {
  const en = locale === 'en';
  const out: InlayHint[] = [];
  const within = (line: number) => line >= range.start.line && line <= range.end.line;
  // The acts of the lines shown only: in a register, the others' models are not made for it.
  const acts = actsIn(a, range.start.line, range.end.line);
  for (const model of acts) for (const tm of model.tables) {
    if (token?.isCancellationRequested) return out;
    for (const t of tm.totals) {
      if (!within(t.row.range.start.line)) continue;
      const ok = t.computed === t.stated.cents;
      out.push({
        position: t.row.range.end,
        label: ` = ${eur(t.computed)}${ok ? ' ✓' : ' ≠'}`,
        tooltip: en ? `Sum of the ${t.covered.length} rows covered` : `Somme des ${t.covered.length} lignes couvertes`,
      });
    }
  }
  for (const model of acts) for (const r of model.reports) {
    const v = r.vote?.pour;
    if (!v || !within(v.span.range.start.line)) continue;
    const e = expectedVoters(withModel(a, model), r);
    if (!e) continue;
    const line = lineAt(model.doc, v.span.range.start.line);
    if (!line) continue;
    out.push({
      position: line.range.end,
      label: en ? ` ${e.voters} expected voters` : ` ${e.voters} votants attendus`,
      tooltip: en ? `${e.present} present + ${e.proxies} proxies` : `${e.present} présents + ${e.proxies} pouvoirs`,
    });
  }
  return out.sort((x, y) => x.position.line - y.position.line || x.position.character - y.position.character);
}
