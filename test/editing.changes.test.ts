// Changing the text safely, through the real server: rename (articles and their references, people in all
// their forms), quick fixes as workspace edits (renumber the articles after a gap, add a missing required
// article), and formatting (French typography, pipe tables aligned, blank lines) — idempotent, and never
// changing a word, a number or the lines of a table, on the whole corpus and the samples.
import assert from 'node:assert/strict';
import {
  CodeActionRequest,
  DocumentFormattingRequest,
  DocumentRangeFormattingRequest,
  PrepareRenameRequest,
  RenameRequest,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { readFileSync } from 'node:fs';
import { LspTestClient } from './helpers/lsp-client';
import { repoPath } from './helpers/paths';
import { applyEdits, corpusFiles, marked, serverWith } from './helpers/editing';

const URI = 'file:///tmp/changes.delib';

const CONVENTION = `CONVENTION
relative au soutien de la Commune de Saint-Vit à l'association

Article 1 - Objet

La présente convention a pour objet le soutien de l'école de musique.

Article 2 - Montant de la subvention

La Commune attribue une subvention de 25 000 €, versée selon l'article 4.

Article 4 - Modalités de versement

La subvention sera versée à la signature, sous réserve de l'article 5.

Article 5 - Obligations

L'association s'engage à utiliser la subvention conformément aux articles 1 et 4.
`;

const PEOPLE = `Étaient présents : M. Jean-Louis FOUSSERET, Mme Anne VIGNOT

Étaient absents : M. Nicolas BODIN

Mandants : N. BODIN

Mandataires : JL. FOUSSERET

MM. JL. FOUSSERET et A. VIGNOT, conseillers intéressés, ne prennent pas part au vote.
`;

describe('editing: rename, quick fixes, formatting', function () {
  let client: LspTestClient | undefined;
  afterEach(() => client?.dispose());

  async function renameAt(source: string, newName: string): Promise<{ text: string; result: WorkspaceEdit | null; error?: string }> {
    const { text, position } = marked(source);
    client?.dispose();
    ({ client } = await serverWith(URI, text));
    const prepared = await client.request(PrepareRenameRequest.method, { textDocument: { uri: URI }, position });
    try {
      const result = await client.request<WorkspaceEdit | null>(RenameRequest.method, { textDocument: { uri: URI }, position, newName });
      assert.ok(prepared, 'prepareRename accepts the place');
      return { text, result };
    } catch (e) {
      return { text, result: null, error: (e as Error).message };
    }
  }

  it('renames an article: its heading and every internal reference to it', async () => {
    const { text, result } = await renameAt(CONVENTION.replace('Article 4 - Modalités', 'Article <|>4 - Modalités'), '3');
    const after = applyEdits(text, result!.changes![URI]);
    assert.match(after, /\nArticle 3 - Modalités de versement\n/);
    assert.match(after, /versée selon l'article 3\./);
    assert.match(after, /aux articles 1 et 3\./);
    assert.match(after, /sous réserve de l'article 5\./);
  });

  it('refuses to rename an article to something that is not a number', async () => {
    const { error } = await renameAt(CONVENTION.replace('Article 4 - Modalités', 'Article <|>4 - Modalités'), 'quatre');
    assert.match(error ?? '', /n’est pas un numéro/);
  });

  it('renames a person everywhere, full-name and initials forms', async () => {
    const { text, result } = await renameAt(PEOPLE.replace('Mandataires : JL. FOUSSERET', 'Mandataires : JL. FOUS<|>SERET'), 'Jean-Marc DUPONT');
    const after = applyEdits(text, result!.changes![URI]);
    assert.equal(after, PEOPLE.replace('Jean-Louis FOUSSERET', 'Jean-Marc DUPONT').replace('Mandataires : JL. FOUSSERET', 'Mandataires : JM. DUPONT').replace('MM. JL. FOUSSERET', 'MM. JM. DUPONT'));
  });

  async function fixesFor(text: string, code: string): Promise<{ fixes: CodeAction[]; diagnostics: Diagnostic[] }> {
    client?.dispose();
    const opened = await serverWith(URI, text);
    client = opened.client;
    const diagnostics = opened.diagnostics.filter((d) => d.code === code);
    assert.ok(diagnostics.length, `a ${code} diagnostic`);
    const fixes = await client.request<CodeAction[]>(CodeActionRequest.method, { textDocument: { uri: URI }, range: diagnostics[0].range, context: { diagnostics } });
    return { fixes, diagnostics };
  }

  it('quick fix: renumbers the articles after a gap, with their references, as a workspace edit', async () => {
    const { fixes } = await fixesFor(CONVENTION, 'article-numbering');
    const fix = fixes.find((f) => /Renuméroter/.test(f.title));
    assert.ok(fix?.edit?.changes, fixes.map((f) => f.title).join(', '));
    const after = applyEdits(CONVENTION, fix.edit.changes[URI]);
    assert.deepEqual(after.match(/^Article \d+/gm), ['Article 1', 'Article 2', 'Article 3', 'Article 4']);
    assert.match(after, /versée selon l'article 3\./);
    assert.match(after, /sous réserve de l'article 4\./);
    assert.match(after, /aux articles 1 et 3\./);
    const { diagnostics } = await serverWith('file:///tmp/fixed.delib', after).then((x) => (x.client.dispose(), x));
    assert.deepEqual(diagnostics.filter((d) => d.code === 'article-numbering' || d.code === 'ref-unresolved'), []);
  });

  it('fix all (source.fixAll): the spellings the official list proves, never a figure or a weekday; not in the light bulb', async () => {
    const text = readFileSync(repoPath('samples', 'erreurs', 'extrait-avec-erreurs.delib'), 'utf8');
    client?.dispose();
    let diagnostics: Diagnostic[];
    ({ client, diagnostics } = await serverWith(URI, text));
    const codes = (ds: Diagnostic[]) => ds.map((d) => d.code).sort();
    assert.ok(codes(diagnostics).includes('commune-spelling') && codes(diagnostics).includes('weekday-mismatch') && codes(diagnostics).includes('total-mismatch'), codes(diagnostics).join(', '));
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const ask = (only?: string[]) => client!.request<CodeAction[]>(CodeActionRequest.method, { textDocument: { uri: URI }, range: whole, context: { diagnostics: [], ...(only ? { only } : {}) } });
    assert.deepEqual((await ask()).filter((a) => a.kind?.startsWith('source.fixAll')), [], 'not offered unasked');
    for (const only of [['source.fixAll'], ['source']]) {
      const [action] = (await ask(only)).filter((a) => a.kind === 'source.fixAll.deliberation');
      assert.ok(action?.edit?.changes, `offered for ${only}`);
      assert.match(action.title, /Corriger l’orthographe prouvée par la liste officielle/);
      const after = applyEdits(text, action.edit.changes[URI]);
      const { diagnostics: left } = await serverWith('file:///tmp/fixed-all.delib', after).then((x) => (x.client.dispose(), x));
      assert.deepEqual(codes(left), codes(diagnostics).filter((c) => c !== 'commune-spelling'), 'only the spelling is fixed');
      // Exactly what the spelling's own quick fix writes, and nothing else.
      const spelling = diagnostics.filter((d) => d.code === 'commune-spelling').flatMap((d) => (d.data as { fixes: { edits: TextEdit[] }[] }).fixes[0].edits);
      assert.equal(after, applyEdits(text, spelling));
    }
  });

  it('quick fix: adds a missing required article from its template', async () => {
    const missing = CONVENTION.replace(/Article 4 - Modalités de versement\n\nLa subvention sera versée à la signature, sous réserve de l'article 5\.\n\n/, '').replace('versée selon', 'selon');
    const { fixes } = await fixesFor(missing, 'article-required');
    const fix = fixes.find((f) => /modalités de versement/.test(f.title));
    assert.ok(fix?.edit?.changes, fixes.map((f) => f.title).join(', '));
    const after = applyEdits(missing, fix.edit.changes[URI]);
    assert.match(after, /\n\nArticle 6 - Modalités de versement\n\nLa subvention sera versée/);
    const { diagnostics } = await serverWith('file:///tmp/fixed.delib', after).then((x) => (x.client.dispose(), x));
    assert.deepEqual(diagnostics.filter((d) => d.code === 'article-required'), []);
  });

  async function format(text: string, range?: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<string> {
    await client!.change(URI, ++version, [{ text }]);
    const edits = range
      ? await client!.request<TextEdit[] | null>(DocumentRangeFormattingRequest.method, { textDocument: { uri: URI }, range, options: { tabSize: 4, insertSpaces: false } })
      : await client!.request<TextEdit[] | null>(DocumentFormattingRequest.method, { textDocument: { uri: URI }, options: { tabSize: 4, insertSpaces: false } });
    return applyEdits(text, edits ?? []);
  }
  let version = 1;

  it('formats with French typography, aligned pipe tables and one blank line between blocks', async () => {
    ({ client } = await serverWith(URI, ''));
    version = 1;
    const source = 'Objet: subvention de 41000 € à « l\'association »!\n\n\n\n| Poste | Montant |\n| Professeurs | 20 000 € |\n| TOTAL | 20000 € |\nAcompte : 1 500€ ;\n';
    const out = await format(source);
    assert.equal(
      out,
      'Objet\u00a0: subvention de 41\u202f000\u00a0€ à «\u00a0l\'association\u00a0»\u00a0!\n\n| Poste       | Montant  |\n| Professeurs | 20\u202f000\u00a0€ |\n| TOTAL       | 20\u202f000\u00a0€ |\nAcompte\u00a0: 1\u202f500\u00a0€\u00a0;\n',
    );
    // A range formats its lines only.
    const partial = await format(source, { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } });
    assert.equal(partial, source.replace('Objet: subvention de 41000 € à « l\'association »!', 'Objet\u00a0: subvention de 41\u202f000\u00a0€ à «\u00a0l\'association\u00a0»\u00a0!'));
  });

  it('formats a document with old Mac (CR alone) or Windows line endings line by line, keeping its line endings', async () => {
    ({ client } = await serverWith(URI, ''));
    version = 1;
    const lines = ['Objet: subvention', 'Présents : M. Jean DUPONT  ', '', '', 'Montant : 41000€'];
    const formatted = ['Objet\u00a0: subvention', 'Présents\u00a0: M. Jean DUPONT', '', 'Montant\u00a0: 41\u202f000\u00a0€'];
    for (const eol of ['\r', '\r\n']) {
      const once = await format(lines.join(eol) + eol);
      assert.equal(once, formatted.join(eol) + eol, `line endings ${JSON.stringify(eol)}`);
      assert.equal(await format(once), once, `formatting twice changes nothing more (${JSON.stringify(eol)})`);
    }
    // Mixed: a CR alone, a line of blanks, a line feed. The emptied line stays a line of its own.
    const mixed = await format('Objet: a\r \nObjet: b');
    assert.equal(mixed, 'Objet\u00a0: a\r\n\nObjet\u00a0: b\r\n');
    assert.equal(await format(mixed), mixed);
  });

  it('formatting the corpus and the samples is idempotent and changes only blanks, never the lines of a table', async function () {
    const files = corpusFiles();
    if (files.length === 0) this.skip();
    ({ client } = await serverWith(URI, ''));
    version = 1;
    const visible = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, '');
    const tableShape = (s: string) => s.split('\n').filter((l) => l.includes('\t') || l.startsWith('|')).map((l) => `${l.split('\t').length}/${l.split('|').length}`);
    let changed = 0;
    const findings = async () => (await client!.waitForDiagnostics(URI, { version })).diagnostics.filter((d) => d.severity === 1 || d.severity === 2).map((d) => d.code).sort();
    for (const f of files) {
      const once = await format(f.text);
      const before = await findings();
      await client!.change(URI, ++version, [{ text: once }]);
      assert.deepEqual(await findings(), before, `${f.name}: the same findings after formatting`);
      const twice = await format(once);
      assert.equal(twice, once, `${f.name}: format(format(x)) == format(x)`);
      assert.equal(visible(once), visible(f.text), `${f.name}: same words, numbers and marks`);
      assert.deepEqual(tableShape(once), tableShape(f.text), `${f.name}: same table lines and cells`);
      if (once !== f.text) changed++;
    }
    assert.ok(changed > 0, 'the corpus has something to format');
  });
});
