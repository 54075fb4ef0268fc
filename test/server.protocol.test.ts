// Protocol tests of the language server: a real `node dist/server.js --stdio` process driven over JSON-RPC.
// The server must be a faithful transport of the core: its diagnostics and symbols are compared with what
// analyze() returns for the same text, so these tests hold whatever findings the checks produce.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  DiagnosticSeverity,
  ErrorCodes,
  MessageType,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type CodeAction,
  type Diagnostic,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { analyze, type AnalyzeOptions } from '../core/analyze';
import { findingToDiagnostic, outlineToDocumentSymbols } from '../server/convert';
import { headingSlug } from '../server/code-docs';
import { LspTestClient, rssMb } from './helpers/lsp-client';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './helpers/paths';

const URI = 'file:///tmp/seance.delib';
const SAMPLE = [
  'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS',
  'Séance du 16 novembre 2017',
  'Présents : 25',
  'Objet : Subvention de 834 000 €',
  '',
  'Article 1 - Objet',
  'Le conseil **approuve** la convention.',
  '',
].join('\n');
const UNCLOSED_BOLD = 'Article 1 - Objet\nLe conseil **approuve la convention.\n';

const CAPABILITIES: ClientCapabilities = {
  textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, publishDiagnostics: { versionSupport: true } },
};
const WITH_CONFIGURATION: ClientCapabilities = { ...CAPABILITIES, workspace: { configuration: true } };

/** What the server must publish for `text`: the core's findings, mapped (JSON round trip, as on the wire). */
function expectedDiagnostics(text: string, options: AnalyzeOptions = {}): Diagnostic[] {
  const findings = analyze(text, { locale: 'fr', severities: {}, ...options }).findings;
  return JSON.parse(JSON.stringify(findings.map((f) => findingToDiagnostic(f, URI))));
}

function apply(text: string, changes: TextDocumentContentChangeEvent[]): string {
  const doc = TextDocument.create(URI, 'deliberation', 0, text);
  return TextDocument.update(doc, changes, 1).getText();
}

