// Checks on money: total-mismatch, amount-mismatch, percent-mismatch, budget-unbalanced.
import assert from 'node:assert/strict';
import { analyzeText, applyEdits, findingsOf, flat, lineOf, textAt } from '../helpers/doc';

const BUDGET = [
  'Annexe 1 : budget prévisionnel',
  '',
  'Charges\tMontant',
  'Personnel\t60 000 €',
  'Loyer\t30 000 €',
  'TOTAL\t90 000 €',
  '',
  'Produits\tMontant',
  'Commune\t25 000 €',
  'Etat\t65 000 €',
  'TOTAL\t90 000 €',
].join('\n');

describe('checks: total-mismatch', () => {
  const wrong = BUDGET.replace('TOTAL\t90 000 €', 'TOTAL\t95 000 €');

  it('reports a total that is not the sum of its rows, at the stated amount, with both figures', () => {
    const f = findingsOf(wrong, 'total-mismatch');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'error');
    assert.equal(f[0].range.start.line, 5);
    assert.equal(textAt(wrong, f[0].range), '95 000 €');
    assert.match(flat(f[0].message), /90 000 €.*95 000 €.*5 000 €/);
    assert.deepEqual(f[0].related?.map((r) => r.range.start.line), [3, 4]);
  });

  it('says nothing when the totals are right', () => {
    assert.deepEqual(findingsOf(BUDGET, 'total-mismatch'), []);
  });

  it('checks a subtotal against the rows since the table start, and does not count it twice in the total', () => {
    const text = [
      'Financeurs\tMontant',
      'Etat\t100 €',
      'Région\t200 €',
      'Sous-total financements publics\t300 €',
      'Autofinancement\t700 €',
      'Total recettes\t1 000 €',
    ].join('\n');
    assert.deepEqual(findingsOf(text, 'total-mismatch'), [], 'subtotal and total right');
    const sub = text.replace('Sous-total financements publics\t300 €', 'Sous-total financements publics\t350 €');
    const f = findingsOf(sub, 'total-mismatch');
    assert.deepEqual(f.map((x) => x.range.start.line), [3], 'the wrong subtotal only: the total is the sum of the rows');
    assert.match(flat(f[0].message), /300 €.*sous-total.*350 €/);
    const both = sub.replace('Total recettes\t1 000 €', 'Total recettes\t1 050 €');
    assert.deepEqual(findingsOf(both, 'total-mismatch').map((x) => x.range.start.line), [3, 5], 'a total built on the wrong subtotal is wrong too');
  });

  it('does not take a price list for a table with a total', () => {
    const text = 'Quotient familial\tPrix du repas\nQF inférieur à 600\t2,90 €\nQF de 600 à 1 000\t3,85 €\nEnfant extérieur\t5,40 €';
    assert.deepEqual(findingsOf(text, 'total-mismatch'), []);
  });

  it('counts cents exactly', () => {
    const text = 'Poste\tMontant\nA\t0,10 €\nB\t0,20 €\nTotal\t0,30 €';
    assert.deepEqual(findingsOf(text, 'total-mismatch'), []);
    assert.equal(findingsOf(text.replace('0,30 €', '0,31 €'), 'total-mismatch').length, 1);
  });

  it('has a quick fix that writes the computed sum, and the fixed text has no finding', () => {
    const [f] = findingsOf(wrong, 'total-mismatch');
    assert.equal(f.fixes?.length, 1);
    const fixed = applyEdits(wrong, f.fixes![0].edits);
    assert.equal(fixed.split('\n')[5].replace(/[\u00a0\u202f]/g, ' '), 'TOTAL\t90 000 €');
    assert.deepEqual(findingsOf(fixed, 'total-mismatch'), []);
  });

  it('speaks English with locale en', () => {
    const [f] = findingsOf(wrong, 'total-mismatch', { locale: 'en' });
    assert.match(flat(f.message), /^The rows add up to 90 000 €; the total says 95 000 €/);
  });
});

describe('checks: amount-mismatch', () => {
  const text = [
    'Article 1 - Objet', // 0
    'La présente convention a pour objet le soutien de la Commune, qui attribue une subvention de 25 000 €.', // 1
    '', // 2
    'Article 2 - Montant', // 3
    'La Commune attribue une subvention de 25 000 € pour l’année 2025.', // 4
    '', // 5
    'Article 3 - Versement', // 6
    'La subvention de 20 000 € sera versée en une fois.', // 7
  ].join('\n');

  it('takes no threshold of a rule for a value of the subsidy (« toute subvention supérieure à 23 000 euros »)', () => {
    const t = text.replace('La subvention de 20 000 € sera versée en une fois.', 'La subvention de 25 000 € sera versée en une fois, une convention étant exigée pour toute subvention supérieure à 23 000 euros.');
    assert.deepEqual(findingsOf(t, 'amount-mismatch'), []);
  });

  it('reports the odd value out, with the value stated elsewhere and its lines', () => {
    const f = findingsOf(text, 'amount-mismatch');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].range.start.line, 7);
    assert.equal(textAt(text, f[0].range), '20 000 €');
    assert.match(flat(f[0].message), /subvention vaut ici 20 000 €, mais 25 000 € ailleurs \(lignes 2, 5\)/);
    assert.match(flat(findingsOf(text, 'amount-mismatch', { locale: 'en' })[0].message), /subsidy is 20 000 € here, but 25 000 €/);
  });

  it('says nothing when the values agree', () => {
    assert.deepEqual(findingsOf(text.replace('20 000 €', '25 000 €'), 'amount-mismatch'), []);
  });

  it('does not compare amounts of different roles, nor shares, balances and advances', () => {
    const t = [
      'La subvention de 25 000 € est attribuée pour un budget prévisionnel de 118 500 €.',
      'Un acompte de 10 000 € est versé à la signature, le solde de 15 000 € ensuite.',
      'La subvention est versée en deux fois : 60 %, soit 15 000 €, puis 40 %, soit 10 000 €.',
      'Montant de l’opération : 41 000 €',
    ].join('\n');
    assert.deepEqual(findingsOf(t, 'amount-mismatch'), []);
  });

  it('does not take a list of subsidies to several beneficiaries for one amount misstated', () => {
    const t = [
      'Article 1 - Objet',
      'Le conseil attribue une subvention de 1 000 € au club de football.',
      'Le conseil attribue une subvention de 2 000 € à l’école de musique.',
      'Le conseil attribue une subvention de 3 000 € au comité des fêtes.',
    ].join('\n');
    assert.deepEqual(findingsOf(t, 'amount-mismatch'), []);
  });

  it('compares the programme budget of the prose with the total of the budget annex', () => {
    const t = ['Article 1 - Objet', 'Le budget prévisionnel de l’action est de 100 000 €.', '', BUDGET].join('\n');
    const f = findingsOf(t, 'amount-mismatch');
    assert.deepEqual(f.map((x) => x.range.start.line), [1]);
    assert.match(flat(f[0].message), /100 000 €.*90 000 €/);
  });
});

