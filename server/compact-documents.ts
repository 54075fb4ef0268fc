// The open documents' texts, kept compact when they are not in use: an editor may hold hundreds of acts open, and V8
// keeps a text that holds « € » or « ’ » at two bytes a character (1 000 acts of 40 KB: 80 MB of strings). A document
// used lately keeps its text as a string; the others keep it deflated (UTF-8, node:zlib), a few times smaller, and
// inflate it when it is asked for (a fraction of a millisecond for 40 KB). The document object itself stays the same:
// the server tells an open document by its identity (`documents.get(uri) === document`).
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** How many documents keep their text as a string (those used most recently). */
export const HOT_DOCUMENTS = 16;
/** Texts shorter than this stay strings: deflating them would save little. */
const PACK_MIN_CHARS = 4096;

/** The documents whose text is a string, the most recently used last (a Set keeps its order of insertion). */
const hot = new Set<CompactDocument>();

export class CompactDocument implements TextDocument {
  private inner: TextDocument | undefined;
  // (Kept as a string of one byte a character, in V8's heap, rather than a Buffer: the memory of a Buffer is the
  // C library's, which a process that closed its documents does not give back as readily.)
  private packed: string | undefined;
  private packedVersion = 0;
  private closed = false;

  constructor(readonly uri: string, readonly languageId: string, version: number, content: string) {
    this.inner = TextDocument.create(uri, languageId, version, content);
    this.touch();
  }

  get version(): number {
    return this.inner ? this.inner.version : this.packedVersion;
  }

  get lineCount(): number {
    return this.text().lineCount;
  }

  getText(range?: Range): string {
    return this.text().getText(range);
  }

  positionAt(offset: number): Position {
    return this.text().positionAt(offset);
  }

  offsetAt(position: Position): number {
    return this.text().offsetAt(position);
  }

  getLineRange(line: number): Range {
    return this.text().getLineRange(line);
  }

  getEOLCharacters(line: number): string {
    return this.text().getEOLCharacters(line);
  }

  /** Applies the changes of an edit (the document becomes one of those used lately). */
  update(changes: TextDocumentContentChangeEvent[], version: number): void {
    TextDocument.update(this.text(), changes, version);
  }

  /** Whether the text is kept deflated now (for the tests). */
  get isPacked(): boolean {
    return this.inner === undefined;
  }

  /** Closed: its text is no longer kept, in either form. */
  release(): void {
    this.closed = true;
    hot.delete(this);
    this.packed = undefined;
  }

  /** The text as a document, inflated if it was packed; this document becomes the most recently used. */
  private text(): TextDocument {
    if (!this.inner) {
      const content = this.packed ? inflateRawSync(Buffer.from(this.packed, 'latin1')).toString('utf8') : '';
      this.inner = TextDocument.create(this.uri, this.languageId, this.packedVersion, content);
      this.packed = undefined;
    }
    this.touch();
    return this.inner;
  }

  private touch(): void {
    if (this.closed) return;
    hot.delete(this);
    hot.add(this);
    for (const oldest of hot) {
      if (hot.size <= HOT_DOCUMENTS) break;
      oldest.pack();
    }
  }

  private pack(): void {
    hot.delete(this);
    const inner = this.inner;
    if (!inner) return;
    const text = inner.getText();
    if (text.length < PACK_MIN_CHARS) return;
    this.packed = deflateRawSync(Buffer.from(text, 'utf8')).toString('latin1');
    this.packedVersion = inner.version;
    this.inner = undefined;
  }
}

/** For `new TextDocuments(compactDocuments)`: documents created and updated as CompactDocument. */
export const compactDocuments = {
  create(uri: string, languageId: string, version: number, content: string): CompactDocument {
    return new CompactDocument(uri, languageId, version, content);
  },
  update(document: CompactDocument, changes: TextDocumentContentChangeEvent[], version: number): CompactDocument {
    document.update(changes, version);
    return document;
  },
};
