// Templates through the real server: what completion offers where, the snippets (tab stops, choices, today's
// date), and the « done when » of the editing issue: a complete convention written from templates and
// completion alone has no error or warning.
import assert from 'node:assert/strict';
import { CompletionRequest, InsertTextFormat, type CompletionItem, type CompletionList, type TextEdit } from 'vscode-languageserver-protocol';
import { expandSnippet, tabStops } from '../core/text/snippets';
import { formatDateFr } from '../core/text/dates';
import { numberToWords } from '../core/text/numbers';
import { LspTestClient } from './helpers/lsp-client';
import { applyEdits, marked, serverWith } from './helpers/editing';
import { readFileSync } from 'node:fs';
import { corpusPath } from './helpers/paths';

const URI = 'file:///tmp/nouvelle.delib';

async function complete(client: LspTestClient, uri: string, position: { line: number; character: number }): Promise<CompletionItem[]> {
  const r = await client.request<CompletionList | CompletionItem[] | null>(CompletionRequest.method, { textDocument: { uri }, position });
  return Array.isArray(r) ? r : (r?.items ?? []);
}

/** Applies a completion item as an editor does: its text edit, the snippet expanded with `values` for its tab stops. */
function accept(text: string, item: CompletionItem, values: Record<number, string> = {}): string {
  const edit = item.textEdit as TextEdit;
  assert.ok(edit && 'range' in edit, `${item.label} has a text edit`);
  const newText = item.insertTextFormat === InsertTextFormat.Snippet ? expandSnippet(edit.newText, values) : edit.newText;
  return applyEdits(text, [{ range: edit.range, newText }]);
}

const templates = (items: CompletionItem[]) => items.filter((i) => i.detail === 'Modèle');

