// « Fix all » over LSP: one code action of kind source.fixAll.deliberation with every safe fix of the document
// (core/features/fix-all.ts), for `editor.codeActionsOnSave` and the Source Action menu.
import { CodeActionKind, type CodeAction } from 'vscode-languageserver/node';
import { safeFixEdits } from '../core/features/fix-all';
import type { Finding, Locale } from '../core/types';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.deliberation`;

export function fixAllAction(findings: readonly Finding[], uri: string, locale: Locale): CodeAction | undefined {
  const edits = safeFixEdits(findings);
  if (edits.length === 0) return undefined;
  const n = edits.length;
  return {
    title: locale === 'en'
      ? `Fix the ${n} spelling${n === 1 ? '' : 's'} proven by the official list or the roster`
      : `Corriger ${n === 1 ? 'l’orthographe prouvée' : `les ${n} orthographes prouvées`} par la liste officielle ou le tableau des membres`,
    kind: FIX_ALL_KIND,
    edit: { changes: { [uri]: edits } },
  };
}
