// Workspace symbols: every deliberation of the workspace by number and title (and every convention), from a
// cheap reading of each file (parse and model, no checks).
import { parse, splitActs } from '../syntax/index';
import { buildModel, type Model } from '../model/index';
import { foldAccents } from '../text/fold';
import type { CancellationToken, Range } from '../types';

export interface WorkspaceSymbol {
  name: string;
  detail?: string;
  kind: 'deliberation' | 'convention';
  range: Range;
}

/** The symbols of one file's text: of each of its acts. */
export function fileSymbols(text: string): WorkspaceSymbol[] {
  return actsSymbols(splitActs(parse(text)).map(buildModel));
}

/** The symbols of the acts of a file (an analysis already made gives them). */
export function actsSymbols(acts: readonly Model[]): WorkspaceSymbol[] {
  return acts.flatMap(modelSymbols);
}

function modelSymbols(model: Model): WorkspaceSymbol[] {
  const out: WorkspaceSymbol[] = [];
  for (const r of model.reports) {
    const num = r.deliberationNumber ? `Délibération n°${r.deliberationNumber.text}` : r.number ? `Rapport ${r.number}` : undefined;
    if (!num) continue;
    out.push({ name: r.title ? `${num} — ${r.title}` : num, kind: 'deliberation', range: (r.deliberationNumber?.span ?? r.numberSpan ?? r.span).range });
  }
  if (model.convention) out.push({ name: model.convention.title.replace(/\*\*/g, ''), kind: 'convention', range: { start: model.convention.span.range.start, end: model.convention.span.range.start } });
  return out;
}

const fold = (s: string) => foldAccents(s).toLowerCase();

/** Symbols whose name contains the query's characters in order (what editors expect of a workspace search). */
export function matchSymbols<T extends { name: string }>(symbols: T[], query: string, token?: CancellationToken): T[] {
  const q = fold(query).replace(/\s+/g, '');
  if (!q) return symbols;
  return symbols.filter((s) => {
    if (token?.isCancellationRequested) return false;
    const n = fold(s.name);
    let i = 0;
    for (const c of n) if (c === q[i]) i++;
    return i === q.length;
  });
}
