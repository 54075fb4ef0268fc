// The shared corpus (../shared/corpus): each document parses without a syntax finding, the facts of its
// expected.json hold against the model, and its findings of severity error or warning are exactly the expected ones.
import assert from 'node:assert/strict';
import { analyzeText, corpus, CORPUS_DIR, problems, type CorpusDoc } from './helpers/doc';
import type { Model } from '../core/model/types';

const docs = corpus();

const euros = (cents: number) => cents / 100;

/** The report a séance-wide fact is about: the first report with a vote, else the séance itself. */
function votedReport(m: Model) {
  return m.reports.find((r) => r.vote) ?? m.reports[0];
}

function inOffice(m: Model): number {
  return m.seance.membersInOffice?.value ?? m.members.length;
}

function sideSum(m: Model, side: 'expenses' | 'receipts'): number {
  const tables = m.tables.filter((t) => t.side === side);
  assert.ok(tables.length > 0, `no ${side} table`);
  return euros(tables.reduce((n, t) => n + t.rowsSum, 0));
}

/** The most stated subsidy (in euros). */
function subsidy(m: Model): number | undefined {
  const counts = new Map<number, number>();
  for (const a of m.amounts) if (a.role === 'subsidy') counts.set(a.amount.cents, (counts.get(a.amount.cents) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best && euros(best[0]);
}

/**
 * How each fact of an expected.json is computed from the model. A fact with no rule here fails the test, so that a
 * new fact is not silently ignored. Facts « …_at_report_X » take the report number from their name.
 */
const FACTS: [RegExp, (m: Model, match: RegExpExecArray) => unknown][] = [
  [/^members_in_office$/, (m) => inOffice(m)],
  [/^present_at_session_start_or_later$/, (m) => m.members.filter((x) => x.attendance === 'present').length],
  [/^absent$/, (m) => m.members.filter((x) => x.attendance !== 'present').length],
  [/^present$/, (m) => m.presenceAt(votedReport(m)?.number).present.length],
  [/^proxies$/, (m) => m.presenceAt(votedReport(m)?.number).proxies.length],
  [/^voters$/, (m) => { const p = m.presenceAt(votedReport(m)?.number); return p.present.length + p.proxies.length; }],
  [/^present_at_report_(.+)$/, (m, x) => m.presenceAt(x[1]).present.length],
  [/^proxies_active_at_report_(.+)$/, (m, x) => m.presenceAt(x[1]).proxies.length],
  [/^voters_at_report_(.+)$/, (m, x) => { const p = m.presenceAt(x[1]); return p.present.length + p.proxies.length; }],
  [/^votes$/, (m) => {
    const v = votedReport(m)?.vote;
    return { pour: v?.pour?.value, contre: v?.contre?.value ?? 0, abstention: v?.abstention?.value ?? 0, nppv: v?.nppv?.value ?? 0 };
  }],
  [/^quorum_needed$/, (m) => Math.floor(inOffice(m) / 2) + 1],
  [/^(?:expense_rows_sum|charges_sum)$/, (m) => sideSum(m, 'expenses')],
  [/^(?:receipt_rows_sum|produits_sum)$/, (m) => sideSum(m, 'receipts')],
  [/^public_funding_sum$/, (m) => {
    const sub = m.tables.flatMap((t) => t.totals).find((t) => t.kind === 'subtotal' && /public/i.test(t.row.cells[0]?.text ?? ''));
    assert.ok(sub, 'no subtotal of public funding');
    return euros(sub.computed);
  }],
  [/^subsidy$/, (m) => subsidy(m)],
  [/^instalments$/, (m) => {
    const base = subsidy(m);
    const group = m.shares.find((g) => base !== undefined && euros(g.reduce((n, s) => n + s.amount.cents, 0)) === base) ?? m.shares[0];
    return group?.map((s) => euros(s.amount.cents));
  }],
];

function computeFact(m: Model, name: string): unknown {
  for (const [re, f] of FACTS) {
    const x = re.exec(name);
    if (x) return f(m, x);
  }
  throw new Error(`fact « ${name} » has no rule in test/corpus.test.ts: add one`);
}

/** Compares a computed fact with the expected one; an object is compared on the keys the expectation gives. */
function sameFact(actual: unknown, expected: unknown): boolean {
  if (expected && typeof expected === 'object' && !Array.isArray(expected)) {
    return Object.entries(expected).every(([k, v]) => (actual as Record<string, unknown> | undefined)?.[k] === v);
  }
  return JSON.stringify(actual) === JSON.stringify(expected);
}

/** The expected findings against the actual ones, as the corpus scorer counts them (code and 1-based line). */
function score(doc: CorpusDoc, found: { code: string; line: number }[]) {
  const pool = [...found];
  const lines = (e: { line?: number; lines?: [number, number] }) => e.lines ?? [e.line!, e.line!];
  const take = (e: { code: string; line?: number; lines?: [number, number] }) => {
    const [a, b] = lines(e);
    const i = pool.findIndex((d) => d.code === e.code && d.line >= a && d.line <= b);
    if (i < 0) return false;
    pool.splice(i, 1);
    return true;
  };
  const missing = doc.expected.expect.filter((e) => !take(e)).map((e) => `${e.code}@${lines(e).join('-')}`);
  for (const e of doc.expected.allow ?? []) while (take(e));
  return { missing, extra: pool.map((d) => `${d.code}@${d.line}`) };
}

describe('corpus', () => {
  if (!docs) {
    it.skip(`corpus absent (${CORPUS_DIR}): skipped`, () => undefined);
    console.log('corpus absent: skipped');
    return;
  }

  it('has documents', () => assert.ok(docs.length > 0));

  for (const doc of docs) {
    describe(doc.name, () => {
      const analysis = () => analyzeText(doc.text, { communes: true });

      it('parses without a syntax finding', () => {
        const a = analysis();
        assert.deepEqual(a.findings.filter((f) => f.code === 'syntax').map((f) => `${f.range.start.line + 1}: ${f.message}`), []);
        assert.equal(a.doc.lines.length, doc.text.split(/\r?\n/).length);
      });

      it('computes the facts of expected.json', () => {
        const m = analysis().model;
        const wrong: string[] = [];
        for (const [name, expected] of Object.entries(doc.expected.facts ?? {})) {
          const actual = computeFact(m, name);
          if (!sameFact(actual, expected)) wrong.push(`${name}: expected ${JSON.stringify(expected)}, computed ${JSON.stringify(actual)}`);
        }
        assert.deepEqual(wrong, []);
      });

      it('reports exactly the expected errors and warnings (code and line)', () => {
        const found = problems(analysis()).map((f) => ({ code: f.code, line: f.range.start.line + 1 }));
        assert.deepEqual(score(doc, found), { missing: [], extra: [] });
      });

      it('reports the same findings with CRLF line endings and a BOM', () => {
        const key = (a: ReturnType<typeof analysis>) => problems(a).map((f) => `${f.code}@${f.range.start.line}:${f.range.start.character}`);
        const crlf = analyzeText('\ufeff' + doc.text.replace(/\r?\n/g, '\r\n'), { communes: true });
        assert.deepEqual(key(crlf), key(analysis()));
      });
    });
  }
});
