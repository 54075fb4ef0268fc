// The diagnostic codes: stable identifiers (CLI JSON, quick fixes, settings, docs/checks.md), their default
// severity and a one-line description in French and English (used by hover on a code and the settings).
import type { Severity } from '../types';

export interface CodeInfo {
  severity: Severity;
  fr: string;
  en: string;
  /** Legal reference, when there is one. */
  law?: string;
}

export const CODES: Record<string, CodeInfo> = {
  syntax: { severity: 'error', fr: 'Texte illisible comme la structure qu’il annonce (ligne de tableau, marque non fermée).', en: 'Text that cannot be read as the structure it claims (table row, unclosed mark).' },
  'total-mismatch': { severity: 'error', fr: 'Ligne de total ou de sous-total qui n’est pas la somme des lignes qu’elle couvre.', en: 'A total or subtotal row that is not the sum of the rows it covers.' },
  'amount-mismatch': { severity: 'warning', fr: 'Un même montant (subvention, budget du programme) donné avec des valeurs différentes.', en: 'The same quantity (subsidy, programme budget) given different values.' },
  'percent-mismatch': { severity: 'error', fr: '« X %, soit Y € » faux, ou échéances qui ne font pas le tout.', en: '“X %, i.e. Y €” that is wrong, or instalments that do not add up to the whole.' },
  'budget-unbalanced': { severity: 'error', fr: 'Recettes et dépenses d’un même plan de financement différentes.', en: 'Receipts and expenses of one financing plan that differ.' },
  'article-numbering': { severity: 'error', fr: 'Numéro d’article manquant dans la suite, ou employé deux fois.', en: 'An article number missing from the sequence, or used twice.' },
  'article-required': { severity: 'warning', fr: 'Clause obligatoire absente d’une convention de subvention.', en: 'A clause the law requires in a subsidy convention is absent.', law: 'loi n° 2000-321 du 12 avril 2000, art. 10 ; décret n° 2001-495' },
  'ref-unresolved': { severity: 'error', fr: 'Renvoi à un article, une annexe ou un rapport absent du document.', en: 'Reference to an article, annex or report that this document does not contain.' },
  'member-count': { severity: 'error', fr: 'Effectifs déclarés en désaccord avec les listes.', en: 'Declared counts that disagree with the lists.' },
  'member-duplicate': { severity: 'error', fr: 'Même personne inscrite deux fois.', en: 'The same person listed twice.' },
  'proxy-holder-absent': { severity: 'error', fr: 'Pouvoir détenu par un membre absent au moment où il sert.', en: 'A proxy held by someone absent when it is used.', law: 'CGCT L2121-20' },
  'proxy-giver-present': { severity: 'error', fr: 'Pouvoir donné par un membre présent.', en: 'A proxy given by someone who is present.', law: 'CGCT L2121-20' },
  'proxy-limit': { severity: 'error', fr: 'Plus d’un pouvoir détenu par la même personne.', en: 'Someone holding more than one proxy.', law: 'CGCT L2121-20' },
  quorum: { severity: 'error', fr: 'Quorum non atteint (majorité des membres en exercice présents).', en: 'Quorum not reached (a majority of members in office present).', law: 'CGCT L2121-17' },
  'vote-count': { severity: 'error', fr: 'Votes qui ne totalisent pas les membres présents et représentés.', en: 'Votes that do not add up to the members present and represented.' },
  'vote-unanimity': { severity: 'error', fr: 'Unanimité annoncée avec des votes contre.', en: 'Unanimity stated with votes against.' },
  'interested-count': { severity: 'error', fr: 'Nombre de non-participants différent des conseillers intéressés (et de leurs pouvoirs).', en: 'Non-participants differ from the interested councillors (and their proxies).', law: 'CGCT L2131-11' },
  'majority-mismatch': { severity: 'error', fr: 'Majorité absolue indiquée qui n’est pas celle des suffrages exprimés (ou des votants).', en: 'An absolute majority stated that is not that of the votes cast (or of the voters).' },
  'mention-missing': { severity: 'warning', fr: 'Extrait du registre sans une mention obligatoire (date, convocation, présents, secrétaire de séance, résultat du vote), ou vote sans les voix pour.', en: 'An extract of the register without a mandatory mention (date, convocation, members present, secretary, result of the vote), or a vote without the votes for.', law: 'CGCT L2121-10, L2121-15' },
  'number-duplicate': { severity: 'warning', fr: 'Numéro de délibération déjà employé par un autre acte de la même collectivité.', en: 'A deliberation number another act of the same collectivity uses too.' },
  'number-gap': { severity: 'information', fr: 'Numéros d’une série annuelle absents des actes de l’espace de travail.', en: 'Numbers of a year’s series in none of the workspace’s acts.' },
  'number-order': { severity: 'warning', fr: 'Numéro d’une série annuelle plus petit qu’un autre, pour une séance postérieure.', en: 'A lower number of a year’s series for a later séance.' },
  'presence-continuity': { severity: 'information', fr: 'Membre présent à un acte d’une séance et absent au suivant (ou l’inverse) sans arrivée ni départ mentionnés ; pouvoir détenu par un membre parti.', en: 'A member present at one act of a séance and absent at the next (or the reverse) with no arrival or departure stated; a proxy held by a member who left.' },
  'seance-mismatch': { severity: 'warning', fr: 'Actes d’une même séance en désaccord (membres en exercice, présidence, secrétaire).', en: 'Acts of the same séance that disagree (members in office, presidency, secretary).' },
  'weekday-mismatch': { severity: 'error', fr: 'Jour de la semaine qui n’est pas celui de la date.', en: 'A weekday that is not the weekday of the date.' },
  'date-mismatch': { severity: 'error', fr: 'Date de la séance écrite en lettres différente de celle en chiffres.', en: 'The séance date in words differs from the date in figures.' },
  'date-order': { severity: 'error', fr: 'Dates dans un ordre impossible.', en: 'Dates in an impossible order.' },
  'convocation-delay': { severity: 'warning', fr: 'Convocation envoyée trop tard.', en: 'Convocation sent too late.', law: 'CGCT L2121-11, L2121-12, L3121-19' },
  'commune-spelling': { severity: 'warning', fr: 'Nom de commune différent de l’orthographe officielle.', en: 'A commune name that differs from its official spelling.' },
  'commune-unknown': { severity: 'hint', fr: 'Nom en position de commune qui ne correspond à aucune commune.', en: 'A name in commune position that matches no commune.' },
  'member-unknown': { severity: 'warning', fr: 'Conseiller absent du tableau des membres.', en: 'A councillor not in the roster.' },
  'member-mismatch': { severity: 'warning', fr: 'Civilité ou commune d’un conseiller différente de celle du tableau des membres.', en: 'A councillor’s civility or commune that differs from the roster.' },
  roster: { severity: 'error', fr: 'Tableau des membres (conseil.yaml) illisible ou non conforme au format.', en: 'Roster file (conseil.yaml) unreadable or not in the expected format.' },
  'person-ambiguous': { severity: 'hint', fr: 'Personne désignée par des initiales qui peuvent désigner plusieurs membres, ou aucun.', en: 'A person written with initials that fit several members, or none.' },
};
