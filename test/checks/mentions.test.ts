// mention-missing: a whole extract of the register lacking a mandatory mention, or a vote without its votes for.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsOf, textAt } from '../helpers/doc';

const SAMPLE = readFileSync(join(__dirname, '../../../samples/extrait-municipal.delib'), 'utf8');
const drop = (text: string, line: RegExp) => text.split('\n').filter((l) => !line.test(l)).join('\n');

describe('checks: mention-missing', () => {
  it('says nothing of a whole extract that holds every mention', () => {
    assert.deepEqual(findingsOf(SAMPLE, 'mention-missing'), []);
  });

  it('names the missing secretary, with its article, on the title of the extract, in French and English', () => {
    const t = drop(SAMPLE, /^Secrétaire de séance/);
    const f = findingsOf(t, 'mention-missing');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.match(textAt(t, f[0].range), /^EXTRAIT DU REGISTRE/);
    assert.equal(f[0].message, 'Extrait du registre sans le secrétaire de séance (CGCT L2121-15).');
    assert.equal(findingsOf(t, 'mention-missing', { locale: 'en' })[0].message, 'Extract of the register without the secretary of the séance (CGCT L2121-15).');
  });

  it('names every mention missing at once: convocation and vote', () => {
    let t = drop(SAMPLE, /^(Date de convocation|Pour :|Contre :|Abstention :)/);
    t = t.replace(', dûment convoqué,', '').replace(', à la majorité :', ' :');
    const f = findingsOf(t, 'mention-missing');
    assert.equal(f.length, 1);
    assert.equal(f[0].message, 'Extrait du registre sans la date de convocation, le résultat du vote (CGCT L2121-10).');
  });

  it('holds only a whole extract to it: no closing formula, or no « Extrait du registre » title, says nothing', () => {
    const unsigned = drop(SAMPLE, /^(Secrétaire de séance|Fait et délibéré|Pour extrait conforme)/);
    assert.deepEqual(findingsOf(unsigned, 'mention-missing'), [], 'an excerpt cut before its end');
    const minutes = drop(SAMPLE, /^(Secrétaire de séance|EXTRAIT DU REGISTRE)/);
    assert.deepEqual(findingsOf(minutes, 'mention-missing'), [], 'not an extract');
  });

  it('takes a mention as written even where its content is not read (« désigné secrétaire »)', () => {
    const t = SAMPLE.replace(/^Secrétaire de séance : .*$/m, 'Mme Audrey SIBILLE a été désignée pour remplir les fonctions de secrétaire.');
    assert.deepEqual(findingsOf(t, 'mention-missing'), []);
  });

  it('takes « a voté » or « adopté » as the result of the vote', () => {
    const bare = drop(SAMPLE, /^(Pour :|Contre :|Abstention :)/).replace(', à la majorité :', ' :');
    assert.equal(findingsOf(bare, 'mention-missing').length, 1);
    assert.deepEqual(findingsOf(bare.replace('Fait et délibéré', 'Le conseil a voté ces tarifs.\nFait et délibéré'), 'mention-missing'), []);
    assert.deepEqual(findingsOf(bare.replace('Fait et délibéré', 'Adopté.\nFait et délibéré'), 'mention-missing'), []);
  });

  it('asks no vote of a deliberation that takes note (« Le Conseil Municipal donne acte … », « prend acte du débat »)', () => {
    const bare = drop(SAMPLE, /^(Pour :|Contre :|Abstention :)/).replace(', à la majorité :', ' :');
    assert.deepEqual(findingsOf(bare.replace('Fait et délibéré', 'Le Conseil Municipal donne acte de la présentation faite par le Maire.\nFait et délibéré'), 'mention-missing'), []);
    assert.deepEqual(findingsOf(bare.replace('Fait et délibéré', 'Le conseil prend acte de la tenue du débat.\nFait et délibéré'), 'mention-missing'), []);
  });

  it('reports a vote with votes against and abstentions but no votes for, at its first figure', () => {
    const t = drop(SAMPLE, /^Pour :/).replace(', à la majorité :', ' :');
    const f = findingsOf(t, 'mention-missing');
    assert.equal(f.length, 1);
    assert.equal(textAt(t, f[0].range), '2');
    assert.match(t.split('\n')[f[0].range.start.line], /^Contre : 2/);
    assert.equal(f[0].message, 'Vote sans le nombre de voix pour (contre 2, abstention 1).');
  });

  it('says nothing of a vote « à la majorité » or « à l’unanimité » that gives no votes for', () => {
    assert.deepEqual(findingsOf(drop(SAMPLE, /^Pour :/), 'mention-missing'), []);
  });
});
