// The code action « Remettre en lignes le texte collé d'un PDF » (core/features/reflow.ts): offered when the act
// under the cursor (the whole document when it was not analysed) holds a paragraph flattened by a paste; its edit
// lays that act out again line by line. A refactoring (refactor.rewrite), not a quick fix: no diagnostic asks for it.
import { CodeActionKind, type CancellationToken, type CodeAction } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { actAt, actCount, isAnalysis, type Analysis } from '../core/analyze';
import { flattenedLines, reflowEdits } from '../core/features/reflow';
import type { Locale } from '../core/types';

export const REFLOW_KIND = CodeActionKind.RefactorRewrite;

export function reflowTitle(locale: Locale): string {
  return locale === 'en' ? 'Lay out text pasted from a PDF' : "Remettre en lignes le texte collé d'un PDF";
}

/**
 * Whether a code action request (its `only`) wants actions of this kind; `byName`: only when `only` names the kind or
 * a kind above it (« source.fixAll »), not in a request for every kind (the light bulb).
 */
export function wantsKind(only: readonly string[] | undefined, kind: string, byName = false): boolean {
  if (!only) return !byName;
  return only.some((k) => (k === CodeActionKind.Empty ? !byName : k === kind || kind.startsWith(`${k}.`)));
}

/** The answer for the last text asked (requests come at every move of the cursor, on one text). */
let last: { uri: string; text: string; startLine: number; endLine: number; locale: Locale; actions: CodeAction[] } | undefined;

/** The action for the act holding `line`, or none when that act holds no flattened paragraph. */
export function reflowActions(
  document: TextDocument,
  analysis: Partial<Analysis>,
  line: number,
  locale: Locale,
  token?: CancellationToken,
): CodeAction[] {
  let startLine = 0;
  let endLine = document.lineCount - 1;
  if (isAnalysis(analysis) && actCount(analysis) > 1) {
    const act = actAt(analysis, line);
    startLine = act.doc.range.start.line;
    endLine = act.doc.range.end.line;
  }
  const { uri } = document;
  const text = document.getText();
  if (last && last.uri === uri && last.text === text && last.startLine === startLine && last.endLine === endLine && last.locale === locale) {
    return last.actions;
  }
  let actions: CodeAction[] = [];
  if (flattenedLines(text, { startLine, endLine, token }).length > 0) {
    const edits = reflowEdits(text, { startLine, endLine, token });
    if (edits.length > 0) actions = [{ title: reflowTitle(locale), kind: REFLOW_KIND, edit: { changes: { [uri]: edits } } }];
  }
  if (token?.isCancellationRequested) return [];
  last = { uri, text, startLine, endLine, locale, actions };
  return actions;
}
