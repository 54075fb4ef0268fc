// The model: members and their attendance, presence per report against the ordre de passage, proxies,
// resolution of initials, votes, interested councillors, tables and their totals in cents, roles of amounts.
import assert from 'node:assert/strict';
import { analyzeText, textAt } from './helpers/doc';
import type { Model } from '../core/model/types';
import { initialsOf, surnameKey } from '../core/model/people';
import { foldAccents } from '../core/text/fold';

const SEANCE = [
  'Séance du jeudi 16 novembre 2017', // 0
  'Conseillers communautaires en exercice : 8', // 1
  'Ordre de passage des rapports : 1.1, 1.2, 2.1, 2.2', // 2
  "Étaient présents : Besançon : M. Jacques GROSPERRIN, M. Jean DUPONT (à partir du 1.2), Mme Anne MARTIN (jusqu'au 2.1) Roset-Fluans : M. Arnaud GROSPERRIN Avanne-Aveney : Mme Marie-Jeanne BERNABEU suppléante de M. Alain PARIS", // 3
  'Étaient absents : Besançon : M. Paul DURAND, Mme Julie DURAND, M. Luc PETIT', // 4
  '', // 5
  'Procurations de vote :', // 6
  'Mandants : P. DURAND, J. DURAND (à partir du 2.1), L. PETIT,', // 7
  'Mandataires : J. GROSPERRIN, A. GROSPERRIN (à partir du 2.1), J. DUPONT (à partir du 1.2),', // 8
  '', // 9
  'Rapport n°2.2 - Subvention au club', // 10
  'M. J. DUPONT (2), conseiller intéressé, ne prend pas part au vote.', // 11
  'Pour : 5', // 12
  'Contre : 0', // 13
  'Abstention : 0', // 14
  'Ne prennent pas part au vote : 2', // 15
].join('\n');

const names = (ms: { given?: string; surname: string }[]) => ms.map((m) => `${m.given} ${m.surname}`);

describe('model: members and attendance', () => {
  const m = analyzeText(SEANCE).model;

  it('lists the members of each attendance list, with their commune', () => {
    assert.deepEqual(
      m.members.map((x) => [x.given, x.surname, x.attendance, x.commune?.name]),
      [
        ['Jacques', 'GROSPERRIN', 'present', 'Besançon'],
        ['Jean', 'DUPONT', 'present', 'Besançon'],
        ['Anne', 'MARTIN', 'present', 'Besançon'],
        ['Arnaud', 'GROSPERRIN', 'present', 'Roset-Fluans'],
        ['Marie-Jeanne', 'BERNABEU', 'present', 'Avanne-Aveney'],
        ['Paul', 'DURAND', 'absent', 'Besançon'],
        ['Julie', 'DURAND', 'absent', 'Besançon'],
        ['Luc', 'PETIT', 'absent', 'Besançon'],
      ],
    );
  });

  it('counts a substitute as one seat, in place of the member replaced', () => {
    const sub = m.members.find((x) => x.surname === 'BERNABEU')!;
    assert.equal(sub.substituteOf?.surname, 'PARIS');
    assert.ok(!m.members.some((x) => x.surname === 'PARIS'));
    assert.equal(m.members.length, m.seance.membersInOffice?.value);
    assert.deepEqual(analyzeText(SEANCE).findings.filter((f) => f.code === 'member-count'), []);
  });

  it('reads the declared counts and the ordre de passage', () => {
    assert.equal(m.seance.membersInOffice?.value, 8);
    assert.deepEqual(m.seance.order.map((o) => o.number), ['1.1', '1.2', '2.1', '2.2']);
    assert.deepEqual(m.seance.date?.date, { ...m.seance.date!.date, year: 2017, month: 11, day: 16 });
  });

  it('applies arrivals and departures per report', () => {
    const at = (r: string) => names(m.presenceAt(r).present);
    assert.ok(!at('1.1').includes('Jean DUPONT'), 'arrives at 1.2');
    assert.ok(at('1.2').includes('Jean DUPONT'));
    assert.ok(at('2.1').includes('Anne MARTIN'), 'leaves after 2.1');
    assert.ok(!at('2.2').includes('Anne MARTIN'));
    assert.equal(m.presenceAt('2.2').present.length, 4);
    assert.ok(names(m.presenceAt('2.2').absent).includes('Anne MARTIN'));
    assert.equal(m.presenceAt('1.1').present.length + m.presenceAt('1.1').absent.length, 8);
  });
});

