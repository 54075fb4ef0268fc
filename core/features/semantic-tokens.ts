// Semantic tokens for what only the parser knows: people, communes, internal references, totals. The legend
// is declared in package.json (contributes.semanticTokenTypes, with TextMate fallbacks).
import type { Analysis } from '../analyze';
import type { CancellationToken, Range } from '../types';
import { personMentions } from './mentions';

export const TOKEN_TYPES = ['person', 'commune', 'reference', 'total'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export const TOKEN_MODIFIERS = ['external', 'mismatch'] as const;

export interface SemanticToken {
  line: number;
  character: number;
  length: number;
  type: TokenType;
  modifiers: (typeof TOKEN_MODIFIERS)[number][];
}

function single(r: Range, type: TokenType, modifiers: SemanticToken['modifiers'] = []): SemanticToken[] {
  if (r.start.line !== r.end.line || r.end.character <= r.start.character) return [];
  return [{ line: r.start.line, character: r.start.character, length: r.end.character - r.start.character, type, modifiers }];
}

export function semanticTokens(a: Analysis, token?: CancellationToken): SemanticToken[] {
  const out: SemanticToken[] = [];
  for (const p of personMentions(a.doc, token)) out.push(...single(p.range, 'person'));
  for (const l of a.doc.lines) if (l.type === 'list') for (const c of l.communes) out.push(...single(c.range, 'commune'));
  for (const model of a.acts) {
    if (model.seance.collectivity) out.push(...single(model.seance.collectivity.span.range, 'commune'));
    for (const r of model.references) out.push(...single(r.range, 'reference', r.external ? ['external'] : []));
    for (const tm of model.tables) {
      for (const t of tm.totals) {
        out.push(...single(t.row.cells[0].range, 'total'));
        out.push(...single(t.stated.range, 'total', t.computed === t.stated.cents ? [] : ['mismatch']));
      }
    }
  }
  if (token?.isCancellationRequested) return [];
  // Sorted and without overlaps, as the protocol requires.
  out.sort((x, y) => x.line - y.line || x.character - y.character);
  const kept: SemanticToken[] = [];
  for (const t of out) {
    const prev = kept[kept.length - 1];
    if (prev && prev.line === t.line && prev.character + prev.length > t.character) continue;
    kept.push(t);
  }
  return kept;
}

/** The LSP encoding: five integers per token, positions relative to the previous token. */
export function encodeTokens(tokens: SemanticToken[]): number[] {
  const data: number[] = [];
  let line = 0, char = 0;
  for (const t of tokens) {
    const dl = t.line - line;
    data.push(dl, dl === 0 ? t.character - char : t.character, t.length, TOKEN_TYPES.indexOf(t.type), t.modifiers.reduce((m, x) => m | (1 << TOKEN_MODIFIERS.indexOf(x)), 0));
    line = t.line;
    char = t.character;
  }
  return data;
}
