// Checks on dates: weekday-mismatch, date-mismatch, date-order, convocation-delay.
import assert from 'node:assert/strict';
import { applyEdits, findingsOf, flat, replaceOnce, textAt } from '../helpers/doc';

const COMMUNE = [
  'COMMUNE DE POUILLEY-LES-VIGNES', // 0 (about 2 200 inhabitants: 3 clear days)
  'Séance du lundi 3 mars 2025', // 1
  'Date de convocation : 25 février 2025', // 2
  "L'an deux mille vingt-cinq, le trois mars à vingt heures, le Conseil Municipal s'est réuni.", // 3
  'Transmis au représentant de l’État le 6 mars 2025', // 4
  'Publié le 6 mars 2025', // 5
].join('\n');

describe('checks: weekday-mismatch', () => {
  it('says nothing when the weekday is that of the date, or when no weekday is written', () => {
    assert.deepEqual(findingsOf(COMMUNE, 'weekday-mismatch'), []);
    assert.deepEqual(findingsOf('Séance du 3 mars 2025', 'weekday-mismatch'), []);
  });

  it('reads a year in words that a printed line ends inside (« deux mille↵dix-neuf »)', () => {
    const t = 'Le jeudi cinq novembre deux mille\ndix-neuf, à 20 h 00, le conseil municipal s’est réuni.';
    assert.deepEqual(findingsOf(t, 'weekday-mismatch').map((f) => flat(f.message)), ['Le 5 novembre 2019 est un mardi, pas un jeudi.']);
    assert.deepEqual(findingsOf(t.replace('jeudi', 'mardi'), 'weekday-mismatch'), []);
  });

  it('reports a wrong weekday at the weekday, naming the right one', () => {
    const t = replaceOnce(COMMUNE, 'lundi 3 mars', 'mardi 3 mars');
    const f = findingsOf(t, 'weekday-mismatch');
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.line, 1);
    assert.equal(textAt(t, f[0].range), 'mardi');
    assert.match(f[0].message, /Le 3 mars 2025 est un lundi, pas un mardi/);
    assert.match(findingsOf(t, 'weekday-mismatch', { locale: 'en' })[0].message, /is a Monday, not a Tuesday/);
  });

  it('has a quick fix that writes the right weekday in the case written', () => {
    const t = 'Séance du Jeudi 17 Novembre 2017';
    const [f] = findingsOf(t, 'weekday-mismatch');
    const fixed = applyEdits(t, f.fixes![0].edits);
    assert.equal(fixed, 'Séance du Vendredi 17 Novembre 2017');
    assert.deepEqual(findingsOf(fixed, 'weekday-mismatch'), []);
  });

  it('does not check a date without a year', () => {
    assert.deepEqual(findingsOf('Réunion le mardi 3 mars.', 'weekday-mismatch'), []);
  });
});

describe('checks: date-mismatch', () => {
  it('says nothing when the date in words is the séance date', () => {
    assert.deepEqual(findingsOf(COMMUNE, 'date-mismatch'), []);
  });

  it('reports a date in words other than the séance date, with both dates', () => {
    const t = replaceOnce(COMMUNE, 'le trois mars', 'le quatre mars');
    const f = findingsOf(t, 'date-mismatch');
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.line, 3);
    assert.match(f[0].message, /La date en lettres \(4 mars 2025\) n’est pas celle de la séance \(3 mars 2025\)/);
    assert.match(findingsOf(t, 'date-mismatch', { locale: 'en' })[0].message, /date in words \(4 mars 2025\) is not the séance date/);
  });

  it('says nothing when the head gives the date in words in figures too (a recueil filing the act under a later séance)', () => {
    const t = [
      'OFFICE DE TOURISME ANNEE 2025 RECUEIL DES ACTES ADMINISTRATIFS Sommaire I) Délibérations du Comité de Direction = DL n 01 à n 03 Séance n 1/25 du 3 mars 2025 II) Index 28',
      'I) Délibérations du Comité de Direction Séance n 01/25 du 3 mars 2025 = Délibérations n 01 à n 03 30',
      "DL25.01 (Séance n 01/25 du 4 février 2025) 01/25 01 - Compte-Rendu de la réunion du Comité de Direction, Séance du 3 mars 2025. L'an deux mille vingt-cinq et le quatre février à dix sept heures trente, le Comité de Direction s'est réuni en Séance Publique.",
    ].join('\n');
    assert.deepEqual(findingsOf(t, 'date-mismatch'), []);
    assert.equal(findingsOf(replaceOnce(t, '4 février 2025)', '5 février 2025)'), 'date-mismatch').length, 1, 'another date in the head proves nothing');
  });

  it('reports a year in words other than the séance year', () => {
    const t = replaceOnce(COMMUNE, 'deux mille vingt-cinq', 'deux mille vingt-quatre');
    assert.equal(findingsOf(t, 'date-mismatch').length, 1);
  });

  it('reports the year alone in words opening the séance’s sentence when it is not the séance’s (« L’an deux mille dix-sept, le conseil … s’est réuni » for 2018)', () => {
    const t = replaceOnce(COMMUNE, 'le trois mars à vingt heures, le Conseil', 'le Conseil');
    assert.deepEqual(findingsOf(t, 'date-mismatch'), []);
    const wrong = replaceOnce(t, 'deux mille vingt-cinq', 'deux mille vingt-quatre');
    const f = findingsOf(wrong, 'date-mismatch');
    assert.equal(f.length, 1);
    assert.equal(textAt(wrong, f[0].range), "L'an deux mille vingt-quatre");
    assert.match(f[0].message, /L’année en lettres \(2024\) n’est pas celle de la séance \(3 mars 2025\)/);
    assert.match(findingsOf(wrong, 'date-mismatch', { locale: 'en' })[0].message, /year in words \(2024\) is not that of the séance/);
    // (Not a year in words in a sentence that speaks of no meeting.)
    assert.deepEqual(findingsOf(replaceOnce(wrong, "s'est réuni", 'a voté le budget'), 'date-mismatch'), []);
  });
});

