// Checks on attendance and votes: member-count, member-duplicate, proxy-holder-absent, proxy-giver-present,
// proxy-limit, quorum, vote-count, vote-unanimity, interested-count, person-ambiguous.
import assert from 'node:assert/strict';
import { analyzeText, findingsOf, flat, problems, replaceOnce, textAt } from '../helpers/doc';
import { inspect } from '../../core/features/inspect';

/** A municipal extract whose counts agree: 7 in office, 4 present, 2 proxies, 6 voters. */
const BASE = [
  'COMMUNE DE POUILLEY-LES-VIGNES', // 0
  'Séance du lundi 3 mars 2025', // 1
  'Date de convocation : 25 février 2025', // 2
  'Nombre de conseillers en exercice : 7', // 3
  'Présents : 4', // 4
  'Votants : 6', // 5
  'Étaient présents : Mme Hélène MARCHAND, M. Bruno VERNIER, Mme Claire DUBOZ, M. Patrice ROUSSEL', // 6
  'Étaient absents excusés : M. Éric COLIN (pouvoir à Mme Hélène MARCHAND), Mme Valérie TISSOT (pouvoir à M. Bruno VERNIER), M. Franck PAGNOT', // 7
  'Délibération n°2025-012', // 8
  'Après en avoir délibéré, le Conseil Municipal, à la majorité :', // 9
  'Pour : 4', // 10
  'Contre : 1 (M. Patrice ROUSSEL)', // 11
  'Abstention : 1 (Mme Claire DUBOZ)', // 12
].join('\n');

/** A community council with an ordre de passage, paired proxy lists and interested councillors. */
const COUNCIL = [
  'Séance du jeudi 16 novembre 2017', // 0
  'Conseillers communautaires en exercice : 9', // 1
  'Ordre de passage des rapports : 1.1, 1.2, 2.1', // 2
  "Étaient présents : Besançon : M. Jacques GROSPERRIN, M. Jean DUPONT (à partir du 1.2), Mme Anne MARTIN (jusqu'au 1.2), M. Damien SCHAUSS Roset-Fluans : M. Arnaud GROSPERRIN Avanne-Aveney : Mme Marie-Jeanne BERNABEU suppléante de M. Alain PARIS", // 3
  'Étaient absents : Besançon : M. Paul DURAND, Mme Julie DURAND, M. Luc PETIT', // 4
  'Mandants : P. DURAND, J. DURAND, L. PETIT (à partir du 1.2),', // 5
  'Mandataires : J. GROSPERRIN, A. GROSPERRIN, J. DUPONT (à partir du 1.2),', // 6
  '', // 7
  'Rapport n°2.1 - Subvention au club', // 8
  'MM. J. DUPONT (2) et D. SCHAUSS, conseillers intéressés, ne prennent pas part au vote.', // 9
  'A l’unanimité :', // 10
  'Pour : 5', // 11
  'Contre : 0', // 12
  'Abstention : 0', // 13
  'Ne prennent pas part au vote : 3', // 14
].join('\n');

const codes = (text: string) => problems(analyzeText(text)).map((f) => `${f.code}@${f.range.start.line}`);

describe('checks: attendance documents for the tests', () => {
  it('BASE and COUNCIL raise no error or warning', () => {
    assert.deepEqual(codes(BASE), []);
    assert.deepEqual(codes(COUNCIL), []);
  });
});

