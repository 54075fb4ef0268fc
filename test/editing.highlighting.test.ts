// Semantic tokens through the real server: what only the parser knows — people (every mention, initials
// forms included), communes of the attendance lists, internal references, totals (a wrong one marked).
import assert from 'node:assert/strict';
import { InitializeRequest, SemanticTokensRequest, type InitializeResult, type SemanticTokens } from 'vscode-languageserver-protocol';
import { LspTestClient } from './helpers/lsp-client';
import { EDITING_CAPABILITIES, serverWith } from './helpers/editing';

const URI = 'file:///tmp/tokens.delib';
const TEXT = `Étaient présents : Besançon : M. Jean-Louis FOUSSERET, Mme Anne VIGNOT Saint-Vit : M. Pascal ROUTHIER

Mandants : A. VIGNOT

Mandataires : JL. FOUSSERET

Article 1 - Objet

La subvention est versée selon l'article 2 et l'article 10 de la loi n°2000-321.

Article 2 - Versement

Charges	Montant
Professeurs	20 000 €
TOTAL	25 000 €
`;

describe('editing: semantic tokens', function () {
  let client: LspTestClient | undefined;
  afterEach(() => client?.dispose());

  it('announces its legend and marks people, communes, references and totals', async () => {
    client = LspTestClient.start();
    const init = await client.request<InitializeResult>(InitializeRequest.method, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: EDITING_CAPABILITIES });
    const legend = init.capabilities.semanticTokensProvider!.legend;
    client.dispose();
    ({ client } = await serverWith(URI, TEXT));
    const { data } = await client.request<SemanticTokens>(SemanticTokensRequest.method, { textDocument: { uri: URI } });
    assert.equal(data.length % 5, 0);
    const lines = TEXT.split('\n');
    const tokens: string[] = [];
    let line = 0, char = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
      const mods = legend.tokenModifiers.filter((_, k) => data[i + 4] & (1 << k));
      tokens.push(`${legend.tokenTypes[data[i + 3]]}${mods.map((m) => `.${m}`).join('')}:${lines[line].slice(char, char + data[i + 2])}`);
    }
    assert.deepEqual(tokens, [
      'commune:Besançon', 'person:M. Jean-Louis FOUSSERET', 'person:Mme Anne VIGNOT', 'commune:Saint-Vit', 'person:M. Pascal ROUTHIER',
      'person:A. VIGNOT',
      'person:JL. FOUSSERET',
      "reference:l'article 2", "reference.external:l'article 10",
      'total:TOTAL', 'total.mismatch:25 000 €',
    ]);
  });
});