describe('model: the member who presides', () => {
  const text = [
    'COMMUNE DE SAINT-VIT',
    '',
    'Séance du jeudi 6 mars 2025',
    '',
    'Nombre de conseillers en exercice : 4',
    'Présents : 3',
    '',
    'Le conseil municipal s’est réuni sous la présidence de M. Pierre MARTIN, Maire.',
    '',
    'Étaient présents : Mme Anne DURAND, M. Paul PETIT',
    'Absent : M. Jean BLANC',
  ].join('\n');

  it('counts the president present when the list of those present leaves them out', () => {
    const m = analyzeText(text).model;
    assert.deepEqual(m.presenceAt().present.map((x) => x.surname).sort(), ['DURAND', 'MARTIN', 'PETIT']);
    assert.equal(m.members.length, 4);
    assert.deepEqual(analyzeText(text).findings.filter((f) => f.code === 'member-count'), []);
  });

  it('does not count the president twice when the list names them', () => {
    const listed = text.replace('Étaient présents : Mme Anne DURAND', 'Étaient présents : M. Pierre MARTIN, Mme Anne DURAND');
    const m = analyzeText(listed).model;
    assert.equal(m.members.filter((x) => x.surname === 'MARTIN').length, 1);
  });
});

describe('model: arrivals and departures « après » and « avant » a report', () => {
  it('excludes the report named by « après le … » and « départ avant le … », includes it for « à partir du », « jusqu’au », « départ après »', () => {
    const mm = analyzeText(
      "Ordre de passage des rapports : 1.1, 1.2, 1.3\nÉtaient présents : Mme Anne MARTIN (après le 1.1), M. Luc PETIT (départ avant le 1.3), M. Jean DUPONT (à partir du 1.2), Mme Eve BLANC (jusqu'au 1.2), M. Paul DURAND (départ après le 1.1)",
    ).model;
    const at = (r: string) => mm.presenceAt(r).present.map((x) => x.surname);
    assert.deepEqual(at('1.1'), ['PETIT', 'BLANC', 'DURAND']);
    assert.deepEqual(at('1.2'), ['MARTIN', 'PETIT', 'DUPONT', 'BLANC']);
    assert.deepEqual(at('1.3'), ['MARTIN', 'DUPONT']);
  });

  it('gives reports between the same arrivals and departures one presence, and a new one after each change', () => {
    const mm = analyzeText(
      'Ordre de passage des rapports : 1.1, 1.2, 1.3, 1.4, 1.5, 1.6\nÉtaient présents : Mme Anne MARTIN (après le 1.2), M. Luc PETIT (départ avant le 1.5), M. Jean DUPONT\nMandants : P. DURAND (à partir du 1.4)\nMandataires : J. DUPONT',
    ).model;
    const at = (r?: string) => mm.presenceAt(r);
    const seen = (r: string) => [...at(r).present.map((x) => x.surname), ...at(r).proxies.map((p) => `pouvoir ${p.giver.text}`)];
    assert.deepEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6'].map(seen), [
      ['PETIT', 'DUPONT'],
      ['PETIT', 'DUPONT'],
      ['MARTIN', 'PETIT', 'DUPONT'],
      ['MARTIN', 'PETIT', 'DUPONT', 'pouvoir P. DURAND'],
      ['MARTIN', 'DUPONT', 'pouvoir P. DURAND'],
      ['MARTIN', 'DUPONT', 'pouvoir P. DURAND'],
    ]);
    assert.equal(at('1.1'), at('1.2'), 'nothing changes between 1.1 and 1.2: one answer');
    assert.equal(at('1.5'), at('1.6'));
    assert.notEqual(at('1.3'), at('1.4'));
    assert.equal(at('9.9'), at(), 'a report out of the order: the séance as a whole');
  });
});