describe('checks: member-count', () => {
  it('takes a list of those present that names fewer than half of them, where only the counts agree, for a list the reader missed, not the act\'s mistake', () => {
    const t = (names: string) => `Séance du 3 mars 2025\nPrésents : 6 Représentés : 1 Votants : 7\nÉtaient présents : ${names}\nPouvoirs : Luc GRIS à Paul NOIR\nLe Conseil approuve.`;
    assert.equal(findingsOf(t('Paul NOIR, Anne BLANC, Eve ROSE, Jean VERT'), 'member-count').length, 1, 'four of six: the list\'s mistake');
    assert.deepEqual(findingsOf(t('Paul NOIR, Anne BLANC'), 'member-count'), []);
  });

  it('reports a declared number present that the list does not give', () => {
    const t = replaceOnce(BASE, 'Présents : 4', 'Présents : 6');
    const f = findingsOf(t, 'member-count');
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.line, 4);
    assert.equal(textAt(t, f[0].range), '6');
    assert.match(f[0].message, /6 présents déclarés, la liste des présents en nomme 4/);
    assert.match(findingsOf(t, 'member-count', { locale: 'en' })[0].message, /6 present declared; the list of those present names 4/);
  });

  it('says nothing of one present more than listed when the president may be the one not listed (counted, not listed)', () => {
    // 8 in office, 7 named: the one not named may be the president, counted present.
    const eight = replaceOnce(replaceOnce(BASE, 'Présents : 4', 'Présents : 5\nReprésentés : 2'), 'Nombre de conseillers en exercice : 7', 'Nombre de conseillers en exercice : 8');
    assert.deepEqual(findingsOf(replaceOnce(eight, 'Votants : 6', 'Votants : 7'), 'member-count'), []);
    // 7 in office, 7 named: the president is one of them, and 5 present is not what the list gives.
    const f = findingsOf(replaceOnce(BASE, 'Présents : 4', 'Présents : 5'), 'member-count');
    assert.ok(f.some((x) => /5 présents déclarés, la liste des présents en nomme 4/.test(x.message)));
  });

  it('reports declared voters that are not the present plus the proxies', () => {
    const f = findingsOf(replaceOnce(BASE, 'Votants : 6', 'Votants : 7'), 'member-count');
    assert.deepEqual(f.map((x) => x.range.start.line), [5]);
    assert.match(f[0].message, /7 votants déclarés, mais 4 présents \+ 2 pouvoirs = 6/);
  });

  it('compares the voters of a séance where every member voted with lists that name at least half the council, not with lists read in part', () => {
    const all = (n: number) => replaceOnce(replaceOnce(BASE, 'en exercice : 7', `en exercice : ${n}`), 'Votants : 6', `Votants : ${n}`);
    assert.match(findingsOf(all(12), 'member-count').map((x) => x.message).join(' | '), /12 votants déclarés, mais 4 présents \+ 2 pouvoirs = 6/);
    assert.ok(!findingsOf(all(16), 'member-count').some((x) => /votants déclarés/.test(x.message)), '7 names of 16: the reader missed some');
  });

  it('counts a proxy held by an absent member either way (the act may or may not have used it), and says so once as proxy-holder-absent', () => {
    // Mme Valérie TISSOT's proxy goes to « M. PAGNOT », who is the absent M. Franck PAGNOT: 4 present + 1 usable proxy.
    const t = replaceOnce(BASE, '(pouvoir à M. Bruno VERNIER)', '(pouvoir à M. PAGNOT)');
    for (const voters of [5, 6]) {
      const v = replaceOnce(t, 'Votants : 6', `Votants : ${voters}`);
      assert.deepEqual(findingsOf(v, 'member-count'), [], `${voters} voters`);
      assert.deepEqual(findingsOf(v, 'proxy-holder-absent').map((f) => textAt(v, f.range)), ['M. PAGNOT']);
    }
    const seven = findingsOf(replaceOnce(t, 'Votants : 6', 'Votants : 7'), 'member-count');
    assert.match(seven[0]?.message ?? '', /7 votants déclarés, mais 4 présents \+ 2 pouvoirs = 6/);
    assert.deepEqual(findingsOf(replaceOnce(t, 'Votants : 6', 'Votants : 4'), 'member-count').length, 1, 'fewer than the proxies held by those present');
  });

  it('agrees in number: « 1 représenté déclaré », « 1 pouvoir », « 1 proxy »', () => {
    // One proxy only (Mme Valérie TISSOT's is gone), two declared; then one declared, none given.
    const one = replaceOnce(replaceOnce(BASE, ' (pouvoir à M. Bruno VERNIER)', ''), 'Votants : 6', 'Votants : 5\nReprésentés : 2');
    assert.match(findingsOf(one, 'member-count')[0].message, /^2 représentés déclarés, les listes donnent 1 pouvoir\.$/);
    assert.match(findingsOf(one, 'member-count', { locale: 'en' })[0].message, /^2 represented declared; the lists give 1 proxy\.$/);
  });

  it('says nothing of the represented declared when the lists give no proxy at all (the act names them in words not read, or nowhere)', () => {
    const none = replaceOnce(replaceOnce(replaceOnce(BASE, ' (pouvoir à M. Bruno VERNIER)', ''), ' (pouvoir à Mme Hélène MARCHAND)', ''), 'Votants : 6', 'Votants : 6\nReprésentés : 2');
    assert.deepEqual(findingsOf(none, 'member-count'), []);
    // (Fewer voters than those present is still a mistake; with one of the two proxies given, the other is missing from
    // lists that name proxies: reported, above.)
    assert.match(findingsOf(replaceOnce(none, 'Votants : 6', 'Votants : 3'), 'member-count')[0]?.message ?? '', /3 votants déclarés, mais 4 présents \+ 0 pouvoir = 4/);
    // (Nor more voters than those present and represented as declared.)
    assert.match(findingsOf(replaceOnce(none, 'Votants : 6', 'Votants : 7'), 'member-count')[0]?.message ?? '', /7 votants déclarés, mais 4 présents \+ 0 pouvoir = 4/);
  });

  it('reports lists that name more members than are in office, and not fewer (the absent may go unnamed)', () => {
    const f = findingsOf(replaceOnce(BASE, 'en exercice : 7', 'en exercice : 6'), 'member-count');
    assert.deepEqual(f.map((x) => x.range.start.line), [3]);
    assert.match(f[0].message, /6 membres en exercice déclarés, les listes en nomment 7/);
    assert.deepEqual(findingsOf(replaceOnce(BASE, 'en exercice : 7', 'en exercice : 8'), 'member-count'), []);
  });

  it('does not add up the lists of voters when someone is listed present and absent with a proxy (member-duplicate says so)', () => {
    const t = replaceOnce(BASE, 'M. Patrice ROUSSEL\n', 'M. Patrice ROUSSEL, M. Éric COLIN\n');
    const f = findingsOf(t, 'member-count');
    assert.ok(!f.some((x) => /votants déclarés/.test(x.message)), f.map((x) => x.message).join(' | '));
    assert.ok(f.some((x) => /4 présents déclarés, la liste des présents en nomme 5/.test(x.message)), 'the list of those present names one more');
    assert.equal(findingsOf(t, 'member-duplicate').length, 1);
    assert.deepEqual(findingsOf(t, 'vote-count'), [], 'nor do the votes against the lists');
  });

  it('reads members represented by someone the act does not name as absent, and then sums no voters from the lists', () => {
    const t = [
      'COMITÉ SYNDICAL', 'Séance du lundi 24 septembre 2018', 'Nombre de membres en exercice : 5', 'Votants : 4',
      'Présents : NOIR Jean, BLANC Paul, GRIS Anne', '', 'Représentés avec pouvoirs : ROUX Marie', '', 'Absents : VERT Eric',
      'Délibération n°1', 'Pour : 4', 'Contre : 0', 'Abstention : 0',
    ].join('\n');
    const a = analyzeText(t);
    assert.deepEqual(a.model.members.filter((x) => x.attendance !== 'present').map((x) => x.surname), ['ROUX', 'VERT']);
    assert.deepEqual(a.model.proxies, [], 'no holder named, no proxy made up');
    assert.deepEqual(findingsOf(t, 'member-count'), [], '3 present + 1 represented = 4: the proxy is not in the lists');
    assert.deepEqual(findingsOf(t, 'vote-count'), []);
  });

  it('reads « Avaient donné procuration : X, Y » naming no holder as members absent and represented, no proxy made up', () => {
    const t = [
      'COMMUNAUTÉ DE COMMUNES DE NOIRVAL', 'Séance du 21 septembre 2020', 'Membres en fonction : 6',
      'Étaient présents : Mesdames Sabine NOIR, Viviane BLANC. Messieurs Patrick GRIS, Jean ROSE.', '',
      'Avaient donné procuration : Madame Murielle ROUX. Monsieur Guy VERT,', '', 'Excusée : Madame Christiane OCRE',
    ].join('\n');
    const a = analyzeText(t);
    assert.deepEqual(a.model.members.filter((x) => x.attendance !== 'present').map((x) => x.surname), ['ROUX', 'VERT', 'OCRE']);
    assert.deepEqual(a.model.proxies, [], 'no holder named, no proxy made up');
    assert.deepEqual(problems(a), []);
  });

  it('reads « Titulaires absents ayant donné pouvoir : X, Y » naming no holder as represented by someone unnamed: no count of proxies compared', () => {
    const t = ['Conseillers titulaires : 6', 'Présents avec voix délibérative : 3', 'Pouvoirs : 2', 'Présents : M. NOIR, Mme BLANC, M. GRIS.', 'Titulaires absents ayant donné pouvoir : M. ROSE, Mme VERT.', 'Titulaires absents excusés : Mme OCRE', 'Présents sans voix délibérative : M. BRUN'].join('\n');
    assert.deepEqual(findingsOf(t, 'member-count'), []);
  });

  it('reads « Absentes avec procuration : X, Y » naming no holder as represented by someone unnamed: the voters they make not compared', () => {
    const t = ['Séance du 17 octobre 2018', 'Présents : MM. et Mmes Isabelle NOIR, Jean BLANC, Luc GRIS, Anne ROSE.', 'Absentes avec procuration : Mmes Eliane VERT, Yvette OCRE.', 'Absents : M. Marc BRUN', 'Membres en exercice : 7 Membres présents : 4 Votants : 6'].join('\n');
    assert.deepEqual(findingsOf(t, 'member-count'), []);
    // (The members present still counted: 5 said present for 4 listed.)
    assert.equal(findingsOf(t.replace('Membres présents : 4', 'Membres présents : 5'), 'member-count').length, 1);
  });

  it('reads a proxy whose « à » ends the line with its holder on the next line, not the list below as proxies', () => {
    const t = [
      'Séance du 11 février 2016', 'Étaient présents : Messieurs Jean NOIR (Patay), Paul BLANC (Bricy), Anne GRIS (Ruan),',
      'Avait donné pouvoir : Madame Pascale ROUX (Boulay les Barres) à', 'Monsieur Paul BLANC (Bricy),',
      'Étaient absents excusés : Madame Claire VERT (Tavers)',
    ].join('\n');
    const a = analyzeText(t);
    assert.deepEqual(a.model.proxies.map((p) => `${p.giver.text} → ${p.holder.text}`), ['Madame Pascale ROUX → Monsieur Paul BLANC']);
    assert.deepEqual(problems(a), []);
  });

  it('takes no proxy from a sentence wrapped over two lines that says more than proxies (the minutes of an earlier séance)', () => {
    const t = [
      'Séance du 2 juin 2006', 'Présents : M. Noir Paul, Mme Blanc Anne, M. Gris Luc', 'Absents : Mme Rose Eve', '',
      'M. le Maire signale deux erreurs dans la liste des participants à la', 'précédente séance, à savoir, Mme Blanc Anne était présente et Mme',
      'Rose Eve absente, avait donné pouvoir à Annie Vert.',
    ].join('\n');
    const a = analyzeText(t);
    assert.deepEqual(a.model.proxies, []);
    assert.deepEqual(problems(a), [], 'no proxy-holder-absent for the holder of an earlier séance');
  });

  it('reads the report of a proxy wrapped to the next line (« … à Madame X↵à partir du rapport n°15. », « … à↵partir du rapport n°21. »)', () => {
    const t = [
      'Séance du 25 mars 2022', 'Sont présents :', '', 'Mesdames et Messieurs Paul NOIR, Anne BLANC, Luc GRIS, Eve ROSE.', '',
      'Absents excusés ayant donné pouvoir :', '', 'Madame Claire VERT a donné pouvoir à Monsieur Paul NOIR', 'jusqu’au rapport n 14.', '',
      'Monsieur Luc GRIS a donné pouvoir à Madame Anne BLANC', 'à partir du rapport n°15.', '',
      'Madame Eve ROSE a donné pouvoir à Monsieur Paul NOIR à', 'partir du rapport n°21.', '', '(2)',
    ].join('\n');
    const a = analyzeText(t);
    assert.deepEqual(a.model.proxies.map((p) => `${p.giver.surname} ${p.qualifiers.map((q) => `${q.kind} ${q.report}`).join()}`), ['VERT until 14', 'GRIS from 15', 'ROSE from 21']);
    assert.deepEqual(problems(a), [], 'members present until they give their proxy: no proxy-giver-present');
  });

  it('reads a parenthesis at the start of the next line, before a label, as the time of the proxy above', () => {
    const t = [
      'COMPTE-RENDU DU COMITE SYNDICAL SEANCE DU 07 juillet 2014', 'Etaient présents : Paul NOIR, Anne BLANC, Marie GRIS, Henri BRUN, Jean VERT, Robert',
      'VERT (jusqu’à 11 heures). Avaient donné pouvoir : Luc GRIS à Paul NOIR,', 'Eve ROSE à Marie GRIS, Marc OCRE à Henri',
      'BRUN, Jean VERT à Anne BLANC', '(à partir de 11 heures) Secrétaire de séance : Paul NOIR 1', 'COMPTE-RENDU DU COMITE SYNDICAL DU 07 JUILLET 2014 ORDRE DU JOUR',
    ].join('\n');
    const a = analyzeText(t);
    assert.deepEqual(a.model.proxies.map((p) => `${p.giver.surname} ${p.qualifiers.length}`), ['GRIS 0', 'ROSE 0', 'OCRE 0', 'VERT 1']);
    assert.deepEqual(problems(a), [], 'Jean VERT gives a proxy when he leaves: no proxy-giver-present');
  });

  it('reads a proxy whose verb wraps after its « a », and a political group whose name wraps before its members', () => {
    const t = [
      'SEANCE DU 27 MARS 2013', 'Sont présents : Groupe Liste d Union pour Noirval Mme NOIR, M. BLANC, Mme GRIS,', 'M. ROSE. Absents excusés : Groupe Liste',
      'd Union pour Noirval Mme VERT a', 'donné pouvoir à Mme NOIR, M. ROUX a donné pouvoir à', 'M. BLANC, M. OCRE.', 'Secrétaire de séance : M. ROSE',
    ].join('\n');
    const a = analyzeText(t);
    assert.deepEqual(a.model.proxies.map((p) => `${p.giver.surname} → ${p.holder.surname}`), ['VERT → NOIR', 'ROUX → BLANC']);
    assert.deepEqual(a.model.members.filter((m) => m.attendance !== 'present').map((m) => m.surname), ['VERT', 'ROUX', 'OCRE']);
    assert.deepEqual(problems(a), []);
  });

  it('reads proxies wrapped at an initial, inside « a donné↵pouvoir », and after a holder’s given name', () => {
    const t = [
      'Séance du 11 décembre 2019', 'MEMBRES EN EXERCICE : 10', '', 'MEMBRES VOTANTS : 9', '',
      'Étaient présents : Y. NOIR, A. BLANC, D. GRIS, G. ROSE formant la majorité des membres en exercice.', '',
      'Etaient absents excusés : B. VERT a donné pouvoir à G. ROSE C.', 'PERLE a donné pouvoir à Y. NOIR', '',
      'E. BRUN a donné pouvoir à A. BLANC G. ROUX a donné', 'pouvoir à D. GRIS', '',
      'L. MAUVE a donné pouvoir à Mme Denise', 'GRIS, Mme Anne OCRE.', '', 'Secrétaire de séance : Y. NOIR',
    ].join('\n');
    const a = analyzeText(t);
    assert.deepEqual(a.model.proxies.map((p) => `${p.giver.surname} → ${p.holder.surname}`), ['VERT → ROSE', 'PERLE → NOIR', 'BRUN → BLANC', 'ROUX → GRIS', 'MAUVE → GRIS']);
    assert.deepEqual(findingsOf(t, 'member-count'), [], '4 present + 5 proxies = 9 voters');
  });

  it('reads a substitute whose « suppléant M. X » wraps to the next line, not X listed present', () => {
    const t = [
      'COMITÉ SYNDICAL', 'Séance du 3 mars 2021', 'Présent(s) : M. NOIR Paul (Braize) ; Mme BLANC Anne (Coust) ; M ROSE Olivier',
      'suppléant M. GRIS Jean-Claude (Le Brethon) ; Mme VERT Sabrina (Le Vilhain). Absent(s) excusé(s) : M. BRUN Didier (Braize) ;',
      'M. GRIS Jean-Claude (Le Brethon).',
    ].join('\n');
    const a = analyzeText(t);
    assert.deepEqual(a.model.members.filter((m) => m.attendance === 'present').map((m) => m.surname), ['NOIR', 'BLANC', 'ROSE', 'VERT']);
    assert.deepEqual(findingsOf(t, 'member-duplicate'), []);
  });

  it('compares no count with a list whose next line goes on with the rest of a name in words not read', () => {
    const t = [
      'PROCES VERBAL DU CONSEIL COMMUNAUTAIRE DU LUNDI 21 SEPTEMBRE 2020', 'Membres titulaires 8 Titulaires Présents 6 Pouvoirs 1 Nombre de votants 7',
      'TITULAIRES PRESENTS AVEC VOTE: NOIR BLANC', 'Véronique, Certifiée exécutoire le 24/09/2020 GRIS Jean Pierre,',
      'ROSE Estelle VERT Sophie, Affichée le 24/09/2020 Transmis en', 'préfecture 24/09/2020 BRUN François, ROUX Serge, OCRE Sandrine',
      'EXCUSES: MAUVE Maurice (donne procuration à GRIS Jean Pierre), LILAS Daniel,', 'Secrétaire : GRIS Jean Pierre',
    ].join('\n');
    assert.deepEqual(findingsOf(t, 'member-count'), [], 'not « 6 présents déclarés, la liste en nomme 1 »');
    assert.match(analyzeText(t).findings.find((f) => f.code === 'syntax')?.message ?? '', /des mots ne sont pas lus comme des noms/);
  });

  it('reads a proxy whose holder’s civility ends the line after a comma (« Mme X, ayant donné pouvoir à Mme↵Y Z »)', () => {
    const t = [
      'Séance du 11 avril 2014', 'Nombre de conseillers : En exercice : 4 Présents : 3 Représentés : 1 Votants : 4', '',
      'Étaient Présents : M. Jean NOIR, M. Michel BLANC, Mme Johanna GRIS.', '',
      'Absents ou Excusés : Mme Patricia ROSE, ayant donné pouvoir à Mme', 'Johanna GRIS', '', 'Un scrutin a eu lieu.',
    ].join('\n');
    const a = analyzeText(t);
    assert.deepEqual(a.model.proxies.map((p) => `${p.giver.surname} → ${p.holder.surname}`), ['ROSE → GRIS']);
    assert.deepEqual(findingsOf(t, 'member-count'), []);
  });

  it('reads a proxy on a line of its own that opens with an initial and ends at a label (« L. X a donné pouvoir à N. Y Secrétaire de séance : … »)', () => {
    const t = [
      'Séance du 11 décembre 2019', 'MEMBRES EN EXERCICE : 4', '', 'MEMBRES VOTANTS : 4', '',
      'Étaient présents : Y. NOIR, A. BLANC, D. GRIS formant la majorité des membres en exercice.', '', '', '',
      'L. ROUX a donné pouvoir à D. GRIS Secrétaire de séance : Y. NOIR', '', '', '', 'Date de convocation : 4 décembre 2019',
    ].join('\n');
    const a = analyzeText(t);
    assert.deepEqual(a.model.proxies.map((p) => `${p.giver.surname} → ${p.holder.surname}`), ['ROUX → GRIS']);
    assert.deepEqual(findingsOf(t, 'member-count'), []);
  });

  it('makes no members of the holders of a table of proxies flattened column by column, nor two proxies of one said twice', () => {
    const table = [
      'Ville de NOIRVAL', 'Séance du jeudi 10 décembre 2015', 'Conseillers en exercice au jour de la séance : 8', 'Présents : 6 ; Pouvoirs : 2 .',
      'PRESENTS : M. Bernard NOIR, Maire,', 'M. BLANC, Mme GRIS, M. ROSE,', 'Mme PEENAERT, M. VERT,', 'Conseillers Municipaux.',
      'ABSENTS EXCUSES :', 'Mme OCRE', 'qui a donné', 'Mme MAUVE', 'qui a donné', 'pouvoir', 'pouvoir', 'à', 'à', 'M. BLANC', 'Mme PEENAERT',
      'Lesquels Membres présents forment la majorité de ceux en exercice.',
    ].join('\n');
    assert.deepEqual(findingsOf(table, 'member-duplicate'), []);
    const twice = [
      'Séance du 29 juin 2016', 'Présents : Mme NOIR, Maire, M. BLANC, M. GRIS',
      'Absents : M. ROUX, excusé, pouvoir à M. BLANC Mme VERT, excusée, pouvoir à M. GRIS',
      'APPEL', 'Madame le Maire procède à l’appel. Tous les élus sont présents à l’exception de :',
      'M. ROUX, excusé, pouvoir à M. BLANC Mme VERT, excusée, pouvoir à M. GRIS',
    ].join('\n');
    assert.deepEqual(findingsOf(twice, 'proxy-limit'), [], 'the proxy said again in the roll call is the same one');
  });

  it('counts a substitute as the one seat of the member replaced', () => {
    assert.deepEqual(findingsOf(COUNCIL, 'member-count'), []);
    const t = replaceOnce(COUNCIL, 'Mme Marie-Jeanne BERNABEU suppléante de M. Alain PARIS', 'Mme Marie-Jeanne BERNABEU, M. Alain PARIS');
    assert.deepEqual(findingsOf(t, 'member-count').map((x) => x.range.start.line), [1], 'two seats where there is one');
  });

  it('counts no seat for someone the lists say is no member in office (« (démissionnaire ce jour) », « (Président de la Fédération …) » among the excused)', () => {
    const text = 'Séance du 13 février 2017\nNombre de conseillers en exercice : 5\nPRESENTS : M. Paul NOIR, Mme Anne BLANC, M. Luc GRIS\nABSENTS EXCUSES : Mme Eve ROUX, Mme Léa VERT (démissionnaire ce jour), M. ROSE (Président de la Fédération Départementale des collectivités de l’Eau).\n\nLa séance est ouverte.';
    assert.deepEqual(findingsOf(text, 'member-count'), []);
    assert.equal(findingsOf(text.replace(' (démissionnaire ce jour)', ''), 'member-count').length, 0, 'one more name than seats may be the guest');
    assert.equal(findingsOf(text.replace(' (démissionnaire ce jour)', '').replace(' (Président de la Fédération Départementale des collectivités de l’Eau)', ''), 'member-count').length, 1);
  });

  it('counts the substitutes named only in the seat they take (« Excusés : M. X (remplacé par M. Y) ») among those the act may count present', () => {
    const text = 'Séance du 27 juin 2017\nMembres en exercice : 7 Présents : 4 Votants : 5\nEtaient présents : MM. NOIR, BLANC, Mme GRIS.\nExcusés : M. ROUX (remplacé par M. VERT), Mme ROSE (pouvoir à M. NOIR), M. BRUN, M. OCRE.\n\nLa séance est ouverte.';
    assert.deepEqual(findingsOf(text, 'member-count'), []);
    // More present than those listed and the substitutes: the act's mistake.
    assert.equal(findingsOf(text.replace('Présents : 4', 'Présents : 5'), 'member-count').length, 1);
  });
});

