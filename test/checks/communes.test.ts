// Checks on commune names: commune-spelling, commune-unknown (slow phase: they need the official index).
import assert from 'node:assert/strict';
import { inspect } from '../../core/features/inspect';
import { analyzeText, applyEdits, findingsOf, flat, replaceOnce, textAt } from '../helpers/doc';

const LIST =
  'Étaient présents : Besançon : M. Jean DUPONT Saint-Vit : M. Pascal ROUTHIER Les Auxons : M. Jacques CANAL Chemaudin et Vaux : M. Bernard GAVIGNET Thise : M. Alain LORIGUET';

const names = (xs: { name: string }[]) => xs.map((x) => x.name);

describe('checks: commune-spelling', () => {
  it('says nothing on official names', () => {
    assert.deepEqual(findingsOf(LIST, 'commune-spelling', { communes: true }), []);
  });

  it('reports a misspelt commune at its label, with the official spelling and the reason', () => {
    const t = replaceOnce(LIST, 'Thise :', 'Thisse :');
    const f = findingsOf(t, 'commune-spelling', { communes: true });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].range.start.line, 0);
    assert.equal(textAt(t, f[0].range), 'Thisse');
    assert.match(f[0].message, /Orthographe officielle : « Thise » \(lettres\)/);
    assert.match(findingsOf(t, 'commune-spelling', { communes: true, locale: 'en' })[0].message, /Official spelling: “Thise” \(letters\)/);
  });

  it('reads a label in capitals with a linking word in small letters (« MONTET et BOUXAL : »)', () => {
    const t = 'Séance du 23 septembre 2009\nETAIENT PRESENTS :\nLATRONQUIERE          : MAROT Michel\nMONTET et BOUXAL       : CALMEJANE Jean-Claude\nSAINT-HILAIRE          : CASSAN Patrick\n';
    const f = findingsOf(t, 'commune-spelling', { communes: true });
    assert.deepEqual(f.map((x) => textAt(t, x.range)), ['MONTET et BOUXAL']);
    assert.deepEqual(names(inspect(analyzeText(t, { communes: true }), 't.delib')[0].attendance.present), ['MAROT Michel', 'CALMEJANE Jean-Claude', 'CASSAN Patrick']);
  });

  it('finds a commune label after a delegate named after « et » or a civility, their separator lost (« Messieurs Bernard NOIR et Patrick BLANC CHATEAU GUIBERT : »)', () => {
    const t = 'Séance du 9 février 2017\nPrésents : ROSNAY : Monsieur Guy ROUGE CHAMPAGNE LES MARAIS : Messieurs Bernard NOIR et Patrick BLANC CHATEAU GUIBERT : Monsieur Jean VERT\n';
    const f = findingsOf(t, 'commune-spelling', { communes: true });
    assert.deepEqual(f.map((x) => textAt(t, x.range)), ['CHAMPAGNE LES MARAIS', 'CHATEAU GUIBERT']);
    assert.deepEqual(names(inspect(analyzeText(t, { communes: true }), 't.delib')[0].attendance.present), ['Monsieur Guy ROUGE', 'Bernard NOIR', 'Patrick BLANC', 'Monsieur Jean VERT']);
  });

  it('checks the commune after a delegate in parentheses when a letter is wrong, past a holder « avec pouvoir de »', () => {
    const t = 'Séance du 23 décembre 2020\nEtaient présents :\nMmes. MM. ROSO Emilien (ALLEMANS DU DROPT) - COTTIER Jérôme avec pouvoir de SAUVE Luc - BISSON Guylaine - PICCOLO Christel (PEYRIERES) – CALLEWAERT Annick (SEGALAS).\nAbsents excusés : SAUVE Luc.\n';
    const f = findingsOf(t, 'commune-spelling', { communes: true });
    assert.deepEqual(f.map((x) => textAt(t, x.range)), ['PEYRIERES']);
    const facts = inspect(analyzeText(t, { communes: true }), 't.delib')[0];
    assert.deepEqual(facts.attendance.proxies.map((p) => `${p.from} → ${p.to}`), ['SAUVE Luc → COTTIER Jérôme']);
    assert.equal(facts.attendance.present.length, 5);
  });

  it('checks the commune named after the holder of a proxy (« M. DUKAN (Créteil) à M. FRANCESCHI (Afortville) »)', () => {
    const t = 'Séance du 13 décembre 2022\nPrésents : M. Paul FRANCESCHI (Alfortville), M. Jean AGGOUNE (Gentilly).\nOnt donné pouvoir : M. Marc DUKAN (Créteil) à M. Paul FRANCESCHI (Afortville), M. Luc SADI (Bobigny) à M. Jean AGGOUNE (Gentilly).\n';
    const f = findingsOf(t, 'commune-spelling', { communes: true });
    assert.deepEqual(f.map((x) => textAt(t, x.range)), ['Afortville']);
    assert.equal(f[0].range.start.line, 2);
  });

  it('names the kind of difference: accents, case, hyphens', () => {
    const t = LIST.replace('Besançon :', 'Besancon :').replace('Saint-Vit :', 'Saint Vit :').replace('Les Auxons :', 'Les Auxons : M. Jean MARTIN Pouilley-Les-Vignes :');
    const f = findingsOf(t, 'commune-spelling', { communes: true });
    assert.deepEqual(f.map((x) => textAt(t, x.range)), ['Besancon', 'Saint Vit', 'Pouilley-Les-Vignes']);
    assert.match(f[0].message, /« Besançon » \(accents\)/);
    assert.match(f[1].message, /« Saint-Vit » \(traits d’union\)/);
    assert.match(f[2].message, /« Pouilley-les-Vignes » \(majuscules\)/);
    // (« Boissy sans Avoir : », « sans » inside the name.)
    const sans = 'Étaient présents : Béhoust : Guy NOIR / Boissy sans Avoir : Sylvie BLANC / Thise : Luc GRIS';
    assert.deepEqual(findingsOf(sans, 'commune-spelling', { communes: true }).map((x) => textAt(sans, x.range)), ['Boissy sans Avoir']);
  });

  it('reads the head of a commune’s name that ends the line above as part of it (« Saint↵Saturnin de Lenne : », « MONTAIGUT EN↵COMBRAILLE : »)', () => {
    const messages = (text: string) => findingsOf(text, 'commune-spelling', { communes: true }).map((f) => f.message);
    const one = 'Étaient présents : Besançon : M. Jean DUPONT, Saint Saturnin de Lenne : M. Gérard AFFRE / Thise : M. Alain LORIGUET / MONTAIGUT EN COMBRAILLE : Mme Claire LEMPEREUR';
    const wrapped = 'Étaient présents : Besançon : M. Jean DUPONT, Saint\nSaturnin de Lenne : M. Gérard AFFRE / Thise : M. Alain LORIGUET /\nMONTAIGUT EN\nCOMBRAILLE : Mme Claire LEMPEREUR';
    assert.equal(messages(one).length, 2, 'hyphens missing in both names');
    assert.deepEqual(messages(wrapped), messages(one));
    assert.deepEqual(messages(wrapped.replace(/\n/g, '\n\n')), messages(one), 'a blank line after every line too');
  });

  it('takes a ligature spelled out (« Courceboeufs » for Courcebœufs) for no misspelling', () => {
    const t = 'Etaient présents : Joué-l’Abbé : Janny NOIR - Dominique BLANC Courceboeufs : Jean-Claude GRIS La Bazoge : Sylvie ROSE';
    assert.deepEqual(findingsOf(t, 'commune-spelling', { communes: true }), []);
    assert.equal(findingsOf(t.replace('Courceboeufs', 'Courcebeufs'), 'commune-spelling', { communes: true }).length, 1, 'a letter off is still told');
  });

  it('takes a short form used on the spot (« CISSAC » for Cissac-Médoc) for no misspelling of another commune (Cessac), and a typographic apostrophe for no difference', () => {
    const medoc = 'ETAIENT PRESENTS : Pour la commune de BEGADAN : Martine NOIR Pour la commune de CISSAC : Jean BLANC Pour la commune de LESPARRE : Luc VERT Pour la commune de SAINT-GERMAIN-D’ESTEUIL : Paul ROUGE Pour la commune de VERTHEUIL : Rémi BRUN\n\nLa séance est ouverte.';
    assert.deepEqual(findingsOf(medoc, 'commune-spelling', { communes: true }), []);
    assert.deepEqual(findingsOf(medoc, 'commune-unknown', { communes: true }), []);
    // A letter off in a name of its own is still reported.
    assert.equal(findingsOf(medoc.replace('VERTHEUIL', 'VERTEUIL'), 'commune-spelling', { communes: true }).length, 1);
    // Nor a commune after a delegate that the end of the text cuts (« Denis PYPE (Ourcel Maiso »: not all its letters).
    const cut = 'Délégués Suppléants (avec voix délibérative) : Bernard NOIR (Bacouël), Denis BLANC (Ourcel Maiso';
    assert.deepEqual(findingsOf(cut, 'commune-spelling', { communes: true }), []);
    // A ligature spelled out in capitals (« SAINT-PIERRE-DE-BOEUF » for Saint-Pierre-de-Bœuf) is no difference either.
    const pilat = 'Présents : SAINT-PIERRE-DE-BOEUF : M. Serge NOIR, M. Jean BLANC - ANNOEULLIN : M. Paul GRIS\n\nLa séance est ouverte.';
    assert.deepEqual(findingsOf(pilat, 'commune-spelling', { communes: true }), []);
    assert.equal(findingsOf(pilat.replace('SAINT-PIERRE-DE-BOEUF', 'SAINT PIERRE DE BOEUF'), 'commune-spelling', { communes: true }).length, 1);
  });

  it('has a quick fix that writes the official name, and the fixed text has no finding', () => {
    const t = LIST.replace('Besançon :', 'Besancon :').replace('Thise :', 'Thisse :');
    const f = findingsOf(t, 'commune-spelling', { communes: true });
    const fixed = applyEdits(t, f.flatMap((x) => x.fixes![0].edits));
    assert.equal(fixed, LIST);
    assert.deepEqual(findingsOf(fixed, 'commune-spelling', { communes: true }), []);
  });

  it('accepts the name of a commune merged since, and only hints when it is written differently (its spelling then is not certain)', () => {
    const t = replaceOnce(LIST, 'Chemaudin et Vaux :', 'Vaux-les-Prés :');
    assert.deepEqual(findingsOf(t, 'commune-spelling', { communes: true }), []);
    assert.deepEqual(findingsOf(t, 'commune-unknown', { communes: true }), []);
    const f = findingsOf(replaceOnce(LIST, 'Chemaudin et Vaux :', 'Vaux les Prés :'), 'commune-spelling', { communes: true });
    assert.deepEqual(f.map((x) => x.severity), ['hint']);
  });

  it('checks the collectivity’s own name like a commune of a list, a name in capitals keeping neither case nor accents', () => {
    const head = (name: string) => `RÉPUBLIQUE FRANÇAISE\nDÉPARTEMENT DU DOUBS\nCOMMUNE DE ${name}\n\nExtrait du registre des délibérations du conseil municipal\nSéance du lundi 3 mars 2025`;
    const f = findingsOf(head('CHAUCONNE'), 'commune-spelling', { communes: true });
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.line, 2);
    assert.match(f[0].message, /« Chaucenne » \(lettres\)/);
    assert.deepEqual(findingsOf(head('POUILLEY-LES-VIGNES'), 'commune-spelling', { communes: true }), [], 'capitals');
    assert.deepEqual(findingsOf(head('ECOLE-VALENTIN'), 'commune-spelling', { communes: true }), [], 'accents left out of capitals');
    assert.equal(findingsOf(head('SAINT VIT'), 'commune-spelling', { communes: true }).length, 1, 'hyphens');
    // (A header flattened into one line, the name of the meeting in capitals right after the commune's.)
    const flat = '1 COMMUNE DE SAINT VIT CONSEIL MUNICIPAL DU 30 JUIN 2008 Présents : Monsieur NOIR – Madame BLANC';
    assert.deepEqual(findingsOf(flat, 'commune-spelling', { communes: true }).map((x) => textAt(flat, x.range)), ['SAINT VIT']);
    // (A line in capitals holding the meeting's name after the commune's; « Commune de » before a name in capitals, opening
    // the line or after the département; « COMMUNE de ».)
    for (const header of ['COMMUNE DE SAINT VIT COMPTE-RENDU DU CONSEIL MUNICIPAL DU 12 JUIN 2020', 'Département du Doubs Commune de SAINT VIT . 03 81 00 00 00 COMPTE RENDU DU CONSEIL MUNICIPAL du 15.12.2014', 'COMMUNE de SAINT VIT']) {
      assert.deepEqual(findingsOf(`${header}\nSéance du 15 décembre 2014`, 'commune-spelling', { communes: true }).map((x) => textAt(header, x.range)), ['SAINT VIT'], header);
    }
    // (The end of a title wrapped to its own line: « Extrait du registre … du Conseil Municipal ↵ de la Commune de X ».)
    const wrapped = 'Délibération n° 2011-FEV-01\nExtrait du registre des délibérations du Conseil Municipal\nde la Commune de Saint Vit\nL’an deux mil onze, le premier février, le Conseil Municipal s’est réuni.';
    assert.deepEqual(findingsOf(wrapped, 'commune-spelling', { communes: true }).map((x) => textAt(wrapped, x.range)), ['Saint Vit']);
    // (A register's heading read across its columns: « COMMUNE DE » inside a line in capitals, the name alone below.)
    const across = 'REGISTRE REPUBLIQUE FRANCAISE DES DELIBERATIONS DU\n\nDEPARTEMENT CONSEIL MUNICIPAL\n\nDU DE LA COMMUNE DE DOUBS\n\nSAINT VIT\n\nSéance du 19 novembre 2016';
    assert.deepEqual(findingsOf(across, 'commune-spelling', { communes: true }).map((x) => textAt(across, x.range)), ['SAINT VIT']);
    // (Where the act was written: « A Saint Vit, le 25/03/2016 », « … Fait à Saint Vit, le 3 mars 2025 »; nothing on a
    // place that is no commune.)
    for (const place of ['A Saint Vit, le 25/03/2016', 'Pour extrait conforme, Fait à Saint Vit, le 3 mars 2025']) {
      const text = `Séance du 24 mars 2016\n${place}\nLe Maire,`;
      assert.deepEqual(findingsOf(text, 'commune-spelling', { communes: true }).map((x) => textAt(text, x.range)), ['Saint Vit'], place);
    }
    for (const place of ['A Saint-Vit, le 25/03/2016', 'Fait à la Mairie, le 3 mars 2025', 'Fait à Champ Fleuri, le 3 mars 2025']) {
      assert.deepEqual(findingsOf(`Séance du 24 mars 2016\n${place}`, 'commune-spelling', { communes: true }), [], place);
      assert.deepEqual(findingsOf(`Séance du 24 mars 2016\n${place}`, 'commune-unknown', { communes: true }), [], place);
    }
    // (Not in prose: « … le Conseil Municipal de la Commune de SAINT VIT, dûment convoqué, … ».)
    assert.deepEqual(findingsOf('Séance du 15 décembre 2014\nL’an deux mille quatorze, le Conseil Municipal de la Commune de SAINT VIT, dûment convoqué, s’est réuni.', 'commune-spelling', { communes: true }), []);
  });

  it('checks the commune a title names by its council (« CONSEIL MUNICIPAL DE SAINT VIT »), up to the day or the words in small letters, not in a sentence in capitals', () => {
    const spelt = (header: string) => findingsOf(`${header}\nLe Conseil approuve.`, 'commune-spelling', { communes: true }).map((x) => textAt(header, x.range));
    assert.deepEqual(spelt('CONSEIL MUNICIPAL DE SAINT VIT Séance du - 24 SEPTEMBRE 2020 -'), ['SAINT VIT']);
    assert.deepEqual(spelt('COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL DE SAINT VIT DU 03 JUILLET 2019'), ['SAINT VIT']);
    assert.deepEqual(spelt('PROCES VERBAL DES DELIBERATIONS DU CONSEIL MUNICIPAL DE LA COMMUNE DE SAINT VIT\nSéance du 3 mars 2025'), ['SAINT VIT']);
    assert.deepEqual(spelt('EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL DE SAINT-VIT DU MERCREDI 13 FEVRIER 2019'), [], 'spelt right, the day after it');
    assert.deepEqual(spelt('SEANCE DU 17 DECEMBRE 2019 A DIX-HUIT HEURES, S’EST RÉUNI LE CONSEIL MUNICIPAL DE SAINT VIT AU LIEU HABITUEL DE SES ASSEMBLÉES'), [], 'a sentence in capitals');
  });

  it('checks the commune a title names right after its council without « de » (« SEANCE DU CONSEIL MUNICIPAL LA FONTAINE SAINT MARTIN du 30 Octobre 2017 »), and says nothing when the official list does not know it', () => {
    const found = (header: string, code = 'commune-spelling') => findingsOf(`${header}\nLe Conseil approuve.`, code, { communes: true }).map((x) => textAt(header, x.range));
    assert.deepEqual(found('COMPTE-RENDU SEANCE DU CONSEIL MUNICIPAL SAINT VIT du 30 Octobre 2017 20h30'), ['SAINT VIT']);
    assert.deepEqual(found('CONSEIL MUNICIPAL SAINT-VIT DU 3 MARS 2025'), [], 'spelt right');
    for (const h of ['CONSEIL MUNICIPAL EXTRAORDINAIRE du 30 octobre 2017', 'SEANCE DU CONSEIL MUNICIPAL DES JEUNES du 30 octobre 2017', 'CONSEIL MUNICIPAL FONTAINE BLEUE du 3 mars 2025']) {
      assert.deepEqual(found(h, 'commune-unknown'), [], h);
      assert.deepEqual(found(h), [], h);
    }
  });

  it('takes a blank for an apostrophe a copy lost (« COMMUNE DE NOGENT-L ARTAUD ») for no spelling of the drafter’s, a hyphen lost still one', () => {
    const found = (header: string) => findingsOf(`${header}\nSéance du 10 avril 2015\nLe Conseil approuve.`, 'commune-spelling', { communes: true }).map((x) => textAt(header, x.range));
    assert.deepEqual(found('COMMUNE DE NOGENT-L ARTAUD'), []);
    assert.deepEqual(found('Commune de Nogent-l Artaud'), []);
    assert.deepEqual(found('COMMUNE DE NOGENT L ARTAUD'), ['NOGENT L ARTAUD']);
  });

  it('checks the commune a title names after its council and the séance’s kind (« PROCÈS-VERBAL DU CONSEIL MUNICIPAL PUBLIC DE SAINT VIT DU 19 SEPTEMBRE 2011 »)', () => {
    const found = (header: string) => findingsOf(`${header}\nLe Conseil approuve.`, 'commune-spelling', { communes: true }).map((x) => textAt(header, x.range));
    assert.deepEqual(found('1 PROCÈS-VERBAL DU CONSEIL MUNICIPAL PUBLIC DE SAINT VIT DU 19 SEPTEMBRE 2011'), ['SAINT VIT']);
    assert.deepEqual(found('PROCÈS-VERBAL DU CONSEIL MUNICIPAL EXTRAORDINAIRE DE SAINT VIT DU 19 SEPTEMBRE 2011'), ['SAINT VIT']);
    assert.deepEqual(found('PROCÈS-VERBAL DU CONSEIL MUNICIPAL PUBLIC DE SAINT-VIT DU 19 SEPTEMBRE 2011'), [], 'spelt right');
  });

  it('takes « A LA MAIRIE DE X » in a flattened header for where the meeting was held, not the collectivity; and « - Saint↵Paul Cap de Joux : » for one label', () => {
    assert.deepEqual(findingsOf('COMPTE RENDU DU CONSEIL COMMUNAUTAIRE LE LUNDI 8 NOVEMBRE 2004 A 20 HEURES 30 A LA MAIRIE DE ST-VIT Etaient présents : Le Conseil approuve.', 'commune-spelling', { communes: true }), []);
    const wrapped = 'Séance du 23 février 2005\nEtaient présents : Prades : M. Jean NOIR - Saint\nVit : M. Guy BLANC, Mme Alice ROSE.\n';
    const f = findingsOf(wrapped, 'commune-spelling', { communes: true });
    assert.deepEqual(f.map((x) => flat(x.message)), ['Orthographe officielle : « Saint-Vit » (traits d’union).']);
  });

  it('checks the commune named in capitals under « MAIRIE » alone on the act’s first line (« MAIRIE ↵ LE GRAU DU ROI »), and says nothing when the official list does not know it', () => {
    const found = (header: string, code = 'commune-spelling') => findingsOf(`${header}\nNOMBRE DE MEMBRES\nSéance du 3 mai 2012\nLe Conseil approuve.`, code, { communes: true }).map((x) => textAt(header, x.range));
    assert.deepEqual(found('MAIRIE\nSAINT VIT'), ['SAINT VIT']);
    assert.deepEqual(found('MAIRIE\nSAINT-VIT'), [], 'spelt right');
    assert.deepEqual(found('MAIRIE\nSERVICES TECHNIQUES', 'commune-unknown'), [], 'unsure: no commune named unknown');
    assert.deepEqual(found('Séance\nMAIRIE\nSAINT VIT'), [], 'on the first line only');
  });

  it('checks the commune a title names after its council in small letters (« séance du conseil municipal d’Hermanville-Sur-Mer du lundi 30 novembre 2015 »), not an unknown name', () => {
    const found = (header: string, code = 'commune-spelling') => findingsOf(`${header}\nLe Conseil approuve.`, code, { communes: true }).map((x) => textAt(header, x.range));
    assert.deepEqual(found('Compte-rendu de la séance du conseil municipal de Saint-Vit-Sur-Doubs du lundi 3 mars 2025'), [], 'no such commune: unsure, not named unknown');
    assert.deepEqual(found('Compte-rendu de la séance du conseil municipal de Saint-Vit-Sur-Doubs du lundi 3 mars 2025', 'commune-unknown'), []);
    assert.deepEqual(found('Compte-rendu de la séance du Conseil Municipal de Roche-Lez-Beaupré du 3 mars 2025'), ['Roche-Lez-Beaupré']);
    assert.deepEqual(found('Compte-rendu de la séance du Conseil Municipal de Roche-lez-Beaupré du 3 mars 2025'), [], 'spelt right');
    assert.deepEqual(found('Compte-rendu de la séance du conseil municipal de Saint Vit le 3 mars 2025'), ['Saint Vit']);
  });

  it('checks the letters of the commune named alone in a parenthesis after a delegate (« HUOT (Emagny) »), not its typography, nor a function', () => {
    const list = (emagny: string) => `Séance du 27 mai 2019\nPrésents : Mmes PARISET (Avrigney-Virey), VEFOND (Courcuire), HUOT (${emagny}), LACOUR (Hugier), BOUCHASSON (Marnay), M. NOIR (Maire), M. GRIS (Excusé)`;
    assert.deepEqual(findingsOf(list('Emagny'), 'commune-spelling', { communes: true }), []);
    const wrong = list('Emagni');
    const f = findingsOf(wrong, 'commune-spelling', { communes: true });
    assert.deepEqual(f.map((x) => textAt(wrong, x.range)), ['Emagni']);
    assert.match(f[0].message, /« Émagny » \(lettres\)/);
    assert.deepEqual(findingsOf(list('Emagny').replace('(Avrigney-Virey)', '(Avrigney Virey)'), 'commune-spelling', { communes: true }), [], 'hyphens (and accents) left out after a delegate');
  });

  it('checks the letters of communes in capitals in parentheses after delegates where the list names three such communes at least (« M. JEANNELLE (SAULCES-MOCLIN) »), not their typography, nor words in capitals elsewhere', () => {
    const list = (saulces: string) => `Séance du 20 décembre 2016\nSECTEUR DE NOVION PORCIEN : B. NOIR (AUBONCOURT-VAUZELLES), E. BLANC (NOVION-PORCIEN), M. GRIS (${saulces}), M. ROSE (SORCY-BAUTHEMONT). Excusé(s) : L. VERT (FAUX)\n`;
    const wrong = list('SAULCES-MOCLIN');
    assert.deepEqual(findingsOf(wrong, 'commune-spelling', { communes: true }).map((x) => textAt(wrong, x.range)), ['SAULCES-MOCLIN']);
    assert.deepEqual(findingsOf(list('SAULCES-MONCLIN'), 'commune-spelling', { communes: true }), []);
    assert.deepEqual(findingsOf(list('SAULCESMONCLIN'), 'commune-spelling', { communes: true }), [], 'a hyphen lost: typography');
    // (One mention in capitals alone proves nothing: a name, a group, a party.)
    const alone = 'Séance du 20 décembre 2016\nPrésents : B. NOIR (UMP), E. BLANC, M. GRIS (SAULCES-MOCLIN).\n';
    assert.deepEqual(findingsOf(alone, 'commune-spelling', { communes: true }), []);
  });

  it('reads a commune label written « Commune de X : » in a list of delegates, and « Commune de : » as no commune', () => {
    const t = 'Étaient présents : Commune de Thisse : M. Alain LORIGUET, Commune de : M. Jean DUPONT, Commune de Saint-Vit : M. Pascal ROUTHIER';
    const f = findingsOf(t, 'commune-spelling', { communes: true });
    assert.deepEqual(f.map((x) => textAt(t, x.range)), ['Thisse']);
    assert.deepEqual(findingsOf(t, 'commune-unknown', { communes: true }), []);
  });

  it('does not check commune names without the index (fast phase only)', () => {
    assert.deepEqual(findingsOf(replaceOnce(LIST, 'Thise :', 'Thisse :'), 'commune-spelling'), []);
  });
});