describe('model: names compared without accents', () => {
  it('folds every accented letter as the Unicode decomposition does, and leaves other characters as they are', () => {
    const decomposed = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    for (let c = 0; c < 0x2100; c++) {
      const s = `x${String.fromCharCode(c)}É`;
      assert.equal(foldAccents(s), decomposed(s), `U+${c.toString(16)}`);
    }
    assert.equal(foldAccents('Hélène CŒUR-DE-LION, Besançon, Ærø, e\u0301'), 'Helene CŒUR-DE-LION, Besancon, Ærø, e');
  });

  it('gives the same keys and initials whatever the accents', () => {
    assert.equal(surnameKey('Lécuyer d’Ételan'), surnameKey('LECUYER D\'ETELAN'));
    assert.equal(initialsOf('Émile-Hélène'), 'EH');
    assert.equal(initialsOf('É.-H.'), 'EH');
    assert.equal(initialsOf('Émile-Hélène'), 'EH', 'asked again: the same answer');
  });
});

describe('model: proxies', () => {
  const m = analyzeText(SEANCE).model;

  it('pairs the n-th mandant with the n-th mandataire and resolves initials to members', () => {
    assert.deepEqual(
      m.proxies.map((p) => [p.form, `${p.giverMember?.given} ${p.giverMember?.surname}`, `${p.holderMember?.given} ${p.holderMember?.surname}`]),
      [
        ['paired', 'Paul DURAND', 'Jacques GROSPERRIN'],
        ['paired', 'Julie DURAND', 'Arnaud GROSPERRIN'],
        ['paired', 'Luc PETIT', 'Jean DUPONT'],
      ],
    );
    assert.deepEqual(m.unresolved, []);
  });

  it('applies the qualifiers of either side of a proxy', () => {
    const givers = (r: string) => m.presenceAt(r).proxies.map((p) => p.giver.text);
    assert.deepEqual(givers('1.1'), ['P. DURAND'], 'J. DURAND from 2.1; J. DUPONT holds from 1.2');
    assert.deepEqual(givers('1.2'), ['P. DURAND', 'L. PETIT']);
    assert.deepEqual(givers('2.2'), ['P. DURAND', 'J. DURAND', 'L. PETIT']);
  });

  it('reads inline proxies on the giver', () => {
    const mm = analyzeText(
      'Étaient présents : Mme Hélène MARCHAND, M. Bruno VERNIER\nÉtaient absents excusés : M. Éric COLIN (pouvoir à Mme Hélène MARCHAND), M. Franck PAGNOT',
    ).model;
    assert.equal(mm.proxies.length, 1);
    const [p] = mm.proxies;
    assert.equal(p.form, 'inline');
    assert.equal(p.giverMember?.surname, 'COLIN');
    assert.equal(p.holderMember?.surname, 'MARCHAND');
    assert.equal(mm.presenceAt().proxies.length, 1);
    assert.equal(mm.members.find((x) => x.surname === 'COLIN')?.attendance, 'excused');
  });

  it('leaves an initial that fits two members unresolved, with both as candidates', () => {
    const text = SEANCE.replace('Mandataires : J. GROSPERRIN', 'Mandataires : GROSPERRIN');
    const mm = analyzeText(text).model;
    assert.equal(mm.proxies[0].holderMember, undefined);
    assert.equal(mm.unresolved.length, 1);
    assert.equal(mm.unresolved[0].role, 'proxy-holder');
    assert.deepEqual(names(mm.unresolved[0].candidates).sort(), ['Arnaud GROSPERRIN', 'Jacques GROSPERRIN']);
  });

  it('resolves two-letter and dotted initials (« JL. », « J.L. », « Y.M. »)', () => {
    const mm = analyzeText(
      'Étaient présents : M. Jean-Louis FOUSSERET, M. Jacques FOUSSERET, M. Damien SCHAUSS\nÉtaient absents : M. Yves-Michel DAHOUI, M. Luc PETIT\nMandants : Y.M. DAHOUI, L. PETIT,\nMandataires : JL. FOUSSERET, J.L. FOUSSERET,',
    ).model;
    assert.deepEqual(mm.proxies.map((p) => `${p.giverMember?.given}>${p.holderMember?.given}`), ['Yves-Michel>Jean-Louis', 'Luc>Jean-Louis']);
  });

  it('does not resolve a person who is in no list', () => {
    const mm = analyzeText('Étaient présents : M. Jean DUPONT\nÉtaient absents : M. Luc PETIT\nMandants : L. PETIT,\nMandataires : X. INCONNU,').model;
    assert.equal(mm.proxies[0].holderMember, undefined);
    assert.deepEqual(mm.unresolved.map((u) => [u.person.text, u.candidates.length]), [['X. INCONNU', 0]]);
  });
});