describe('checks: member-duplicate', () => {
  it('takes « M.M » for « MM. »: « M.M COMBARET, TOMI » among the absent is not the « Mme TOMI » present', () => {
    const t = 'COMMUNE D’AJACCIO\nSéance du 26 septembre 2011\nEtaient présents :\nMM. PARODIN, VITALI, Mme TOMI, M. LAUDATO Conseillers Municipaux.\n\nEtaient absents :\nM.M COMBARET, TOMI, RUAULT, Mme PERES, Conseillers Municipaux.\n';
    assert.deepEqual(findingsOf(t, 'member-duplicate'), []);
    assert.equal(findingsOf(t.replace('M.M COMBARET, TOMI', 'Mmes COMBARET, TOMI'), 'member-duplicate').length, 1);
  });

  it('says nothing of a member listed present and represented, each for reports the parentheses name (« (du point 1 au 17 et du point 23 au 27) »)', () => {
    const t = 'SÉANCE DU 16 DÉCEMBRE 2014\nÉTAIENT PRÉSENTS Sylvie NOIR, Charles BLANC (du point 1 au 17 et du point 23 au 27), Laurent GRIS.\nABSENTS REPRÉSENTÉS Charles BLANC a donné procuration à Laurent GRIS (du point 18 au 22 et 28 au 31) Elsa ROSE a donné procuration à Sylvie NOIR.\n';
    assert.deepEqual(findingsOf(t, 'member-duplicate'), []);
    assert.equal(findingsOf(t.replace(' (du point 1 au 17 et du point 23 au 27)', '').replace(' (du point 18 au 22 et 28 au 31)', ''), 'member-duplicate').length, 1, 'without them, listed twice');
  });

  it('reports a person listed present and absent, at the second listing', () => {
    const t = replaceOnce(BASE, 'M. Franck PAGNOT', 'M. Bruno VERNIER');
    const f = findingsOf(t, 'member-duplicate');
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.line, 7);
    assert.equal(textAt(t, f[0].range), 'M. Bruno VERNIER');
    assert.match(f[0].message, /Bruno VERNIER est inscrit aussi dans la liste « Étaient présents »/);
    assert.equal(f[0].related?.[0].range.start.line, 6);
  });

  it('takes an initial and a surname under civilities of both genders for two people (« Mme N. NOIR, … M N. NOIR »)', () => {
    const t = 'Séance du 7 septembre 2020\nPrésents Mme M. BLANC, M JC GRIS, Mme N. NOIR, M A. ROSE, M N. NOIR, Mme L. VERT';
    assert.deepEqual(findingsOf(t, 'member-duplicate'), []);
    assert.equal(findingsOf(t.replace('M N. NOIR', 'Mme N. NOIR'), 'member-duplicate').length, 1, 'one civility twice: one person twice');
  });

  it('takes a list whose label opens with « dont » for a part of the list above, no member listed twice (« ABSENTS OU EXCUSÉS : … DONT ABSENTS SANS POUVOIR : … »)', () => {
    const t = 'Séance du 19 octobre 2017\nPRÉSENTS : 3 Mme Anne ROSE - M. Paul NOIR - M. Luc GRIS. ABSENTS OU EXCUSÉS : 3 Mme Danièle BLANC - M. Christian CHANE - M. Bernard VERT. DONT ABSENTS AVEC POUVOIR : 1 M. Christian CHANE (pouvoir Paul NOIR). DONT ABSENTS SANS POUVOIR : 2 Mme Danièle BLANC - M. Bernard VERT. VÉRIFICATION DU QUORUM : Quorum atteint. Votants : 4 (3 présents et 1 pouvoir).';
    assert.deepEqual(findingsOf(t, 'member-duplicate'), []);
    assert.deepEqual(inspect(analyzeText(t), 'test.delib')[0].attendance.absent.map((p) => p.name).filter((n) => /DONT/.test(n)), [], '« DONT » is no name');
    assert.equal(findingsOf(t.replaceAll('DONT ABSENTS', 'ABSENTS'), 'member-duplicate').length, 2, 'without « dont », two lists');
    assert.deepEqual(findingsOf(t.replaceAll('. DONT ABSENTS', '. DONT\nABSENTS'), 'member-duplicate'), [], '« DONT » at the end of the line above the label');
  });

  it('takes a list written again under the same label, its members in the same order, for no duplicate (a site\'s summary above the act, the act\'s own list cut by the page)', () => {
    const t = 'Page 1: RELEVE DE DECISIONS · Excusés (5) : Roger NOIR, Régis BLANC, Marie ROSE, Jean-Marie BRUN, Hélène VERTE,\n\nConseil de Communauté du 30 mai 2018\n\nL’an deux mille dix-huit et le trente mai à dix-huit heures, le Conseil de Communauté s’est réuni sous la présidence de Monsieur Paul GRIS.\n\nPrésents (4) : Paul GRIS, Luc VERT, Anne NOIRE, Jean\n\nBLEU.\n\nExcusés (5) : Roger NOIR, Régis BLANC, Marie ROSE, Jean-Marie BRUN,\n\nHélène VERTE, Éric DOUL\n';
    assert.deepEqual(findingsOf(t, 'member-duplicate'), []);
    assert.equal(findingsOf(t.replace('\n\nExcusés (5) : Roger', '\n\nAbsents (5) : Roger'), 'member-duplicate').length, 5, 'under another label: each listed twice');
    assert.deepEqual(findingsOf(t.replace('\n\nExcusés (5) : Roger', '\n\nAbsents excusés (5) : Roger'), 'member-duplicate'), [], 'a label of the same role, written otherwise');
  });

  it('takes one delegate under the labels of two members of a syndicat for no duplicate, but under the same label for one', () => {
    const t = 'COMITÉ SYNDICAL\nSéance du vendredi 12 mars 2021\nEtaient présents : Serrigny : Mme Nadine THOMAS Stigny : M. Paul DE DEMO Tissey : M. Thomas LEVOY Communauté de Communes « Le Tonnerrois en Bourgogne » : Mme Delphine GRIFFON, Mme Nadine THOMAS, M. Thomas LEVOY';
    assert.deepEqual(findingsOf(t, 'member-duplicate'), []);
    const twice = 'COMITÉ SYNDICAL\nSéance du vendredi 12 mars 2021\nEtaient présents : Serrigny : Mme Nadine THOMAS, Mme Nadine THOMAS Stigny : M. Paul DE DEMO';
    assert.equal(findingsOf(twice, 'member-duplicate').length, 1);
  });

  it('reads the labels of members named by their place first (« Roche aux Fées Communauté : », « Rennes Métropole (compétences obligatoires) : »), one delegate under two of them resolving to either', () => {
    const t = 'COMITÉ SYNDICAL\nSéance du vendredi 28 septembre 2018\nMembres présents prenant part au vote : Roche aux Fées Communauté : M. NOIR René. Rennes Métropole (compétences obligatoires) : M. BLANC Paul ; Mme GRIS Anne. Communes de Rennes Métropole : Mme GRIS Anne ; M. VERT Luc. Absents excusés : Vitré Communauté : M. ROSE Marc. Pouvoirs : Vitré Communauté : M. ROSE Marc donne procuration à Mme GRIS Anne';
    const a = analyzeText(t, { communes: true });
    assert.deepEqual(inspect(a, 'test.delib')[0].attendance.present.map((p) => p.name), ['M. NOIR René', 'M. BLANC Paul', 'Mme GRIS Anne', 'Mme GRIS Anne', 'M. VERT Luc']);
    assert.deepEqual(a.findings.filter((f) => f.code === 'person-ambiguous' || f.code === 'commune-unknown'), [], 'no hint on the members nor on the holder written twice');
  });

  it('reports a person listed again with the accents of the given name left out (« Hélène », « Helene »)', () => {
    const f = findingsOf(replaceOnce(BASE, 'M. Franck PAGNOT', 'Mme Helene MARCHAND'), 'member-duplicate');
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.line, 7);
  });

  it('says nothing of a member listed for another séance, two séances\' minutes flattened into one paragraph', () => {
    const t = 'Conseil syndical - 21 et 29 juin 2016 SÉANCE DU MARDI 21 JUIN 2016 Présents : Madame Chantal NOIR, Monsieur Éric GRIS. Absents excusés : Monsieur Joël ROUX, Madame Anne VERT SÉANCE DU MERCREDI 29 JUIN 2016 Présents : Monsieur Éric GRIS, Madame Anne VERT Absents excusés : Madame Chantal NOIR';
    assert.deepEqual(findingsOf(t, 'member-duplicate'), []);
    // (The same séance's heading written again is no other séance: the member listed twice is reported.)
    assert.ok(findingsOf(t.replace('SÉANCE DU MERCREDI 29 JUIN 2016', 'SÉANCE DU MARDI 21 JUIN 2016'), 'member-duplicate').length > 0);
  });

  it('takes no communauté named after a delegate for a member (« Robert NOIR – C.C Val de Gâtine ; Claude BLANC – C.C Val de Gâtine ; … »), nor a name written three times for one listed twice', () => {
    const t = 'COMPTE RENDU DU CONSEIL SYNDICAL REUNION DU MERCREDI 18 DECEMBRE 2019\nEtaient présents (4) :\nRobert NOIR – C.C Val de Gâtine ; Claude BLANC – C.C Val de Gâtine ; Christiane GRIS – C.C Val de Gâtine ; Bernard ROUX – SYNDICAT DE GÂTINE.\nAbsents excusés ayant donné pouvoir (1) :\nJean-Philippe VERT - C.C Val de Gâtine donne pouvoir à Robert NOIR';
    assert.deepEqual(problems(analyzeText(t)).filter((p) => p.severity === 'error'), []);
    assert.deepEqual(inspect(analyzeText(t), 't.delib')[0].attendance.present.map((p) => p.name), ['Robert NOIR', 'Claude BLANC', 'Christiane GRIS', 'Bernard ROUX']);
    // (A name written three times is a place or a group read as a name, not a member listed twice; twice, it is.)
    const thrice = 'Séance du 3 mars 2025\nPrésents : Anne VERT, Val DEGATINE, Luc GRIS, Val DEGATINE, Marc ROUX, Val DEGATINE';
    assert.deepEqual(findingsOf(thrice, 'member-duplicate'), []);
    assert.equal(findingsOf(thrice.replace(/, Val DEGATINE$/, ''), 'member-duplicate').length, 1);
  });

  it('reports a person twice in one list', () => {
    const f = findingsOf(replaceOnce(BASE, 'Mme Claire DUBOZ, M. Patrice ROUSSEL', 'Mme Claire DUBOZ, M. Bruno VERNIER'), 'member-duplicate');
    assert.match(f[0].message, /deux fois dans la même liste/);
  });

  it('takes a surname alone under two civilities for two people (« M MANTRAND » present, « Mme MANTRAND par Mme QUINET »)', () => {
    const text = 'Séance du 24 septembre 2012\nPRÉSENTS : M NOIR, Mme QUINET, M MANTRAND, Mme PERSIDE.\nPROCURATIONS : Mme MANTRAND par Mme QUINET - M LECOT par M NOIR.\n\nLa séance est ouverte.';
    assert.deepEqual(codes(text), []);
    assert.ok(codes(text.replace('Mme MANTRAND par', 'M MANTRAND par')).length > 0, 'the same civility: one person, present and giving a proxy');
  });

  it('does not take two members with the same surname for one person', () => {
    assert.deepEqual(findingsOf(COUNCIL, 'member-duplicate'), []);
    const t = 'Étaient présents : M. Jean DUPONT, M. Jacques DUPONT\nÉtaient absents : Mme Julie DUPONT';
    assert.deepEqual(findingsOf(t, 'member-duplicate'), []);
  });
  const SURNAMES = 'COMPTE RENDU DE LA RÉUNION DU CONSEIL MUNICIPAL DU 6 DECEMBRE 2012\nÉtaient présents : Mr LE ROUX, Maire, Mme GAUTIER, Mrs BORDIER, BOULAY, GOUAS, Mme JARDIN et Mr VEILLÉ.\nExcusés : Mr BOURDAIS et Mme LAUNAY.\nAbsent : Mr GOUAS\nSecrétaire : Mme JARDIN.';

  it('reports a surname written alone both present and absent in a municipal council, the act naming no other', () => {
    const f = findingsOf(SURNAMES, 'member-duplicate');
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.line, 3);
    assert.match(f[0].message, /^GOUAS est inscrit aussi dans la liste « Étaient présents » \(le nom seul, sans autre membre de ce nom\)\.$/);
    // (So the whole name listed present, then the surname alone with the same civility among those represented.)
    const whole = 'COMPTE RENDU DE LA RÉUNION DU CONSEIL MUNICIPAL DU 28 JUIN 2023\nPRÉSENTS : Mme Anne NOIR, M. Paul BLANC, Mme Nadia ROSE\nABSENTS REPRÉSENTÉS PAR POUVOIR : Mme ROSE représentée par M. BLANC\nLa séance est ouverte.';
    assert.deepEqual(findingsOf(whole, 'member-duplicate').map((x) => x.range.start.line), [2]);
    assert.deepEqual(findingsOf(whole.replace('Mme ROSE représentée', 'M. ROSE représenté'), 'member-duplicate'), [], 'the other civility');
  });

  it('counts a surname alone written present and excused once, its plural civility on the line above (« Présents : Mmes X et Y. ↵ MM A, …, ROUX ↵ Excusé : M ROUX, pouvoir à M A »)', () => {
    const t = 'Le conseil municipal s’est réuni le 19 décembre 2011.\n\nPrésents : Mmes ALLERME et DANET.\nMM BERNARD, BURGUN, CONTARD, ROUX et SEGURA.\nExcusé : M ROUX, pouvoir à M BERNARD et Mme SONJON.\nNombre de membres du conseil en exercice : 8\nNombre de membres présents : 6\nNombre de membres représentés : 1';
    const dup = findingsOf(t, 'member-duplicate');
    assert.deepEqual(dup.map((f) => f.range.start.line), [4]);
    // The seat is counted once: 8 named for 8 in office; the present list, naming ROUX, makes 7 for 6 declared.
    assert.deepEqual(findingsOf(t, 'member-count').map((f) => f.message), ['6 présents déclarés, la liste des présents en nomme 7.']);
  });

  it('says nothing of a surname alone listed twice where two members may bear it', () => {
    assert.deepEqual(findingsOf(SURNAMES.replace('Absent : Mr GOUAS', 'Absente : Mme GOUAS'), 'member-duplicate'), [], 'a man present, a woman absent');
    assert.deepEqual(findingsOf(SURNAMES.replace('BOULAY, GOUAS', 'BOULAY, GOUAS, GOUAS'), 'member-duplicate').filter((f) => f.range.start.line === 3), [], 'the surname three times');
    assert.deepEqual(findingsOf(SURNAMES.replace('Absent : Mr GOUAS', 'Absent : Mr GOUAS (arrivé au point 2)'), 'member-duplicate'), [], 'an arrival explains it');
    assert.deepEqual(findingsOf(SURNAMES.replace('CONSEIL MUNICIPAL', 'COMITÉ SYNDICAL'), 'member-duplicate'), [], 'a syndicate lists substitutes');
    assert.deepEqual(findingsOf(SURNAMES.replace('Absent : Mr GOUAS', 'Absent : Mr Paul GOUAS'), 'member-duplicate'), [], 'a given name on one side: not the same writing');
  });
});