describe('checks: date-order', () => {
  it('says nothing when the act is transmitted and published after the séance', () => {
    assert.deepEqual(findingsOf(COMMUNE, 'date-order'), []);
  });

  it('reports a transmission before the séance, at its date', () => {
    const t = replaceOnce(COMMUNE, 'l’État le 6 mars 2025', 'l’État le 2 mars 2025');
    const f = findingsOf(t, 'date-order');
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.line, 4);
    assert.equal(textAt(t, f[0].range), '2 mars 2025');
    assert.match(f[0].message, /Acte transmis le 2 mars 2025, avant la séance du 3 mars 2025/);
    assert.match(findingsOf(t, 'date-order', { locale: 'en' })[0].message, /Act transmitted on 2 mars 2025, before the séance/);
  });

  it('claims no order when the convocation read is the day the séance\'s date in words gives (two columns of a header run together)', () => {
    const text = 'Date convocation : L\'an deux mille seize le neuf novembre à 19 heures 30 20/10/2016 Le Conseil Municipal de cette commune, régulièrement convoqué, s’est réuni au nombre prescrit par la loi.\nÉtaient présents : M. Jacques NOIR, M. Jean BLANC';
    assert.deepEqual(findingsOf(text, 'date-order'), []);
    // A convocation after the séance, the words agreeing with neither: the act's mistake.
    const after = 'Séance du 20 octobre 2016\nDate de la convocation : 25 octobre 2016\nL\'an deux mille seize, le vingt octobre, le Conseil Municipal s’est réuni.\nÉtaient présents : M. Jacques NOIR, M. Jean BLANC';
    assert.equal(findingsOf(after, 'date-order').length, 1);
  });

  it('reads a stamp at the start of its line only, not « accusé de réception » inside a sentence', () => {
    const sentence = `${COMMUNE}\nPréalablement à l’ouverture de la séance, M. le Maire informe qu’il a\nreçu en mairie le 1er mars 2025, par lettre recommandée avec accusé de réception, la démission de Mme X.`;
    assert.deepEqual(findingsOf(sentence, 'date-order'), []);
    const stamp = `${COMMUNE}\nAccusé de réception en préfecture le 1er mars 2025`;
    assert.equal(findingsOf(stamp, 'date-order').length, 1);
  });

  it('takes a line in lower case that goes on with the sentence above for no stamp (« Sur convocation datée du …,↵affichée en mairie le … »)', () => {
    const wrapped = `${COMMUNE}\nSur convocation datée du 25 février 2025,\naffichée en mairie le 25 février 2025 et distribuée aux conseillers.`;
    assert.deepEqual(findingsOf(wrapped, 'date-order'), []);
    assert.equal(findingsOf(`${COMMUNE}\nSur convocation datée du 25 février 2025.\naffichée en mairie le 1er mars 2025`, 'date-order').length, 1, 'after a full stop, a stamp');
  });

  it('reports a convocation dated after the séance', () => {
    const f = findingsOf(replaceOnce(COMMUNE, '25 février 2025', '5 mars 2025'), 'date-order');
    assert.deepEqual(f.map((x) => x.range.start.line), [2]);
    assert.match(f[0].message, /Convocation datée du 5 mars 2025, après la séance/);
  });

  it('reports a convention that ends before it is signed, and not one that ends later', () => {
    const conv = [
      'CONVENTION',
      'Article 1 - Durée',
      'La présente convention prend effet à sa signature et cesse au plus tard le 30 juin 2026.',
      '',
      'Fait à Saint-Vit, le 22 avril 2025',
    ].join('\n');
    assert.deepEqual(findingsOf(conv, 'date-order'), []);
    const t = replaceOnce(conv, '30 juin 2026', '30 juin 2024');
    const f = findingsOf(t, 'date-order');
    assert.deepEqual(f.map((x) => x.range.start.line), [2]);
    assert.match(f[0].message, /prend fin le 30 juin 2024, avant d’avoir commencé \(22 avril 2025\)/);
  });

  it('does not take a date of another text for a stamp (« Vu la loi du 12 avril 2000 »)', () => {
    assert.deepEqual(findingsOf(COMMUNE + '\nVu la loi n°2000-321 du 12 avril 2000,', 'date-order'), []);
  });
});

