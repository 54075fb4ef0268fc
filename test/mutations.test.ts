// Mutations of the corpus: each real document, changed in one general way (a vote count, an article heading, a
// proxy holder, a table amount, a weekday, a unanimity, a member), must raise the right code at the right line.
// Mutations are test data: string edits on the document, found by patterns or by reading the model, never
// special cases in the code.
import assert from 'node:assert/strict';
import { analyzeText, corpus, CORPUS_DIR, problems, type CorpusDoc } from './helpers/doc';
import type { Analysis } from '../core/analyze';
import { MONTHS_FR, WEEKDAYS_FR } from '../core/text/dates';
import type { Range } from '../core/types';

const docs = corpus();

interface Mutated {
  text: string;
  /** 0-based line where the finding is due. */
  line: number;
  what: string;
}

interface Mutation {
  name: string;
  code: string;
  /** Other codes the mutation may rightly raise (a member less also changes the vote count). */
  consequences?: string[];
  /** The mutated text, or undefined when the document has nothing to mutate this way. */
  apply(doc: CorpusDoc, a: Analysis): Mutated | undefined;
}

function setLine(text: string, line: number, f: (s: string) => string): string {
  const lines = text.split('\n');
  lines[line] = f(lines[line]);
  return lines.join('\n');
}

/** Replaces the text of a range within one line. */
function replaceRange(text: string, r: Range, newText: string): string {
  return setLine(text, r.start.line, (s) => s.slice(0, r.start.character) + newText + s.slice(r.end.character));
}

/** The day before a date, written « 15 novembre 2017 ». */
function dayBefore(d: { year?: number; month: number; day: number }): string {
  const x = new Date(Date.UTC(d.year!, d.month - 1, d.day - 1));
  return `${x.getUTCDate()} ${MONTHS_FR[x.getUTCMonth()]} ${x.getUTCFullYear()}`;
}

function lineIndex(text: string, re: RegExp): number {
  return text.split('\n').findIndex((l) => re.test(l));
}

const MUTATIONS: Mutation[] = [
  {
    name: 'one vote less in « Pour »',
    code: 'vote-count',
    apply(doc, a) {
      const r = a.model.reports.find((x) => x.vote?.pour && x.vote.pour.value > 0);
      if (!r || a.model.members.length === 0) return undefined;
      const line = r.vote!.pour!.span.range.start.line;
      const n = r.vote!.pour!.value;
      return { text: setLine(doc.text, line, (s) => s.replace(String(n), String(n - 1))), line, what: `Pour : ${n} → ${n - 1}` };
    },
  },
  {
    name: 'an article heading removed',
    code: 'article-numbering',
    apply(doc, a) {
      const arts = a.doc.articles;
      // An article followed by the next number, not the first one: its successor is then out of sequence.
      const i = arts.findIndex((x, k) => k > 0 && k + 1 < arts.length && Number(arts[k + 1].heading.number) === Number(x.heading.number) + 1);
      if (i < 0) return undefined;
      const heading = arts[i].heading;
      return {
        text: setLine(doc.text, heading.range.start.line, () => ''),
        line: arts[i + 1].heading.range.start.line,
        what: `« ${heading.text} » removed`,
      };
    },
  },
  {
    name: 'a proxy moved to an absent member',
    code: 'proxy-holder-absent',
    apply(doc, a) {
      const m = a.model;
      const givers = new Set(m.proxies.map((p) => p.giverMember));
      const absent = m.members.find((x) => x.attendance !== 'present' && !givers.has(x) && x.given);
      const p = m.proxies.find((x) => x.holderMember);
      if (!absent || !p) return undefined;
      const written = p.form === 'paired' ? `${absent.given![0]}. ${absent.surname}` : `${absent.civility ?? 'M.'} ${absent.given} ${absent.surname}`;
      return { text: replaceRange(doc.text, p.holder.range, written), line: p.holder.range.start.line, what: `${p.holder.text} → ${written}` };
    },
  },
  {
    name: 'a table row amount changed',
    code: 'total-mismatch',
    apply(doc, a) {
      for (const t of a.model.tables) {
        const total = t.totals.find((x) => x.covered.length > 0 && x.computed === x.stated.cents);
        const row = total?.covered.find((r) => r.cells[total.column]?.amounts.length);
        if (!total || !row) continue;
        const amount = row.cells[total.column].amounts.at(-1)!;
        const changed = amount.text.replace(/^(\d)/, (d) => String((Number(d) % 9) + 1));
        return { text: replaceRange(doc.text, amount.range, changed), line: total.row.range.start.line, what: `${amount.text} → ${changed}` };
      }
      return undefined;
    },
  },
  {
    name: 'a weekday changed',
    code: 'weekday-mismatch',
    apply(doc) {
      const re = new RegExp(`\\b(${WEEKDAYS_FR.join('|')})(\\s+\\d{1,2}(?:er)?\\s+\\p{L}+\\s+\\d{4})`, 'iu');
      const line = lineIndex(doc.text, re);
      if (line < 0) return undefined;
      let what = '';
      const text = setLine(doc.text, line, (s) =>
        s.replace(re, (_, day: string, rest: string) => {
          const next = WEEKDAYS_FR[(WEEKDAYS_FR.indexOf(day.toLowerCase() as (typeof WEEKDAYS_FR)[number]) + 1) % 7];
          const written = day[0] === day[0].toUpperCase() ? next[0].toUpperCase() + next.slice(1) : next;
          what = `${day}${rest} → ${written}${rest}`;
          return written + rest;
        }),
      );
      return { text, line, what };
    },
  },
  {
    name: 'a vote against in a unanimous decision',
    code: 'vote-unanimity',
    apply(doc, a) {
      const r = a.model.reports.find((x) => x.vote?.unanimity && x.vote.contre?.value === 0 && x.vote.pour && x.vote.pour.value > 0);
      if (!r) return undefined;
      const v = r.vote!;
      const line = v.contre!.span.range.start.line;
      let text = setLine(doc.text, line, (s) => s.replace(/\b0\b/, '1'));
      text = setLine(text, v.pour!.span.range.start.line, (s) => s.replace(String(v.pour!.value), String(v.pour!.value - 1)));
      return { text, line, what: 'Contre : 0 → 1, Pour − 1' };
    },
  },
  {
    name: 'a majority decision said unanimous',
    code: 'vote-unanimity',
    apply(doc, a) {
      const r = a.model.reports.find((x) => x.vote?.majority && !x.vote.unanimity && (x.vote.contre?.value ?? 0) > 0);
      if (!r) return undefined;
      const line = r.vote!.majority!.range.start.line;
      return { text: setLine(doc.text, line, (s) => s.replace(/à la majorité/i, 'à l’unanimité')), line: r.vote!.contre!.span.range.start.line, what: 'à la majorité → à l’unanimité' };
    },
  },
  {
    name: 'an act stamped the day before the séance',
    code: 'date-order',
    apply(doc, a) {
      const seance = a.model.seance.date?.date;
      const stamp = a.model.seance.stamps[0];
      if (!seance?.year || !stamp) return undefined;
      const written = dayBefore(seance);
      return { text: replaceRange(doc.text, stamp.date.range, written), line: stamp.date.range.start.line, what: `${stamp.date.text} → ${written}` };
    },
  },
  {
    name: 'a convocation sent the day before the séance',
    code: 'convocation-delay',
    apply(doc, a) {
      const seance = a.model.seance.date?.date;
      const conv = a.model.seance.convocation;
      if (!seance?.year || !conv || !a.model.seance.collectivity) return undefined;
      const written = dayBefore(seance);
      return { text: replaceRange(doc.text, conv.range, written), line: conv.range.start.line, what: `${conv.text} → ${written}` };
    },
  },
  {
    // Fewer names than seats proves nothing (the absent may go unnamed); more names than seats does.
    name: 'a member added to the list of those present',
    code: 'member-count',
    consequences: ['vote-count', 'quorum', 'member-unknown'],
    apply(doc, a) {
      const m = a.model;
      const office = m.seance.membersInOffice;
      const present = m.members.filter((x) => x.attendance === 'present' && !x.from && !x.until && !x.substituteOf);
      const after = present[Math.floor(present.length / 2)];
      if (!office || !after || office.value !== m.members.length) return undefined;
      const line = after.entry.range.start.line;
      const e = after.entry.person.range.end.character;
      const text = setLine(doc.text, line, (x) => `${x.slice(0, e)}, M. Paul NOUVELARRIVANT${x.slice(e)}`);
      return { text, line: office.span.range.start.line, what: 'M. Paul NOUVELARRIVANT added' };
    },
  },
];