describe('checks: commune-unknown', () => {
  it('points (as a hint: a word in commune position may be no commune) at a label that matches no commune', () => {
    const t = replaceOnce(LIST, 'Thise :', 'Zzyzxville :');
    const f = findingsOf(t, 'commune-unknown', { communes: true });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'hint');
    assert.equal(textAt(t, f[0].range), 'Zzyzxville');
    assert.match(f[0].message, /« Zzyzxville » ne correspond à aucune commune/);
    assert.match(findingsOf(t, 'commune-unknown', { communes: true, locale: 'en' })[0].message, /matches no commune of the official list/);
  });

  it('says nothing on known communes', () => {
    assert.deepEqual(findingsOf(LIST, 'commune-unknown', { communes: true }), []);
  });

  it('does not check capitalised words of prose as communes', () => {
    assert.deepEqual(findingsOf('Le Pôle Microtechniques : partenaire de Zzyzxville.', 'commune-unknown', { communes: true }), []);
  });

  it('takes the given name of a list written surname first out of the label after it (« CLUET Frédéric Val de Chavagne: »), and says nothing of one with no commune (« SERRANO Pascal : »)', () => {
    const t = 'Etaient présents : Méailles : NOIR Jean BLANC Pascal : ROUGE Paul CLUET Frédéric Val de Chavagne : GRIS Marcel Saint Benoît : VERT Luc Thorame-Basse : ROSE Anne';
    assert.deepEqual(findingsOf(t, 'commune-unknown', { communes: true }), []);
    const f = findingsOf(t, 'commune-spelling', { communes: true });
    assert.deepEqual(f.map((x) => textAt(t, x.range)), ['Val de Chavagne', 'Saint Benoît']);
    assert.match(f[0].message, /« Val-de-Chalvagne » \(lettres\)/);
    // (« Brixey-aux- Chanoines :TRAMBLOY Jean Marie Burey en Vaux : »: a given name of two words, the colon before glued.)
    const two = 'Présents : Boviolles : LIGIER Pierre ; Brixey-aux- Chanoines :TRAMBLOY Jean Marie Burey en Vaux : CAUMIREY Dominique ; Thise : GRIS Marc ; Méailles : VERT Luc ROSE Anne';
    assert.deepEqual(findingsOf(two, 'commune-spelling', { communes: true }).map((x) => textAt(two, x.range)), ['Burey en Vaux']);
  });

  it('takes no field of a header in capitals inside the lists for a commune (« DATE D’AFFICHAGE : »)', () => {
    const t = 'Etaient présents : Alain GERARD, Michel CAVELIER, Catherine SAINSAULIEU (suppléante),\n\n DATE DE LA CONVOCATION :\n\n6 février 2018\n\nAbsents excusés : Joël CLEMENT, Karine BAUDOUIN (suppléante),\n\n DATE D’AFFICHAGE :                                             \n\n6 février 2018\n\nAbsents : Patricia AUGER (suppléante),\n\nNOMBRE DE CONSEILLERS :   16';
    assert.deepEqual(findingsOf(t, 'commune-unknown', { communes: true }), []);
  });
});
