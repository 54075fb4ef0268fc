// The checks across acts (core/workspace): a deliberation number used twice, a gap in a year's series, acts of one
// séance that disagree; each found in one file with the other file as related location; and `delib check` on a folder.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { analyze } from '../core/analyze';
import { ActIndex, seriesOf, summariesOf } from '../core/workspace/index';
import { repoPath } from './helpers/paths';
import { LspTestClient } from './helpers/lsp-client';
import { cursorAt } from './helpers/cursor';
import { completion } from '../core/features/completion';
import { resultOf } from '../core/export/index';

const SAMPLE = readFileSync(repoPath('samples', 'extrait-municipal.delib'), 'utf8');
/** The sample act with another number, séance, members in office or secretary. */
const act = (number: string, edits: [string, string][] = []) => edits.reduce((t, [a, b]) => t.replace(a, b), SAMPLE.replace('Délibération n°2025-047', `Délibération n°${number}`));
const file = (uri: string, text: string) => ({ uri, acts: summariesOf(analyze(text)) });
const codes = (index: ActIndex, uri: string) => index.findings(uri).map((f) => f.code).sort();

describe('checks across acts', () => {
  it('reads the series of a number: year and rank, however written', () => {
    assert.deepEqual([seriesOf('2025-047')?.year, seriesOf('2025-047')?.rank, seriesOf('2025-047')?.write(48)], [2025, 47, '2025-048']);
    assert.equal(seriesOf('DEL_2024_7')?.write(8), 'DEL_2024_8');
    assert.equal(seriesOf('12/2023')?.write(13), '13/2023');
    assert.equal(seriesOf('47'), undefined);
  });

  it('finds a number used by two acts of the same collectivity, with the other file as related location', () => {
    const index = new ActIndex([file('file:///a.delib', act('2025-047')), file('file:///b.delib', act('2025-047'))]);
    const [f] = index.findings('file:///b.delib');
    assert.equal(f.code, 'number-duplicate');
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /^Délibération n°2025-047 : ce numéro est aussi celui d’un autre acte de la même collectivité\.$/);
    assert.equal(f.related?.[0].uri, 'file:///a.delib');
    assert.match(f.related![0].message, /n°2025-047 – Accueil de loisirs/);
    // Another commune, or the same number of another year: no duplicate.
    const other = new ActIndex([file('file:///a.delib', act('2025-047')), file('file:///b.delib', act('2025-047', [['COMMUNE DE CHALLES-LES-EAUX', 'COMMUNE DE BARBY']]))]);
    assert.deepEqual(codes(other, 'file:///b.delib'), []);
    const years = new ActIndex([file('file:///a.delib', act('47')), file('file:///b.delib', act('47', [['Séance du lundi 23 juin 2025', 'Séance du lundi 24 juin 2024']]))]);
    assert.deepEqual(codes(years, 'file:///b.delib'), []);
  });

  it('finds a gap of a few numbers in a year’s series, and says nothing of a series the workspace holds only a part of', () => {
    const index = new ActIndex([file('file:///a.delib', act('2025-046')), file('file:///b.delib', act('2025-049'))]);
    const [f] = index.findings('file:///b.delib');
    assert.equal(f.code, 'number-gap');
    assert.equal(f.severity, 'information');
    assert.equal(f.message, 'Numéros 2025-047 à 2025-048 dans aucun acte de l’espace de travail (n°2025-046, puis n°2025-049).');
    assert.equal(new ActIndex([file('file:///a.delib', act('2025-046')), file('file:///b.delib', act('2025-049'))]).findings('file:///b.delib', 'en')[0].message, 'Numbers 2025-047 to 2025-048 in no act of the workspace (no. 2025-046, then no. 2025-049).');
    assert.deepEqual(codes(new ActIndex([file('file:///a.delib', act('2025-012')), file('file:///b.delib', act('2025-049'))]), 'file:///b.delib'), [], 'a gap of 36: the workspace holds part of the year');
    assert.deepEqual(codes(new ActIndex([file('file:///a.delib', act('2025-048')), file('file:///b.delib', act('2025-049'))]), 'file:///b.delib'), []);
  });

  it('finds acts of one séance that disagree on the members in office and the secretary, once each', () => {
    const other = (n: string) => act(n, [['Nombre de conseillers en exercice : 29', 'Nombre de conseillers en exercice : 27'], ['Secrétaire de séance : Mme Audrey SIBILLE', 'Secrétaire de séance : Mme Léa JANIN']]);
    const index = new ActIndex([file('file:///a.delib', act('2025-047')), file('file:///b.delib', other('2025-048')), file('file:///c.delib', other('2025-049'))]);
    const f = index.findings('file:///a.delib');
    assert.deepEqual(f.map((x) => x.code), ['seance-mismatch', 'seance-mismatch']);
    assert.equal(f[0].message, '29 membres en exercice ; un autre acte de la même séance en déclare 27.');
    assert.equal(f[1].message, 'Secrétaire de séance : Audrey SIBILLE ; un autre acte de la même séance nomme Léa JANIN.');
    assert.ok(['file:///b.delib', 'file:///c.delib'].includes(f[0].related![0].uri!));
    // Another séance: nothing to compare.
    assert.deepEqual(codes(new ActIndex([file('file:///a.delib', act('2025-047')), file('file:///b.delib', act('2025-048', [['Séance du lundi 23 juin 2025', 'Séance du lundi 30 juin 2025'], ['Nombre de conseillers en exercice : 29', 'Nombre de conseillers en exercice : 27']]))]), 'file:///a.delib'), []);
  });

  it('finds a number whose predecessor in the series is of a later séance, once at the inversion', () => {
    const march = (n: string) => act(n, [['Séance du lundi 23 juin 2025', 'Séance du lundi 10 mars 2025']]);
    const index = new ActIndex([file('file:///a.delib', act('2025-047')), file('file:///b.delib', act('2025-048')), file('file:///c.delib', march('2025-049')), file('file:///d.delib', march('2025-050'))]);
    const order = (uri: string) => index.findings(uri).filter((x) => x.code === 'number-order');
    const [f, ...more] = order('file:///c.delib');
    assert.equal(more.length, 0);
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, 'Délibération n°2025-049 du 10 mars 2025 : le n°2025-048, qui la précède, est d’une séance postérieure (23 juin 2025).');
    assert.equal(f.related?.[0].uri, 'file:///b.delib');
    assert.deepEqual(['file:///a.delib', 'file:///b.delib', 'file:///d.delib'].flatMap(order), [], 'said once, not by every act after it');
    // In date order: nothing.
    assert.deepEqual(codes(new ActIndex([file('file:///a.delib', march('2025-047')), file('file:///b.delib', act('2025-048'))]), 'file:///b.delib'), []);
  });

  describe('presence from one act of a séance to the next', () => {
    const present = 'M. Paul MOLLARET, ';
    const leaves = (n: string, how = '') => act(n, [[present, ''], ['Présents : 22', 'Présents : 21'], ['Étaient absents : ', `Étaient absents : M. Paul MOLLARET${how}, `]]);
    const continuity = (index: ActIndex, uri: string, locale: 'fr' | 'en' = 'fr') => index.findings(uri, locale).filter((f) => f.code === 'presence-continuity');

    it('finds a member present at one deliberation and absent at the next with no departure stated, on the later act', () => {
      const index = new ActIndex([file('file:///a.delib', act('2025-047')), file('file:///b.delib', leaves('2025-048'))]);
      const [f, ...more] = continuity(index, 'file:///b.delib');
      assert.equal(more.length, 0);
      assert.equal(f.severity, 'information');
      assert.equal(f.message, 'M. Paul MOLLARET est absent ici, mais présent à la délibération précédente de la séance (n°2025-047) ; aucun départ n’est mentionné.');
      const b = leaves('2025-048').split('\n');
      assert.equal(b[f.range.start.line].slice(f.range.start.character, f.range.end.character), 'M. Paul MOLLARET');
      assert.equal(f.related?.[0].uri, 'file:///a.delib');
      assert.deepEqual(continuity(index, 'file:///a.delib'), []);
      assert.equal(continuity(index, 'file:///b.delib', 'en')[0].message, 'M. Paul MOLLARET is absent here but present at the séance’s previous deliberation (no. 2025-047); no departure is stated.');
    });

    it('finds an arrival not stated the other way round, and agrees with a Mme', () => {
      const index = new ActIndex([file('file:///a.delib', leaves('2025-047')), file('file:///b.delib', act('2025-048'))]);
      assert.match(continuity(index, 'file:///b.delib')[0].message, /^M\. Paul MOLLARET est présent ici, mais absent à la fin de la délibération précédente de la séance \(n°2025-047\) ; aucune arrivée n’est mentionnée\.$/);
      const her = (n: string, gone: boolean) => act(n, gone ? [['Mme Marion LAFFIN, ', ''], ['Présents : 22', 'Présents : 21'], ['Étaient absents : ', 'Étaient absents : Mme Marion LAFFIN, '], ['(pouvoir à Mme Marion LAFFIN)', '']] : []);
      assert.match(continuity(new ActIndex([file('file:///a.delib', her('2025-047', false)), file('file:///b.delib', her('2025-048', true))]), 'file:///b.delib')[0].message, /^Mme Marion LAFFIN est absente ici, mais présente/);
    });

    it('says nothing when a departure is stated, when the acts are of two séances, or not next to each other in number', () => {
      assert.deepEqual(continuity(new ActIndex([file('file:///a.delib', act('2025-047')), file('file:///b.delib', leaves('2025-048', ' (parti à 21 h 10)'))]), 'file:///b.delib'), []);
      assert.deepEqual(continuity(new ActIndex([file('file:///a.delib', act('2025-047')), file('file:///b.delib', leaves('2025-048').replace('Séance du lundi 23 juin 2025', 'Séance du lundi 30 juin 2025'))]), 'file:///b.delib'), []);
      // The act in between (048) has him absent too: 049 follows 048, not 047.
      const three = new ActIndex([file('file:///a.delib', act('2025-047')), file('file:///b.delib', leaves('2025-048')), file('file:///c.delib', leaves('2025-049'))]);
      assert.deepEqual(continuity(three, 'file:///c.delib'), []);
      // The same acts: nothing.
      assert.deepEqual(continuity(new ActIndex([file('file:///a.delib', act('2025-047')), file('file:///b.delib', act('2025-048'))]), 'file:///b.delib'), []);
    });

    it('finds a proxy held by a member whose departure an earlier act of the séance states', () => {
      const holder = act('2025-049', [['Mme Pauline DUCRET,', 'Mme Pauline DUCRET (pouvoir à M. Paul MOLLARET),'], ['Votants : 25', 'Votants : 26']]);
      const index = new ActIndex([file('file:///a.delib', act('2025-047')), file('file:///b.delib', leaves('2025-048', ' (parti à 21 h 10)')), file('file:///c.delib', holder)]);
      // His return is not said either, but the departure the act before states is not a departure left unsaid.
      assert.deepEqual(continuity(index, 'file:///c.delib').map((f) => [f.message, f.related?.[0].uri]), [
        ['M. Paul MOLLARET détient un pouvoir ici, mais son départ de la séance est mentionné à la délibération n°2025-048, sans retour mentionné depuis.', 'file:///b.delib'],
      ]);
      // The same proxy with no departure stated before: nothing.
      assert.deepEqual(continuity(new ActIndex([file('file:///a.delib', act('2025-047')), file('file:///c.delib', holder.replace('2025-049', '2025-048'))]), 'file:///c.delib'), []);
    });
  });

  it('replaces a file’s acts when it changes, and forgets a file deleted', () => {
    const index = new ActIndex([file('file:///a.delib', act('2025-047')), file('file:///b.delib', act('2025-047'))]);
    assert.deepEqual(codes(index, 'file:///b.delib'), ['number-duplicate']);
    index.set(file('file:///b.delib', act('2025-048')));
    assert.deepEqual(codes(index, 'file:///b.delib'), []);
    index.set(file('file:///b.delib', act('2025-047')));
    index.delete('file:///a.delib');
    assert.deepEqual(codes(index, 'file:///b.delib'), []);
    assert.equal(index.size, 1);
  });

  it('delib check on a folder reports them, naming the other file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'delib-cross-'));
    try {
      writeFileSync(join(dir, 'a.delib'), act('2025-047'));
      writeFileSync(join(dir, 'b.delib'), act('2025-047'));
      let out = '';
      try {
        out = execFileSync(process.execPath, [repoPath('dist', 'cli.js'), 'check', dir], { encoding: 'utf8' });
      } catch (e) {
        out = (e as { stdout: string }).stdout;
      }
      const line = out.split('\n').find((l) => l.includes('number-duplicate') && l.startsWith(join(dir, 'b.delib')));
      assert.ok(line, out);
      assert.match(line, new RegExp(`\\(${join(dir, 'a.delib').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+\\)$`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the files a change can concern', () => {
  it('are those sharing a number, a series or a séance with the file, and no other', () => {
    const elsewhere = [['COMMUNE DE CHALLES-LES-EAUX', 'COMMUNE DE BARBY']] as [string, string][];
    const index = new ActIndex([
      file('file:///a.delib', act('2025-047')),
      file('file:///b.delib', act('2025-012', [['Séance du lundi 23 juin 2025', 'Séance du lundi 3 février 2025']])),
      file('file:///c.delib', act('2024-112', [['Séance du lundi 23 juin 2025', 'Séance du lundi 24 juin 2024']])),
      file('file:///d.delib', act('2025-047', elsewhere)),
    ]);
    assert.deepEqual([...index.related('file:///a.delib')], ['file:///b.delib'], 'the series of 2025 of the same commune');
    assert.deepEqual([...index.related('file:///c.delib')], [], 'another year, another séance');
    assert.deepEqual([...index.related('file:///d.delib')], [], 'another commune');
    assert.deepEqual([...index.related('file:///unknown.delib')], []);
  });

  it('are none after a change that leaves what the checks compare as it was; those related before and after otherwise', () => {
    const index = new ActIndex([file('file:///a.delib', act('2025-047')), file('file:///b.delib', act('2025-048')), file('file:///c.delib', act('2025-047', [['COMMUNE DE CHALLES-LES-EAUX', 'COMMUNE DE BARBY']]))]);
    assert.deepEqual([...index.affectedBy('file:///a.delib', () => index.set(file('file:///a.delib', `${act('2025-047')}\nUne ligne de plus.`)))], [], 'a line typed');
    // The act moves to Barby: the Challes act it shared a series with, and the Barby act it joins, are told.
    const moved = index.affectedBy('file:///a.delib', () => index.set(file('file:///a.delib', act('2025-047', [['COMMUNE DE CHALLES-LES-EAUX', 'COMMUNE DE BARBY']]))));
    assert.deepEqual([...moved].sort(), ['file:///b.delib', 'file:///c.delib']);
  });
});

describe('completion of the next deliberation number', () => {
  it('offers the next free number of the collectivity’s series of the year, after « Délibération n° »', () => {
    const index = new ActIndex([file('file:///a.delib', act('2025-047')), file('file:///b.delib', act('2025-050')), file('file:///c.delib', act('2024-112', [['Séance du lundi 23 juin 2025', 'Séance du lundi 24 juin 2024']]))]);
    const { text, position } = cursorAt(act('<|>').replace('Délibération n°<|>', 'Délibération n°2025-0<|>'));
    const items = completion(analyze(text), position, { acts: index }).filter((i) => i.detail === 'Numéro suivant de la série');
    assert.deepEqual(items.map((i) => i.label), ['2025-051']);
    assert.deepEqual(items[0].textEdit.range.start, { line: position.line, character: position.character - '2025-0'.length });
    const elsewhere = cursorAt(act('<|>').replace('COMMUNE DE CHALLES-LES-EAUX', 'COMMUNE DE BARBY'));
    assert.deepEqual(completion(analyze(elsewhere.text), elsewhere.position, { acts: index }).filter((i) => i.detail === 'Numéro suivant de la série'), [], 'another collectivity');
  });
});

describe('checks across acts in the language server', function () {
  this.timeout(30_000);
  let client: LspTestClient | undefined;
  afterEach(() => client?.dispose());

  it('publishes a number used by another open act, with its location, and takes it back when that act changes', async () => {
    client = LspTestClient.start();
    await client.initialize({ textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true } } });
    const [a, b] = ['file:///tmp/cross-a.delib', 'file:///tmp/cross-b.delib'];
    await client.open(a, act('2025-047'));
    await client.waitForDiagnostics(a, { version: 1 });
    await client.open(b, act('2025-047'));
    const { diagnostics } = await client.waitForDiagnostics(b, { version: 1 });
    const dup = diagnostics.find((d) => d.code === 'number-duplicate');
    assert.ok(dup, JSON.stringify(diagnostics.map((d) => d.code)));
    assert.equal(dup.relatedInformation?.[0].location.uri, a);
    // The first act takes another number: the second's diagnostics are published again, without the duplicate.
    const from = client.diagnostics.items.length;
    await client.change(a, 2, [{ text: act('2025-046') }]);
    const again = await client.waitForDiagnostics(b, { from });
    assert.ok(!again.diagnostics.some((d) => d.code === 'number-duplicate'), JSON.stringify(again.diagnostics.map((d) => d.code)));
  });

  it('with many acts open, tells each one once when it is opened and the others only when one shares a number with them', async () => {
    client = LspTestClient.start();
    await client.initialize({ textDocument: { publishDiagnostics: { versionSupport: true } } });
    // Forty acts of forty communes (the checks across acts compare acts of one collectivity), then one more of the
    // first act's commune with the same number.
    const communes = ['BARBY', 'CHALLES-LES-EAUX', 'LA RAVOIRE', 'BASSENS', 'CHAMBÉRY', 'COGNIN', 'JACOB-BELLECOMBETTE', 'SAINT-ALBAN-LEYSSE', 'SONNAZ', 'VOGLANS'];
    const uris: string[] = [];
    for (let i = 0; i < 40; i++) {
      const uri = `file:///tmp/many-${i}.delib`;
      uris.push(uri);
      await client.open(uri, act(`2025-${String(100 + i)}`, [['COMMUNE DE CHALLES-LES-EAUX', `COMMUNE DE ${communes[i % communes.length]}`], ['Séance du lundi 23 juin 2025', `Séance du lundi ${[2, 9, 16, 23][Math.floor(i / 10)]} juin 2025`]]));
    }
    for (const uri of uris) await client.waitForDiagnostics(uri, { version: 1 });
    // Acts of one commune and one month share a series: each is told again at most as often as others of its series open.
    const published = (uri: string) => client!.diagnostics.items.filter((p) => p.uri === uri).length;
    assert.ok(uris.every((u) => published(u) <= 5), uris.map(published).join(' '));
    // An act that takes the number of the first one: both say so, the first one by a republication.
    const from = client.diagnostics.items.length;
    const twin = 'file:///tmp/many-twin.delib';
    await client.open(twin, act('2025-100', [['COMMUNE DE CHALLES-LES-EAUX', `COMMUNE DE ${communes[0]}`], ['Séance du lundi 23 juin 2025', 'Séance du lundi 2 juin 2025']]));
    const mine = await client.waitForDiagnostics(twin, { version: 1 });
    assert.ok(mine.diagnostics.some((d) => d.code === 'number-duplicate'), JSON.stringify(mine.diagnostics.map((d) => d.code)));
    const theirs = await client.diagnostics.waitFor((p) => p.uri === uris[0] && p.diagnostics.some((d) => d.code === 'number-duplicate'), from, 5000, () => 'the first act told again');
    assert.equal(theirs.version, 1);
    // The first act was opened long ago (its trees are no longer kept): a request on it is answered all the same.
    const symbols = await client.documentSymbols(uris[0]);
    assert.ok(Array.isArray(symbols) && symbols.length > 0);
    // Unrelated acts were not told again.
    assert.equal(client.diagnostics.items.slice(from).filter((p) => p.uri === uris[1] || p.uri === uris[39]).length, 0, client.diagnostics.items.slice(from).map((p) => p.uri.slice(-12)).join(' '));
  });

  it('compares an open act with the acts of the workspace on disk, found by the scan at start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'delib-ws-'));
    try {
      writeFileSync(join(dir, 'a.delib'), act('2025-047'));
      client = LspTestClient.start();
      await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).toString(), workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'w' }], capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
      await client.notify('initialized', {});
      const b = pathToFileURL(join(dir, 'b.delib')).toString();
      await client.open(b, act('2025-047'));
      let from = 0;
      let found;
      for (let i = 0; i < 5 && !found; i++) {
        const { diagnostics } = await client.waitForDiagnostics(b, { from });
        from = client.diagnostics.items.length;
        found = diagnostics.find((d) => d.code === 'number-duplicate');
      }
      assert.ok(found, 'the duplicate of a.delib, a file not open');
      assert.equal(found.relatedInformation?.[0].location.uri, pathToFileURL(join(dir, 'a.delib')).toString());
      // a.delib changes on disk (another number, another size): the client says so, b.delib loses the duplicate.
      writeFileSync(join(dir, 'a.delib'), act('2025-0046'));
      from = client.diagnostics.items.length;
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, 'a.delib')).toString(), type: 2 }] });
      let still = true;
      for (let i = 0; i < 5 && still; i++) {
        const { diagnostics } = await client.waitForDiagnostics(b, { from });
        from = client.diagnostics.items.length;
        still = diagnostics.some((d) => d.code === 'number-duplicate');
      }
      assert.ok(!still, 'published again without the duplicate');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('findings of the files not open (workspace pull diagnostics)', function () {
  this.timeout(30_000);
  let client: LspTestClient | undefined;
  let dir: string | undefined;
  afterEach(() => {
    client?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  type Report = { kind: 'full' | 'unchanged'; uri: string; resultId?: string; items?: { code?: string; message: string; relatedInformation?: { location: { uri: string } }[] }[] };
  const start = async (pulls: boolean) => {
    dir = mkdtempSync(join(tmpdir(), 'delib-pull-'));
    writeFileSync(join(dir, 'a.delib'), act('2025-047'));
    writeFileSync(join(dir, 'b.delib'), act('2025-047'));
    client = LspTestClient.start();
    const root = pathToFileURL(dir).toString();
    const capabilities = { textDocument: { publishDiagnostics: { versionSupport: true }, ...(pulls ? { diagnostic: { dynamicRegistration: false } } : {}) } };
    const init = (await client.request('initialize', { processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'w' }], capabilities })) as { capabilities: { diagnosticProvider?: { workspaceDiagnostics?: boolean } } };
    await client.notify('initialized', {});
    return { init, uri: (name: string) => pathToFileURL(join(dir!, name)).toString() };
  };
  const pull = async (previousResultIds: { uri: string; value: string }[] = []) => ((await client!.request('workspace/diagnostic', { previousResultIds })) as { items: Report[] }).items;

  it('reports each file not open with its own findings and those across acts, to a client that pulls', async () => {
    const { init, uri } = await start(true);
    assert.equal(init.capabilities.diagnosticProvider?.workspaceDiagnostics, true);
    const items = await pull();
    const b = items.find((i) => i.uri === uri('b.delib'));
    assert.ok(b && b.kind === 'full', JSON.stringify(items.map((i) => i.uri)));
    const dup = b.items!.find((d) => d.code === 'number-duplicate');
    assert.ok(dup, JSON.stringify(b.items!.map((d) => d.code)));
    assert.equal(dup.relatedInformation?.[0].location.uri, uri('a.delib'));
    // Its own findings too: those `delib check` gives for the file alone (the sample has a convocation-delay warning).
    const alone = analyze(act('2025-047')).findings.map((f) => f.code).sort();
    assert.deepEqual(b.items!.map((d) => d.code).filter((c) => c !== 'number-duplicate').sort(), alone);
    // Asked again with the result ids: nothing changed, nothing is sent again.
    const again = await pull(items.map((i) => ({ uri: i.uri, value: i.resultId! })));
    assert.deepEqual(again.map((i) => i.kind), ['unchanged', 'unchanged']);
  });

  it('leaves open documents to their pushed diagnostics, follows a change on disk, and forgets a deleted file', async () => {
    const { uri } = await start(true);
    await client!.open(uri('a.delib'), act('2025-047'));
    await client!.waitForDiagnostics(uri('a.delib'), { version: 1 });
    const items = await pull();
    assert.deepEqual(items.map((i) => [i.uri, i.items?.length === 0]), [[uri('a.delib'), true], [uri('b.delib'), false]], 'the open document is reported empty: its pushed diagnostics stand');
    const document = (await client!.request('textDocument/diagnostic', { textDocument: { uri: uri('a.delib') } })) as Report;
    assert.deepEqual(document.items, [], 'an open document: its pushed diagnostics stand');
    // b.delib takes another number on disk: its report changes without the duplicate.
    writeFileSync(join(dir!, 'b.delib'), act('2025-048'));
    await client!.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('b.delib'), type: 2 }] });
    let codes: string[] = ['number-duplicate'];
    for (let i = 0; i < 20 && codes.includes('number-duplicate'); i++) {
      const b = (await pull(items.map((x) => ({ uri: x.uri, value: x.resultId! })))).find((x) => x.uri === uri('b.delib'))!;
      if (b.kind === 'full') codes = b.items!.map((d) => d.code ?? '');
      else await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(!codes.includes('number-duplicate'), codes.join(', '));
    // Deleted: an empty report takes its findings away.
    rmSync(join(dir!, 'b.delib'));
    await client!.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('b.delib'), type: 3 }] });
    const gone = await pull([{ uri: uri('b.delib'), value: 'x' }]);
    assert.deepEqual(gone.filter((i) => i.uri === uri('b.delib')).map((i) => [i.kind, i.items?.length]), [['full', 0]]);
  });

  it('announces nothing to a client that does not pull (it is pushed the open documents’ findings only)', async () => {
    const { init } = await start(false);
    assert.equal(init.capabilities.diagnosticProvider, undefined);
  });
});

