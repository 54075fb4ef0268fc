// Entry point of the syntax stage: text → DocumentNode.
import { LineIndex } from './positions';
import { Builder, parseLines } from './parser';
import { buildStructure } from './structure';
import type { DocumentNode, PersonNode, SyntaxError } from './tree';
import type { CommuneLexicon } from './names';

export * from './tree';
export { LineIndex, accentsMended, crAsLineFeed, symbolBullets, tagsBlanked } from './positions';
export { splitActs } from './acts';

/** Parses a whole document. A UTF-8 BOM is dropped by the caller (readers) or here; CRLF is kept as is. */
export function parse(text: string): DocumentNode {
  return parseRange(text, new LineIndex(text)).doc;
}

/**
 * Parses the lines first..last of a text (all of them by default), through the whole text's line index: a view of the
 * document as splitActs makes them (offsets and positions those of the whole text), which is the whole document when
 * the range is all of it. `recovered`: the parser met lines it could not read (its recovery may reach past a range).
 * `communes`: the official list of communes, when the caller has it (the lists of a table of communes are read with it).
 */
export function parseRange(text: string, index: LineIndex, first = 0, last = index.lineCount - 1, communes?: CommuneLexicon): { doc: DocumentNode; recovered: boolean } {
  const { lines, lexErrors, parseErrors } = parseLines(text, index, first, last, communes);
  const errors: SyntaxError[] = [];
  const at = (offset: number, length: number) => ({ offset, end: offset + length, range: index.range(offset, offset + length) });
  for (const e of lexErrors) {
    errors.push({ span: at(e.offset, e.length), message: `Caractères illisibles : ${JSON.stringify(text.slice(e.offset, e.offset + Math.min(e.length, 20)))}.`, messageEn: `Unreadable characters: ${JSON.stringify(text.slice(e.offset, e.offset + Math.min(e.length, 20)))}.` });
  }
  for (const e of parseErrors) {
    errors.push({ span: at(e.offset, 1), message: `Construction illisible : ${e.message}`, messageEn: `Unreadable construct: ${e.message}` });
  }
  const doc = buildStructure(text, lines, index, errors);
  if (communes) doc.communes = communes;
  return { doc, recovered: parseErrors.length > 0 };
}

/** Reads the people written in running text of a document, as the parser reads them in lists. */
export interface MentionReader {
  /** A person written at `offset` (« M. Jean DUPONT »); a plural civility (« MM. X et Y ») belongs to no one. */
  mention(text: string, offset: number): PersonNode;
  /** The people written in a text that starts at `offset` of the document, each with the offset its writing ends at. */
  mentionsIn(text: string, offset: number): { person: PersonNode; end: number }[];
}

export function mentionReader(doc: DocumentNode): MentionReader {
  return new Builder(doc.text, doc.positions, undefined, undefined, doc.communes);
}