describe('language server protocol', function () {
  let client: LspTestClient;

  beforeEach(() => {
    client = LspTestClient.start();
  });
  afterEach(() => client.dispose());

  it('announces incremental sync, document symbols and quick fixes', async () => {
    const { capabilities } = await client.initialize(CAPABILITIES);
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental });
    assert.ok(capabilities.documentSymbolProvider);
    // refactor.rewrite: « Remettre en lignes le texte collé d'un PDF » (test/reflow.test.ts).
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'refactor.rewrite', 'source.fixAll.deliberation'] });
  });

  it('publishes the diagnostics of an opened document, as analyze() finds them', async () => {
    await client.initialize(CAPABILITIES);
    await client.open(URI, SAMPLE);
    const published = await client.waitForDiagnostics(URI, { version: 1 });
    assert.ok(Array.isArray(published.diagnostics));
    assert.deepEqual(published.diagnostics, expectedDiagnostics(SAMPLE));
    for (const d of published.diagnostics) assert.equal(d.source, 'deliberation');
  });

  it('links each finding to its section of docs/checks.md for a client that shows links, and only then', async () => {
    const text = SAMPLE.replace('Séance du 16 novembre 2017', 'Séance du lundi 16 novembre 2017');
    await client.initialize({ textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true } } });
    await client.open(URI, text);
    const { diagnostics } = await client.waitForDiagnostics(URI, { version: 1 });
    const weekday = diagnostics.find((d) => d.code === 'weekday-mismatch');
    assert.ok(weekday?.codeDescription, JSON.stringify(diagnostics));
    const url = new URL(weekday.codeDescription.href);
    assert.equal(url.protocol, 'file:');
    const doc = readFileSync(url, 'utf8');
    const heading = doc.split('\n').find((l) => l.startsWith('### `weekday-mismatch`'))!;
    assert.equal(url.hash, `#${headingSlug(heading.slice(4))}`);
    assert.equal(headingSlug('`proxy-giver-present` — error (or information)'), 'proxy-giver-present--error-or-information');
    client.dispose();
    client = LspTestClient.start();
    await client.initialize(CAPABILITIES);
    await client.open(URI, text);
    const plain = await client.waitForDiagnostics(URI, { version: 1 });
    assert.ok(plain.diagnostics.some((d) => d.code === 'weekday-mismatch'));
    assert.ok(plain.diagnostics.every((d) => d.codeDescription === undefined));
  });

  it('reports an unclosed **bold mark exactly when analyze() does', async () => {
    await client.initialize(CAPABILITIES);
    await client.open(URI, UNCLOSED_BOLD);
    const published = await client.waitForDiagnostics(URI, { version: 1 });
    const syntax = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'syntax');
    assert.deepEqual(syntax(published.diagnostics), syntax(expectedDiagnostics(UNCLOSED_BOLD)));
    assert.deepEqual(published.diagnostics, expectedDiagnostics(UNCLOSED_BOLD));
  });

  it('answers document symbols with the mapped outline', async () => {
    await client.initialize(CAPABILITIES);
    await client.open(URI, SAMPLE);
    const symbols = await client.documentSymbols(URI);
    assert.deepEqual(symbols, JSON.parse(JSON.stringify(outlineToDocumentSymbols(analyze(SAMPLE).outline))));
  });

  it('applies incremental changes and re-publishes for the new version', async () => {
    await client.initialize(CAPABILITIES);
    await client.open(URI, SAMPLE);
    await client.waitForDiagnostics(URI, { version: 1 });

    const insertBold: TextDocumentContentChangeEvent[] = [
      { range: { start: { line: 6, character: 11 }, end: { line: 6, character: 11 } }, text: '**' },
    ];
    const v2 = apply(SAMPLE, insertBold);
    await client.change(URI, 2, insertBold);
    assert.deepEqual((await client.waitForDiagnostics(URI, { version: 2 })).diagnostics, expectedDiagnostics(v2));
    assert.deepEqual(await client.documentSymbols(URI), JSON.parse(JSON.stringify(outlineToDocumentSymbols(analyze(v2).outline))));

    // A NUL byte makes the text binary; its diagnostic points at the byte, which shows where the edit landed.
    await client.change(URI, 3, [{ range: { start: { line: 3, character: 5 }, end: { line: 3, character: 6 } }, text: '\0' }]);
    const binary = await client.waitForDiagnostics(URI, { version: 3 });
    assert.equal(binary.diagnostics.length, 1);
    assert.equal(binary.diagnostics[0].code, 'syntax');
    assert.equal(binary.diagnostics[0].severity, DiagnosticSeverity.Error);
    assert.deepEqual(binary.diagnostics[0].range, { start: { line: 3, character: 5 }, end: { line: 3, character: 6 } });
    assert.match(binary.diagnostics[0].message, /binaire/);

    await client.change(URI, 4, [{ range: { start: { line: 3, character: 5 }, end: { line: 3, character: 6 } }, text: ':' }]);
    assert.deepEqual((await client.waitForDiagnostics(URI, { version: 4 })).diagnostics, expectedDiagnostics(v2));
  });

  it('analyses each edit of a large register from the analysis before (no pause): the diagnostics of a whole analysis', async () => {
    await client.initialize(CAPABILITIES);
    let text = SAMPLE;
    while (text.length < 300 * 1024) text += `\n\n${SAMPLE}`;
    await client.open(URI, text);
    await client.waitForDiagnostics(URI, { version: 1 });
    const from = client.diagnostics.items.length;
    // Three quick edits: each analysed at once (only the act it touches is read again), the last one's diagnostics are
    // those of the whole text.
    const edit = (version: number) => client.change(URI, version, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    await edit(2);
    await edit(3);
    await edit(4);
    const last = await client.waitForDiagnostics(URI, { version: 4, from });
    assert.deepEqual(last.diagnostics, expectedDiagnostics(`xxx${text}`));
  });

  it('answers a request on another act while a register is being analysed, before that analysis ends', async function () {
    this.timeout(30000);
    await client.initialize(CAPABILITIES);
    let text = SAMPLE;
    // (2 MB: seconds of work, about half of the 20 s the register's diagnostics are waited for on an idle machine; 4 MB
    // took 13 s there, and over 20 s while other suites ran beside it.)
    while (text.length < 2 * 1024 * 1024) text += `\n\n${SAMPLE}`;
    const small = 'file:///tmp/protocol-small.delib';
    await client.open(small, SAMPLE);
    await client.waitForDiagnostics(small, { version: 1 });
    const from = client.diagnostics.items.length;
    // Its first analysis is a whole one (an edit after it reads the acts it touches only): thousands of acts, seconds
    // of work (more on a loaded machine: this test is about order, not speed), during which the small act's outline is
    // asked for, and comes first.
    await client.open(URI, text);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const order: string[] = [];
    const diagnostics = client.waitForDiagnostics(URI, { version: 1, from, timeoutMs: 20000 }).then(() => order.push('register diagnostics'));
    // (The register's parse, in one piece before its acts are read in turns, may hold the answer back for a few
    // seconds on a loaded machine: the order is what is asserted.)
    const symbols = client.documentSymbols(small, 20000).then((answer) => {
      assert.ok(Array.isArray(answer) && answer.length > 0);
      order.push('outline of the small act');
    });
    await Promise.all([diagnostics, symbols]);
    assert.deepEqual(order, ['outline of the small act', 'register diagnostics']);
  });

  it('coalesces a burst of edits: the latest version is analysed, the superseded ones are not', async function () {
    this.timeout(30000);
    await client.initialize(CAPABILITIES);
    let text = SAMPLE;
    while (text.length < 30 * 1024) text += `\n\n${SAMPLE}`;
    await client.open(URI, text);
    await client.waitForDiagnostics(URI, { version: 1 });
    const from = client.diagnostics.items.length;
    const edits = 400;
    // Sent without waiting, as a client replaying changes does.
    const sent: Promise<void>[] = [];
    for (let v = 2; v < edits + 2; v++) sent.push(client.change(URI, v, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]));
    await Promise.all(sent);
    const symbols = client.documentSymbols(URI);
    const last = await client.waitForDiagnostics(URI, { version: edits + 1, from });
    assert.deepEqual(last.diagnostics, expectedDiagnostics(`${'x'.repeat(edits)}${text}`));
    assert.deepEqual(await symbols, JSON.parse(JSON.stringify(outlineToDocumentSymbols(analyze(`${'x'.repeat(edits)}${text}`).outline))), 'a request asked during the burst answers from the latest version');
    const published = client.diagnostics.items.slice(from).filter((p) => p.uri === URI).length;
    assert.ok(published < edits / 4, `${published} analyses published for ${edits} edits`);
  });

  it('keeps no memory for the length of a burst: 2 000 edits of a 200 KB act leave the server as 200 did', async function () {
    this.timeout(120000);
    await client.initialize(CAPABILITIES);
    let text = SAMPLE;
    while (text.length < 200 * 1024) text += `\n\n${SAMPLE}`;
    await client.open(URI, text);
    await client.waitForDiagnostics(URI, { version: 1 });
    let version = 1;
    const burst = async (edits: number) => {
      const from = client.diagnostics.items.length;
      const sent: Promise<void>[] = [];
      for (let k = 0; k < edits; k++) sent.push(client.change(URI, ++version, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]));
      await Promise.all(sent);
      // (What is measured is memory: on a loaded machine the server may take longer than the usual wait to catch up.)
      await client.waitForDiagnostics(URI, { version, from, timeoutMs: 60000 });
      // (A request answered: the server is back to the latest version, nothing left behind it.)
      await client.documentSymbols(URI);
      return rssMb(client.process.pid!);
    };
    await burst(2000); // V8 grows its heap to the size of the work once, and keeps it
    const short = await burst(200);
    const long = await burst(2000);
    if (short === undefined || long === undefined) this.skip();
    // A ratio, not megabytes: the collector's timing moves the figures by tens of MB; a backlog kept for each edit
    // made them ten times larger (2 GB). (In full runs V8 sometimes shrinks the heap just before the 200-edit measure:
    // 107 and 119 MB against 225 and 233 after 2 000, which alone measure 190–234 MB; hence 2.5, far below ten.)
    assert.ok(long / short < 2.5, `server memory after a burst of 200 edits: ${short.toFixed(0)} MB, after 2 000: ${long.toFixed(0)} MB`);
  });

  it('refuses a document larger than 5 MB with one syntax diagnostic', async () => {
    await client.initialize(CAPABILITIES);
    const large = `${'Le conseil approuve la convention.\n'.repeat(160_000)}`;
    assert.ok(Buffer.byteLength(large) > 5 * 1024 * 1024);
    await client.open(URI, large);
    const { diagnostics } = await client.waitForDiagnostics(URI, { version: 1 });
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].code, 'syntax');
    assert.match(diagnostics[0].message, /trop volumineux/);
  });

  it('reads deliberation.locale and deliberation.checks, and re-analyses on configuration change', async () => {
    client.settings = { locale: 'en', checks: { syntax: 'off', other: 'loud' } };
    await client.initialize(WITH_CONFIGURATION);
    await client.open(URI, UNCLOSED_BOLD);
    const first = await client.waitForDiagnostics(URI, { version: 1 });
    assert.ok(client.configurationRequests >= 1);
    assert.deepEqual(first.diagnostics, expectedDiagnostics(UNCLOSED_BOLD, { locale: 'en', severities: { syntax: 'off' } }));

    const binaryUri = 'file:///tmp/binary.delib';
    await client.open(binaryUri, 'Séance\0');
    assert.match((await client.waitForDiagnostics(binaryUri)).diagnostics[0].message, /^Binary file/);

    client.settings = { locale: 'fr' };
    const from = client.diagnostics.items.length;
    await client.changeConfiguration({ deliberation: client.settings });
    assert.match((await client.waitForDiagnostics(binaryUri, { from })).diagnostics[0].message, /^Fichier binaire/);
    const second = await client.waitForDiagnostics(URI, { from });
    assert.deepEqual(second.diagnostics, expectedDiagnostics(UNCLOSED_BOLD));
  });

  it('takes settings from didChangeConfiguration when the client cannot be asked', async () => {
    await client.initialize(CAPABILITIES);
    await client.open(URI, 'Séance\0');
    assert.match((await client.waitForDiagnostics(URI)).diagnostics[0].message, /^Fichier binaire/);
    const from = client.diagnostics.items.length;
    await client.changeConfiguration({ deliberation: { locale: 'en' } });
    assert.match((await client.waitForDiagnostics(URI, { from })).diagnostics[0].message, /^Binary file/);
    assert.equal(client.configurationRequests, 0);
  });

  it('turns diagnostic.data.fixes into quick fixes', async () => {
    await client.initialize(CAPABILITIES);
    await client.open(URI, SAMPLE);
    const range = { start: { line: 6, character: 11 }, end: { line: 6, character: 13 } };
    const edits = [{ range, newText: '' }];
    const withFix: Diagnostic = { range, message: 'm', source: 'deliberation', code: 'syntax', data: { fixes: [{ title: 'Supprimer **', edits }] } };
    const foreign: Diagnostic = { ...withFix, source: 'other' };
    const params = (diagnostics: Diagnostic[], only?: string[]) => ({ textDocument: { uri: URI }, range, context: { diagnostics, only } });

    const actions = await client.request<CodeAction[]>(CodeActionRequest.method, params([withFix, foreign]));
    assert.deepEqual(actions, [
      { title: 'Supprimer **', kind: 'quickfix', diagnostics: [withFix], isPreferred: true, edit: { changes: { [URI]: edits } } },
    ]);
    assert.deepEqual(await client.request(CodeActionRequest.method, params([withFix], ['refactor'])), []);
    assert.deepEqual(await client.request(CodeActionRequest.method, params([{ ...withFix, data: { fixes: 'nope' } }])), []);
  });

  it('answers a code action request with a malformed context with what is well formed, never an error', async () => {
    await client.initialize(CAPABILITIES);
    await client.open(URI, SAMPLE);
    await client.waitForDiagnostics(URI, { version: 1 });
    const range = { start: { line: 6, character: 11 }, end: { line: 6, character: 13 } };
    for (const context of [{ diagnostics: null }, { diagnostics: 'x' }, { diagnostics: [null, 3, 'x'] }, {}, null, { diagnostics: [], only: 'quickfix' }]) {
      assert.deepEqual(await client.request(CodeActionRequest.method, { textDocument: { uri: URI }, range, context }), [], JSON.stringify(context));
    }
    assert.deepEqual(await client.request(CodeActionRequest.method, { textDocument: { uri: URI }, context: { diagnostics: [] } }), []);
    assert.deepEqual(await client.request(CodeActionRequest.method, { textDocument: null, range, context: { diagnostics: [] } }), []);
  });

  it('answers positions past the end of a line or of the text with ranges inside the document', async function () {
    this.timeout(60000);
    await client.initialize(CAPABILITIES);
    for (const name of ['extrait-municipal.delib', 'extrait-communautaire.delib']) {
      const text = readFileSync(join(REPO_ROOT, 'samples', name), 'utf8');
      const uri = `file:///tmp/${name}`;
      await client.open(uri, text);
      await client.waitForDiagnostics(uri, { version: 1 });
      const lines = text.split(/\r?\n/);
      const inside = (r: { start: { line: number; character: number }; end: { line: number; character: number } }, what: string) => {
        for (const p of [r.start, r.end]) {
          assert.ok(p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length, `${name} ${what}: ${JSON.stringify(r)}`);
        }
      };
      const positions = [...lines.map((l, line) => ({ line, character: l.length + 3 })), { line: lines.length + 3, character: 5 }];
      for (const position of positions) {
        const at = { textDocument: { uri }, position };
        const where = `at ${JSON.stringify(position)}`;
        const completion = await client.request<{ items: { textEdit?: { range?: never; insert?: never; replace?: never } & Record<string, unknown> }[] } | null>('textDocument/completion', at);
        for (const item of completion?.items ?? []) {
          const edit = item.textEdit as { range?: Parameters<typeof inside>[0]; insert?: Parameters<typeof inside>[0]; replace?: Parameters<typeof inside>[0] } | undefined;
          for (const r of [edit?.range, edit?.insert, edit?.replace]) if (r) inside(r, `completion ${where}`);
        }
        const hover = await client.request<{ range?: Parameters<typeof inside>[0] } | null>('textDocument/hover', at);
        if (hover?.range) inside(hover.range, `hover ${where}`);
        for (const loc of (await client.request<{ range: Parameters<typeof inside>[0] }[] | null>('textDocument/definition', at)) ?? []) inside(loc.range, `definition ${where}`);
        for (const loc of (await client.request<{ range: Parameters<typeof inside>[0] }[] | null>('textDocument/references', { ...at, context: { includeDeclaration: true } })) ?? []) inside(loc.range, `references ${where}`);
        const prepared = await client.request<Parameters<typeof inside>[0] | { range: Parameters<typeof inside>[0] } | null>('textDocument/prepareRename', at);
        if (prepared) inside('range' in prepared ? prepared.range : prepared, `prepareRename ${where}`);
      }
    }
  });

  it('edits a document opened long ago, among many, as any other (its text was kept deflated meanwhile)', async function () {
    this.timeout(60000);
    await client.initialize(CAPABILITIES);
    // Long enough to be deflated (server/compact-documents.ts), with the characters UTF-16 counts twice.
    const long = `${SAMPLE}${'Le conseil **approuve** la convention — 834 000 € à l’association 🎵.\n'.repeat(80)}`;
    const uris = Array.from({ length: 24 }, (_, i) => `file:///tmp/acte-${i}.delib`);
    for (const u of uris) await client.open(u, long);
    for (const u of uris) await client.waitForDiagnostics(u, { version: 1 });
    const change: TextDocumentContentChangeEvent[] = [{ range: { start: { line: 20, character: 40 }, end: { line: 20, character: 47 } }, text: '714 091' }];
    const v2 = apply(long, change);
    await client.change(uris[0], 2, change);
    assert.deepEqual((await client.waitForDiagnostics(uris[0], { version: 2 })).diagnostics, JSON.parse(JSON.stringify(analyze(v2, { locale: 'fr', severities: {} }).findings.map((f) => findingToDiagnostic(f, uris[0])))));
    assert.deepEqual(await client.documentSymbols(uris[0]), JSON.parse(JSON.stringify(outlineToDocumentSymbols(analyze(v2).outline))));
  });

  it('analyses a text again when a client reuses its version number for another text', async () => {
    await client.initialize(CAPABILITIES);
    await client.open(URI, SAMPLE);
    assert.deepEqual((await client.waitForDiagnostics(URI, { version: 1 })).diagnostics, expectedDiagnostics(SAMPLE));
    // Opened again without being closed, with the same version number.
    const from = client.diagnostics.items.length;
    await client.open(URI, UNCLOSED_BOLD);
    assert.deepEqual((await client.waitForDiagnostics(URI, { version: 1, from })).diagnostics, expectedDiagnostics(UNCLOSED_BOLD));
    assert.deepEqual(await client.documentSymbols(URI), JSON.parse(JSON.stringify(outlineToDocumentSymbols(analyze(UNCLOSED_BOLD).outline))));
  });

  it('survives a handler throwing: logs it, answers an error, keeps serving', async () => {
    await client.initialize(CAPABILITIES);
    // Malformed params: textDocument is null, so the handler throws.
    await assert.rejects(client.request('textDocument/documentSymbol', { textDocument: null }), { code: ErrorCodes.InternalError });
    const log = await client.logs.waitFor((l) => l.type === MessageType.Error, 0, 5000, () => 'error log message');
    assert.match(log.message, /documentSymbol/);

    await client.open(URI, SAMPLE);
    assert.deepEqual((await client.waitForDiagnostics(URI, { version: 1 })).diagnostics, expectedDiagnostics(SAMPLE));
    assert.ok(Array.isArray(await client.documentSymbols(URI)));
  });

  it('clears the diagnostics of a closed document', async () => {
    await client.initialize(CAPABILITIES);
    await client.open(URI, 'Séance\0');
    await client.waitForDiagnostics(URI, { version: 1 });
    const from = client.diagnostics.items.length;
    await client.close(URI);
    assert.deepEqual((await client.waitForDiagnostics(URI, { from })).diagnostics, []);
    assert.equal(await client.documentSymbols(URI), null);
  });

  it('shuts down and exits with status 0', async () => {
    await client.initialize(CAPABILITIES);
    assert.equal(await client.shutdown(), 0);
  });
});
