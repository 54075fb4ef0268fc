// Property-based tests (fast-check) of the core, on arbitrary text and on mutated documents of the samples and of the
// real corpus: analysis never throws and every range it gives lies inside the document; formatting is idempotent and
// changes only blanks; a quick fix applied leaves a document that is analysed again without error. 500 cases
// each in `npm test`; `npm run fuzz` runs many more (FUZZ_RUNS, default 5 000).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../core/analyze';
import { formatEdits, formatText } from '../core/features/format';
import { actText, applyEdits, assertInside, documents, mutated } from './helpers/arbitraries';

const RUNS = Number(process.env.FUZZ_RUNS) || 500;

function checkAnalysis(text: string) {
  const a = analyze(text);
  for (const f of a.findings) {
    assertInside(text, f.range, `${f.code} « ${f.message} »`);
    for (const r of f.related ?? []) assertInside(text, r.range, `${f.code} related`);
    for (const fix of f.fixes ?? []) for (const e of fix.edits) assertInside(text, e.range, `${f.code} fix`);
  }
  for (const s of a.outline) assertInside(text, s.range, `outline ${s.name}`);
  return a;
}

describe('properties of the core (fast-check)', function () {
  this.timeout(120000);
  const texts = documents();

  it('analyses any text without throwing, every range inside the document', () => {
    fc.assert(fc.property(actText, (text) => { checkAnalysis(text); }), { numRuns: RUNS });
  });

  it('analyses mutated documents of the samples and of the corpus without throwing, every range inside', () => {
    fc.assert(fc.property(mutated(texts), (text) => { checkAnalysis(text); }), { numRuns: RUNS });
  });

  it('formats idempotently, changing only blanks', () => {
    const blanks = /[\s\u00a0\u202f]/g;
    fc.assert(fc.property(fc.oneof(actText, mutated(texts)), (text) => {
      const once = formatText(text);
      assert.equal(formatText(once), once, 'formatting twice changes nothing more');
      assert.equal(once.replace(blanks, ''), text.replace(blanks, ''), 'only blanks change');
    }), { numRuns: RUNS });
  });

  it('formats by an edit inside the document that gives the formatted text, whatever its line breaks', () => {
    const breaks = fc.constantFrom('\n', '\r\n', '\r');
    const mixed = fc.tuple(fc.oneof(actText, mutated(texts)), fc.array(breaks, { minLength: 1, maxLength: 8 }))
      .map(([text, ends]) => { let k = 0; return text.replace(/\r\n|\r|\n/g, () => ends[k++ % ends.length]); });
    fc.assert(fc.property(mixed, (text) => {
      const edits = formatEdits(text);
      for (const e of edits) assertInside(text, e.range, 'formatting edit');
      assert.equal(applyEdits(text, edits), formatText(text));
    }), { numRuns: RUNS });
  });

  it('formats with the tree of the analysis and keeps the tags of a web page it read as blanks', () => {
    const text = 'Objet: Affichage <i>via</i> sponsoring\nÉtaient présents :<br /> Mme Anne NOIR\n';
    const a = analyze(text);
    assert.equal(formatText(text, { doc: a.doc }), 'Objet\u00a0: Affichage <i>via</i> sponsoring\nÉtaient présents :<br /> Mme Anne NOIR\n');
  });

  it('formats a text whose last line ends in a Windows line break and the others in line feeds', () => {
    const text = 'Article 1\n\nLe Maire,   \nDépart\r\n';
    const edits = formatEdits(text);
    for (const e of edits) assertInside(text, e.range, 'formatting edit');
    assert.equal(applyEdits(text, edits), 'Article 1\n\nLe Maire,\nDépart\n');
  });

  it('applies any quick fix into a document that is analysed again without error', () => {
    fc.assert(fc.property(mutated(texts), (text) => {
      for (const f of checkAnalysis(text).findings) {
        for (const fix of f.fixes ?? []) checkAnalysis(applyEdits(text, fix.edits));
      }
    }), { numRuns: Math.max(20, Math.floor(RUNS / 4)) });
  });
});
