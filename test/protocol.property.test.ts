// Property-based tests (fast-check) over the language server itself: for arbitrary texts made of the words of acts
// and for mutated documents of the samples and of the corpus, every request a client sends at an arbitrary position
// (hover, completion, definition, references, rename, symbols, folding, links, semantic tokens, inlay hints,
// formatting, code actions) is answered — never an error — and every range in the answer lies inside the document.
// The server is the real one (dist/server.js), started once. `npm run fuzz` runs many more cases (FUZZ_RUNS).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LspTestClient } from './helpers/lsp-client';
import { actText, assertInside, documents, mutated } from './helpers/arbitraries';

const RUNS = Math.max(30, Math.floor((Number(process.env.FUZZ_RUNS) || 500) / 5));
const URI = 'file:///tmp/protocol-property.delib';

/** Every range of an answer, wherever it is nested (`range`, `selectionRange`, `targetRange`, edits…). */
function rangesIn(value: unknown, out: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; where: string }[] = [], where = ''): typeof out {
  if (!value || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    value.forEach((v, i) => rangesIn(v, out, `${where}[${i}]`));
    return out;
  }
  const o = value as Record<string, unknown>;
  const isPosition = (p: unknown) => !!p && typeof p === 'object' && typeof (p as { line?: unknown }).line === 'number' && typeof (p as { character?: unknown }).character === 'number';
  if (isPosition(o.start) && isPosition(o.end)) out.push({ range: o as never, where });
  for (const [k, v] of Object.entries(o)) if (k !== 'start' && k !== 'end') rangesIn(v, out, `${where}.${k}`);
  return out;
}

describe('properties of the language server (fast-check over the protocol)', function () {
  this.timeout(300000);
  let client: LspTestClient;
  let version = 0;
  before(async () => {
    client = LspTestClient.start();
    await client.initialize({ textDocument: { publishDiagnostics: { versionSupport: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } } });
    await client.open(URI, '', ++version);
  });
  after(() => client.dispose());

  const texts = documents();
  const place = fc.record({ line: fc.double({ min: 0, max: 1.2, noNaN: true }), character: fc.nat(400) });

  it('answers every request at any position of any text, every range inside the document', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(actText, mutated(texts)), place, async (text, at) => {
        await client.change(URI, ++version, [{ text }]);
        const lines = text.split(/\r\n|\r|\n/);
        // A position anywhere, past the end of a line or of the text too (clients send them when an edit races).
        const position = { line: Math.floor(at.line * lines.length), character: at.character };
        const doc = { textDocument: { uri: URI } };
        const whole = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
        const answers = await Promise.all([
          client.request('textDocument/hover', { ...doc, position }),
          client.request('textDocument/completion', { ...doc, position }),
          client.request('textDocument/definition', { ...doc, position }),
          client.request('textDocument/references', { ...doc, position, context: { includeDeclaration: true } }),
          client.request('textDocument/prepareRename', { ...doc, position }),
          client.request('textDocument/documentSymbol', doc),
          client.request('textDocument/foldingRange', doc),
          client.request('textDocument/documentLink', doc),
          client.request('textDocument/semanticTokens/full', doc),
          client.request('textDocument/inlayHint', { ...doc, range: whole }),
          client.request('textDocument/formatting', { ...doc, options: { tabSize: 4, insertSpaces: true } }),
          client.request('textDocument/codeAction', { ...doc, range: { start: position, end: position }, context: { diagnostics: [] } }),
        ]);
        const names = ['hover', 'completion', 'definition', 'references', 'prepareRename', 'documentSymbol', 'foldingRange', 'documentLink', 'semanticTokens', 'inlayHint', 'formatting', 'codeAction'];
        answers.forEach((answer, i) => {
          assert.ok(!(answer instanceof Error), `${names[i]} answered an error`);
          // Ranges of other documents (a definition in another file) are not this text's.
          for (const { range, where } of rangesIn(answer)) if (!/\.uri|targetUri/.test(where) && !where.includes('changes') || where.includes(URI)) assertInside(text, range, `${names[i]}${where}`);
        });
      }),
      { numRuns: RUNS },
    );
  });
});
