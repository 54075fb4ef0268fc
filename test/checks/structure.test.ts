// Checks on the structure: syntax, article-numbering, article-required, ref-unresolved.
import assert from 'node:assert/strict';
import { findingsOf, flat, lineOf, textAt } from '../helpers/doc';

/** A subsidy convention with every clause the law requires. */
const CONVENTION = [
  'CONVENTION D’OBJECTIFS ET DE MOYENS', // 0
  '', // 1
  'Vu la loi n°2000-321 du 12 avril 2000, et notamment son article 10,', // 2
  '', // 3
  'Article 1 - Objet', // 4
  'La présente convention a pour objet de définir les engagements des parties.', // 5
  '', // 6
  'Article 2 - Montant de la subvention', // 7
  'La Commune attribue une subvention de 25 000 € figurant en annexe 1.', // 8
  '', // 9
  'Article 3 - Modalités de versement', // 10
  'La subvention sera versée à la signature.', // 11
  '', // 12
  'Article 4 - Obligations', // 13
  'L’association s’engage à utiliser la subvention conformément à l’article 1 de la présente convention.', // 14
  '', // 15
  'Article 5 - Résiliation', // 16
  'En cas de non-respect des articles 3 et 4, conformément à l’article 10 de la loi n°2000-321 et à l’article L 1611-4 du CGCT.', // 17
  '', // 18
  'Annexe 1 : budget prévisionnel', // 19
].join('\n');

describe('checks: syntax', () => {
  it('reports an unclosed mark at its place', () => {
    const t = CONVENTION.replace('La présente convention a pour objet', 'La présente **convention a pour objet');
    const f = findingsOf(t, 'syntax');
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.line, 5);
    assert.equal(textAt(t, f[0].range), '**');
  });

  it('says nothing on marks closed on the next line of the same paragraph', () => {
    assert.deepEqual(findingsOf(CONVENTION, 'syntax'), []);
    assert.deepEqual(findingsOf('*Co-animation de 1 événement\nRéunion pendant EPMT*', 'syntax'), []);
  });

  it('does not take « * » of a bullet for an italic mark', () => {
    assert.deepEqual(findingsOf('* premier point\n* second point', 'syntax'), []);
  });
});