describe('checks: percent-mismatch', () => {
  const text = [
    'La subvention de 25 000 € sera versée de la façon suivante :',
    '',
    '- 60 %, soit 15 000 €, à la signature,',
    '- le solde de 40 %, soit 10 000 €, sur production du compte rendu.',
  ].join('\n');

  it('says nothing when the shares are right and make the whole', () => {
    assert.deepEqual(findingsOf(text, 'percent-mismatch'), []);
  });

  it('reports a share that is not its percentage of the subsidy, with the right figure', () => {
    const t = text.replace('60 %, soit 15 000 €', '60 %, soit 16 000 €');
    const f = findingsOf(t, 'percent-mismatch');
    assert.equal(f[0].range.start.line, 2);
    assert.equal(textAt(t, f[0].range), '60 %, soit 16 000 €');
    assert.match(flat(f[0].message), /60 % de 25 000 € font 15 000 €, pas 16 000 €/);
    assert.match(flat(findingsOf(t, 'percent-mismatch', { locale: 'en' })[0].message), /60 % of 25 000 € is 15 000 €, not 16 000 €/);
  });

  it('reports instalments that do not make the whole', () => {
    const t = text.replace('40 %, soit 10 000 €', '30 %, soit 7 500 €');
    const f = findingsOf(t, 'percent-mismatch');
    assert.deepEqual(f.map((x) => x.range.start.line), [3]);
    assert.match(flat(f[0].message), /90 %.*22 500 €.*25 000 €/);
  });

  it('does not check a percentage of another base against the subsidy', () => {
    const t = 'Le coût du projet est de 200 000 €, dont 25 %, soit 50 000 €, pris en charge par l’Etat.\nLa subvention de la commune est de 10 000 €.';
    assert.deepEqual(findingsOf(t, 'percent-mismatch'), []);
  });
});

describe('checks: budget-unbalanced', () => {
  it('says nothing on a balanced plan', () => {
    assert.deepEqual(findingsOf(BUDGET, 'budget-unbalanced'), []);
  });

  it('reports receipts that differ from expenses, with both totals and the difference', () => {
    const t = BUDGET.replace('Etat\t65 000 €', 'Etat\t55 000 €').replace(/TOTAL\t90 000 €$/, 'TOTAL\t80 000 €');
    const f = findingsOf(t, 'budget-unbalanced');
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.line, 10);
    assert.match(flat(f[0].message), /dépenses 90 000 €, recettes 80 000 €/);
    assert.match(flat(findingsOf(t, 'budget-unbalanced', { locale: 'en' })[0].message), /expenses 90 000 €, receipts 80 000 €/);
    assert.deepEqual(findingsOf(t, 'total-mismatch'), [], 'each table adds up: only the balance is wrong');
  });

  it('does not pair tables of different annexes', () => {
    const t = [
      'Annexe 1 : dépenses',
      'Dépenses\tMontant',
      'Personnel\t60 000 €',
      'TOTAL\t60 000 €',
      '',
      'Annexe 2 : recettes de l’exercice précédent',
      'Recettes\tMontant',
      'Etat\t50 000 €',
      'TOTAL\t50 000 €',
    ].join('\n');
    assert.deepEqual(findingsOf(t, 'budget-unbalanced'), []);
  });

  it('does not take two tables of the same side for a plan', () => {
    const t = 'Dépenses 2024\tMontant\nA\t10 €\nTotal\t10 €\n\nDépenses 2025\tMontant\nA\t20 €\nTotal\t20 €';
    assert.deepEqual(findingsOf(t, 'budget-unbalanced'), []);
  });
});

describe('checks: money on a whole analysis', () => {
  it('reports nothing of money on a convention whose figures agree', () => {
    const t = [
      'Article 1 - Objet',
      'La présente convention a pour objet le soutien. La Commune attribue une subvention de 25 000 € pour un budget prévisionnel de 90 000 €.',
      '',
      BUDGET,
    ].join('\n');
    const codes = analyzeText(t).findings.map((f) => f.code);
    for (const c of ['total-mismatch', 'amount-mismatch', 'percent-mismatch', 'budget-unbalanced']) assert.ok(!codes.includes(c), c);
    assert.equal(lineOf(t, 'TOTAL'), 8);
  });
});
