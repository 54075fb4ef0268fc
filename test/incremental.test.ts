// The analysis of a register after an edit that keeps what the analysis before read of the acts the edit leaves alone
// (core/analyze.ts, `previous`): after every edit of many random ones, its findings, outline, facts of each act and
// summaries are those of a whole analysis of the same text; an edit in one act models that act only.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { actAt, analyze, modelCount, type Analysis } from '../core/analyze';
import { tryLoadCommuneIndex } from '../core/communes/index';
import { inspect } from '../core/features/inspect';
import { summariesOf } from '../core/workspace/index';
import { generateRegister, prng } from '../bench/generate';
import { repoPath } from './helpers/paths';

const { index: communes } = tryLoadCommuneIndex();
const TITLE = 'Extrait du registre des délibérations';
/** More edits, and other ones, when asked (DELIB_EDITS=1000 DELIB_SEED=5): the same test, longer. */
const STEPS = Number(process.env.DELIB_EDITS) || 70;
const SEED = Number(process.env.DELIB_SEED) || 0;

/** Acts of the corpus one after the other, each opening with its « Extrait du registre » line, as a register holds them. */
function register(files: string[]): string {
  return files
    .map((f) => {
      const text = readFileSync(f, 'utf8').replace(/^\ufeff/, '').replace(/\s+$/, '');
      return /^\s*(?:\S.*\n){0,8}?\s*\**extrait\s+d[ue]s?\s+registres?/i.test(text.slice(0, 2000)) ? text : `${TITLE}\n\n${text}`;
    })
    .join('\n\n\n');
}

function corpusFiles(dir: string): string[] {
  return readdirSync(repoPath('corpus', dir)).filter((f) => f.endsWith('.delib')).sort().map((f) => repoPath('corpus', dir, f));
}

/** Whether a corpus file's answer file states two acts on one line. */
function twoToALine(file: string): boolean {
  const lines = (JSON.parse(readFileSync(file.replace(/\.delib$/, '.expected.json'), 'utf8')).acts as { line: number }[]).map((a) => a.line);
  return new Set(lines).size < lines.length;
}

type Edit = (text: string, pick: (n: number) => number) => string;

const lineStarts = (text: string) => {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
};
const anyLine = (text: string, pick: (n: number) => number) => {
  const starts = lineStarts(text);
  const k = pick(starts.length);
  const end = text.indexOf('\n', starts[k]);
  return { start: starts[k], end: end < 0 ? text.length : end + 1 };
};
const titles = (text: string) => [...text.matchAll(/^\**extrait\s+d[ue]s?\s+registres?.*$/gim)].map((m) => m.index!);
/** The text without one of the lines that start at the given offsets. */
const deleteLineOf = (t: string, starts: number[], pick: (n: number) => number) => {
  if (starts.length === 0) return t;
  const at = starts[pick(starts.length)];
  const end = t.indexOf('\n', at);
  return t.slice(0, at) + t.slice(end < 0 ? t.length : end + 1);
};

const EDITS: Record<string, Edit> = {
  'insert a character': (t, pick) => {
    const at = pick(t.length + 1);
    return t.slice(0, at) + ' a,é:\n0*|\t€'[pick(11)] + t.slice(at);
  },
  'delete a character': (t, pick) => {
    const at = pick(t.length);
    return t.slice(0, at) + t.slice(at + 1);
  },
  'replace a character': (t, pick) => {
    const at = pick(t.length);
    return t.slice(0, at) + 'xX1 '[pick(4)] + t.slice(at + 1);
  },
  'insert a line': (t, pick) => {
    const from = anyLine(t, pick), at = anyLine(t, pick);
    return t.slice(0, at.start) + t.slice(from.start, from.end).replace(/\n?$/, '\n') + t.slice(at.start);
  },
  'delete a line': (t, pick) => {
    const l = anyLine(t, pick);
    return t.slice(0, l.start) + t.slice(l.end);
  },
  'insert a blank line': (t, pick) => {
    const at = anyLine(t, pick);
    return `${t.slice(0, at.start)}\n${t.slice(at.start)}`;
  },
  'paste a paragraph': (t, pick) => {
    const from = anyLine(t, pick), at = anyLine(t, pick);
    const to = t.indexOf('\n\n', from.start);
    const paragraph = t.slice(from.start, to < 0 ? t.length : Math.min(to + 1, from.start + 3000));
    return t.slice(0, at.start) + paragraph.replace(/\n?$/, '\n') + t.slice(at.start);
  },
  "delete an act's title line": (t, pick) => deleteLineOf(t, titles(t), pick),
  'join two acts': (t, pick) => {
    const all = titles(t);
    if (all.length === 0) return t;
    let at = all[pick(all.length)];
    // Back over the blank lines above its title: the act goes on right after the line before, no blank line between.
    let start = at;
    while (start > 0 && /\n\s*$/.test(t.slice(Math.max(0, start - 2), start))) start--;
    at = start;
    return `${t.slice(0, at)}\n${t.slice(at).replace(/^\s+/, '')}`;
  },
  "add an « Extrait du registre » line inside an act": (t, pick) => {
    const at = anyLine(t, pick);
    return `${t.slice(0, at.start)}${pick(2) ? '\n' : ''}${TITLE} du conseil municipal\n${t.slice(at.start)}`;
  },
  'add a suppression comment': (t, pick) => {
    const at = anyLine(t, pick);
    return `${t.slice(0, at.start)}<!-- delib-ignore-next-line -->\n${t.slice(at.start)}`;
  },
  'restore two blank lines before a title': (t, pick) => {
    const all = titles(t);
    if (all.length === 0) return t;
    const at = all[pick(all.length)];
    return `${t.slice(0, at)}\n\n\n${t.slice(at)}`;
  },
};

