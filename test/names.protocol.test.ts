// Protocol tests of names: the real server (dist/server.js) with a roster file in its workspace folder: completion
// at a cursor marked <|>, hover on a person, member-unknown with its quick fix, the roster's own diagnostics when it
// is broken (the checks go on without it), and the request behind « Délibérations : extraire le tableau des membres ».
import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CompletionRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  type CodeAction,
  type CompletionList,
  type Diagnostic,
  type Hover,
  type MarkupContent,
} from 'vscode-languageserver-protocol';
import { parseRoster } from '../core/roster/index';
import { STATUS_REQUEST, type StatusResult } from '../shared/protocol';
import { LspTestClient } from './helpers/lsp-client';
import { cursorAt } from './helpers/cursor';
import { corpusPath, repoPath } from './helpers/paths';

const ROSTER = `assemblee: Conseil municipal de Pugey
type: conseil municipal
commune: Pugey
en_exercice: 4
membres:
  - { civilite: M., prenom: Frank, nom: LAIDIE, fonctions: [maire] }
  - { civilite: Mme, prenom: Anne, nom: PETITJEAN, fonctions: [1re adjointe] }
  - { civilite: M., prenom: Paul, nom: MARTINET }
  - { civilite: Mme, prenom: Louise, nom: GRANDJEAN }
`;

const DOC = `COMMUNE DE PUGEY

Extrait du registre des délibérations du Conseil municipal

Séance du lundi 3 mars 2025

Sous la présidence de M. Frank LAIDIE, Maire.

Étaient présents : M. Frank LAIDIE, Mme Anne PETITJEAN, M. Paul MARTINAT

Étaient absents : <|>
`;