describe('model: reports, votes and interested councillors', () => {
  const m = analyzeText(SEANCE).model;

  it('reads the report number and the vote counts', () => {
    assert.equal(m.reports.length, 1);
    const r = m.reports[0];
    assert.equal(r.number, '2.2');
    assert.equal(r.title, 'Subvention au club');
    assert.deepEqual([r.vote?.pour?.value, r.vote?.contre?.value, r.vote?.abstention?.value, r.vote?.nppv?.value], [5, 0, 0, 2]);
    assert.equal(r.vote?.pour?.span.range.start.line, 12);
  });

  it('reads the object written below « Objet : » when the label ends its line', () => {
    const r = analyzeText('Délibération n°2025-031\r\nObjet :\r\nSubvention à l’école de musique\r\npour l’année 2025\r\n\r\nPour : 4\r\n').model.reports[0];
    assert.equal(r.title, 'Subvention à l’école de musique pour l’année 2025');
    assert.equal(r.vote?.pour?.value, 4);
  });

  it('reads interested councillors and the proxies they hold (« (2) »)', () => {
    const i = m.reports[0].interested!;
    assert.deepEqual(i.persons.map((p) => [p.person.surname, p.proxies]), [['DUPONT', 1]]);
    const text = 'Délibération n°12\nMM. JL. FOUSSERET et D. SCHAUSS (2), conseillers intéressés, ne prennent pas part au vote.\nA l’unanimité :\nPour : 10';
    const r = analyzeText(text).model.reports[0];
    assert.deepEqual(r.interested?.persons.map((p) => [p.person.given, p.person.surname, p.proxies]), [['JL.', 'FOUSSERET', 0], ['D.', 'SCHAUSS', 1]]);
    assert.ok(r.vote?.unanimity);
  });

  it('reads names given with a vote against', () => {
    const r = analyzeText('Délibération n°2025-012\nÀ la majorité :\nPour : 14\nContre : 1 (M. Damien JEANNIN)\nAbstention : 1 (Mme Isabelle MOREL)').model.reports[0];
    assert.deepEqual(r.vote?.contre?.names.map((p) => p.surname), ['JEANNIN']);
    assert.deepEqual(r.vote?.abstention?.names.map((p) => p.surname), ['MOREL']);
    assert.ok(r.vote?.majority);
  });

  it('reads several counts written on one line, each with its own names', () => {
    for (const line of ['Pour : 14 ; Contre : 1 (M. Damien JEANNIN) ; Abstention : 1 (Mme Isabelle MOREL)', 'Votes : Pour : 14 - Contre : 1 (M. Damien JEANNIN) - Abstentions : 1 (Mme Isabelle MOREL)']) {
      const text = `Délibération n°2025-012\n${line}`;
      const v = analyzeText(text).model.reports[0].vote!;
      assert.deepEqual([v.pour?.value, v.contre?.value, v.abstention?.value], [14, 1, 1], line);
      assert.deepEqual([v.pour?.names.length, v.contre?.names.map((p) => p.surname), v.abstention?.names.map((p) => p.surname)], [0, ['JEANNIN'], ['MOREL']], line);
      assert.equal(textAt(text, v.contre!.span.range), '1');
    }
  });

  it('finds a vote in a document with no « Délibération n° » line', () => {
    const r = analyzeText('Après en avoir délibéré, le conseil, à l’unanimité :\n\nPour : 12').model.reports;
    assert.equal(r.length, 1);
    assert.equal(r[0].vote?.pour?.value, 12);
  });
});