describe('checks: article-numbering', () => {
  it('says nothing on a continuous numbering', () => {
    assert.deepEqual(findingsOf(CONVENTION, 'article-numbering'), []);
  });

  it('reports a missing article at the next heading, naming both numbers', () => {
    const t = CONVENTION.replace('Article 4 - Obligations', 'Article 6 - Obligations').replace('Article 5 - Résiliation', 'Article 7 - Résiliation');
    const f = findingsOf(t, 'article-numbering');
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.line, 13);
    assert.match(f[0].message, /article 3 est suivi de l’article 6 : les articles 4 à 5 manquent/);
    assert.match(findingsOf(t, 'article-numbering', { locale: 'en' })[0].message, /Article 3 is followed by article 6: articles 4 to 5 are missing/);
  });

  it('reports an article numbered twice', () => {
    const t = CONVENTION.replace('Article 4 - Obligations', 'Article 3 - Obligations').replace('Article 5 - Résiliation', 'Article 4 - Résiliation');
    const f = findingsOf(t, 'article-numbering');
    assert.deepEqual(f.map((x) => x.range.start.line), [13]);
    assert.match(f[0].message, /Article 3 numéroté deux fois/);
    assert.equal(f[0].related?.[0].range.start.line, 10);
  });

  it('reports a numbering that does not start at 1', () => {
    const t = 'Article 2 - Objet\nTexte.\nArticle 3 - Montant\nTexte.';
    const f = findingsOf(t, 'article-numbering');
    assert.deepEqual(f.map((x) => x.range.start.line), [0]);
    assert.match(f[0].message, /l’article 1 manque/);
    // (Not when the first article is written inside the paragraph above, no line starting with it.)
    assert.deepEqual(findingsOf('Il est proposé de modifier les statuts comme suit : Article 1er : En application des articles L5211-5.\nArticle 2 - Objet\nTexte.\nArticle 3 - Montant\nTexte.', 'article-numbering'), []);
    assert.deepEqual(findingsOf('Vu le rapport de synthèse des offres ; DÉCIDE Article 1° :\nLe marché est attribué.\nArticle 2 : Les dépenses sont imputées.\nArticle 3 : Le Maire est chargé de l’exécution.', 'article-numbering'), [], '« Article 1° »');
    // (Nor the first two, one cut by a line's end; but one of them missing, still so.)
    const two = 'APRÈS EN AVOIR DÉLIBÉRÉ : Article 1 : Adopte le budget primitif de l’exercice 2020. Article\n2 : Précise le détail des subventions.\nArticle 3 : Fixe le montant du fonds.\nArticle 4 : Charge le Président.';
    assert.deepEqual(findingsOf(two, 'article-numbering'), []);
    assert.equal(findingsOf(two.replace('Article 1 : Adopte', 'Il adopte'), 'article-numbering').length, 1);
  });

  it('does not take an account of the budget opening a line (« Article 777 : quote-part des subventions … ») for an act’s first article', () => {
    assert.deepEqual(findingsOf('La reprise occasionne les écritures suivantes : Article 1391 : Amortissement de subventions\nArticle 777 : quote-part des subventions d’investissement versées au résultat.', 'article-numbering'), []);
    assert.equal(findingsOf('Les écritures suivantes :\nArticle 77 : quote-part des subventions.', 'article-numbering').length, 1, 'two figures: an article');
  });

  it('takes a numbering that starts again at 1 for another text, and « Article premier » for 1', () => {
    const t = 'Article premier - Objet\nA.\nArticle 2 - Durée\nB.\n\nCONVENTION\nArticle 1 - Objet\nC.\nArticle 2 - Montant\nD.';
    assert.deepEqual(findingsOf(t, 'article-numbering'), []);
  });

  it('does not take « l’article 5 » in a sentence for a heading', () => {
    const t = 'Article 1 - Objet\nComme prévu à l’article 5 ci-après.\nArticle 2 - Durée\nUn an.';
    assert.deepEqual(findingsOf(t, 'article-numbering'), []);
  });

  it('does not take « article 65-74 » in lower case at the start of a wrapped line for a heading, but « ARTICLE 3 - » in capitals is one', () => {
    const t = 'Le Conseil a approuvé la décision modificative, où le chapitre 65,\narticle 65-74 « subvention aux associations », a reçu la somme de 100\n000 euros.';
    assert.deepEqual(findingsOf(t, 'article-numbering'), []);
    assert.equal(findingsOf('ARTICLE 1 - Objet\nA.\nARTICLE 3 - Durée\nB.', 'article-numbering').length, 1, 'article 2 missing');
  });
});

describe('checks: article-required', () => {
  it('says nothing on a convention with every clause', () => {
    assert.deepEqual(findingsOf(CONVENTION, 'article-required'), []);
  });

  it('reports a subsidy convention without payment terms, naming the clause', () => {
    const t = CONVENTION.replace('Article 3 - Modalités de versement\nLa subvention sera versée à la signature.', 'Article 3 - Durée\nLa convention est conclue pour un an.');
    const f = findingsOf(t, 'article-required');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].range.start.line, 0);
    assert.match(f[0].message, /modalités de versement/);
    assert.match(findingsOf(t, 'article-required', { locale: 'en' })[0].message, /payment terms/);
  });

  it('accepts a clause written in the body of an article rather than in its title', () => {
    const t = CONVENTION.replace('Article 3 - Modalités de versement', 'Article 3 - Dispositions financières');
    assert.deepEqual(findingsOf(t, 'article-required'), []);
  });

  it('asks nothing of a convention that grants no subsidy', () => {
    const t = 'CONVENTION DE MISE À DISPOSITION\n\nArticle 1 - Locaux\nLa commune met une salle à disposition.\n\nArticle 2 - Durée\nUn an.';
    assert.deepEqual(findingsOf(t, 'article-required'), []);
  });
});