const at = (a: Analysis, code: string, line: number) => a.findings.filter((f) => f.code === code && f.range.start.line === line && f.severity !== 'hint');

describe('mutations of the corpus', () => {
  if (!docs) {
    it.skip(`corpus absent (${CORPUS_DIR}): skipped`, () => undefined);
    console.log('corpus absent: skipped');
    return;
  }

  // The mutations are computed when the suite is defined: a document with nothing to mutate one way gets no test.
  const bases = new Map(docs.map((d) => [d.name, analyzeText(d.text, { communes: true })]));

  for (const mutation of MUTATIONS) {
    describe(mutation.name, () => {
      const cases = docs.flatMap((doc) => {
        const m = mutation.apply(doc, bases.get(doc.name)!);
        return m ? [{ doc, m }] : [];
      });

      it('applies to at least one document of the corpus', () => {
        assert.ok(cases.length > 0, `no document to mutate: ${mutation.name}`);
      });

      for (const { doc, m } of cases) {
        it(`${doc.name}: ${m.what} → ${mutation.code} at line ${m.line + 1}`, () => {
          const base = bases.get(doc.name)!;
          assert.notEqual(m.text, doc.text, `mutation had no effect (${m.what})`);
          assert.deepEqual(at(base, mutation.code, m.line), [], `${mutation.code} already at line ${m.line + 1} before the mutation`);
          const after = analyzeText(m.text, { communes: true });
          const found = at(after, mutation.code, m.line);
          assert.ok(
            found.length > 0,
            `${m.what}: no ${mutation.code} at line ${m.line + 1}; got ${after.findings.map((f) => `${f.code}@${f.range.start.line + 1}`).join(', ')}`,
          );
          assert.deepEqual(after.findings.filter((f) => f.code === 'syntax'), [], 'the mutation keeps the text readable');
          // No cascade: the other new errors and warnings are only the consequences the mutation allows.
          const key = (x: Analysis) => problems(x).map((f) => `${f.code}@${f.range.start.line + 1}`);
          const before = key(base);
          const added = key(after).filter((k) => !before.includes(k));
          const allowed = [mutation.code, ...(mutation.consequences ?? [])];
          assert.deepEqual(added.filter((k) => !allowed.includes(k.split('@')[0])), [], `${m.what}: unexpected new findings`);
        });
      }
    });
  }
});