/** Minutes of several séances one after the other, each opening with its heading and its attendance (no extract title). */
function minutes(files: string[]): string {
  const names = ['M. Paul NOIR', 'Mme Anne BLANC', 'M. Luc GRIS', 'Mme Eve ROSE', 'M. Marc VERT'];
  return files
    .map((f, k) => {
      const body = readFileSync(f, 'utf8').replace(/^\ufeff/, '').replace(/\s+$/, '');
      return `SÉANCE DU MARDI ${k + 1} JUIN 2016\nPrésents :\n${names.slice(k % 2).join(', ')}\nAbsents excusés :\n${names[k % 5]}\n\n${body}`;
    })
    .join('\n\n\n');
}
const seanceHeadings = (text: string) => [...text.matchAll(/^SÉANCE DU .*$/gm)].map((m) => m.index!);
const SEANCE_EDITS: Record<string, Edit> = {
  'delete a séance heading': (t, pick) => deleteLineOf(t, seanceHeadings(t), pick),
  'add a séance heading and its attendance inside an act': (t, pick) => {
    const at = anyLine(t, pick);
    return `${t.slice(0, at.start)}SÉANCE DU JEUDI 30 JUIN 2016\n${pick(2) ? 'Présents : M. Paul NOIR, Mme Anne BLANC\n' : ''}${t.slice(at.start)}`;
  },
  'delete the label under a séance heading': (t, pick) => {
    const all = seanceHeadings(t);
    if (all.length === 0) return t;
    const at = t.indexOf('Présents :', all[pick(all.length)]);
    return at < 0 ? t : t.slice(0, at) + t.slice(at + 'Présents :'.length);
  },
};

/** What a whole analysis and one that kept acts must agree on. */
function observed(a: Analysis) {
  return {
    findings: a.findings,
    outline: a.outline,
    facts: inspect(a, 'register.delib'),
    summaries: summariesOf(a),
  };
}