describe('checks: ref-unresolved', () => {
  it('says nothing when every reference exists, and ignores references to other texts', () => {
    assert.deepEqual(findingsOf(CONVENTION, 'ref-unresolved'), []);
  });

  it('takes references of a citation wrapped over lines for other texts (« Vu la loi … et notamment son↵article 10, »)', () => {
    const t = 'CONVENTION\n\nVu la loi n°2000-321 du 12 avril 2000 relative aux droits des citoyens\ndans leurs relations avec les administrations, et notamment son\narticle 10,\nVu le décret n°2001-495 du 6 juin 2001 pris pour son application et relatif\nà la transparence, notamment les articles 8\net 9 de ce décret,\n\nArticle 1 - Objet\nA.\n\nArticle 2 - Montant\nB.';
    assert.deepEqual(findingsOf(t, 'ref-unresolved'), []);
    assert.equal(findingsOf(`${t}\nComme prévu à\nl’article 10, la subvention est versée.`, 'ref-unresolved').length, 1, 'a reference of the act itself, wrapped, is still told');
  });

  it('reports a reference to an article this document does not contain, at the reference', () => {
    const t = CONVENTION.replace('des articles 3 et 4', 'des articles 3 et 9');
    const f = findingsOf(t, 'ref-unresolved');
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.line, 17);
    assert.equal(textAt(t, f[0].range), 'articles 3 et 9');
    assert.match(f[0].message, /^Renvoi à l’article 9, absent de ce document \(1, 2, 3, 4, 5\)/);
    assert.match(findingsOf(t, 'ref-unresolved', { locale: 'en' })[0].message, /Reference to article 9, which this document does not contain/);
  });

  it('reports a reference to a missing annex', () => {
    const t = CONVENTION.replace('figurant en annexe 1', 'figurant en annexe 2');
    const f = findingsOf(t, 'ref-unresolved');
    assert.deepEqual(f.map((x) => x.range.start.line), [8]);
    assert.match(f[0].message, /l’annexe 2/);
  });

  it('does not take « article 10 de la loi », « son article 10 » or « article L 1611-4 du CGCT » for this convention’s articles', () => {
    const t = CONVENTION + '\nConformément à l’article 12 de la loi n°2000-321, et à l’article 11 du décret n°2001-495, selon son article 14.';
    assert.deepEqual(findingsOf(t, 'ref-unresolved'), []);
  });

  it('reports « l’article 7 de la présente convention » when there is no article 7', () => {
    const t = CONVENTION + '\nLe remboursement se fait dans les conditions de l’article 7 de la présente convention.';
    const f = findingsOf(t, 'ref-unresolved');
    assert.deepEqual(f.map((x) => x.range.start.line), [lineOf(t, 'l’article 7 de la présente')]);
  });

  it('says nothing about article references in a document without articles', () => {
    assert.deepEqual(findingsOf('Le conseil approuve la convention, et notamment l’article 4 relatif au versement.', 'ref-unresolved'), []);
  });

  it('checks a reference to a report against the ordre de passage', () => {
    const t = 'Ordre de passage des rapports : 1.1, 1.2\n\nRapport n°1.2 - Budget\nComme indiqué au rapport 1.1 et au rapport 4.7.';
    const f = findingsOf(t, 'ref-unresolved');
    assert.deepEqual(f.map((x) => x.range.start.line), [3]);
    assert.match(flat(f[0].message), /^Renvoi au rapport 4\.7, absent de ce document/);
  });

  it('does not read « rapport n°13-05-05 » (a number whose hyphens go on) as a reference to report 13', () => {
    const t = 'PROCES VERBAL CONSEIL MUNICIPAL SEANCE DU 30 MAI 2013 Etaient présents : Mme DOTTO Corinne (à partir du rapport n°13-05-05), M. NOIR Paul.\nRapport n°13-05-01 Objet : Schéma départemental - Avis\nLe rapport n°13-05-02 est supprimé.';
    assert.deepEqual(findingsOf(t, 'ref-unresolved'), []);
  });
});
