// The benchmark's generator and statistics: the register must be reproducible and made of correct documents
// (otherwise the bench times error paths), and the medians must be medians.
import assert from 'node:assert/strict';
import { analyze } from '../core/analyze';
import { tryLoadCommuneIndex } from '../core/communes/index';
import { DEFAULT_REGISTER, euros, generateRegister, prng } from '../bench/generate';
import { measure, median, percentile, formatMs, formatRatio } from '../bench/stats';
import { budgets } from '../bench/budgets';

describe('bench: generated register', () => {
  const { index: communes } = tryLoadCommuneIndex();

  it('is the same text for the same seed, another for another seed', () => {
    const a = generateRegister({ ...DEFAULT_REGISTER, deliberations: 3 });
    const b = generateRegister({ ...DEFAULT_REGISTER, deliberations: 3 });
    const c = generateRegister({ ...DEFAULT_REGISTER, deliberations: 3, seed: DEFAULT_REGISTER.seed + 1 });
    assert.equal(a, b);
    assert.notEqual(a, c);
  });

  it('has about the mean size per deliberation', () => {
    const n = 10;
    const bytes = Buffer.byteLength(generateRegister({ ...DEFAULT_REGISTER, deliberations: n }));
    const mean = bytes / n;
    assert.ok(mean > DEFAULT_REGISTER.meanBytes * 0.8 && mean < DEFAULT_REGISTER.meanBytes * 1.25, `mean ${mean} bytes`);
  });

  it('makes deliberations with no error or warning finding, in both layouts', () => {
    const layouts = new Set<string>();
    for (let seed = 1; seed <= 8; seed++) {
      const text = generateRegister({ deliberations: 1, meanBytes: 12 * 1024, seed });
      layouts.add(/CONSEIL MUNICIPAL/.test(text) ? 'municipal' : 'community');
      const bad = analyze(text, { communes }).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
      assert.deepEqual(bad.map((f) => `${f.range.start.line + 1} ${f.code} ${f.message}`), [], `seed ${seed}`);
      const a = analyze(text, { communes });
      assert.ok(a.model.reports.some((r) => r.vote?.pour), `seed ${seed}: a vote is read`);
      assert.ok(a.model.tables.some((t) => t.totals.length > 0), `seed ${seed}: a table with a total is read`);
    }
    assert.deepEqual([...layouts].sort(), ['community', 'municipal']);
  });

  it('writes amounts in the French way', () => {
    assert.equal(euros(4100000), '41 000 €');
    assert.equal(euros(123456), '1 234,56 €');
    assert.equal(euros(5), '0,05 €');
  });

  it('prng is deterministic and in [0, 1)', () => {
    const r1 = prng(42), r2 = prng(42);
    for (let i = 0; i < 1000; i++) {
      const x = r1();
      assert.equal(x, r2());
      assert.ok(x >= 0 && x < 1);
    }
  });
});

describe('bench: statistics', () => {
  it('median of odd and even counts, unsorted input', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.ok(Number.isNaN(median([])));
  });

  it('measure keeps the run count within its bounds', () => {
    let calls = 0;
    const m = measure(() => calls++, { targetMs: 5, minRuns: 3, maxRuns: 20 });
    assert.ok(m.runs >= 3 && m.runs <= 20, `${m.runs} runs`);
    assert.equal(calls, m.runs + 2, 'a warm-up and a calibration run, then the counted runs');
  });

  it('percentile is the nearest rank, whatever the order of the values', () => {
    const values = [9, 1, 5, 3, 7, 2, 8, 4, 10, 6];
    assert.equal(percentile(values, 50), 5);
    assert.equal(percentile(values, 95), 10);
    assert.equal(percentile(values, 10), 1);
    assert.deepEqual(values.slice(0, 3), [9, 1, 5], 'the values are left in their order');
  });

  it('formats times and ratios', () => {
    assert.equal(formatMs(0.0823), '0.082');
    assert.equal(formatMs(4.551), '4.55');
    assert.equal(formatMs(13792.2), '13 792');
    assert.equal(formatRatio(12, 0.1), '×120');
    assert.equal(formatRatio(0.5, 0.1), '×5.0');
  });
});

describe('bench: budgets of the performance issue', () => {
  const act = { baseline: { median: 0.1, runs: 9 }, analyze: { median: 4, runs: 9 } };
  const state = (list: ReturnType<typeof budgets>, start: string) => list.find((b) => b.budget.startsWith(start))?.held;

  it('holds a budget at its limit and not above it; a throughput is held at or above its floor', () => {
    const list = budgets({ act, actBytes: 40 * 1024 });
    assert.equal(state(list, 'a 40 KB act analysed in ≤ 2 ms'), false, '4 ms is over 2 ms');
    assert.equal(state(list, '… and ≤ 30×'), false, '×40 is over ×30');
    assert.equal(state(budgets({ act: { ...act, analyze: { median: 2, runs: 9 } }, actBytes: 40 * 1024 }), 'a 40 KB act analysed in ≤ 2 ms'), true);
    const fast = budgets({ act: { ...act, analyze: { median: 2, runs: 9 } }, actBytes: 40 * 1024 * 1024 });
    assert.equal(state(fast, 'the pipeline ≥ 15 MB/s'), true, '40 MB in 2 ms');
  });

  it('says « not measured » for the parts the run skipped, and counts a document the server refused as not held', () => {
    const lsp = {
      initializeMs: 120,
      edits: [
        { name: '40 KB act', latency: { bytes: 40000, p50: 8, p95: 12, edits: 60, firstMs: 30 } },
        { name: '40 MB register', latency: { bytes: 4e7, p50: NaN, p95: NaN, edits: 0, firstMs: 900, refused: 'Document de 38 Mo : au-delà de 5 Mo' } },
      ],
    };
    const list = budgets({ act, actBytes: 40 * 1024, lsp });
    assert.equal(state(list, 'edit → diagnostics p95 ≤ 25 ms, 40 KB act'), true);
    assert.equal(state(list, 'edit → diagnostics p95 ≤ 30 ms, 1 MB register'), null);
    assert.equal(state(list, 'edit → diagnostics p95 ≤ 100 ms, 40 MB register'), false);
    assert.match(list.find((b) => b.budget.includes('40 MB register'))!.measured, /5 Mo/);
    assert.equal(state(list, 'delib check of 1 000 acts'), null);
    assert.equal(state(list, 'initialize ≤ 300 ms'), true);
  });
});