describe('model: tables and amounts', () => {
  const BUDGET = [
    'Article 1 - Objet', // 0
    'La Commune attribue une subvention de 25 000 € pour un budget prévisionnel de 118 500 €.', // 1
    '', // 2
    'Annexe 1 : budget prévisionnel', // 3
    '', // 4
    'Charges\tMontant', // 5
    'Personnel\t86 200,50 €', // 6
    'Loyer\t32 299,50 €', // 7
    'TOTAL\t118 500 €', // 8
    '', // 9
    'Produits\tMontant', // 10
    'Etat\t50 000 €', // 11
    'Commune\t25 000 €', // 12
    'Sous-total financements publics\t75 000 €', // 13
    'Autofinancement\t43 500 €', // 14
    'Total\t118 500 €', // 15
  ].join('\n');
  const m: Model = analyzeText(BUDGET).model;

  it('tells expenses from receipts and sums the rows in cents', () => {
    const [charges, produits] = m.tables;
    assert.equal(charges.side, 'expenses');
    assert.equal(produits.side, 'receipts');
    assert.equal(charges.rowsSum, 11850000);
    assert.equal(produits.rowsSum, 11850000);
    assert.equal(charges.total?.cents, 11850000);
    assert.equal(charges.annex?.heading.number, '1');
  });

  it('checks a subtotal against the rows above it and the total against subtotal and remaining rows', () => {
    const produits = m.tables[1];
    assert.deepEqual(
      produits.totals.map((t) => [t.kind, t.row.range.start.line, t.computed, t.stated.cents, t.covered.map((r) => r.range.start.line)]),
      [
        ['subtotal', 13, 7500000, 7500000, [11, 12]],
        ['total', 15, 11850000, 11850000, [13, 14]],
      ],
    );
  });

  it('gives amounts of prose their role: the subsidy, the programme budget', () => {
    const roles = m.amounts.map((a) => [a.role, a.amount.cents, a.source, a.amount.range.start.line]);
    assert.deepEqual(roles.filter((r) => r[2] === 'text'), [['subsidy', 2500000, 'text', 1], ['programme', 11850000, 'text', 1]]);
    assert.ok(roles.some((r) => r[0] === 'programme' && r[2] === 'table-total' && r[3] === 8));
  });

  it('gives no role to a share (« 60 %, soit 15 000 € ») and groups instalments', () => {
    const mm = analyzeText('La subvention de 25 000 € sera versée :\n\n- 60 %, soit 15 000 €, à la signature,\n- le solde de 40 %, soit 10 000 €, ensuite.').model;
    assert.deepEqual(mm.amounts.map((a) => a.amount.cents), [2500000]);
    assert.deepEqual(mm.shares.map((g) => g.map((s) => [s.percent.basisPoints, s.amount.cents])), [[[6000, 1500000], [4000, 1000000]]]);
  });
});
