// The open documents' store (server/compact-documents.ts): a document not in use keeps its text deflated, and gives
// back exactly the text a plain TextDocument would, edit after edit, whatever its characters.
import assert from 'node:assert/strict';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { CompactDocument, compactDocuments, HOT_DOCUMENTS } from '../server/compact-documents';

const LONG = 'Séance du 16 novembre 2017 — subvention de 834 000 € à l’association « Œuvres » 🎵.\n'.repeat(120);

describe('open documents kept compact when not in use', () => {
  it('packs the documents used least recently, and gives back their text, positions and version unchanged', () => {
    const docs = Array.from({ length: HOT_DOCUMENTS + 4 }, (_, i) => compactDocuments.create(`file:///a${i}.delib`, 'deliberation', 3, `${i}\n${LONG}`));
    assert.ok(docs[0].isPacked, 'the first opened is packed once others are used');
    assert.ok(!docs[docs.length - 1].isPacked);
    const plain = TextDocument.create('file:///a0.delib', 'deliberation', 3, `0\n${LONG}`);
    assert.equal(docs[0].version, 3);
    assert.equal(docs[0].lineCount, plain.lineCount);
    const at = { line: 50, character: 60 };
    assert.equal(docs[0].offsetAt(at), plain.offsetAt(at));
    assert.deepEqual(docs[0].positionAt(5000), plain.positionAt(5000));
    assert.equal(docs[0].getText(), plain.getText());
    assert.ok(!docs[0].isPacked, 'asked for, it is used again');
    for (const d of docs) d.release();
  });

  it('applies incremental edits to a packed document as to a plain one (accents, « € », « ’ », a surrogate pair cut by no edit)', () => {
    const uri = 'file:///edited.delib';
    const doc = compactDocuments.create(uri, 'deliberation', 1, LONG);
    const plain = TextDocument.create(uri, 'deliberation', 1, LONG);
    const others = Array.from({ length: HOT_DOCUMENTS + 1 }, (_, i) => compactDocuments.create(`file:///o${i}.delib`, 'deliberation', 1, LONG));
    const edits: TextDocumentContentChangeEvent[][] = [
      [{ range: { start: { line: 2, character: 44 }, end: { line: 2, character: 51 } }, text: '714 091 €' }],
      [{ range: { start: { line: 10, character: 0 }, end: { line: 12, character: 5 } }, text: 'Article 1 – l’objet 🏛️\n' }],
      [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'EXTRAIT DU REGISTRE\n' }, { range: { start: { line: 5, character: 3 }, end: { line: 5, character: 9 } }, text: '' }],
    ];
    let version = 1;
    for (const change of edits) {
      for (const o of others) o.getText(); // every other document used since: this one is packed again
      assert.ok(doc.isPacked);
      version++;
      compactDocuments.update(doc, change, version);
      TextDocument.update(plain, change, version);
      assert.equal(doc.version, version);
      assert.equal(doc.getText(), plain.getText());
    }
    for (const d of [doc, ...others]) d.release();
  });

  it('keeps a short text as it is; a closed document frees its place among those used lately', () => {
    const short = new CompactDocument('file:///short.delib', 'deliberation', 1, 'Présents : M. Jean NOIR');
    const others = Array.from({ length: HOT_DOCUMENTS + 1 }, (_, i) => compactDocuments.create(`file:///s${i}.delib`, 'deliberation', 1, LONG));
    assert.ok(!short.isPacked, 'a few characters are not worth deflating');
    // Closing one of those used lately lets one more be used without packing the oldest of them.
    const oldestHot = others[1];
    assert.ok(!oldestHot.isPacked);
    others[others.length - 1].release();
    const next = compactDocuments.create('file:///next.delib', 'deliberation', 1, LONG);
    assert.ok(!oldestHot.isPacked);
    for (const d of [short, ...others, next]) d.release();
  });
});