describe('incremental analysis of registers', function () {
  this.timeout(600_000);

  const real = corpusFiles('real');
  const samples = corpusFiles('samples');
  const registers = [
    { name: 'corpus acts (real)', text: register(real.filter((_, i) => i % 37 === 3).slice(0, 8)) },
    { name: 'corpus acts (real, others) and samples', text: register([...samples, ...real.filter((_, i) => i % 41 === 10).slice(0, 5)]) },
    { name: 'generated register', text: generateRegister({ deliberations: 6, meanBytes: 12 * 1024, seed: 13 }) },
    // (Minutes of several séances, each act started by its heading and attendance: the edits that make and unmake such
    // a start too.)
    { name: 'minutes of several séances', text: minutes(real.filter((_, i) => i % 43 === 5).slice(0, 6)), edits: SEANCE_EDITS },
    // (Acts flattened two to a line, whose answer files state two acts on one line: acts that start inside a line.)
    { name: 'acts two to a line', text: register([...real.filter(twoToALine), ...real.filter((_, i) => i % 53 === 7).slice(0, 2)]) },
  ];

  for (const { name, text: start, edits } of registers as { name: string; text: string; edits?: Record<string, Edit> }[]) {
    it(`${name}: after each random edit, the same findings, outline, facts and summaries as a whole analysis`, () => {
      const random = prng(name.length * 7919 + 17 + SEED);
      const pick = (n: number) => Math.floor(random() * n);
      const all = { ...EDITS, ...edits };
      const kinds = Object.keys(all);
      let text = start;
      let kept = analyze(text, { communes });
      assert.ok(kept.acts.length >= 4, `${kept.acts.length} acts`);
      let incremental = 0;
      for (let step = 0; step < STEPS; step++) {
        const kind = kinds[pick(kinds.length)];
        text = all[kind](text, pick);
        const models = modelCount.value;
        const next = analyze(text, { communes, previous: kept });
        if (modelCount.value - models < next.acts.length - 1) incremental++;
        const whole = analyze(text, { communes });
        const where = `step ${step} (${kind}), ${whole.acts.length} acts`;
        assert.deepEqual(next.findings, whole.findings, `findings, ${where}`);
        assert.deepEqual(next.outline, whole.outline, `outline, ${where}`);
        // Every other step, the facts and summaries (they make the models of moved acts): the next edit then starts
        // from an analysis whose acts were modelled again, or not.
        if (step % 2 === 0) assert.deepEqual(observed(next), observed(whole), `facts, ${where}`);
        const line = pick(whole.doc.lines.length);
        assert.deepEqual(actAt(next, line).doc.range, actAt(whole, line).doc.range, `act at line ${line}, ${where}`);
        kept = next;
      }
      // (An edit that leaves two acts with no blank line between them makes the next ones whole analyses, until one is put back.)
      assert.ok(incremental >= STEPS / 5, `only ${incremental} of ${STEPS} edits kept acts`);
    });
  }

  it('an edit in one act of a large register models that act only, and keeps the others’ findings', () => {
    const text = generateRegister({ deliberations: 20, meanBytes: 20 * 1024, seed: 21 });
    const first = analyze(text, { communes });
    assert.equal(first.acts.length, 20);
    const act = first.acts[9].doc;
    const at = text.indexOf('\n', act.offset + Math.floor((act.end - act.offset) / 2));
    const edited = `${text.slice(0, at)} ajouté\nUne ligne de plus.${text.slice(at)}`;
    const models = modelCount.value;
    const next = analyze(edited, { communes, previous: first });
    assert.equal(modelCount.value - models, 1, 'acts modelled after the edit');
    assert.deepEqual(next.findings, analyze(edited, { communes }).findings);
    // The acts after it moved by a line: their facts are those of a whole analysis (their models made again).
    assert.deepEqual(inspect(next, 'r.delib'), inspect(analyze(edited, { communes }), 'r.delib'));
  });

  it('reads again an act that starts at a title inside the text when a start is put in the act before it (its start rests on that act’s list)', () => {
    // (Each act's body long enough that the edit is far from the next act's start.)
    const body = Array.from({ length: 30 }, (_, k) => `Considérant le point ${k + 1} de l’exposé du rapporteur.\n`).join('');
    const act = (k: number) => `Extrait du registre des délibérations du conseil municipal\nSéance du ${k} janvier 2023\nPrésents : M. Paul NOIR, Mme Anne BLANC, M. Luc GRIS\nNombre de conseillers en exercice : 3\n\n${body}Le conseil approuve à l’unanimité.\n\n\n`;
    const minutes = 'PROCES-VERBAL CONSEIL COMMUNAUTAIRE DU 19 JANVIER 2023 A POUILLY 19H00 Présents : M NOIR Henri, M BLANC Bernard, M GRIS Jean-Luc, M ROSE Alain. Nombre de conseillers en exercice : 41. Le conseil approuve à l’unanimité.\n\n\n';
    const text = `${act(10)}${act(11)}${minutes}${act(12)}`;
    const first = analyze(text, { communes });
    assert.equal(first.acts.length, 4);
    // A title put below the second act's list: the minutes' title now follows a text that lists no one present.
    const at = text.indexOf('\nConsidérant', text.indexOf('11 janvier'));
    const edited = `${text.slice(0, at)}\n\nExtrait du registre des délibérations du conseil municipal${text.slice(at)}`;
    const next = analyze(edited, { communes, previous: first });
    const whole = analyze(edited, { communes });
    assert.deepEqual(next.acts.map((a) => a.doc.range), whole.acts.map((a) => a.doc.range));
    assert.deepEqual(next.findings, whole.findings);
  });
});