describe('checks: proxy-holder-absent', () => {
  it('reports a proxy given to an absent member, at the holder', () => {
    const t = replaceOnce(BASE, '(pouvoir à M. Bruno VERNIER)', '(pouvoir à M. Franck PAGNOT)');
    const f = findingsOf(t, 'proxy-holder-absent');
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.line, 7);
    assert.equal(textAt(t, f[0].range), 'M. Franck PAGNOT');
    assert.match(f[0].message, /Franck PAGNOT détient le pouvoir de Valérie TISSOT mais n’est pas présent/);
    assert.match(findingsOf(t, 'proxy-holder-absent', { locale: 'en' })[0].message, /Franck PAGNOT holds the proxy of Valérie TISSOT but is not present/);
  });

  it('reports a holder who has left by the report, naming the report', () => {
    const t = replaceOnce(COUNCIL, 'Mandataires : J. GROSPERRIN, A. GROSPERRIN', 'Mandataires : J. GROSPERRIN, A. MARTIN');
    const f = findingsOf(t, 'proxy-holder-absent');
    assert.deepEqual(f.map((x) => x.range.start.line), [6]);
    assert.match(f[0].message, /A\. MARTIN détient le pouvoir de J\. DURAND mais n’est pas présente au rapport 2\.1/);
  });

  it('reports a holder who shares a surname with one present but not the given name, when the list of those present is whole by the count', () => {
    // The absent member F. PAGNOT is not named in the lists: 6 of 7 listed, so the lists are not whole, only that of the present.
    const t = replaceOnce(replaceOnce(BASE, ', M. Franck PAGNOT', ''), '(pouvoir à M. Bruno VERNIER)', '(pouvoir à M. Pierre VERNIER)');
    const f = findingsOf(t, 'proxy-holder-absent');
    assert.deepEqual(f.map((x) => textAt(t, x.range)), ['M. Pierre VERNIER']);
    assert.match(f[0].message, /Pierre VERNIER détient le pouvoir de Valérie TISSOT mais ne figure pas parmi les 4 présents \(la liste nomme Bruno VERNIER\)/);
    assert.deepEqual(findingsOf(replaceOnce(t, 'Présents : 4', 'Présents : 5'), 'proxy-holder-absent'), [], 'a count that says one present is not listed');
    assert.deepEqual(findingsOf(replaceOnce(t, 'M. Pierre VERNIER)', 'M. Jean-Bruno VERNIER)'), 'proxy-holder-absent'), [], 'a given name that holds the listed one');
    assert.deepEqual(findingsOf(replaceOnce(t, 'M. Pierre VERNIER)', 'M. P. VERNIER)'), 'proxy-holder-absent'), [], 'an initial');
    const bruna = replaceOnce(t, 'M. Pierre VERNIER)', 'Mme Bruna VERNIER)');
    assert.deepEqual(findingsOf(bruna, 'proxy-holder-absent').length, 1, 'another given name');
    assert.deepEqual(findingsOf(replaceOnce(t, 'M. Pierre VERNIER)', 'M. Brun VERNIER)'), 'proxy-holder-absent'), [], 'the listed given name cut (or in its other gender: Michel, Michelle)');
  });

  it('does not report a holder who arrives at the report from which the proxy runs', () => {
    assert.deepEqual(findingsOf(COUNCIL, 'proxy-holder-absent'), []);
  });
});