describe('names over the protocol', function () {
  let client: LspTestClient;
  let dir: string;
  let docUri: string;
  let rosterUri: string;
  let outsideDir: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'names-'));
    outsideDir = mkdtempSync(join(tmpdir(), 'outside-'));
    writeFileSync(join(dir, 'conseil.yaml'), ROSTER);
    docUri = pathToFileURL(join(dir, 'seance.delib')).toString();
    rosterUri = pathToFileURL(join(dir, 'conseil.yaml')).toString();
    client = LspTestClient.start();
    const init = await client.request<{ capabilities: { completionProvider?: unknown; hoverProvider?: unknown } }>(InitializeRequest.method, {
      processId: process.pid,
      rootUri: pathToFileURL(dir).toString(),
      workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'w' }],
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    assert.ok(init.capabilities.completionProvider && init.capabilities.hoverProvider);
    await client.notify(InitializedNotification.method, {});
  });
  afterEach(() => {
    client.dispose();
    rmSync(dir, { recursive: true, force: true });
    rmSync(outsideDir, { recursive: true, force: true });
  });

  async function openDoc(marked: string) {
    const { text, position } = cursorAt(marked);
    await client.open(docUri, text);
    const diagnostics = await client.waitForDiagnostics(docUri);
    return { text, position, diagnostics: diagnostics.diagnostics };
  }

  it('completes the members not listed yet, replacing the typed word', async () => {
    const { position } = await openDoc(DOC);
    const list = await client.request<CompletionList>(CompletionRequest.method, { textDocument: { uri: docUri }, position });
    assert.deepEqual(list.items.map((i) => (i.textEdit as { newText: string }).newText).sort(), ['M. Paul MARTINET', 'Mme Louise GRANDJEAN']);
    const typed = await openDocAgain(DOC.replace('absents : <|>', 'absents : Mme Lou<|>'));
    const items = await client.request<CompletionList>(CompletionRequest.method, { textDocument: { uri: docUri }, position: typed.position });
    assert.equal(items.items.length, 1);
    assert.deepEqual(items.items[0].textEdit, { range: { start: { line: typed.position.line, character: 18 }, end: typed.position }, newText: 'Mme Louise GRANDJEAN' });
  });

  async function openDocAgain(marked: string) {
    const { text, position } = cursorAt(marked);
    const from = client.diagnostics.items.length;
    await client.change(docUri, 2, [{ text }]);
    await client.waitForDiagnostics(docUri, { version: 2, from });
    return { text, position };
  }

  it('answers the status of a document: its findings by severity and the roster in use, or not used for another assembly', async () => {
    const { diagnostics } = await openDoc(DOC);
    const status = await client.request<StatusResult>(STATUS_REQUEST, { uri: docUri });
    const count = (severity: number) => diagnostics.filter((d) => d.severity === severity).length;
    assert.deepEqual(status.findings, { error: count(1), warning: count(2), information: count(3), hint: count(4) });
    assert.ok(count(2) >= 1, 'member-unknown is a warning');
    assert.deepEqual(status.roster, { path: join(dir, 'conseil.yaml'), members: 4, applies: true });
    await openDocAgain(DOC.replace('COMMUNE DE PUGEY', 'COMMUNE DE CHALEZEULE'));
    const other = await client.request<StatusResult>(STATUS_REQUEST, { uri: docUri });
    assert.deepEqual(other.roster, { path: join(dir, 'conseil.yaml'), members: 4, applies: false });
    rmSync(join(dir, 'conseil.yaml'));
    assert.equal((await client.request<StatusResult>(STATUS_REQUEST, { uri: docUri })).roster, null);
    assert.deepEqual(await client.request<StatusResult>(STATUS_REQUEST, { uri: 'file:///nowhere.delib' }), { findings: null, roster: null });
  });

  it('reports a person not in the roster with the closest member as a quick fix', async () => {
    const { diagnostics } = await openDoc(DOC);
    const unknown = diagnostics.filter((d) => d.code === 'member-unknown');
    assert.equal(unknown.length, 1);
    assert.equal(unknown[0].range.start.line, 8);
    const actions = await client.request<CodeAction[]>(CodeActionRequest.method, { textDocument: { uri: docUri }, range: unknown[0].range, context: { diagnostics: unknown } });
    assert.equal(actions[0].edit?.changes?.[docUri]?.[0].newText, 'M. Paul MARTINET');
  });

  it('uses the conseil.yaml nearest the act (one roster per collectivity), and no roster whose members are not those listed', async () => {
    // Another collectivity in a folder of its own, with its roster; the root's roster is Pugey's.
    const other = join(dir, 'chalezeule');
    mkdirSync(other);
    writeFileSync(join(other, 'conseil.yaml'), ROSTER.replace(/Pugey/g, 'Chalezeule').replace('LAIDIE', 'GAUTHIER').replace('PETITJEAN', 'ROUSSEL').replace('MARTINET', 'BOUVERET').replace('GRANDJEAN', 'FAIVRE'));
    const act = (people: string) => DOC.replace(/Pugey|PUGEY/g, (w) => (w === 'PUGEY' ? 'CHALEZEULE' : 'Chalezeule')).replace('M. Frank LAIDIE, Mme Anne PETITJEAN, M. Paul MARTINAT', people).replace('<|>', '').replace('LAIDIE', 'GAUTHIER');
    const text = act('M. Frank GAUTHIER, Mme Anne ROUSSEL, M. Paul BOUVERAT, Mme Louise FAIVRE, M. Jean GIRARD');
    const uri = pathToFileURL(join(other, 'seance.delib')).toString();
    await client.open(uri, text);
    const near = (await client.waitForDiagnostics(uri)).diagnostics.filter((d) => d.code === 'member-unknown');
    assert.deepEqual(near.map((d) => text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character)).sort(), ['M. Jean GIRARD', 'M. Paul BOUVERAT'], 'checked against the roster of its folder');
    // The same act at the root, beside Pugey's roster: not its members, so no warning at all (not five).
    const rootUri = pathToFileURL(join(dir, 'chalezeule-copie.delib')).toString();
    await client.open(rootUri, text.replace(/Chalezeule|CHALEZEULE/g, (w) => (w === 'CHALEZEULE' ? 'PUGEY' : 'Pugey')));
    const root = (await client.waitForDiagnostics(rootUri)).diagnostics.filter((d) => d.code === 'member-unknown' || d.code === 'member-mismatch');
    assert.deepEqual(root, []);
  });

  it('shows a hover with the commune, functions and presence', async () => {
    await openDoc(DOC);
    const hover = await client.request<Hover>(HoverRequest.method, { textDocument: { uri: docUri }, position: { line: 8, character: 40 } });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /\*\*Mme Anne PETITJEAN\*\*/);
    assert.match(value, /Fonctions : 1re adjointe/);
    assert.match(value, /\*\*Présente\*\* à la séance/);
  });

  it('publishes the problems of a broken roster on it, and checks without it', async () => {
    await openDoc(DOC);
    writeFileSync(join(dir, 'conseil.yaml'), 'assemblee: Conseil\nmembres:\n  - { nom: LAIDIE }\n');
    const from = client.diagnostics.items.length;
    await client.notify(DidChangeWatchedFilesNotification.method, { changes: [{ uri: rosterUri, type: FileChangeType.Changed }] });
    const onRoster = await client.waitForDiagnostics(rosterUri, { from });
    assert.ok(onRoster.diagnostics.length > 0);
    assert.ok(onRoster.diagnostics.every((d: Diagnostic) => d.code === 'roster'));
    assert.equal(onRoster.diagnostics[0].range.start.line, 2);
    const onDoc = await client.waitForDiagnostics(docUri, { from });
    assert.deepEqual(onDoc.diagnostics.filter((d) => String(d.code).startsWith('member-')), []);
    // Fixed again: the roster's diagnostics are cleared.
    writeFileSync(join(dir, 'conseil.yaml'), ROSTER);
    const again = client.diagnostics.items.length;
    await client.notify(DidChangeWatchedFilesNotification.method, { changes: [{ uri: rosterUri, type: FileChangeType.Changed }] });
    assert.deepEqual((await client.waitForDiagnostics(rosterUri, { from: again })).diagnostics, []);
  });

  // The workspace is untrusted (a cloned repository may hold links): each of these rosters gets one finding on the
  // roster file saying why it is not read, never its content, and the server goes on answering.
  for (const [what, make] of [
    ['a link to /dev/zero', (path: string) => symlinkSync('/dev/zero', path)],
    ['a named pipe', (path: string) => execFileSync('mkfifo', [path])],
    ['a link to a file outside the workspace', (path: string) => { const secret = join(outsideDir, 'secret.yaml'); writeFileSync(secret, 'assemblee: SECRET-CONTENT\nmembres:\n  - { nom: SECRET }\n'); symlinkSync(secret, path); }],
    ['a file of 2 MB', (path: string) => writeFileSync(path, `assemblee: Conseil\nmembres:\n${'  - { nom: DUPONT, prenom: Jean }\n'.repeat(70000)}`)],
  ] as const) {
    it(`reads no roster that is ${what}, says why on it, and keeps answering`, async function () {
      this.timeout(10000);
      const path = join(dir, 'conseil.yaml');
      rmSync(path);
      make(path);
      const from = client.diagnostics.items.length;
      const { diagnostics } = await openDoc(DOC);
      assert.deepEqual(diagnostics.filter((d) => String(d.code).startsWith('member-')), [], 'checked without a roster');
      const onRoster = await client.waitForDiagnostics(rosterUri, { from });
      assert.equal(onRoster.diagnostics.length, 1);
      assert.equal(onRoster.diagnostics[0].code, 'roster');
      assert.match(onRoster.diagnostics[0].message, /n'est pas lu|n’est pas lu|il n'est pas lu/);
      assert.doesNotMatch(JSON.stringify(onRoster.diagnostics), /SECRET/);
      const symbols = await client.documentSymbols(docUri);
      assert.ok(Array.isArray(symbols));
    });
  }

  it('replaces a roster that is a link without writing through it', async () => {
    await openDoc(DOC);
    const target = join(outsideDir, 'kept.yaml');
    writeFileSync(target, 'untouched\n');
    rmSync(join(dir, 'conseil.yaml'));
    symlinkSync(target, join(dir, 'conseil.yaml'));
    const forced = await client.request<{ written?: string; members?: number }>('deliberation/extractRoster', { uri: docUri, force: true });
    assert.equal(forced.members, 3);
    assert.equal(readFileSync(target, 'utf8'), 'untouched\n');
    assert.ok(!lstatSync(join(dir, 'conseil.yaml')).isSymbolicLink());
  });

  it('extracts the roster of the open document, never overwriting without force', async () => {
    await openDoc(DOC);
    const first = await client.request<{ exists?: string }>('deliberation/extractRoster', { uri: docUri });
    assert.equal(first.exists, join(dir, 'conseil.yaml'));
    assert.equal(readFileSync(join(dir, 'conseil.yaml'), 'utf8'), ROSTER);
    const forced = await client.request<{ written?: string; members?: number }>('deliberation/extractRoster', { uri: docUri, force: true });
    assert.equal(forced.members, 3);
    const written = parseRoster(readFileSync(join(dir, 'conseil.yaml'), 'utf8'));
    assert.deepEqual(written.roster?.members.map((m) => m.surname), ['LAIDIE', 'PETITJEAN', 'MARTINAT']);
    assert.deepEqual(written.roster?.members[0].functions, ['maire']);
  });

  it('completes in an attendance list of the Grand Besançon extract', async function () {
    const gb = corpusPath('grand-besancon-2017-003854.delib');
    if (!existsSync(gb)) this.skip();
    rmSync(join(dir, 'conseil.yaml'));
    const text = readFileSync(gb, 'utf8').replace('Thisse : M. Alain LORIGUET', 'Thi<|>');
    const { position } = await openDoc(text);
    const list = await client.request<CompletionList>(CompletionRequest.method, { textDocument: { uri: docUri }, position });
    assert.equal(list.items.find((i) => i.sortText === [...list.items].map((x) => x.sortText!).sort()[0])?.label, 'Thise');
  });
});
