// majority-mismatch: the absolute majority stated against the votes it is stated for.
import assert from 'node:assert/strict';
import { findingsOf, textAt } from '../helpers/doc';

const ELECTION = [
  'Élection du maire', // 0
  'Premier tour de scrutin', // 1
  'Nombre de votants : 33', // 2
  'Bulletins blancs ou nuls : 1', // 3
  'Suffrages exprimés : 32', // 4
  'Majorité absolue : 17', // 5
  'M. Jean DUPONT a obtenu 30 voix.', // 6
].join('\n');

describe('checks: majority-mismatch', () => {
  it('says nothing when the majority is the half of the suffrages exprimés plus one', () => {
    assert.deepEqual(findingsOf(ELECTION, 'majority-mismatch'), []);
    assert.deepEqual(findingsOf('Conseillers en exercice : 29 - Présents : 25 - Votants : 28 - Majorité absolue : 15', 'majority-mismatch'), []);
  });

  it('reports a stated majority that is not that of the suffrages exprimés, at the figure, in French and English', () => {
    const t = ELECTION.replace('Majorité absolue : 17', 'Majorité absolue : 18');
    const f = findingsOf(t, 'majority-mismatch');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'error');
    assert.equal(f[0].range.start.line, 5);
    assert.equal(textAt(t, f[0].range), '18');
    assert.match(f[0].message, /Majorité absolue indiquée : 18 ; pour 32 suffrages exprimés, elle est de 17/);
    assert.match(findingsOf(t, 'majority-mismatch', { locale: 'en' })[0].message, /for 32 votes cast, it is 17/);
    assert.equal(f[0].related?.[0].range.start.line, 4, 'the figure it rests on');
  });

  it('takes the voters on a line of counts when no blank or spoilt ballot is mentioned', () => {
    const t = 'Conseillers en exercice : 33 - Présents : 29 - Votants : 33 - Majorité absolue : 11';
    const f = findingsOf(t, 'majority-mismatch');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /pour 33 votants, elle est de 17/);
  });

  it('says nothing when blank ballots are mentioned without the suffrages exprimés, or when no figure is stated before', () => {
    assert.deepEqual(findingsOf('Votants : 33\nBulletins blancs : 2\nMajorité absolue : 16', 'majority-mismatch'), []);
    assert.deepEqual(findingsOf('Majorité absolue : 16\nVotants : 33', 'majority-mismatch'), []);
  });
});