describe('checks: proxy-giver-present', () => {
  it('reports a proxy given by a member present at a report where it runs', () => {
    const t = replaceOnce(COUNCIL, 'Mandants : P. DURAND, J. DURAND', 'Mandants : P. DURAND, A. MARTIN (à partir du 1.1)');
    const f = findingsOf(t, 'proxy-giver-present');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'error');
    assert.equal(f[0].range.start.line, 5);
    assert.match(f[0].message, /A\. MARTIN donne pouvoir alors qu’il est présent au rapport 1\.1/);
  });

  it('does not report a proxy given after the giver has left', () => {
    const t = replaceOnce(COUNCIL, 'Mandants : P. DURAND, J. DURAND', 'Mandants : P. DURAND, A. MARTIN (à partir du 2.1)');
    assert.deepEqual(findingsOf(t, 'proxy-giver-present'), []);
  });

  it('asks (information) when a member listed present for the whole séance gives a proxy with no report named', () => {
    const t = replaceOnce(COUNCIL, 'Mandants : P. DURAND', 'Mandants : D. SCHAUSS');
    const f = findingsOf(t, 'proxy-giver-present');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'information');
  });
});

describe('checks: proxy-limit', () => {
  it('reports a member holding two proxies, at the second', () => {
    const t = replaceOnce(BASE, '(pouvoir à M. Bruno VERNIER)', '(pouvoir à Mme Hélène MARCHAND)');
    const f = findingsOf(t, 'proxy-limit');
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.line, 7);
    assert.equal(f[0].range.start.character, t.split('\n')[7].lastIndexOf('Mme Hélène MARCHAND'));
    assert.match(f[0].message, /Hélène MARCHAND détient 2 pouvoirs ; la loi n’en permet qu’un/);
    assert.match(findingsOf(t, 'proxy-limit', { locale: 'en' })[0].message, /holds 2 proxies; the law allows one/);
  });

  it('does not count successive proxies that run over different reports', () => {
    const t = replaceOnce(
      COUNCIL,
      'Mandants : P. DURAND, J. DURAND, L. PETIT (à partir du 1.2),\nMandataires : J. GROSPERRIN, A. GROSPERRIN, J. DUPONT (à partir du 1.2),',
      "Mandants : P. DURAND (jusqu'au 1.1), J. DURAND (à partir du 1.2),\nMandataires : J. GROSPERRIN, J. GROSPERRIN,",
    );
    assert.deepEqual(findingsOf(t, 'proxy-limit'), []);
    assert.equal(findingsOf(t.replace("(jusqu'au 1.1)", "(jusqu'au 1.2)"), 'proxy-limit').length, 1, 'overlapping at 1.2');
  });
});

