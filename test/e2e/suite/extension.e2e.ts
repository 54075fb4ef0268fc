// Inside VS Code (test-electron): each sample opened as a document must get the diagnostics that `delib check`
// prints (code, range, message, severity), an outline, and quick fixes that the code action API applies.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { cliFindings, listSamples, type CliFinding } from '../../editor/oracle';

const WORKSPACE = process.env.DELIB_E2E_WORKSPACE ?? '';
const SEVERITY: Record<CliFinding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The diagnostics of `uri` once the server has published `count` of them (an event, bounded by a timeout). */
function diagnosticsOf(uri: vscode.Uri, count: number, ms = 20_000): Promise<vscode.Diagnostic[]> {
  const mine = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'deliberation');
  return new Promise((resolve, reject) => {
    if (mine().length === count) return resolve(mine());
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`Timeout after ${ms} ms: ${count} diagnostics for ${uri.fsPath}, got ${mine().length}`));
    }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString()) || mine().length !== count) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(mine());
    });
  });
}

function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' && d.code ? d.code.value : d.code);
}

const shape = (d: vscode.Diagnostic) => ({
  code: codeOf(d),
  severity: d.severity,
  message: d.message,
  range: [d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1],
});
const byRange = (a: { range: number[] }, b: { range: number[] }) => a.range.join(',').localeCompare(b.range.join(','), undefined, { numeric: true });

for (const sample of listSamples()) {
  describe(sample.name, () => {
    const file = join(WORKSPACE, sample.name);
    const uri = vscode.Uri.file(file);
    let document: vscode.TextDocument;

    before(async () => {
      assert.ok(WORKSPACE, 'DELIB_E2E_WORKSPACE is set by runTest');
      document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
    });

    after(async () => {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('is a Délibération document', () => {
      assert.equal(document.languageId, 'deliberation');
    });

    it('gets the diagnostics of `delib check`: codes, ranges, messages, severities', async () => {
      const want = cliFindings(file).map((f) => ({
        code: f.code,
        severity: SEVERITY[f.severity],
        message: f.message,
        range: [f.line, f.column, f.endLine, f.endColumn],
      }));
      const got = await diagnosticsOf(uri, want.length);
      assert.deepEqual(got.map(shape).sort(byRange), want.sort(byRange));
    });

    it('has an outline', async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      assert.ok(symbols && symbols.length > 0, 'at least one symbol');
    });

    it('applies a quick fix through the code action API, and its finding goes away', async function () {
      const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'deliberation');
      for (const d of diagnostics) {
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
        const action = actions?.find((a) => a.edit && a.diagnostics?.some((x) => x.message === d.message));
        if (!action?.edit) continue;
        const edits = action.edit.get(uri);
        assert.ok(edits.length > 0);
        const changed = new Promise<void>((resolve) => {
          const sub = vscode.languages.onDidChangeDiagnostics((e) => {
            if (e.uris.some((u) => u.toString() === uri.toString())) {
              sub.dispose();
              resolve();
            }
          });
        });
        assert.ok(await vscode.workspace.applyEdit(action.edit), 'the edit applies');
        for (const e of edits) assert.equal(document.getText(new vscode.Range(e.range.start, e.range.start.translate(0, e.newText.length))), e.newText);
        await changed;
        const still = vscode.languages.getDiagnostics(uri).filter((x) => codeOf(x) === codeOf(d) && x.range.isEqual(d.range) && x.message === d.message);
        assert.equal(still.length, 0, `"${d.message}" is gone after "${action.title}"`);
        return;
      }
      this.skip(); // the server offers no quick fix on this sample
    });
  });
}
