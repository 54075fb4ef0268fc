// In-memory documents for the tests: analyse a text, find the findings of one code, place a cursor with
// « <|> », apply the edits of a quick fix, find the line of a phrase.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, stripBom, type Analysis, type AnalyzeOptions } from '../../core/analyze';
import { tryLoadCommuneIndex, type CommuneIndex } from '../../core/communes/index';
import { crAsLineFeed, LineIndex } from '../../core/syntax/positions';
import type { Finding, Position, TextEdit } from '../../core/types';
import { REPO_ROOT } from './paths';

export interface DocOptions extends Omit<AnalyzeOptions, 'communes'> {
  /** true: load the official commune index (the slow checks run); an index: use it. Default: none. */
  communes?: boolean | CommuneIndex;
}

let communeIndex: CommuneIndex | undefined;

/** The official commune index, loaded once for all tests (dist/data/communes.json, written by the build). */
export function communes(): CommuneIndex {
  if (communeIndex) return communeIndex;
  const { index, error } = tryLoadCommuneIndex();
  if (!index) throw new Error(`commune index not loaded: ${error}`);
  return (communeIndex = index);
}

/** Analyses a text as the server and the CLI do (BOM dropped). */
export function analyzeText(text: string, opts: DocOptions = {}): Analysis {
  const { communes: c, ...rest } = opts;
  const index = c === true ? communes() : c || undefined;
  return analyze(stripBom(text), { ...rest, communes: index });
}

/** The findings of one code on a text. */
export function findingsOf(text: string, code: string, opts: DocOptions = {}): Finding[] {
  return analyzeText(text, opts).findings.filter((f) => f.code === code);
}

/** Codes of the findings of severity error or warning: what a drafter must act on. */
export function problems(a: Analysis): Finding[] {
  return a.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
}

export const CURSOR = '<|>';

/** A text with one « <|> » marker: the text without it, and the cursor's offset and position. */
export function cursor(marked: string): { text: string; offset: number; position: Position } {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0 || marked.indexOf(CURSOR, offset + 1) >= 0) throw new Error(`exactly one ${CURSOR} expected`);
  const text = marked.slice(0, offset) + marked.slice(offset + CURSOR.length);
  return { text, offset, position: new LineIndex(text).position(offset) };
}

/** The 0-based line of the first line that contains `needle` (after `from`, a 0-based line). Throws when absent. */
export function lineOf(text: string, needle: string, from = 0): number {
  const lines = text.split(/\r?\n/);
  for (let i = from; i < lines.length; i++) if (lines[i].includes(needle)) return i;
  throw new Error(`no line contains ${JSON.stringify(needle)}`);
}

/** Applies non-overlapping edits (ranges in 0-based lines and UTF-16 columns) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  // Lines as editors count them (a carriage return alone ends one too).
  const index = new LineIndex(crAsLineFeed(text));
  const sorted = edits
    .map((e) => ({ start: index.offset(e.range.start), end: index.offset(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The text a range covers. */
export function textAt(text: string, r: { start: Position; end: Position }): string {
  const index = new LineIndex(text);
  return text.slice(index.offset(r.start), index.offset(r.end));
}

/** Replaces exactly one occurrence of `from` (throws when there is none or several): mutations of test data. */
export function replaceOnce(text: string, from: string | RegExp, to: string): string {
  if (typeof from === 'string') {
    const i = text.indexOf(from);
    if (i < 0 || text.indexOf(from, i + 1) >= 0) throw new Error(`${JSON.stringify(from)} must occur exactly once`);
    return text.slice(0, i) + to + text.slice(i + from.length);
  }
  const all = [...text.matchAll(new RegExp(from.source, from.flags.includes('g') ? from.flags : from.flags + 'g'))];
  if (all.length !== 1) throw new Error(`${from} must match exactly once (${all.length})`);
  return text.replace(new RegExp(from.source, from.flags.replace('g', '')), to);
}

// ---------------------------------------------------------------- the shared corpus

export { CORPUS_DIR } from './paths';
import { CORPUS_DIR } from './paths';

export interface CorpusExpectation {
  code: string;
  line?: number;
  lines?: [number, number];
  note?: string;
}

export interface CorpusDoc {
  name: string;
  text: string;
  expected: { expect: CorpusExpectation[]; allow?: CorpusExpectation[]; facts?: Record<string, unknown> };
}

/** The corpus documents with their expected.json, or undefined when the corpus is absent. */
export function corpus(): CorpusDoc[] | undefined {
  if (!existsSync(CORPUS_DIR)) return undefined;
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.delib'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.delib$/, '');
      const text = stripBom(readFileSync(join(CORPUS_DIR, f), 'utf8'));
      const expected = JSON.parse(readFileSync(join(CORPUS_DIR, `${name}.expected.json`), 'utf8'));
      return { name, text, expected };
    });
}

/** A message with its non-breaking and narrow spaces as plain spaces, to compare figures (« 90 000 € »). */
export function flat(message: string): string {
  return message.replace(/[\u00a0\u202f\u2009]/g, ' ');
}