describe('checks: quorum', () => {
  it('reports a report voted with fewer present than the majority of members in office', () => {
    const t = replaceOnce(BASE, 'en exercice : 7', 'en exercice : 9').replace(
      'M. Franck PAGNOT',
      'M. Franck PAGNOT, M. Paul DURAND, M. Luc PETIT',
    );
    const f = findingsOf(t, 'quorum');
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.line, 9, 'at the vote');
    assert.match(f[0].message, /4 présents, il en faut 5 sur 9 en exercice/);
    assert.match(findingsOf(t, 'quorum', { locale: 'en' })[0].message, /4 present, 5 needed out of 9 in office/);
  });

  it('says nothing of a séance convened again after one without its quorum (« … dûment reconvoqué peut délibérer sans condition de quorum »)', () => {
    const t = replaceOnce(BASE, 'en exercice : 7', 'en exercice : 9').replace('M. Franck PAGNOT', 'M. Franck PAGNOT, M. Paul DURAND, M. Luc PETIT');
    assert.equal(findingsOf(t, 'quorum').length, 1);
    const again = `${t}\nLe quorum n’ayant pas été atteint le 23 juin, le conseil dûment reconvoqué peut délibérer sans condition de quorum.`;
    assert.deepEqual(findingsOf(again, 'quorum'), []);
    // (« Quorum non nécessaire car 2 ème convocation ».)
    assert.deepEqual(findingsOf(`${t}\nQuorum non nécessaire car 2 ème convocation.`, 'quorum'), []);
  });

  it('does not count proxies toward the quorum, and says nothing when it is reached', () => {
    assert.deepEqual(findingsOf(BASE, 'quorum'), [], '4 present of 7');
    const t = replaceOnce(replaceOnce(BASE, 'Présents : 4', 'Présents : 3'), 'Étaient présents : Mme Hélène MARCHAND, ', 'Étaient présents : ').replace(
      'Étaient absents excusés : ',
      'Étaient absents excusés : Mme Hélène MARCHAND (pouvoir à M. Bruno VERNIER), ',
    );
    assert.equal(findingsOf(t, 'quorum').length, 1, '3 present and 3 proxies: no quorum');
  });

  it('says nothing under the health emergency when no count is stated and proxies name no holder', () => {
    const t = [
      'Séance du 21 septembre 2020', 'Membres en fonction : 6',
      'Étaient présents : Mesdames Sabine NOIR, Viviane BLANC. Messieurs Patrick GRIS.', '',
      'Avaient donné procuration : Madame Murielle ROUX. Monsieur Guy VERT.', '', 'Excusée : Madame Christiane OCRE', '',
      'Ordre du jour', '1) Approbation du procès-verbal',
    ].join('\n');
    assert.deepEqual(findingsOf(t, 'quorum'), [], 'nothing to count from: no « 0 présent »');
  });

  it('applies arrivals and departures at the report voted', () => {
    // At 2.1, Anne MARTIN has left: 5 present of 9 is a quorum, 4 would not be.
    assert.deepEqual(findingsOf(COUNCIL, 'quorum'), []);
    const t = replaceOnce(COUNCIL, 'M. Damien SCHAUSS Roset', "M. Damien SCHAUSS (jusqu'au 1.2) Roset");
    const f = findingsOf(t, 'quorum');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /au rapport 2\.1/);
  });

  it('lets the counts of the opening leave out a member who came for a report the order does not hold', () => {
    // 5 in office all listed, 3 present at the quorum's count: the third came later, for a report not read.
    const text = 'COMMUNE DE SEMUSSAC CONSEIL MUNICIPAL ORDINAIRE VENDREDI 8 JUIN 2018 à 19h En exercice : 5, Présents : 3, Votants : 4\n\nPrésents : Anne NOIR, Paul BLANC, Marc ROUX, Léa VERT (arrivée pour la délibération D2018/36)\n\nAbsent excusé : Luc GRIS a donné pouvoir à Anne NOIR\n\nLe conseil est invité à se prononcer.';
    assert.deepEqual(findingsOf(text, 'member-count'), []);
    // Without the arrival, the list names one more than the count.
    assert.match(findingsOf(text.replace(' (arrivée pour la délibération D2018/36)', ''), 'member-count')[0].message, /3 présents déclarés, la liste des présents en nomme 4/);
  });

  it('applies a presence for some reports only (« aux points 1.1 et 1.2 », « sauf au point 2.1 ») at the report voted', () => {
    for (const points of ['aux points 1.1 et 1.2', 'sauf au point 2.1', '(sauf au point 2.1)']) {
      const t = replaceOnce(COUNCIL, 'M. Damien SCHAUSS Roset', `M. Damien SCHAUSS ${points} Roset`);
      const f = findingsOf(t, 'quorum');
      assert.equal(f.length, 1, points);
      assert.match(f[0].message, /au rapport 2\.1/);
    }
    // Present at 2.1: the quorum holds.
    assert.deepEqual(findingsOf(replaceOnce(COUNCIL, 'M. Damien SCHAUSS Roset', 'M. Damien SCHAUSS aux points 1.2 et 2.1 Roset'), 'quorum'), []);
  });

  it('does not count the interested members who leave the room, found in the lists by name and initials', () => {
    const leave = (text: string) => replaceOnce(COUNCIL, 'ne prennent pas part au vote.', text);
    assert.deepEqual(findingsOf(leave('ne prennent pas part au vote et restent en séance.'), 'quorum'), [], 'they stay: 5 of 9');
    assert.match(findingsOf(leave('ne prennent pas part aux débats et quittent la salle.'), 'quorum')[0].message, /3 présents, il en faut 5/);
    // Two GROSPERRIN sit: « J. GROSPERRIN » is one of them, by his initial.
    const one = replaceOnce(COUNCIL, 'MM. J. DUPONT (2) et D. SCHAUSS, conseillers intéressés, ne prennent pas part au vote.', 'M. J. GROSPERRIN, conseiller intéressé, quitte la salle.');
    assert.match(findingsOf(one, 'quorum')[0].message, /4 présents, il en faut 5/);
  });

  it('takes the interested members from their sentence alone in an act flattened into one paragraph', () => {
    const text = 'Séance du jeudi 16 novembre 2017. Conseillers en exercice : 5. Étaient présents : M. Paul NOIR, Mme Anne BLANC, M. Luc VERT, Mme Eve ROSE, M. Marc BRUN. M. Paul NOIR ouvre la séance. Mme Anne BLANC est élue secrétaire. Mme Eve ROSE, conseillère intéressée, quitte la salle. Le conseil approuve la subvention. Pour : 4 Contre : 0 Abstention : 0';
    assert.deepEqual(findingsOf(text, 'quorum'), [], 'one member leaves: 4 present of 5, 3 needed');
    assert.deepEqual(codes(text), [], 'the 4 votes leave out the interested member who left');
    assert.deepEqual(codes(text.replace('Pour : 4', 'Pour : 3')), ['vote-count@0'], '3 votes: neither 5 present nor 4');
  });
});

