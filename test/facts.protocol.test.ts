// Protocol tests of the request deliberation/facts (server/facts.ts), behind the view « Délibérations : ce qui est
// lu »: the real server (dist/server.js) over stdio answers, for an open document, what a drafter checks in the view
// (séance date and its line, attendance, proxies, the vote of the deliberation), the same facts as `delib inspect`
// reads, the new facts after an edit, the unread lists in the language of the settings, and nothing for a document
// it does not have open.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ClientCapabilities } from 'vscode-languageserver-protocol';
import { analyze } from '../core/analyze';
import { inspect } from '../core/features/inspect';
import { FACTS_REQUEST, type FactsResult } from '../shared/protocol';
import { LspTestClient } from './helpers/lsp-client';
import { repoPath } from './helpers/paths';

const URI = 'file:///tmp/extrait-municipal.delib';
const SAMPLE = readFileSync(repoPath('samples/extrait-municipal.delib'), 'utf8');
const CAPABILITIES: ClientCapabilities = {
  textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, publishDiagnostics: { versionSupport: true } },
  workspace: { configuration: true },
};

/** An act whose lists are not read whole: a street address among the names, and the text stopping in a list. */
const UNREAD = [
  'COMMUNE DE PUGEY',
  '',
  'Extrait du registre des délibérations du Conseil municipal',
  '',
  'Séance du lundi 3 mars 2025',
  '',
  'Étaient présents : M. Frank LAIDIE, Mme Anne PETITJEAN, 12 rue des Lilas, M. Paul MARTINET',
  '',
  'Étaient absents : M. Jean DUPONT',
  '',
].join('\n');

/** The 1-based line of the first line of `text` starting with `prefix`. */
function lineOf(text: string, prefix: string): number {
  const i = text.split('\n').findIndex((l) => l.startsWith(prefix));
  assert.ok(i >= 0, `a line starting with « ${prefix} »`);
  return i + 1;
}

describe('deliberation/facts over the protocol', function () {
  let client: LspTestClient;

  beforeEach(async () => {
    client = LspTestClient.start();
    await client.initialize(CAPABILITIES);
  });
  afterEach(() => client.dispose());

  const facts = (uri = URI) => client.request<FactsResult>(FACTS_REQUEST, { uri });

  it('answers the facts of the open sample: séance, attendance, proxies, the vote', async () => {
    await client.open(URI, SAMPLE);
    const acts = await facts();
    assert.equal(acts.length, 1);
    const [act] = acts;
    assert.equal(act.file, URI);
    assert.equal(act.collectivity, 'Commune de CHALLES-LES-EAUX');
    assert.deepEqual(act.seance, { date: '2025-06-23', line: 7 });
    assert.equal(lineOf(SAMPLE, 'Séance du lundi 23 juin 2025'), 7);
    assert.deepEqual(act.convocation, { date: '2025-06-17', line: lineOf(SAMPLE, 'Date de convocation') });
    assert.deepEqual(act.counts, { inOffice: 29, present: 22, represented: null, voters: 25 });
    assert.equal(act.attendance.present.length, 22);
    assert.deepEqual(act.attendance.present[0], { name: 'M. André SIMOND', line: lineOf(SAMPLE, 'Étaient présents') });
    assert.equal(act.attendance.absent.length, 7);
    assert.deepEqual(act.attendance.proxies, [
      { from: 'M. Robert ARMAND', to: 'Mme Sophie BRANCHE', line: 18 },
      { from: 'Mme Odette BERTHET', to: 'M. Luc DELAVENAY', line: 18 },
      { from: 'M. Yann COUTAZ', to: 'Mme Marion LAFFIN', line: 18 },
    ]);
    assert.equal(act.deliberations.length, 1);
    const [d] = act.deliberations;
    assert.equal(d.number, '2025-047');
    assert.equal(d.line, lineOf(SAMPLE, 'Délibération n°2025-047'));
    assert.equal(d.object, "Accueil de loisirs - Tarifs de l'été 2025");
    assert.deepEqual(d.vote, { line: lineOf(SAMPLE, 'Pour : 22'), for: 22, against: 2, abstention: 1, notVoting: null, unanimous: false });
    assert.deepEqual(act.unread, []);
    // The same facts as the CLI's `delib inspect` reads (JSON round trip, as on the wire).
    assert.deepEqual(acts, JSON.parse(JSON.stringify(inspect(analyze(SAMPLE, { locale: 'fr' }), URI, 'fr'))));
  });

  it('answers the new facts after an edit, without waiting for the diagnostics', async () => {
    await client.open(URI, SAMPLE);
    await client.waitForDiagnostics(URI, { version: 1 });
    assert.equal((await facts())[0].seance?.line, 7);
    // One line above the header, a new date of séance, one vote moved from « pour » to « contre », a proxy removed.
    const edited = `\n${SAMPLE}`
      .replace('Séance du lundi 23 juin 2025', 'Séance du mardi 24 juin 2025')
      .replace('Pour : 22', 'Pour : 21')
      .replace('Contre : 2 (', 'Contre : 3 (M. Paul MOLLARET, ')
      .replace(' (pouvoir à M. Luc DELAVENAY)', '');
    await client.change(URI, 2, [{ text: edited }]);
    const [act] = await facts();
    assert.deepEqual(act.seance, { date: '2025-06-24', line: 8 });
    assert.equal(act.attendance.proxies.length, 2);
    assert.deepEqual(act.attendance.proxies.map((p) => p.line), [19, 19]);
    const vote = act.deliberations[0].vote!;
    assert.deepEqual([vote.for, vote.against, vote.abstention, vote.line], [21, 3, 1, lineOf(edited, 'Pour : 21')]);
    assert.deepEqual(await facts(), JSON.parse(JSON.stringify(inspect(analyze(edited, { locale: 'fr' }), URI, 'fr'))));
  });

  it('says what could not be read, with the checks skipped, in the language of the settings', async () => {
    client.settings = { locale: 'en' };
    await client.open(URI, UNREAD);
    const [act] = await facts();
    assert.deepEqual(act.unread.map((u) => u.line), [lineOf(UNREAD, 'Étaient présents'), lineOf(UNREAD, 'Étaient absents')]);
    assert.match(act.unread[0].what, /some words are not read as names/);
    assert.match(act.unread[1].what, /the text stops within the list/);
    for (const u of act.unread) assert.deepEqual(u.checksSkipped, ['member-count', 'quorum', 'vote-count']);
  });

  it('answers an empty array for a document that is not open, or no longer', async () => {
    assert.deepEqual(await facts('file:///tmp/jamais-ouvert.delib'), []);
    assert.deepEqual(await client.request<FactsResult>(FACTS_REQUEST, {}), []);
    await client.open(URI, SAMPLE);
    assert.equal((await facts()).length, 1);
    await client.close(URI);
    assert.deepEqual(await facts(), []);
  });

  it('answers an empty array for a binary document (not analysed)', async () => {
    await client.open(URI, `${SAMPLE}\0`);
    assert.deepEqual(await facts(), []);
  });
});
