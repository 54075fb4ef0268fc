// Navigation through the real server: go to definition and references (articles, annexes, reports of the
// ordre de passage, people), folding ranges, workspace symbols, document links to Légifrance.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DefinitionRequest,
  DocumentLinkRequest,
  FoldingRangeRequest,
  InitializedNotification,
  InitializeRequest,
  ReferencesRequest,
  WorkspaceSymbolRequest,
  type DocumentLink,
  type FoldingRange,
  type Location,
  type Range,
  type SymbolInformation,
} from 'vscode-languageserver-protocol';
import { LspTestClient } from './helpers/lsp-client';
import { EDITING_CAPABILITIES, marked, serverWith } from './helpers/editing';

const URI = 'file:///tmp/navigation.delib';

const CONVENTION = `CONVENTION
relative au soutien de la Commune

Article 1 - Objet

La présente convention a pour objet le soutien de l'école de musique.

Article 2 - Montant

La Commune attribue une subvention de 25 000 € selon l'annexe 1, versée comme le prévoit l'article 3.

Article 3 - Versement

La subvention sera versée à la signature. Voir les articles 1 et 2, et l'article 10 de la loi n°2000-321 du 12 avril 2000.

Annexe 1 : budget

Charges	Montant
Professeurs	20 000 €
Locaux	5 000 €
TOTAL	25 000 €
`;

const EXTRACT = `Séance du jeudi 16 novembre 2017

Ordre de passage des rapports : 1.1, 2.1, 3.5

Étaient présents : Besançon : M. Jean-Louis FOUSSERET, M. Patrick BONTEMPS (jusqu'au 2.1), Mme Anne VIGNOT Saint-Vit : M. Pascal ROUTHIER

Étaient absents : Besançon : M. Nicolas BODIN

Procurations de vote :

Mandants : N. BODIN

Mandataires : JL. FOUSSERET

Rapport n°3.5 - Soutien au Pôle

Rapporteur : Jean-Louis FOUSSERET, Président

MM. JL. FOUSSERET et P. ROUTHIER, conseillers intéressés, ne prennent pas part au vote.
`;

function texts(text: string, ranges: Range[]): string[] {
  const lines = text.split('\n');
  return ranges.map((r) => (r.start.line === r.end.line ? lines[r.start.line].slice(r.start.character, r.end.character) : `${r.start.line}-${r.end.line}`));
}

