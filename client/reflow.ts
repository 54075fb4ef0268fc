// « Délibérations : remettre en lignes un texte collé d'un PDF »: the edit of the server's code action
// (core/features/reflow.ts), on the lines of the selection or, without one, on the whole active document.
import { Range, window } from 'vscode';
import { reflowEdits } from '../core/features/reflow';
import { localeSetting } from './preview';

export async function reflowActive(): Promise<void> {
  const en = localeSetting() === 'en';
  const editor = window.activeTextEditor;
  if (!editor) {
    void window.showWarningMessage(en ? 'Open the text pasted from a PDF first.' : "Ouvrez d'abord le texte collé d'un PDF.");
    return;
  }
  const selection = editor.selection;
  const lines = selection.isEmpty ? {} : { startLine: selection.start.line, endLine: selection.end.line };
  const edits = reflowEdits(editor.document.getText(), lines);
  if (edits.length === 0) {
    void window.showInformationMessage(en ? 'Nothing to lay out: no flattened paragraph nor page header.' : 'Rien à remettre en lignes : aucun paragraphe aplati ni en-tête de page.');
    return;
  }
  await editor.edit((builder) => {
    for (const { range: r, newText } of edits) builder.replace(new Range(r.start.line, r.start.character, r.end.line, r.end.character), newText);
  });
}
