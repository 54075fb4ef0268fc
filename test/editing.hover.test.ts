// Hover and inlay hints through the real server: amounts (where used, the sum they belong to), TOTAL rows
// (the computed sum), vote lines (the voters expected and how they are made up), references (the text of the
// article), diagnostic codes (explanation and legal reference); inlay hints only when the setting is on.
import assert from 'node:assert/strict';
import { HoverRequest, InlayHintRequest, type Hover, type InlayHint, type MarkupContent } from 'vscode-languageserver-protocol';
import { LspTestClient } from './helpers/lsp-client';
import { marked, serverWith } from './helpers/editing';

const URI = 'file:///tmp/hover.delib';

const EXTRACT = `Séance du lundi 3 mars 2025

Nombre de conseillers en exercice : 7

Étaient présents : Mme Hélène MARCHAND, M. Bruno VERNIER, Mme Claire DUBOZ, M. Patrice ROUSSEL, M. Olivier PERRIN

Étaient absents excusés : M. Éric COLIN (pouvoir à Mme Hélène MARCHAND), Mme Valérie TISSOT

Délibération n°2025-012

Objet : Subvention à l'association

M. Olivier PERRIN, conseiller intéressé, ne prend pas part au vote.

Pour : 5

Contre : 0

Abstention : 0

Ne prennent pas part au vote : 1
`;

const CONVENTION = `Article 1 - Objet

La présente convention a pour objet le soutien de l'action.

Article 2 - Montant

Une subvention de 25 000 € est attribuée, selon l'article 1, versée :

- 60 %, soit 15 000 €, à la signature,
- 40 %, soit 10 000 €, au solde.

Annexe 1 : budget prévisionnel

Charges	Montant
Professeurs	20 000 €
Locaux	5 000 €
TOTAL	25 100 €
`;

describe('editing: hover and inlay hints', function () {
  let client: LspTestClient | undefined;
  afterEach(() => client?.dispose());

  async function hoverAt(source: string, settings: unknown = {}): Promise<string> {
    const { text, position } = marked(source);
    client?.dispose();
    ({ client } = await serverWith(URI, text, settings));
    const h = await client.request<Hover | null>(HoverRequest.method, { textDocument: { uri: URI }, position });
    assert.ok(h, 'a hover');
    return (h.contents as MarkupContent).value;
  }

  it('on a TOTAL row, gives the computed sum and the difference', async () => {
    const md = await hoverAt(CONVENTION.replace('TOTAL\t25 100 €', 'TOTAL\t25 1<|>00 €'));
    assert.match(md, /somme calculée 25 000 € sur 2 lignes/);
    assert.match(md, /écart 100 €/);
  });

  it('on an amount, gives the sum it belongs to and where the same amount is used', async () => {
    const row = await hoverAt(CONVENTION.replace('Professeurs\t20 000 €', 'Professeurs\t20 0<|>00 €'));
    assert.match(row, /Compté dans le TOTAL de la ligne 17 : 25 000 €/);
    const share = await hoverAt(CONVENTION.replace('soit 15 000 €', 'soit 15 0<|>00 €'));
    assert.match(share, /60 % → 15 000 € ; 40 % → 10 000 €, total 25 000 €/);
    const subsidy = await hoverAt(CONVENTION.replace('subvention de 25 000 €', 'subvention de 25 0<|>00 €'));
    assert.match(subsidy, /Rôle : subvention/);
  });

  it('on a vote line, gives the voters expected and how they are made up', async () => {
    const md = await hoverAt(EXTRACT.replace('Pour : 5', 'Po<|>ur : 5'));
    assert.match(md, /6 votants attendus/);
    assert.match(md, /présents : 5/);
    assert.match(md, /représentés \(pouvoirs\) : 1/);
    assert.match(md, /ne prenant pas part au vote.*: 1/);
    assert.match(md, /Votes écrits : 6 — conforme/);
  });

  it('on a reference, shows the text of the article referred to', async () => {
    const md = await hoverAt(CONVENTION.replace("selon l'article 1", "selon l'arti<|>cle 1"));
    assert.match(md, /> Article 1 - Objet/);
    assert.match(md, /a pour objet le soutien de l'action/);
  });

  it('on a diagnostic code, gives its explanation and legal reference', async () => {
    const md = await hoverAt(`<!-- delib-ignore-next-line proxy-li<|>mit -->\n${EXTRACT}`);
    assert.match(md, /\*\*proxy-limit\*\*/);
    assert.match(md, /Plus d’un pouvoir/);
    assert.match(md, /CGCT L2121-20/);
  });

  it('in English when the locale is en', async () => {
    const md = await hoverAt(EXTRACT.replace('Pour : 5', 'Po<|>ur : 5'), { locale: 'en' });
    assert.match(md, /6 expected voters/);
  });

  it('gives inlay hints for totals and votes only when deliberation.inlayHints.enabled is set', async () => {
    const text = `${EXTRACT}\n${CONVENTION}`;
    const range = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
    ({ client } = await serverWith(URI, text));
    assert.deepEqual(await client.request<InlayHint[] | null>(InlayHintRequest.method, { textDocument: { uri: URI }, range }), []);
    client.dispose();
    ({ client } = await serverWith(URI, text, { inlayHints: { enabled: true } }));
    const hints = (await client.request<InlayHint[]>(InlayHintRequest.method, { textDocument: { uri: URI }, range })) ?? [];
    const lines = text.split('\n');
    const labels = hints.map((h) => `${lines[h.position.line].split('\t')[0].split(' :')[0]}:${String(h.label).trim()}`);
    assert.deepEqual(labels, ['Pour:6 votants attendus', 'TOTAL:= 25 000 € ≠']);
    for (const h of hints) assert.equal(h.position.character, lines[h.position.line].length);
  });
});