describe('editing: templates', function () {
  let client: LspTestClient | undefined;
  afterEach(() => client?.dispose());

  it('offers the whole-document templates in an empty file, as snippets with tab stops, choices and today’s date', async () => {
    ({ client } = await serverWith(URI, ''));
    const items = templates(await complete(client, URI, { line: 0, character: 0 }));
    const labels = items.map((i) => i.label);
    assert.ok(labels.some((l) => /^extrait du registre/.test(l)), labels.join(', '));
    assert.ok(labels.some((l) => /^extrait communal/.test(l)), labels.join(', '));
    assert.ok(labels.some((l) => /^convention/.test(l)), labels.join(', '));
    const today = new Date();
    for (const item of items) {
      assert.equal(item.insertTextFormat, InsertTextFormat.Snippet);
      const snippet = (item.textEdit as TextEdit).newText;
      assert.ok(tabStops(snippet).length >= 10, `${item.label}: tab stops`);
      assert.ok(tabStops(snippet).some((t) => t.choices && t.choices.length > 1), `${item.label}: a choice`);
      assert.ok(snippet.includes(formatDateFr({ year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() })), `${item.label}: today's date`);
    }
    // The communal extract writes the date in words too (« L'an deux mille vingt-six »).
    const communal = items.find((i) => /communal/.test(i.label))!;
    assert.ok((communal.textEdit as TextEdit).newText.includes(numberToWords(today.getFullYear())!));
  });

  it('fills each whole-document template into a document without errors or warnings', async () => {
    ({ client } = await serverWith(URI, ''));
    const items = templates(await complete(client, URI, { line: 0, character: 0 }));
    let version = 1;
    for (const item of items) {
      const text = accept('', item);
      version++;
      await client.change(URI, version, [{ text }]);
      const { diagnostics } = await client.waitForDiagnostics(URI, { version });
      const serious = diagnostics.filter((d) => d.severity === 1 || d.severity === 2);
      assert.deepEqual(serious.map((d) => `${d.code} ${d.range.start.line + 1}: ${d.message}`), [], item.label);
    }
  });

  it('offers an article numbered after the last one, after an article, and not in the middle of a line', async () => {
    const { text, position } = marked('Article 1 - Objet\n\nLa présente convention a pour objet le soutien.\n\nArticle 2 - Montant\n\nUne subvention de 1 000 €.\n\n<|>\n');
    ({ client } = await serverWith(URI, text));
    const items = templates(await complete(client, URI, position));
    const article = items.find((i) => /^article/.test(i.label));
    assert.ok(article, items.map((i) => i.label).join(', '));
    assert.equal(article.label, 'article 3');
    assert.match(accept(text, article, { 2: 'Durée' }), /\nArticle 3 - Durée\n/);
    // Whole-document templates are for an empty file only.
    assert.ok(!items.some((i) => /^extrait/.test(i.label)));
    const mid = await complete(client, URI, { line: 2, character: 3 });
    assert.deepEqual(templates(mid), []);
  });

  it('offers a vote block whose default is the number of voters expected at that point', async () => {
    const original = readFileSync(corpusPath('pouilley-les-vignes-2025-012.delib'), 'utf8');
    const at = original.indexOf('Pour : 14');
    const text = `${original.slice(0, at)}\n${original.slice(at)}`;
    const line = text.slice(0, at).split('\n').length - 1;
    ({ client } = await serverWith(URI, text));
    const vote = templates(await complete(client, URI, { line, character: 0 })).find((i) => i.label === 'vote');
    assert.ok(vote);
    // 14 present + 2 proxies.
    assert.match(accept(text, vote), /Pour : 16\n\nContre : 0\n\nAbstention : 0/);
  });

  it('done when: a complete convention written from templates and completion alone has no error or warning', async () => {
    ({ client } = await serverWith(URI, ''));
    // 1. The convention template in the empty file, its tab stops filled with plausible values.
    const convention = templates(await complete(client, URI, { line: 0, character: 0 })).find((i) => /^convention/.test(i.label));
    assert.ok(convention);
    let text = accept('', convention, {
      1: 'la Ville de Saint-Vit', 2: 'l’association « Musique pour tous »', 3: '2025',
      4: 'La Ville de Saint-Vit', 5: 'son Maire', 6: 'Monsieur', 7: 'Pascal ROUTHIER', 8: '2025-031', 9: '14 avril 2025',
      10: 'L’association « Musique pour tous »', 11: 'sa Présidente', 12: 'Madame', 13: 'Anne DELACROIX',
      14: 'l’enseignement musical dispensé aux habitants', 15: '30 000', 16: '150 000',
      17: '70', 18: '21 000', 19: '30', 20: '9 000', 21: '30 juin 2026', 22: 'Saint-Vit', 23: '22 avril 2025',
      24: 'Pour l’association, la Présidente', 25: 'Pour la Ville, le Maire',
      26: 'Rémunérations des professeurs', 27: '110 000', 28: 'Location des instruments', 29: '40 000', 30: '150 000',
      31: 'Cotisations des familles', 32: '120 000', 33: 'Subvention Ville de Saint-Vit', 34: '30 000', 35: '150 000',
    });
    let version = 2;
    await client.change(URI, version, [{ text }]);
    await client.waitForDiagnostics(URI, { version });
    // 2. One more article after the last one, from the article template.
    const lines = text.split('\n');
    const fait = lines.findIndex((l) => l.startsWith('Fait en deux exemplaires'));
    text = [...lines.slice(0, fait), '', ...lines.slice(fait)].join('\n');
    version++;
    await client.change(URI, version, [{ text }]);
    await client.waitForDiagnostics(URI, { version });
    const article = templates(await complete(client, URI, { line: fait, character: 0 })).find((i) => /^article/.test(i.label));
    assert.ok(article);
    assert.equal(article.label, 'article 8');
    text = accept(text, article, { 2: 'Litiges', 0: 'Tout litige relatif à la présente convention relève du tribunal administratif de Besançon.\n' });
    version++;
    await client.change(URI, version, [{ text }]);
    const { diagnostics } = await client.waitForDiagnostics(URI, { version });
    assert.deepEqual(diagnostics.filter((d) => d.severity === 1 || d.severity === 2).map((d) => `${d.code} ${d.range.start.line + 1}: ${d.message}`), []);
    // What was written is a convention with its required articles, instalments and a balanced budget.
    for (const expected of ['Article 1 - Objet', 'Article 2 - Montant de la subvention', 'Article 3 - Modalités de versement', 'Article 4 - Conditions d’utilisation', 'Article 8 - Litiges', '70 %, soit 21 000 €', 'Subvention Ville de Saint-Vit\t30 000 €', 'Annexe 1']) {
      assert.ok(text.includes(expected), expected);
    }
  });
});