describe('checks: vote-count', () => {
  it('reports votes that do not add up to present and represented, with each figure', () => {
    const t = replaceOnce(BASE, 'Pour : 4', 'Pour : 5');
    const f = findingsOf(t, 'vote-count');
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.line, 10);
    assert.match(f[0].message, /Les votes totalisent 7 \(pour 5, contre 1, abstention 1, ne prenant pas part 0\) ; 4 présents et 2 représentés font 6/);
    assert.match(findingsOf(t, 'vote-count', { locale: 'en' })[0].message, /The votes add up to 7/);
  });

  it('counts who does not take part in the vote', () => {
    assert.deepEqual(findingsOf(COUNCIL, 'vote-count'), [], '5 + 3 = 8 = 5 present + 3 proxies at 2.1');
    const f = findingsOf(replaceOnce(COUNCIL, 'Pour : 5', 'Pour : 6'), 'vote-count');
    assert.deepEqual(f.map((x) => x.range.start.line), [11]);
  });

  it('reads the counts of a vote written on one line (no false vote-count)', () => {
    const t = replaceOnce(BASE, 'Pour : 4\nContre : 1 (M. Patrice ROUSSEL)\nAbstention : 1 (Mme Claire DUBOZ)', 'Pour : 4 ; Contre : 1 (M. Patrice ROUSSEL) ; Abstention : 1 (Mme Claire DUBOZ)');
    assert.deepEqual(findingsOf(t, 'vote-count'), []);
    assert.equal(findingsOf(t.replace('Pour : 4 ;', 'Pour : 3 ;'), 'vote-count').length, 1);
  });

  it('takes a member’s withdrawal said before a vote, in a line that holds many votes, as that vote’s (a flattened act)', () => {
    const head = BASE.split('\n').slice(0, 8).join(' ');
    const t = `${head} Délibération n°2025-012 M. Patrice ROUSSEL décide de ne pas prendre part au vote. Le conseil adopte le compte rendu par 4 voix pour et 1 abstention. Délibération n°2025-013 Le conseil adopte le budget par 4 voix pour et 1 contre.`;
    // 5 voices of the 6 voters: the first vote, one member withdrawn, agrees; the second does not.
    const f = findingsOf(t, 'vote-count');
    assert.equal(f.length, 1);
    assert.ok(f[0].range.start.character > t.indexOf('2025-013'), 'the second vote is reported, not the first');
  });

  it('reports named votes that are not as many as the count', () => {
    const t = replaceOnce(BASE, 'Contre : 1 (M. Patrice ROUSSEL)', 'Contre : 1 (M. Patrice ROUSSEL, M. Bruno VERNIER)');
    const f = findingsOf(t, 'vote-count');
    assert.deepEqual(f.map((x) => x.range.start.line), [11]);
    assert.match(f[0].message, /1 annoncé, 2 nommés/);
    // A function between two names is no end of the names; a name after the sentence is no voter.
    assert.match(findingsOf(replaceOnce(BASE, 'Contre : 1 (M. Patrice ROUSSEL)', 'Contre : 1 (M. Patrice ROUSSEL, adjoint, M. Bruno VERNIER)'), 'vote-count')[0].message, /1 annoncé, 2 nommés/);
    assert.deepEqual(findingsOf(replaceOnce(BASE, 'Contre : 1 (M. Patrice ROUSSEL)', 'Contre : 1 (M. Patrice ROUSSEL). Conformément au Code, M. Bruno VERNIER signe le registre.'), 'vote-count'), []);
    // Names in parentheses after a zero are a mistake; names run on right after a zero (a margin's « Contre : 00 » in the
    // middle of a list) name no voter.
    assert.ok(findingsOf(replaceOnce(BASE, 'Contre : 1 (M. Patrice ROUSSEL)', 'Contre : 0 (M. Patrice ROUSSEL)'), 'vote-count').some((x) => /0 annoncé, 1 nommé/.test(x.message)));
    assert.ok(!findingsOf(replaceOnce(BASE, 'Contre : 1 (M. Patrice ROUSSEL)', 'Contre : 00 M. Patrice ROUSSEL, M. Bruno VERNIER'), 'vote-count').some((x) => /nommé/.test(x.message)));
  });
});

