// What the user controls: the suppression comment « <!-- delib-ignore-next-line CODE --> », severity overrides
// and 'off' (setting deliberation.checks), the locale; and the registry's contract: every code a check reports is
// declared by it and described in codes.ts.
import { CROSS_CODES } from '../../core/workspace/index';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { repoPath } from '../helpers/paths';
import { ALL_CHECKS, CODES } from '../../core/checks/index';
import { analyzeText, findingsOf } from '../helpers/doc';

const TWO_ERRORS = [
  'Séance du mardi 3 mars 2025', // 0: weekday-mismatch (a Monday)
  'Transmis au représentant de l’État le 6 mars 2025', // 1
  '', // 2
  'Poste\tMontant', // 3
  'Loyer\t100 €', // 4
  'Frais\t50 €', // 5
  'Total\t160 €', // 6: total-mismatch
  'Total général\t160 €', // 7: total-mismatch too
].join('\n');

const lines = (text: string, code: string) => findingsOf(text, code).map((f) => f.range.start.line);

describe('suppression comment', () => {
  it('silences the code it names on the next line only', () => {
    assert.deepEqual(lines(TWO_ERRORS, 'total-mismatch').length > 0, true);
    const t = TWO_ERRORS.replace('Séance du mardi', '<!-- delib-ignore-next-line weekday-mismatch -->\nSéance du mardi');
    assert.deepEqual(lines(t, 'weekday-mismatch'), []);
    assert.deepEqual(lines(t, 'total-mismatch'), lines(TWO_ERRORS, 'total-mismatch').map((l) => l + 1), 'other lines keep their findings');
  });

  it('does not silence other codes on that line, nor the same code two lines below', () => {
    const t = TWO_ERRORS.replace('Séance du mardi', '<!-- delib-ignore-next-line total-mismatch -->\nSéance du mardi');
    assert.deepEqual(lines(t, 'weekday-mismatch'), [1]);
    const below = TWO_ERRORS.replace('Poste\tMontant', '<!-- delib-ignore-next-line weekday-mismatch -->\nPoste\tMontant');
    assert.equal(lines(below, 'weekday-mismatch').length, 1);
  });

  it('silences every code of the next line when it names none, and several when it names several', () => {
    const all = TWO_ERRORS.replace('Séance du mardi', '<!-- delib-ignore-next-line -->\nSéance du mardi');
    assert.deepEqual(lines(all, 'weekday-mismatch'), []);
    const t = TWO_ERRORS.replace('Séance du mardi', '<!-- delib-ignore-next-line date-order, weekday-mismatch -->\nSéance du mardi');
    assert.deepEqual(lines(t, 'weekday-mismatch'), []);
  });

  it('is not itself read as text to check', () => {
    const t = '<!-- delib-ignore-next-line weekday-mismatch -->\nSéance du mardi 3 mars 2025';
    assert.deepEqual(analyzeText(t).findings, []);
  });
});

describe('severities and locale', () => {
  it('uses the default severity of the code', () => {
    const a = analyzeText(TWO_ERRORS);
    for (const f of a.findings) assert.equal(f.severity, CODES[f.code].severity, f.code);
  });

  it('applies a severity override per code', () => {
    const a = analyzeText(TWO_ERRORS, { severities: { 'total-mismatch': 'hint', 'weekday-mismatch': 'warning' } });
    const by = (code: string) => a.findings.filter((f) => f.code === code).map((f) => f.severity);
    assert.ok(by('total-mismatch').length > 0 && by('total-mismatch').every((s) => s === 'hint'));
    assert.deepEqual(by('weekday-mismatch'), ['warning']);
  });

  it('turns a check off with « off », leaving the others', () => {
    const a = analyzeText(TWO_ERRORS, { severities: { 'total-mismatch': 'off' } });
    assert.ok(!a.findings.some((f) => f.code === 'total-mismatch'));
    assert.ok(a.findings.some((f) => f.code === 'weekday-mismatch'));
  });

  it('writes the messages in English with locale en, in French by default', () => {
    const fr = analyzeText(TWO_ERRORS).findings.find((f) => f.code === 'weekday-mismatch')!;
    const en = analyzeText(TWO_ERRORS, { locale: 'en' }).findings.find((f) => f.code === 'weekday-mismatch')!;
    assert.match(fr.message, /est un lundi/);
    assert.match(en.message, /is a Monday/);
    assert.deepEqual(en.range, fr.range);
  });
});

describe('registry of checks', () => {
  it('describes every code a check declares, in French and English', () => {
    for (const check of ALL_CHECKS) {
      for (const code of check.codes) {
        assert.ok(CODES[code], `${check.name}: code ${code} missing from codes.ts`);
        assert.ok(CODES[code].fr && CODES[code].en, code);
      }
    }
  });

  it('has a check for every code of codes.ts', () => {
    // « roster » is reported on the roster file itself (core/roster/parse.ts), not on a document; the checks across
    // acts by core/workspace/cross.ts, over the workspace.
    const declared = new Set([...ALL_CHECKS.flatMap((c) => c.codes), 'roster', ...CROSS_CODES]);
    assert.deepEqual(Object.keys(CODES).filter((c) => !declared.has(c)), []);
  });

  it('documents every code in docs/checks.md, with its default severity', () => {
    const doc = readFileSync(repoPath('docs', 'checks.md'), 'utf8');
    const missing = Object.entries(CODES).filter(([code, c]) => !doc.includes(`### \`${code}\` — ${c.severity}`));
    assert.deepEqual(missing.map(([code]) => code), []);
  });

  it('reports only codes the check declares: a code turned off is never reported', () => {
    // A document that raises many codes; turning off each code in turn must remove exactly its findings.
    const text = [
      TWO_ERRORS,
      'Nombre de conseillers en exercice : 9',
      'Présents : 5',
      'Étaient présents : M. Jean DUPONT, Mme Anne MARTIN, M. Jean DUPONT, M. Paul DUPONT',
      'Étaient absents excusés : M. Luc PETIT (pouvoir à Mme Zoé ABSENTE), Mme Zoé ABSENTE',
      'Mandants : E. PETIT,',
      'Mandataires : DUPONT,',
      'Délibération n°3',
      'A l’unanimité',
      'Pour : 1',
      'Contre : 1',
      'CONVENTION DE PARTENARIAT',
      'Article 2 - Objet',
      'Voir l’article 9.',
    ].join('\n');
    const all = analyzeText(text).findings;
    const codes = [...new Set(all.map((f) => f.code))];
    assert.ok(codes.length >= 8, codes.join(', '));
    for (const code of codes) {
      const owner = ALL_CHECKS.filter((c) => c.codes.includes(code));
      assert.ok(owner.length > 0, `no check declares ${code}`);
      const off = analyzeText(text, { severities: Object.fromEntries(owner[0].codes.map((c) => [c, 'off'])) }).findings;
      const others = (fs: typeof all) => fs.filter((f) => !owner[0].codes.includes(f.code)).map((f) => `${f.code}@${f.range.start.line}`);
      assert.deepEqual(others(off), others(all), `turning off ${owner[0].name} changes other codes`);
      assert.ok(!off.some((f) => owner[0].codes.includes(f.code)), `${owner[0].name} still reports with its codes off`);
    }
  });
});
