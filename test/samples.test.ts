// The sample documents of samples/: the three top-level ones are correct acts (no error or warning: `npm start`
// relies on it), and samples/erreurs/ shows the typical mistakes the README describes, each where it is.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { analyze } from '../core/analyze';
import { tryLoadCommuneIndex } from '../core/communes/index';
import { repoPath } from './helpers/paths';

const { index: communes } = tryLoadCommuneIndex();
const read = (...p: string[]) => readFileSync(repoPath('samples', ...p), 'utf8');

describe('samples', () => {
  const files = readdirSync(repoPath('samples')).filter((f) => f.endsWith('.delib')).sort();

  it('holds the three documents written for the project', () => {
    assert.deepEqual(files, ['convention-subvention.delib', 'extrait-communautaire.delib', 'extrait-municipal.delib']);
  });

  for (const f of files) {
    it(`${f} has no error or warning`, () => {
      const bad = analyze(read(f), { communes }).findings.filter((x) => x.severity === 'error' || x.severity === 'warning');
      assert.deepEqual(bad.map((x) => `${x.range.start.line + 1} ${x.code} ${x.message}`), []);
    });
  }

  it('extrait-communautaire: 69 present and 8 proxies at report 4.1, votes of 77', () => {
    const m = analyze(read('extrait-communautaire.delib'), { communes }).model;
    const p = m.presenceAt('4.1');
    assert.equal(m.members.length, 83);
    assert.equal(p.present.length, 69);
    assert.equal(p.proxies.length, 8);
    const v = m.reports[0].vote!;
    assert.equal(v.pour!.value + v.contre!.value + v.abstention!.value + v.nppv!.value, 77);
  });

  it('erreurs/extrait-avec-erreurs shows the five mistakes, each on its line', () => {
    const found = analyze(read('erreurs', 'extrait-avec-erreurs.delib'), { communes }).findings
      .filter((x) => x.severity === 'error' || x.severity === 'warning')
      .map((x) => `${x.range.start.line + 1} ${x.code}`);
    assert.deepEqual(found, ['5 weekday-mismatch', '11 commune-spelling', '30 vote-count', '59 article-numbering', '70 total-mismatch']);
  });
});