describe('checks: vote-unanimity', () => {
  it('reports unanimity with votes against, at the votes against', () => {
    const t = replaceOnce(replaceOnce(COUNCIL, 'Pour : 5', 'Pour : 4'), 'Contre : 0', 'Contre : 1');
    const f = findingsOf(t, 'vote-unanimity');
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.line, 12);
    assert.match(f[0].message, /unanimité avec 1 vote contre/);
    assert.match(findingsOf(t, 'vote-unanimity', { locale: 'en' })[0].message, /unanimous with 1 vote against/);
    assert.deepEqual(findingsOf(t, 'vote-count'), [], 'the counts still add up');
  });

  it('accepts unanimity with no vote against, and a majority with votes against', () => {
    assert.deepEqual(findingsOf(COUNCIL, 'vote-unanimity'), []);
    assert.deepEqual(findingsOf(BASE, 'vote-unanimity'), []);
  });
});

describe('checks: interested-count', () => {
  it('accepts non-participants that are the interested councillors with their proxies (« (2) »)', () => {
    assert.deepEqual(findingsOf(COUNCIL, 'interested-count'), []);
  });

  it('reports a number of non-participants other than the interested councillors and their proxies', () => {
    const t = replaceOnce(replaceOnce(COUNCIL, 'Ne prennent pas part au vote : 3', 'Ne prennent pas part au vote : 2'), 'Pour : 5', 'Pour : 6');
    const f = findingsOf(t, 'interested-count');
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.line, 14);
    assert.match(f[0].message, /2 ne prennent pas part au vote, mais les conseillers intéressés nommés \(avec leurs pouvoirs\) font 3/);
    assert.match(findingsOf(t, 'interested-count', { locale: 'en' })[0].message, /2 do not vote, but the interested councillors named \(with their proxies\) make 3/);
  });
});

describe('checks: interested-count against the proxies of the lists', () => {
  it('reports « (n) » that is not one more than the proxies the lists give that councillor', () => {
    const t = replaceOnce(COUNCIL, 'MM. J. DUPONT (2)', 'MM. J. DUPONT (3)');
    const f = findingsOf(t, 'interested-count');
    assert.ok(f.some((x) => x.range.start.line === 9 && textAt(t, x.range).includes('DUPONT')), f.map((x) => x.message).join(' / '));
    assert.match(f.find((x) => x.range.start.line === 9)!.message, /compte pour 3 voix ici, mais détient 1 pouvoir/);
  });
});

describe('checks: a surname alone written present from a report and excused until it', () => {
  // The minutes of a commune: 6 in office, 5 present at the opening (VERT arrives at question 3), VERT's proxy until then
  // and ROSE's from question 2, 6 voters at the opening; no order of the questions to place them.
  const T = [
    'COMMUNE DE DIEPPE',
    'Nombre de conseillers en exercice : 6 Nombre de présents : 4 Nombre de votants : 5',
    'LE VINGT SIX JUIN DEUX MILLE TROIS',
    'Sont présents : M. NOIR, Maire, M. BLANC, Mme GRIS (à partir de la question n°3), Mme ROUSSE, Mme ROSE (jusqu’à la question n°1). Absents et excusés : M. BRUN, Mme GRIS (jusqu’à la question n°2), Mme ROSE (à partir de la question n°2). Pouvoirs ont été donnés par Mme GRIS à M. BLANC (jusqu’à la question n°2), Mme ROSE à M. NOIR (à partir de la question n°2). Secrétaire de séance : Mme ROUSSE.',
  ].join('\n');

  it('counts one seat for each and names no one twice', () => {
    const a = analyzeText(T);
    assert.deepEqual(problems(a).map((f) => `${f.code}: ${flat(f.message)}`), []);
    assert.deepEqual(a.findings.filter((f) => f.code === 'person-ambiguous').map((f) => flat(f.message)), []);
  });

  it('still reports one member more than the seats', () => {
    const f = findingsOf(T.replace('Mme ROUSSE, Mme ROSE', 'Mme ROUSSE, M. MAUVE, Mme ROSE'), 'member-count');
    assert.match(flat(f.map((x) => x.message).join(' ')), /6 membres en exercice déclarés, les listes en nomment 7/);
  });
});

describe('checks: person-ambiguous', () => {
  it('reports (as a hint) an initial that fits two members, naming both', () => {
    const t = replaceOnce(COUNCIL, 'Mandataires : J. GROSPERRIN', 'Mandataires : GROSPERRIN');
    const f = findingsOf(t, 'person-ambiguous');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'hint');
    assert.equal(f[0].range.start.line, 6);
    assert.match(flat(f[0].message), /Jacques GROSPERRIN ou Arnaud GROSPERRIN/);
  });

  it('says a name is in no list only when the lists hold every member in office', () => {
    // COUNCIL lists its 9 members in office: a holder no list names is pointed at.
    const stranger = replaceOnce(COUNCIL, 'Mandataires : J. GROSPERRIN', 'Mandataires : Z. INCONNU');
    assert.match(flat(findingsOf(stranger, 'person-ambiguous').map((f) => f.message).join(' ')), /Z\. INCONNU/);
    // Without the absent members' list, the lists are not whole: the name may be in a list not read; silence.
    const partial = stranger.replace(/^Étaient absents : .*$/m, '');
    assert.deepEqual(findingsOf(partial, 'person-ambiguous').filter((f) => /INCONNU/.test(flat(f.message))), []);
  });

  it('says nothing of a name that fits one member written in several rolls (a syndicat’s roll per competence)', () => {
    const roll = 'Présents : M. Paul BESNARD (Arcueil), M. Jean SITBON (Asnières-sur-Seine), M. Luc NOIR (Bagneux).';
    const t = `Séance du 13 décembre 2022\nCompétence électricité. ${roll}\nCompétence gaz. ${roll}\nCompétence réseaux. ${roll}\nOnt donné pouvoir : M. Marc DUKAN (Créteil) à M. BESNARD, M. Eric SADI (Bobigny) à M. SITBON.\n`;
    assert.deepEqual(findingsOf(t, 'person-ambiguous').map((f) => flat(f.message)), []);
  });

  it('resolves J. GROSPERRIN and A. GROSPERRIN to their members', () => {
    assert.deepEqual(findingsOf(COUNCIL, 'person-ambiguous'), []);
  });
});
