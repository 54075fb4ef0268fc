// The start-up scan of the workspace (the index behind workspace symbols, server/editing.ts) does not hold up the
// requests of the act being edited: a hover asked while hundreds of files are being indexed is answered between two
// files, not after the last. Measured as a ratio against the scan's own length, on this machine, not a time budget.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HoverRequest, InitializedNotification, InitializeRequest, WorkspaceSymbolRequest } from 'vscode-languageserver-protocol';
import { LspTestClient } from './helpers/lsp-client';
import { repoPath } from './helpers/paths';

describe('the workspace scan at start-up', function () {
  this.timeout(120000);
  let dir = '';
  let client: LspTestClient | undefined;
  afterEach(() => {
    client?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a hover on the open act long before the scan of 300 files ends', async () => {
    dir = mkdtempSync(join(tmpdir(), 'scan-'));
    const act = readFileSync(repoPath('corpus', 'samples', 'grand-besancon-2017-003854.delib'), 'utf8');
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `acte-${String(i).padStart(3, '0')}.delib`), act);
    const open = join(dir, 'ouvert.delib');
    const sample = readFileSync(repoPath('samples', 'extrait-municipal.delib'), 'utf8');
    client = LspTestClient.start();
    await client.request(InitializeRequest.method, { processId: process.pid, rootUri: pathToFileURL(dir).toString(), workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'w' }], capabilities: {} });
    const started = Date.now();
    await client.notify(InitializedNotification.method, {});
    // The scan has begun with `initialized`; workspace symbols wait for it to end.
    const scanned = client.request(WorkspaceSymbolRequest.method, { query: '' }, 60000).then(() => Date.now() - started);
    const uri = pathToFileURL(open).toString();
    await client.open(uri, sample);
    const line = sample.split('\n').findIndex((l) => l.startsWith('Étaient présents'));
    const hovered = client.request(HoverRequest.method, { textDocument: { uri }, position: { line, character: 2 } }, 60000).then(() => Date.now() - started);
    const [hover, scan] = await Promise.all([hovered, scanned]);
    assert.ok(scan > 200, `the scan takes long enough to tell (${scan} ms)`);
    assert.ok(hover < scan / 3, `hover answered after ${hover} ms, the scan ended after ${scan} ms`);
  });
});