describe('the list of the deliberations examined at a séance (delib seance)', () => {
  it('words each result as the list asks: unanimity, the votes for and against, a rejection', () => {
    assert.equal(resultOf({ unanimous: true }), 'Adoptée à l’unanimité');
    assert.equal(resultOf({ for: 25, against: 2, abstention: 1 }), 'Adoptée par 25 voix pour, 2 contre, 1 abstention');
    assert.equal(resultOf({ for: 3, against: 12 }), 'Rejetée par 3 voix pour, 12 contre');
    assert.equal(resultOf({ majority: true }), 'Adoptée à la majorité');
    assert.equal(resultOf(undefined), 'non indiqué');
    assert.equal(resultOf({ for: 25, against: 2, abstention: 2 }, 'en'), 'Adopted by 25 for, 2 against, 2 abstaining');
  });

  it('writes the list of one séance’s acts in number order, in every format, and never over an existing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'delib-seance-'));
    const cli = (...args: string[]) => {
      try {
        return { status: 0, out: execFileSync(process.execPath, [repoPath('dist', 'cli.js'), ...args], { encoding: 'utf8', cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }), err: '' };
      } catch (e) {
        const x = e as { status: number; stdout: string; stderr: string };
        return { status: x.status, out: x.stdout, err: x.stderr };
      }
    };
    try {
      writeFileSync(join(dir, 'b.delib'), act('2025-049'));
      writeFileSync(join(dir, 'a.delib'), act('2025-047', [['Pour : 22', 'Pour : 25']]));
      writeFileSync(join(dir, 'autre.delib'), act('2025-050', [['Séance du lundi 23 juin 2025', 'Séance du lundi 30 juin 2025']]));
      assert.match(cli('seance', '.', '--to', 'html').err, /plusieurs séances \(2025-06-23, 2025-06-30\) : précisez --date/);
      const run = cli('seance', '.', '--date', '2025-06-23', '--to', 'html,pdf,docx');
      assert.equal(run.status, 0, run.err);
      assert.match(run.out, /écrit : liste-deliberations-2025-06-23\.html \(2 délibérations\)/);
      const html = readFileSync(join(dir, 'liste-deliberations-2025-06-23.html'), 'utf8').replace(/&#39;/g, "'");
      assert.match(html, /Liste des délibérations examinées en séance du lundi 23 juin 2025/);
      const rows = [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((m) => m[1].replace(/<[^>]+>/g, '|').replace(/\|+/g, '|'));
      assert.match(rows[1], /2025-047\|Accueil de loisirs - Tarifs de l'été 2025\|Adoptée par 25 voix pour, 2 contre, 1 abstention/);
      assert.match(rows[2], /2025-049\|/);
      assert.match(html, /Affichée le :/);
      assert.equal(readFileSync(join(dir, 'liste-deliberations-2025-06-23.pdf')).subarray(0, 5).toString(), '%PDF-');
      const again = cli('seance', '.', '--date', '2025-06-23', '--to', 'html');
      assert.equal(again.status, 2);
      assert.match(again.err, /existe déjà : rien n’est écrit ; ajoutez --overwrite/);
      assert.equal(cli('seance', '.', '--date', '2025-07-01', '--to', 'html').status, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
