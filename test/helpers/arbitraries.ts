// Arbitraries of fast-check for the property tests (test/property.test.ts over the core, test/protocol.property.test.ts
// over the language server): texts made of the words of acts, and documents of the samples and of the corpus with
// random edits; and the checks every answer must pass (every range inside the document).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Range, TextEdit } from '../../core/types';
import { repoPath } from './paths';

/** The lines of a text as editors and LSP count them (LF, CRLF or CR alone), without their line break. */
export const linesOf = (text: string) => text.split(/\r\n|\r|\n/);

export function assertInside(text: string, range: Range, what: string) {
  const lines = linesOf(text);
  for (const p of [range.start, range.end]) {
    assert.ok(p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length, `${what}: ${JSON.stringify(range)} outside the document (${lines.length} lines)`);
  }
}

/** Edits applied from the end, by offsets computed on the lines of the text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = linesOf(text);
  const starts: number[] = [];
  const breaks = text.match(/\r\n|\r|\n/g) ?? [];
  for (let i = 0, at = 0; i < lines.length; i++) {
    starts.push(at);
    at += lines[i].length + (breaks[i]?.length ?? 0);
  }
  const offset = (p: { line: number; character: number }) => starts[p.line] + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  }
  return out;
}

// Words acts are made of, so that the arbitrary texts hit the reader's constructs, not only its refusals.
export const WORDS = [
  'Présents :', 'Absents excusés :', 'Pouvoirs :', 'Étaient présents', 'Mandants :', 'Mandataires :', 'Secrétaire de séance :', 'Votants : 12',
  'Pour : 10', 'Contre : 2', 'Abstention : 0', 'à l’unanimité', 'M.', 'Mme', 'MM.', 'Jean DUPONT', 'Anne-Marie MARTIN', 'NOIR J.', '(pouvoir à M. DUPONT)',
  '(à partir du 1.2)', 'Article 1 -', 'Annexe 1', 'TOTAL', '1 234,56 €', '834 000 €', '|', '\t', ',', ';', '.', ' - ', ':', '\n', '\r\n', '\r', '**', '*', '^{er}',
  'Séance du lundi 3 mars 2025', 'L’an deux mille vingt-cinq, le trois mars', 'Commune de Besançon :', 'CDC DU VAL :', 'en exercice', '29', 'donne pouvoir à', 'par',
  '<!-- delib-ignore-next-line syntax -->', 'Rapport n°1.1', 'Délibération n°2025-012', 'Objet :', 'Vu l’article L 1611-4 du CGCT', '\u00a0', '\u202f', '«', '»',
];
export const actText = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 120 }).map((parts) => parts.join(' '));

export function documents(): string[] {
  const texts: string[] = [];
  for (const dir of ['samples', 'corpus/real']) {
    for (const name of readdirSync(repoPath(dir)).filter((n) => n.endsWith('.delib')).sort()) {
      const text = readFileSync(repoPath(dir, name), 'utf8');
      if (text.length < 12000) texts.push(text);
    }
  }
  return texts;
}

/** A document of the samples or of the corpus, with random edits: insertions, deletions and copies of its own text. */
export function mutated(texts: string[]) {
  const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat(200), insert: fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 20 })) });
  return fc.record({ doc: fc.constantFrom(...texts), edits: fc.array(edit, { minLength: 1, maxLength: 6 }) }).map(({ doc, edits }) => {
    let text = doc;
    for (const e of edits) {
      const at = Math.floor(e.at * text.length);
      text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.length));
    }
    return text;
  });
}