describe('checks: convocation-delay', () => {
  it('says nothing with enough clear days (commune under 3 500 inhabitants: 3)', () => {
    assert.deepEqual(findingsOf(COMMUNE, 'convocation-delay', { communes: true }), []);
    const three = replaceOnce(COMMUNE, '25 février 2025', '27 février 2025');
    assert.deepEqual(findingsOf(three, 'convocation-delay', { communes: true }), [], '28 février, 1 and 2 mars are 3 clear days');
  });

  it('reports a convocation sent too late, with the days and the population', () => {
    const t = replaceOnce(COMMUNE, '25 février 2025', '1 mars 2025');
    const f = findingsOf(t, 'convocation-delay', { communes: true });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].range.start.line, 2);
    assert.match(flat(f[0].message), /1 jour\(s\) franc\(s\) avant la séance, il en faut 3 \(\d+ habitants\)/);
    assert.match(flat(findingsOf(t, 'convocation-delay', { communes: true, locale: 'en' })[0].message), /1 clear day\(s\) before the séance, 3 required/);
  });

  it('asks 5 clear days of a commune from 3 500 inhabitants', () => {
    const t = replaceOnce(replaceOnce(COMMUNE, 'POUILLEY-LES-VIGNES', 'BESANÇON'), '25 février 2025', '27 février 2025');
    const f = findingsOf(t, 'convocation-delay', { communes: true });
    assert.equal(f.length, 1);
    assert.match(flat(f[0].message), /il en faut 5/);
    // (Not of one just above it today, which may have been under it when the act was made: Pompignac, 3 577.)
    assert.deepEqual(findingsOf(replaceOnce(replaceOnce(COMMUNE, 'POUILLEY-LES-VIGNES', 'POMPIGNAC'), '25 février 2025', '27 février 2025'), 'convocation-delay', { communes: true }), []);
  });

  it('asks the 3 clear days every commune needs without the commune index, and says nothing without any assembly named', () => {
    const t = replaceOnce(COMMUNE, '25 février 2025', '1 mars 2025');
    assert.match(flat(findingsOf(t, 'convocation-delay')[0].message), /il en faut 3\.$/, 'no population without the index');
    const anonymous = t.split('\n').slice(1).join('\n').replace('le Conseil Municipal', 'l’assemblée');
    assert.deepEqual(findingsOf(anonymous, 'convocation-delay', { communes: true }), []);
  });

  it('asks a conseil municipal of unknown population at least 3 clear days', () => {
    const t = replaceOnce(COMMUNE, '25 février 2025', '1 mars 2025').split('\n').slice(1).join('\n');
    const f = findingsOf(t, 'convocation-delay', { communes: true });
    assert.equal(f.length, 1);
    assert.match(flat(f[0].message), /1 jour\(s\) franc\(s\) avant la séance, il en faut 3\.$/);
  });

  it('accepts one clear day when the act invokes an emergency (L2121-11, L2121-12)', () => {
    const t = replaceOnce(COMMUNE, '25 février 2025', '1 mars 2025').replace("s'est réuni.", "s'est réuni en urgence.");
    assert.deepEqual(findingsOf(t, 'convocation-delay', { communes: true }), []);
  });

  it('asks a commune of Moselle or Alsace under 3 500 inhabitants three days before the séance, not clear days (local law, L2541-2)', () => {
    const dettwiller = replaceOnce(COMMUNE, 'POUILLEY-LES-VIGNES', 'DETTWILLER'); // Bas-Rhin, about 2 600
    assert.deepEqual(findingsOf(replaceOnce(dettwiller, '25 février 2025', '28 février 2025'), 'convocation-delay', { communes: true }), [], 'sent on the 28th for the 3rd: three days before');
    const late = findingsOf(replaceOnce(dettwiller, '25 février 2025', '1 mars 2025'), 'convocation-delay', { communes: true });
    assert.equal(late.length, 1);
    assert.match(flat(late[0].message), /2 jour\(s\) avant la séance, il en faut 3 \(droit local, CGCT L2541-2 ; \d+ habitants\)/);
    // (The general law would ask 3 clear days of the same dates, elsewhere.)
    assert.equal(findingsOf(replaceOnce(COMMUNE, '25 février 2025', '28 février 2025'), 'convocation-delay', { communes: true }).length, 1);
    // From 3 500 inhabitants the general law's 5 clear days apply there too (L2121-12 by L2541-1).
    const large = replaceOnce(replaceOnce(COMMUNE, 'POUILLEY-LES-VIGNES', 'SARREGUEMINES'), '25 février 2025', '26 février 2025');
    assert.match(flat(findingsOf(large, 'convocation-delay', { communes: true })[0]?.message ?? ''), /4 jour\(s\) franc\(s\) avant la séance, il en faut 5/);
    // (A municipal council whose commune was not read: the département its header names, population unknown.)
    const unnamed = replaceOnce(COMMUNE, 'COMMUNE DE POUILLEY-LES-VIGNES', 'DEPARTEMENT DU BAS-RHIN');
    assert.deepEqual(findingsOf(replaceOnce(unnamed, '25 février 2025', '28 février 2025'), 'convocation-delay', { communes: true }), []);
    assert.match(flat(findingsOf(replaceOnce(unnamed, '25 février 2025', '1 mars 2025'), 'convocation-delay', { communes: true })[0]?.message ?? ''), /2 jour\(s\) avant la séance, il en faut 3 \(droit local, CGCT L2541-2\)/);
    // In an emergency, the day before.
    assert.deepEqual(findingsOf(replaceOnce(dettwiller, '25 février 2025', '2 mars 2025').replace("s'est réuni.", "s'est réuni en urgence."), 'convocation-delay', { communes: true }), []);
  });

  it('asks 5 clear days of a communauté d’agglomération, and at least 3 of a communauté de communes', () => {
    const epci = (name: string) => `COMMUNAUTÉ ${name}\nSéance du lundi 3 mars 2025\nDate de convocation : 27 février 2025\nLe Conseil communautaire s'est réuni.`;
    assert.match(flat(findingsOf(epci('D’AGGLOMÉRATION DU GRAND CHAMBÉRY'), 'convocation-delay', { communes: true })[0]?.message ?? ''), /il en faut 5/);
    assert.deepEqual(findingsOf(epci('DE COMMUNES DU PAYS DE X'), 'convocation-delay', { communes: true }), []);
  });

  it('asks at least 3 clear days of a communauté de communes named abbreviated in its header (« CTE DE CNES DU … »), the assembly not named', () => {
    const t = "Département des Hautes-Pyrénées CTE DE CNES DU VAL D'ADOUR\nSéance du 19 janvier 2015 L'an deux mille quinze et le dix neuf janvier l'assemblée régulièrement convoquée le 19 janvier 2015, s'est réunie.";
    assert.match(flat(findingsOf(t, 'convocation-delay')[0]?.message ?? ''), /0 jour\(s\) franc\(s\) avant la séance, il en faut 3/);
    assert.deepEqual(findingsOf(t.replace('CTE DE CNES', 'ASSOCIATION'), 'convocation-delay'), [], 'no assembly known');
  });

  it('asks 12 clear days of a département’s assembly only, not of a syndicat whose header names its département', () => {
    const act = (body: string) => `DEPARTEMENT DE LA GIRONDE\n${body}\nSéance du 28 avril 2014\nDate de la convocation : 18/04/2014\nLe Comité s'est réuni.`;
    const syndicat = act('SYNDICAT MIXTE DU BASSIN VERSANT DES JALLES\nEXTRAIT DU REGISTRE DES DELIBERATIONS DU COMITE SYNDICAL');
    assert.deepEqual(findingsOf(syndicat, 'convocation-delay', { communes: true }), [], '9 clear days are enough for a syndicat');
    const dept = act('COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL');
    assert.match(flat(findingsOf(dept, 'convocation-delay', { communes: true })[0]?.message ?? ''), /9 jour\(s\) franc\(s\) avant la séance, il en faut 12/);
  });
});