describe('editing: navigation', function () {
  let client: LspTestClient | undefined;
  afterEach(() => client?.dispose());

  async function at(source: string) {
    const { text, position } = marked(source);
    client?.dispose();
    ({ client } = await serverWith(URI, text));
    const definition = await client.request<Location[] | null>(DefinitionRequest.method, { textDocument: { uri: URI }, position });
    const references = await client.request<Location[] | null>(ReferencesRequest.method, { textDocument: { uri: URI }, position, context: { includeDeclaration: true } });
    return { text, definition: definition ?? [], references: references ?? [] };
  }

  it('goes from a reference to the article it names, and finds every reference to an article', async () => {
    const r = await at(CONVENTION.replace('articles 1 et 2', 'articles 1 et <|>2'));
    assert.equal(r.definition.length, 1);
    assert.equal(r.text.split('\n')[r.definition[0].range.start.line], 'Article 2 - Montant');
    // The heading's number and the one reference; not « article 10 de la loi ».
    assert.deepEqual(texts(r.text, r.references.map((l) => l.range)), ['2', '2']);
    assert.deepEqual(r.references.map((l) => l.range.start.line), [7, 13]);
  });

  it('finds the references of an article from its heading, external citations excluded', async () => {
    const r = await at(CONVENTION.replace('Article 3 - Versement', 'Article <|>3 - Versement'));
    assert.deepEqual(r.references.map((l) => l.range.start.line), [9, 11]);
  });

  it('goes to an annex from a reference to it', async () => {
    const r = await at(CONVENTION.replace("l'annexe 1", "l'annexe <|>1"));
    assert.equal(r.text.split('\n')[r.definition[0].range.start.line], 'Annexe 1 : budget');
    assert.equal(r.references.length, 2);
  });

  it('goes to a report and finds it in the ordre de passage, in arrivals and departures', async () => {
    const r = await at(EXTRACT.replace('Rapport n°3.5', 'Rapport n°3<|>.5'));
    assert.equal(r.definition.length, 1);
    assert.deepEqual(texts(r.text, r.references.map((l) => l.range)), ['3.5', '3.5']);
    const departure = await at(EXTRACT.replace("jusqu'au 2.1", "jusqu'au 2<|>.1"));
    assert.deepEqual(departure.references.map((l) => l.range.start.line), [2, 4]);
    // No heading for report 2.1: its definition is its place in the ordre de passage.
    assert.equal(departure.definition[0].range.start.line, 2);
  });

  it('finds every mention of a councillor, full-name and initials forms', async () => {
    const r = await at(EXTRACT.replace('Mandataires : JL. FOUSSERET', 'Mandataires : JL. FOUS<|>SERET'));
    assert.deepEqual(texts(r.text, r.references.map((l) => l.range)), ['M. Jean-Louis FOUSSERET', 'JL. FOUSSERET', 'Jean-Louis FOUSSERET', 'JL. FOUSSERET']);
    assert.equal(r.definition[0].range.start.line, 4);
    const other = await at(EXTRACT.replace('Mandants : N. BODIN', 'Mandants : N. BO<|>DIN'));
    assert.deepEqual(texts(other.text, other.references.map((l) => l.range)), ['M. Nicolas BODIN', 'N. BODIN']);
  });

  it('folds the sections of the outline', async () => {
    ({ client } = await serverWith(URI, CONVENTION));
    const ranges = (await client.request<FoldingRange[] | null>(FoldingRangeRequest.method, { textDocument: { uri: URI } })) ?? [];
    const lines = CONVENTION.split('\n');
    const starts = ranges.map((r) => lines[r.startLine]);
    for (const s of ['Article 1 - Objet', 'Article 2 - Montant', 'Article 3 - Versement', 'Annexe 1 : budget', 'Charges\tMontant']) assert.ok(starts.includes(s), `${s} in ${JSON.stringify(starts)}`);
    const annex = ranges.find((r) => lines[r.startLine] === 'Annexe 1 : budget')!;
    assert.equal(lines[annex.endLine], 'TOTAL\t25 000 €');
  });

  it('links citations of law to Légifrance', async () => {
    const text = "Vu l'article L 1611-4 du CGCT,\nVu la loi n°2000-321 du 12 avril 2000,\nVu le décret n°2001-495 du 6 juin 2001,\nL'article 2 de la présente convention.\n";
    ({ client } = await serverWith(URI, text));
    const links = (await client.request<DocumentLink[] | null>(DocumentLinkRequest.method, { textDocument: { uri: URI } })) ?? [];
    assert.deepEqual(texts(text, links.map((l) => l.range)), ['article L 1611-4 du CGCT', 'loi n°2000-321 du 12 avril 2000', 'décret n°2001-495 du 6 juin 2001']);
    for (const l of links) assert.match(l.target!, /^https:\/\/www\.legifrance\.gouv\.fr\//);
    assert.match(decodeURIComponent(links[0].target!), /L1611-4/);
    assert.match(decodeURIComponent(links[1].target!), /loi 2000-321/);
    assert.match(decodeURIComponent(links[2].target!), /décret 2001-495/);
  });

  it('lists every deliberation of the workspace by number and title', async () => {
    const root = mkdtempSync(join(tmpdir(), 'delib-ws-'));
    try {
      mkdirSync(join(root, '2025'));
      writeFileSync(join(root, '2025', 'cantine.delib'), 'Délibération n°2025-012\n\nObjet : Restauration scolaire - Tarifs\n\nPour : 14\n');
      writeFileSync(join(root, 'voirie.delib'), 'Délibération n°2025-013\n\nObjet : Travaux de voirie\n\nPour : 15\n');
      writeFileSync(join(root, 'notes.txt'), 'Délibération n°2025-099\n');
      const c = (client = LspTestClient.start());
      await c.request(InitializeRequest.method, { processId: process.pid, rootUri: pathToFileURL(root).toString(), workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'ws' }], capabilities: EDITING_CAPABILITIES });
      await c.notify(InitializedNotification.method, {});
      const all = (await c.request<SymbolInformation[]>(WorkspaceSymbolRequest.method, { query: '' })).map((s) => s.name).sort();
      assert.deepEqual(all, ['Délibération n°2025-012 — Restauration scolaire - Tarifs', 'Délibération n°2025-013 — Travaux de voirie']);
      const found = await c.request<SymbolInformation[]>(WorkspaceSymbolRequest.method, { query: 'voirie' });
      assert.deepEqual(found.map((s) => s.location.uri), [pathToFileURL(join(root, 'voirie.delib')).toString()]);
      // A file added later is found on the next request.
      writeFileSync(join(root, 'budget.delib'), 'Délibération n°2025-014\n\nObjet : Budget primitif\n\nPour : 15\n');
      const later = await c.request<SymbolInformation[]>(WorkspaceSymbolRequest.method, { query: '2025-014' });
      assert.equal(later.length, 1);
      // An open document is listed with its text in the editor, not on disk; every act of a register is listed.
      const act = 'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n\nDélibération n°2025-0NN\n\nObjet : OBJECT\n\nPour : 15\n\n';
      const register = act.replace('NN', '20').replace('OBJECT', 'Piscine') + act.replace('NN', '21').replace('OBJECT', 'Médiathèque');
      await c.open(pathToFileURL(join(root, 'voirie.delib')).toString(), register);
      const open = (await c.request<SymbolInformation[]>(WorkspaceSymbolRequest.method, { query: '' })).map((s) => s.name).sort();
      assert.deepEqual(open, [
        'Délibération n°2025-012 — Restauration scolaire - Tarifs',
        'Délibération n°2025-014 — Budget primitif',
        'Délibération n°2025-020 — Piscine',
        'Délibération n°2025-021 — Médiathèque',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
