// The @ctes nomenclature of acts (ACTES: « Aide au Contrôle de légaliTé dématErialiSé »), its two first levels: the
// matters and sub-matters an act is classified under when it is sent to the prefecture. The open data of
// deliberations (SCDL) takes the level-2 code (DELIB_MATIERE_CODE, « 7.5 ») and its name, « matter/sub-matter » in
// lower case without commas or brackets (DELIB_MATIERE_NOM, « finances locales/subventions »).
// Also the identifier of the act at the prefecture (« 035-200038990-20201208-2020_207VIM-DE ») and of the
// prefecture itself (PREF_ID: « PREF038 », « SPREF0381 », « SGAR038 »).

const MATTERS: Record<string, string> = {
  '1': 'Commande publique',
  '2': 'Urbanisme',
  '3': 'Domaine et patrimoine',
  '4': 'Fonction publique',
  '5': 'Institutions et vie politique',
  '6': 'Libertés publiques et pouvoirs de police',
  '7': 'Finances locales',
  '8': 'Domaines de compétences par thèmes',
  '9': 'Autres domaines de compétences',
};

const SUB_MATTERS: Record<string, string> = {
  '1.1': 'Marchés publics', '1.2': 'Délégations de service public', '1.3': 'Conventions de mandat', '1.4': 'Autres contrats',
  '1.5': 'Transactions (protocole d’accord transactionnel)', '1.6': 'Maîtrise d’œuvre', '1.7': 'Actes spéciaux et divers',
  '2.1': 'Documents d’urbanisme', '2.2': 'Actes relatifs au droit d’occupation et d’utilisation des sols', '2.3': 'Droit de préemption urbain',
  '3.1': 'Acquisitions', '3.2': 'Aliénations', '3.3': 'Locations', '3.4': 'Limites territoriales', '3.5': 'Actes de gestion du domaine public',
  '3.6': 'Actes de gestion du domaine privé',
  '4.1': 'Personnels titulaires et stagiaires de la F.P.T.', '4.2': 'Personnels contractuels', '4.3': 'Fonction publique hospitalière',
  '4.4': 'Autres catégories de personnels', '4.5': 'Régime indemnitaire',
  '5.1': 'Élection exécutif', '5.2': 'Fonctionnement des assemblées', '5.3': 'Désignation des représentants', '5.4': 'Délégation de fonctions',
  '5.5': 'Délégation de signature', '5.6': 'Exercice des mandats locaux', '5.7': 'Intercommunalité', '5.8': 'Décision d’ester en justice',
  '6.1': 'Police municipale', '6.2': 'Pouvoirs du président du conseil général', '6.3': 'Pouvoirs du président du conseil régional',
  '6.4': 'Autres actes réglementaires', '6.5': 'Actes pris au nom de l’État',
  '7.1': 'Décisions budgétaires (B.P., D.M., C.A.)', '7.2': 'Fiscalité', '7.3': 'Emprunts', '7.4': 'Interventions économiques en faveur des entreprises', '7.5': 'Subventions',
  '7.6': 'Contributions budgétaires', '7.7': 'Avances', '7.8': 'Fonds de concours', '7.9': 'Prise de participation (SEM, etc.)', '7.10': 'Divers',
  '8.1': 'Enseignement', '8.2': 'Aide sociale', '8.3': 'Voirie', '8.4': 'Aménagement du territoire', '8.5': 'Politique de la ville, habitat, logement',
  '8.6': 'Emploi, formation professionnelle', '8.7': 'Transports', '8.8': 'Environnement', '8.9': 'Culture',
  '9.1': 'Autres domaines de compétences des communes', '9.2': 'Autres domaines de compétences des départements',
  '9.3': 'Autres domaines de compétences des régions', '9.4': 'Vœux et motions',
};

/** A level-2 code of the nomenclature (« 7.5 », « 7.10 »), as the SCDL asks: written with its spaces trimmed. */
export function isSubMatter(code: string): boolean {
  return Object.hasOwn(SUB_MATTERS, code.trim());
}

/** « finances locales/subventions »: the SCDL's DELIB_MATIERE_NOM of a level-2 code, or undefined. */
export function subMatterName(code: string): string | undefined {
  const c = code.trim();
  const sub = SUB_MATTERS[c];
  if (!sub) return undefined;
  // « sans virgule ni parenthèse »: a bracketed precision is dropped (« décisions budgétaires »), a comma is a space.
  const plain = (s: string) => s.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  return `${plain(MATTERS[c.split('.')[0]])}/${plain(sub)}`;
}

/** PREF_ID: a prefecture « PREF038 », a sub-prefecture « SPREF0381 », a SGAR « SGAR038 » (Corsica « 02A », « 02B »). */
export function isPrefectureId(id: string): boolean {
  return /^(?:PREF\d{2}[\dAB]|SPREF\d{2}[\dAB]\d|SGAR\d{2}[\dAB])$/.test(id.trim());
}

/** « https://… » with a host: what DELIB_URL (format uri) takes, and what a template of addresses must give. */
export function isWebAddress(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}
