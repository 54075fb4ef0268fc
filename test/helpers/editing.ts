// Helpers of the editing protocol tests: a cursor marked « <|> » in the test text, a server started and a
// document opened (diagnostics received, so the analysis is ready), and edits applied as a client would.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientCapabilities, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { LspTestClient } from './lsp-client';
import { CORPUS_DIR, repoPath } from './paths';

/** The text without its cursor mark « <|> », and the position of the mark. */
export { cursorAt as marked } from './cursor';

export const EDITING_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { versionSupport: true },
    completion: { completionItem: { snippetSupport: true } },
    rename: { prepareSupport: true },
  },
  workspace: { configuration: true },
};

/** A started server with one document open; its first diagnostics received. */
export async function serverWith(uri: string, text: string, settings: unknown = {}): Promise<{ client: LspTestClient; diagnostics: Diagnostic[] }> {
  const client = LspTestClient.start();
  client.settings = settings;
  await client.initialize(EDITING_CAPABILITIES);
  await client.open(uri, text);
  const { diagnostics } = await client.waitForDiagnostics(uri, { version: 1 });
  return { client, diagnostics };
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'deliberation', 0, text), edits);
}

/** The documents of the reference corpus and the samples of the repository. */
export function corpusFiles(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const dir of [CORPUS_DIR, repoPath('samples')]) {
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.delib'));
    } catch {
      continue;
    }
    for (const n of names) out.push({ name: n, text: readFileSync(join(dir, n), 'utf8') });
  }
  return out;
}
