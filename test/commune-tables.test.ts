// Tables of communes and their delegates flattened by a PDF extraction (« BESSAY sur ALLIER MM. X et Y MERCY … »):
// the reader of lists tells the communes from the names with the official list of communes. The names are invented,
// the communes real (the tables of a syndicat or a communauté of one département).
import assert from 'node:assert/strict';
import { analyze } from '../core/analyze';
import { loadCommuneIndex } from '../core/communes/index';
import { inspect } from '../core/features/inspect';

const communes = loadCommuneIndex();
const read = (text: string, withCommunes = true) => inspect(analyze(text, { communes: withCommunes ? communes : undefined }), 'test.delib')[0];
const present = (text: string, withCommunes = true) => read(text, withCommunes).attendance.present.map((p) => p.name);

describe('reader: a table of communes and delegates run into one line', () => {
  it('reads names written given name first between communes in capitals (« ALLES SUR DORDOGNE Michel NOIR BADEFOLS SUR DORDOGNE … »)', () => {
    const text = 'Séance du 16 février 2016\nPrésents : ALLES SUR DORDOGNE Michel NOIR BADEFOLS SUR DORDOGNE Claude BLANC Paul ROUGE Annick VERT BEAUMONTOIS EN PERIGORD Dominique GRIS LALINDE Jean BRUN MOLIERES Anne ROSE\nAbsents : Luc MAUVE';
    assert.deepEqual(present(text), ['Michel NOIR', 'Claude BLANC', 'Paul ROUGE', 'Annick VERT', 'Dominique GRIS', 'Jean BRUN', 'Anne ROSE']);
    assert.notDeepEqual(present(text, false), present(text), 'without the list of communes, their words are taken for names');
  });

  it('reads names written surname first after their commune (« ANGAIS NOIR Hubert, ARBEOST VERT Cyrille ARROS DE NAY d’ARROS Gérard »)', () => {
    const text = 'Séance du 30 novembre 2020\nPrésents : ANGAIS NOIR Hubert, BLANC Jean-Laurent ARBEOST VERT Cyrille ARROS DE NAY d’ARROS Gérard, ROUGE Patrick ASSON GRIS Marc, BRUN Michel BENEJACQ ROSE Anne-Marie, MAUVE Luc\nAbsents : ORANGE Paul';
    assert.deepEqual(present(text), ['NOIR Hubert', 'BLANC Jean-Laurent', 'VERT Cyrille', 'd’ARROS Gérard', 'ROUGE Patrick', 'GRIS Marc', 'BRUN Michel', 'ROSE Anne-Marie', 'MAUVE Luc']);
  });

  it('reads delegates after their civility between communes, and communes with no delegate present (« BEAULON MM. NOIR et BLANC BESSAY sur ALLIER MERCY Mmes … »)', () => {
    const text = 'Séance du 16 mars 2021\nEtaient présents : BEAULON MM. NOIR et BLANC BESSAY sur ALLIER MERCY Mmes ROUGE et VERT CHAPEAU M. GRIS et Mme BRUN LA CHAPELLE aux CHASSES MONETAY sur LOIRE M. ROSE DIOU M. MAUVE\nAbsents : M. ORANGE';
    assert.deepEqual(present(text), ['NOIR', 'BLANC', 'ROUGE', 'VERT', 'M. GRIS', 'Mme BRUN', 'M. ROSE', 'M. MAUVE']);
  });

  it('reads delegates named by their initials, their commune in capitals run into the last surname (« I. NOIR, Ph. BLANC APREMONT : G. ROUGE, S. VERT : D. GRIS, J-Ph. BRUN BELLEVIGNY : … GENETOUZE (LA) : … »)', () => {
    const text = 'Séance du 21 septembre 2020\nPrésents : AIZENAY: F. ROY, I. NOIR, Ph. BLANC APREMONT : G. ROUGE, S. VERT : D. GRIS, J-Ph. BRUN BELLEVIGNY : J. MAUVE, M-D. ROSE GENETOUZE (LA) : G. OCRE, S. JAUNE LUCS-SUR-BOULOGNE (LES) : D. LILAS, Ch. CYAN SAINT-DENIS LA CHEVASSE : M. ORANGE Absents excusés : AIZENAY : R. PARME\n\nLe conseil approuve.';
    const a = analyze(text, { communes });
    assert.deepEqual(inspect(a, 'test.delib')[0].attendance.present.map((p) => p.name), ['F. ROY', 'I. NOIR', 'Ph. BLANC', 'G. ROUGE', 'S. VERT', 'D. GRIS', 'J-Ph. BRUN', 'J. MAUVE', 'M-D. ROSE', 'G. OCRE', 'S. JAUNE', 'D. LILAS', 'Ch. CYAN', 'M. ORANGE']);
    // The article after the name is the official name's (« La Génétouze »); the hyphens missing are not.
    assert.deepEqual(a.findings.filter((f) => f.code.startsWith('commune')).map((f) => f.message), ['Orthographe officielle : « Saint-Denis-la-Chevasse » (traits d’union).']);
  });

  it('reads a table whose communes are in small letters before names given name first, and a member marked away in it (« Anneville sur Mer Simone NOIR Millières Raymond BLANC … Jean-Louis GRIS absent excusé Eric VERT … »)', () => {
    const text = 'Séance du 16 février 2017\nNombre de conseillers titulaires présents : 9 Nombre de conseillers pouvant participer au vote : 9\nEtaient présents et pouvaient participer au vote :\n\nAnneville sur Mer Simone NOIR Millières Raymond BLANC Jacky ROUGE Bretteville sur Ay Guy VERT Gérard BRUN Nay Daniel ROSE Henri MAUVE La Feuillie Philippe OCRE Jean-Louis GRIS absent excusé Eric JAUNE Saint Germain sur Ay Christophe LILAS\n\nLe conseil approuve.';
    const f = read(text);
    assert.deepEqual(f.attendance.present.map((p) => p.name), ['Simone NOIR', 'Raymond BLANC', 'Jacky ROUGE', 'Guy VERT', 'Gérard BRUN', 'Daniel ROSE', 'Henri MAUVE', 'Philippe OCRE', 'Eric JAUNE', 'Christophe LILAS']);
    assert.deepEqual(f.attendance.absent.map((p) => p.name), ['Jean-Louis GRIS']);
    assert.equal(f.counts.voters, 9);
    assert.deepEqual(read(text, false).attendance.present.length < 10, true, 'without the list of communes, the table is not read');
  });

  it('reads the cells of a row set apart by dotted leaders (« ANZY LE DUC ...... M. Jean-Marc NOIR ...... M. Eric BLANC BAUGY ...... »)', () => {
    const text = 'Séance du 29 juin 2020\nEtaient présents :\nANZY LE DUC ...... M. Jean-Marc NOIR ...... M. Eric BLANC BAUGY ...... M. Philippe ROUGE Mme Annette VERT BOURG-LE-COMTE ...... M. Marc GRIS CERON ...... M. Michel BRUN ...... M. Thierry ROSE M. Christophe MAUVE CHENAY LE CHATEL ...... Mme Cathy ORANGE\nÉtait excusée : Bernadette JAUNE';
    assert.deepEqual(present(text), ['M. Jean-Marc NOIR', 'M. Eric BLANC', 'M. Philippe ROUGE', 'Mme Annette VERT', 'M. Marc GRIS', 'M. Michel BRUN', 'M. Thierry ROSE', 'M. Christophe MAUVE', 'Mme Cathy ORANGE']);
  });

  it('reads a commune label whose colon was lost among commune labels (« Saint-Pierre : Joël NOIR. Verfeil Hervé BLANC ; Raymond ROUGE. »)', () => {
    const text = 'Séance du 13 avril 2016\nPrésents : Gragnague : Daniel NOIR ; Liliane BLANC. Saint-Pierre : Joël ROUGE. Verfeil Hervé VERT ; Raymond GRIS. Villariès Léandre BRUN ; Alain ROSE.\nAbsents : Luc MAUVE';
    assert.deepEqual(present(text), ['Daniel NOIR', 'Liliane BLANC', 'Joël ROUGE', 'Hervé VERT', 'Raymond GRIS', 'Léandre BRUN', 'Alain ROSE']);
  });

  it('gives a run of capitals a surname of two words when the communes are known only without its second (« Elisabeth NOIR DERAM MONTCORNET »), not a particle (« Jean-Marie BLANC DE BIRON »)', () => {
    const text = 'Séance du 19 novembre 2018\nETAIENT PRESENTS : M. Jean-Pierre VERT BOURG FIDELE M. Eric GRIS GUE D’HOSSUS M. André ROSE HAM LES MOINES Mme Elisabeth NOIR DERAM MONTCORNET M. Régis MAUVE MONTHERME Jean-Marie BLANC DE BIRON\nABSENTS : M. Luc JAUNE';
    assert.deepEqual(present(text), ['M. Jean-Pierre VERT', 'M. Eric GRIS', 'M. André ROSE', 'Mme Elisabeth NOIR DERAM', 'M. Régis MAUVE', 'Jean-Marie BLANC']);
  });

  it('reads a commune before a civility and a full name with no table around it (« BOGNY-SUR-MEUSE M. Gérard NOIR »), and communes after surnames met twice', () => {
    const one = 'Séance du 18 septembre 2017\nPrésents : M. Paul ROSE, Mme Nadège BLANC\nAbsents excusés (2) : BOGNY-SUR-MEUSE M. Gérard NOIR, ayant donné pouvoir à Mme Nadège BLANC M. Kévin ROUGE';
    assert.deepEqual(read(one).attendance.absent.map((p) => p.name), ['M. Gérard NOIR', 'M. Kévin ROUGE']);
    const two = 'Séance du 19 novembre 2018\nPrésents : M. Paul ROSE\nAbsents non excusés (3) : DEVILLE Mme Christine NOIR LAVAL MORENCY M. Patrick BLANC LES HAUTES RIVIERES Mme Sylvie ROUGE';
    assert.deepEqual(read(two).attendance.absent.map((p) => p.name), ['Mme Christine NOIR', 'M. Patrick BLANC', 'Mme Sylvie ROUGE']);
    // Not a surname and its initial (« LANET M. »), nor a commune after « pour » (« pour AZAY LE RIDEAU MM NOIR »).
    assert.deepEqual(read('Séance du 24 septembre 2013\nPrésents : CAUQUIL R. – LANET M. – FRAISSE Y.').attendance.present.map((p) => p.name), ['CAUQUIL R.', 'LANET M.', 'FRAISSE Y.']);
  });

  it('reads a syndicat\'s members by label: « Commune de CLUSES : », « Communauté de Communes … (2CCAM) : », « -Glières (CCFG) : », « , MAGLAND : »', () => {
    const text = 'Séance du mardi 8 octobre 2013\nEtaient présents : Commune de CLUSES : Marie-Pierre NOIR, Commune de : Jean-Pierre BLANC et Anne ROUGE, Commune de THYEZ : Fabrice VERT. Communauté de Communes Cluses Arve et Montagnes (2CCAM) : Jean-Claude GRIS, Jean-Pierre BLANC et René ROSE. Communauté de Communes -Glières (CCFG) : Lilian BRUN.\n\nEtaient absents ou excusés (titulaires) : Communes de CHATILLON-SUR-CLUSES : Bernard MAUVE, CLUSES : Nadine JAUNE, MAGLAND : Josette ORANGE.\n\nLe Comité syndical décide.';
    const f = read(text);
    assert.deepEqual(f.attendance.present.map((p) => p.name), ['Marie-Pierre NOIR', 'Jean-Pierre BLANC', 'Anne ROUGE', 'Fabrice VERT', 'Jean-Claude GRIS', 'Jean-Pierre BLANC', 'René ROSE', 'Lilian BRUN']);
    assert.deepEqual(f.attendance.absent.map((p) => p.name), ['Bernard MAUVE', 'Nadine JAUNE', 'Josette ORANGE']);
    assert.deepEqual(f.unread, []);
    // A delegate of a commune and of a communauté, in one list under the two: no member-duplicate.
    assert.deepEqual(analyze(text, { communes }).findings.filter((x) => x.code === 'member-duplicate'), []);
  });

  it('reads a commune after a name written surname first, before the next civility (« M. NOIR Thierry JOUARRE M. Fabien BLANC »)', () => {
    const text = 'Séance du 25 mars 2015\nEtaient présents : BASSEVELLE BUSSIÈRES CHAMIGNY M. Bernard ROUGE M. Jérôme VERT CHANGIS SUR MARNE M. GRIS Jean-Paul LUZANCY M. NOIR Thierry JOUARRE M. Fabien BLANC M. Henri ROSE M. Pierre BRUN LUZANCY M. Patrick MAUVE MÉRY SUR MARNE M. Jean-Pierre ORANGE NANTEUIL SUR MARNE M. Emmanuel JAUNE SAMMERON M. Didier OCRE SEPT SORTS M. Alain SABLE SIGNY SIGNETS M. Philippe CUIVRE USSY SUR MARNE M. Pierre ARGENT Formant la majorité des membres en exercice.';
    const names = present(text);
    assert.ok(names.includes('M. NOIR Thierry') && names.includes('M. Fabien BLANC'), names.join(' | '));
    assert.ok(!names.some((n) => /JOUARRE/.test(n)), names.join(' | '));
  });

  it('reads commune labels whose name was lost (« Présents : : NOIR Wilfrid, …, : BLANC Jacques ») and a commune with no one present (« , ECHARCON : / »)', () => {
    const text = 'Séance du 17 décembre 2019\nPrésents : : NOIR Wilfrid, BALLANCOURT-SUR-ESSONNE : ROUGE Patrick, VERT Jacques, : BLANC Jacques, CERNY : GRIS Marie-Claire, CHEVANNES : ROSE Pascale, D’HUISON-LONGUEVILLE : / ECHARCON : / FONTENAY-LE-VICOMTE : BRUN Jean-Luc\n\nLe conseil décide.';
    assert.deepEqual(present(text), ['NOIR Wilfrid', 'ROUGE Patrick', 'VERT Jacques', 'BLANC Jacques', 'GRIS Marie-Claire', 'ROSE Pascale', 'BRUN Jean-Luc']);
    assert.deepEqual(read(text).unread, []);
  });

  it('reads commune labels wrapped at a line\'s end: « … Mme Maryvonne NOIR SAINT↵LEON : », « … M. Bernard↵BLANC SADIRAC : »', () => {
    const text = 'Séance du 17 mai 2022\nPRESENTS (6): LOUPES : Mme Véronique JAUNE, Mme Agnès ROSE MADIRAC : M. Bernard\nBLANC SADIRAC : M. Patrick ROUGE, M. Benjamin BRUN, SAINT GENES DE LOMBAUD : Mme Maryvonne NOIR SAINT\nLEON : M. Nicolas VERT\nABSENTS : CREON : M. Luc GRIS';
    assert.deepEqual(present(text), ['Mme Véronique JAUNE', 'Mme Agnès ROSE', 'M. Bernard BLANC', 'M. Patrick ROUGE', 'M. Benjamin BRUN', 'Mme Maryvonne NOIR', 'M. Nicolas VERT']);
    const spelling = analyze(text, { communes }).findings.filter((x) => x.code === 'commune-spelling').map((x) => x.message);
    assert.ok(spelling.some((m) => /Saint-Léon/.test(m)), spelling.join(' | '));
  });

  it('leaves a list of members whose surnames are names of communes as it is', () => {
    const text = 'Séance du 2 mars 2021\nPrésents : Jean LAVAL, Paul NANCY, Anne VIENNE, Marc AUXERRE, Luc DOLE\nAbsents : LAVAL Pierre, NANCY Marie, VIENNE Louis, DOLE Anne';
    const f = read(text);
    assert.deepEqual(f.attendance.present.map((p) => p.name), ['Jean LAVAL', 'Paul NANCY', 'Anne VIENNE', 'Marc AUXERRE', 'Luc DOLE']);
    assert.deepEqual(f.attendance.absent.map((p) => p.name), ['LAVAL Pierre', 'NANCY Marie', 'VIENNE Louis', 'DOLE Anne']);
  });

  it('checks no commune of a table as a label (its words were put there by the layout)', () => {
    const a = analyze('Séance du 16 février 2016\nPrésents : ALLES SUR DORDOGNE Michel NOIR BADEFOLS SUR DORDOGNE Claude BLANC Paul ROUGE Annick VERT BEAUMONTOIS EN PERIGORD Dominique GRIS LALINDE Jean BRUN COUZE SAINT FRONT Anne ROSE', { communes });
    assert.deepEqual(a.findings.filter((f) => f.code.startsWith('commune-')).map((f) => f.code), []);
  });
});
