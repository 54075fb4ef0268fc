// The clauses the law requires in a subsidy convention (loi n° 2000-321 du 12 avril 2000, art. 10; décret
// n° 2001-495 du 6 juin 2001), as articles in LSP snippet syntax: the check article-required offers the missing one
// as a quick fix, the convention template writes them. Below both (checks and editor features use it).

export type RequiredClause = 'objet' | 'montant' | 'versement' | 'utilisation' | 'compte-rendu';

export const CLAUSES: Record<RequiredClause, { title: string; body: string }> = {
  objet: {
    title: 'Objet',
    body: 'La présente convention a pour objet de définir les engagements réciproques des parties pour ${1:l’action soutenue}.',
  },
  montant: {
    title: 'Montant de la subvention',
    body: '${1:La Commune} attribue au bénéficiaire une subvention de ${2:10 000} € pour l’année ${3:2025}.',
  },
  versement: {
    title: 'Modalités de versement',
    body: 'La subvention sera versée en une fois à la signature de la présente convention, sur le compte du bénéficiaire.',
  },
  utilisation: {
    title: 'Conditions d’utilisation de la subvention',
    body: 'Le bénéficiaire s’engage à utiliser la subvention exclusivement à la réalisation de l’objet de la présente convention et à en justifier l’emploi.',
  },
  'compte-rendu': {
    title: 'Compte rendu financier',
    body: 'Conformément à l’article 10 de la loi n°2000-321 du 12 avril 2000, le bénéficiaire produit dans les six mois suivant la fin de l’exercice un compte rendu financier attestant de la conformité des dépenses à l’objet de la subvention.',
  },
};

/** One required article as a snippet (« Article 5 - Modalités de versement » and its clause). */
export function requiredArticleSnippet(clause: RequiredClause, number: number | string): string {
  const c = CLAUSES[clause];
  return `Article ${number} - ${c.title}\n\n${c.body}`;
}

