// The reader of attendance lists: the people a list names, as real acts write them. One reader for the lists of
// the drafting format (a label at the start of a line) and for those found anywhere in a pasted act (a whole
// header flattened into one paragraph by a PDF extraction):
//   « M. Jean DUPONT, Mme Anne MARTIN (pouvoir à M. Luc PETIT) », « DUPONT Jean – MARTIN Anne », « NOM P. »,
//   « Mmes X, Y et MM. Z », « Jean Dupont ayant donné procuration à Marie Martin », « X représenté par Y »,
//   « X (remplace Y) », « X suppléante de Y », « X (arrivée au point 2) », « Besançon : M. X Beure : Mme Y »,
//   one name per line.
// A list stops at the next label (« Absents excusés : », « Secrétaire de séance : ») or where the text turns to
// prose (« … formant la majorité des membres en exercice. »). What is neither a name nor a function is kept as
// unread: the model then knows the list was not wholly read, and the checks that count it stay silent.
// Every loop goes forward over the text; no regular expression can backtrack over more than a few words.
import type { CommuneLabelNode, ListEntry, PersonNode, Qualifier, Span } from './tree';
import { foldAccents } from '../text/fold';
import { TIME_SOURCE } from '../text/dates';
import { Alternation } from '../text/matches';

/** What a list label says of the people after it. */
/**
 * What a list says of its people: present, absent, excused (away, maybe represented), giving or holding proxies,
 * replaced (« Suppléés : X par Y »: titulaires away, each with the substitute who sits in their seat), or other people.
 */
export type ListRole = 'present' | 'absent' | 'excused' | 'replaced' | 'givers' | 'holders' | 'other';

/** Makes spans and people: the parser's Builder. */
export interface NameMaker {
  span(offset: number, end: number): Span;
  person(text: string, s: Span): PersonNode;
  /** The official list of communes, when the analysis has it (tables of communes and delegates). */
  readonly communes?: CommuneLexicon;
}

export interface NamesRead {
  entries: ListEntry[];
  communes: CommuneLabelNode[];
  unread: Span[];
  /** Offset where the list stops: the end of the text read, or a label, or the prose after the last name. */
  end: number;
  /** The list stopped before the end of the text (a label or prose follows). */
  stopped: boolean;
}

const UP = 'A-ZÀ-ÖØ-ÞŒŸ';
const LOW = 'a-zß-öø-ÿœ';

// ---------------------------------------------------------------- labels

/** A word of a label, its letters possibly spaced out (« A B S E N T S »), its accents optional. */
function word(w: string): string {
  const letters = [...foldAccents(w)].map((c) => {
    const accented = ACCENTED[c] ?? '';
    // (« Mernbres présents »: an OCR's « rn » for « m ».)
    if (c === 'm') return '(?:[mM]|r ?n)';
    return /[a-z]/i.test(c) ? `[${c}${c.toUpperCase()}${accented}${accented.toUpperCase()}]` : c === ' ' ? '\\s+' : c;
  });
  return letters.join(' ?');
}
const ACCENTED: Record<string, string> = { e: 'éèêë', a: 'àâä', i: 'îï', o: 'ôö', u: 'ùûü', c: 'ç' };

/** The agreement forms of a participle in a label: « présents », « présent(e)s », « présent-e-s », « excusé(e)s ». */
// « présents(es) », « présent-e-s », « présents-es »: the feminine added after the plural too.
// « présent(e)s », « présent.e.s », « présent-e-s », « Absent(s/es) », « excusé(s/es) »; « Présent{e}s » as OCR reads a
// parenthesis; « Absents (es) », the feminine apart.
const SUFFIX = `(?:\\([sS]?\\/[eE]?[sS]?(?:\\/[eE][sS])?\\)|(?: ?(?:\\([eE]\\)|\\{[eE]\\}|-[eE]-?|\\.[eE]\\.?|[eE]))?(?: ?(?:\\([sS]\\)|[sS]))?(?: ?\\([eE][sS]\\)|-[eE][sS])?)`;
const PRESENT = `${word('present')}${SUFFIX}`;
const ABSENT = `${word('absent')}${SUFFIX}`;
const EXCUSED = `${word('excuse')}${SUFFIX}`;
const REPRESENTED = `${word('represente')}${SUFFIX}`;
// (« ETAI(EN)T ABSENT(E)S AVEC POUVOIR : »: the plural in parentheses; a parenthesis a slip closed twice after the
// participle, « ABSENT(E)S) ».)
const WERE = `(?:${word('etaient')}|${word('etait')}|${word('etai')}\\((?:${word('en')})\\)[tT]|${word('sont')}|${word('est')})`;
/** Words that may stand between a verb label and its colon (« Étaient présents au moment de l'appel nominatif : »). */
// (« Présents en Visio conférence : », « Présents en Visioconférence : »: the members who sat from afar.)
// (« Présent(s) ou représenté(s) : », a word with its plural in parentheses; « Présents titulaires/suppléants : ».)
// (« ETAIENT PRESENTS A L’OUVERTURE DE LA SEANCE : », when, in capitals.)
const TAIL = `(?:[ \\u00a0]+(?:[a-zà-ÿ'’]+(?:\\([es]{1,2}\\))*(?:\\/[a-zà-ÿ'’]+)?|\\/|Mmes|MM\\.|Mesdames|Messieurs|Membres|Conseil|Municipal|Conseillers|Délégués|Titulaires|Suppléants|Visio(?:-?[Cc]onf[ée]rence)?|Conf[ée]rence|[AÀ][ \\u00a0]+L['’][ \\u00a0]?OUVERTURE(?:[ \\u00a0]+DE[ \\u00a0]+LA[ \\u00a0]+S[ÉE]ANCE)?)){0,10}?`;

/** « (s) » or « s » after a noun of a label: « Membre(s) ». */
const PLURAL_S = `(?:\\([sS]\\)|[sS])?`;
/** « Étaient absents les titulaires suivants : »: the members a verb label lists, named after it. */
// (« Étaient présents les Conseillers Communautaires suivants : »: so words with their capital.)
const FOLLOWING = `(?:\\s+(?:${word('les')}|${word('des')})\\s+(?:[\\p{L}'’]+\\s+){0,3}${word('suivant')}(?:[eE])?[sS]?)`;

/** Attendance labels: the role of the people listed after them. The longest forms come first. */
/** « TITULAIRES », « Délégués suppléants »: the group of members a label names before its verb. */
const GROUP = `(?:(?:${word('membre')}|${word('conseiller')}|${word('delegue')})[sS]?\\s+)?(?:${word('titulaire')}|${word('suppleant')}[eE]?)[sS]?`;

const ATTENDANCE: [ListRole, string][] = [
  ['holders', `${word('mandataires')}`],
  // « TITULAIRES PRÉSENTS : … TITULAIRES ABSENTS EXCUSÉS : … SUPPLÉANTS PRÉSENTS : … » (substitutes have no seat).
  ['excused', `${GROUP}\\s+(?:${ABSENT}\\s+)?${EXCUSED}(?:\\s+(?:${word('et')}\\s+)?${REPRESENTED})?`],
  ['excused', `${GROUP}\\s+${ABSENT}\\s+(?:${word('et')}\\s+)?${REPRESENTED}`],
  ['absent', `${GROUP}\\s+${ABSENT}`],
  // « Conseillers absents excusés », « Conseillère absente non excusée » (alone on their lines).
  // (« Membre(s) Excusé(s) », alone on its line.)
  ['excused', `(?:${word('membre')}|${word('conseillere')}|${word('conseiller')}|${word('delegue')}[eE]?)${PLURAL_S}\\s+(?:${ABSENT}\\s+)?${EXCUSED}`],
  ['absent', `(?:${word('membre')}|${word('conseillere')}|${word('conseiller')}|${word('delegue')}[eE]?)${PLURAL_S}\\s+${ABSENT}(?:\\s+${word('non')}\\s+${EXCUSED})?`],
  // (« TITULAIRES PRESENTS AVEC VOTE : », « SUPPLEANTS PRESENTS SANS VOTE : », those without a vote being no members sitting.)
  ['present', `${GROUP}\\s+${PRESENT}(?:\\s+(?:${word('avec')}|${word('sans')})\\s+(?:${word('vote')}|${word('voix deliberative')}))?`],
  // « Ont délégué leur droit de vote conformément à l'article L du Code Général des Collectivités Territoriales : ».
  ['givers', `(?:${word('ont')}|${word('a')})\\s+${word('delegue')}\\s+(?:${word('leur')}|${word('son')})\\s+${word('droit de vote')}(?:\\s+conformément\\s+(?:à\\s+l['’]article|aux\\s+dispositions)[^:：\\n]{0,120})?`],
  // « Absences : M. X (pouvoir à Mme Y) », « Absences excusées : »: the noun for the participle.
  ['absent', `${word('absence')}${PLURAL_S}(?:\\s+${EXCUSED})?(?=[ \\u00a0]*[:：])`],
  // « Absents à partir de 19h35 : MM DUPIN, ROLLAND » (those who left at an hour).
  ['absent', `${ABSENT}\\s+${word('a partir de')}\\s+\\d{1,2}[ \\u00a0]?[hH](?:[ \\u00a0]?\\d{2})?`],
  // « Liste des présents » (a heading, the names by rank below it).
  ['present', `${word('liste des')}\\s+(?:${word('membres')}\\s+|${word('conseillers')}\\s+|${word('elus')}\\s+)?${PRESENT}`],
  // « Il est procédé à l'appel nominal auquel répondent : », « Ont répondu à l'appel : »: those who answered the roll call.
  ['present', `(?:(?:${word('auquel')}|${word('auxquels')})\\s+)?(?:${word('repondent')}|${word('ont repondu')})(?:\\s+${word('a l')}['’]\\s?${word('appel')}(?:\\s+${word('nominal')})?)?(?=[ \\u00a0]*[:：])`],
  // « Ont complété le quorum après l'appel nominatif : » (those who came after the roll call).
  ['present', `(?:${word('ont')}|${word('a')})\\s+${word('complete le quorum')}${TAIL}`],
  ['givers', `${word('mandants')}`],
  // (« ABSENTS AYANT VOTE PAR PROCURATION : BECUWE A. / BULTE D. »: their holders not named.)
  // (« Absents excusés ayant donné procuration à : S HALLIEN donne procuration à P CHABAUD … »: « à » before the colon;
  // « Absent(s) excusé(s) ayant remis un pouvoir : »; « Absents excusés ayant donné pouvoir à un collègue du Conseil
  // Municipal pour voter ↵ en leur nom : ».)
  ['excused', `(?:${ABSENT}\\s+)?(?:${EXCUSED}\\s+)?(?:${word('ayant')}\\s+(?:${word('remis')}\\s+(?:(?:${word('un')}|${word('leur')}|${word('son')})\\s+)?(?:${word('pouvoir')}|${word('procuration')})|${word('donne')}\\s+(?:${word('pouvoir')}|${word('procuration')}|${word('mandat')}|${word('delegation')})(?:\\s+${word('de vote')})?(?:\\s+(?:à|a)(?=\\s*[:：])|\\s+(?:à|a)\\s+(?:${word('un')}|${word('une')}|${word('leurs')}|${word('leur')})\\s+(?:${word('collegues')}|${word('collegue')})(?:\\s+${word('du conseil')}(?:\\s+(?:${word('municipal')}|${word('communautaire')}|${word('syndical')}))?)?(?:\\s+${word('pour voter en leur nom')})?)?|${word('vote par')}\\s+(?:${word('procuration')}|${word('pouvoir')})|${word('delegue')}\\s+(?:${word('son')}|${word('leur')})\\s+(?:${word('mandat')}|${word('pouvoir')}|${word('droit de vote')})))`],
  // « Avaient donné pouvoir de voter respectivement en leur nom : », « Ont donné procuration : ».
  ['excused', `(?:${word('ont')}|${word('avaient')}|${word('avait')}|${word('a')})\\s+${word('donne')}\\s+(?:${word('pouvoir')}|${word('procuration')}|${word('mandat')}|${word('delegation')})${TAIL}`],
  // (« Absents excusés représentés par : X par Y (Beaulon), … »: « par » before the colon; « ABSENTS REPRÉSENTÉS PAR
  // POUVOIR : ».)
  ['excused', `(?:${WERE}\\s+)?${ABSENT}\\)?\\s+(?:${EXCUSED}\\s+)?(?:${word('et')}\\s+)?(?:${REPRESENTED}(?:\\s+${word('par')}(?=[ \\u00a0]*[:：])|\\s+${word('par')}\\s+(?:${word('pouvoir')}|${word('procuration')}))?|${word('avec pouvoir')}${PLURAL_S}|${word('avec procuration')}${PLURAL_S})`],
  // (« ÉTAIT ABSENT OU EXCUSE : », « ABSENT E avec EXCUSE : », « ETAIENT EXCUSES ET REPRESENTES PAR POUVOIR : »,
  // « Absents-excusés : », « Excusée avec procuration : Mme X. », « Absent(s) et absent(s) excusé(s) : », « étaient
  // absents/excusés : ».)
  ['excused', `(?:${WERE}\\s+)?(?:${ABSENT}(?:\\s+|-|\\s*\\/\\s*)(?:(?:${word('et')}|${word('ou')}|${word('avec')})\\s+)?(?:${ABSENT}\\s+)?)?${EXCUSED}(?:\\s+(?:${word('et')}\\s+)?${REPRESENTED}(?:\\s+${word('par')}\\s+(?:${word('pouvoir')}|${word('procuration')}))?|\\s+(?:${word('avec pouvoir')}${PLURAL_S}|${word('avec procuration')}${PLURAL_S}))?${FOLLOWING}?`],
  // « Etaient Suppléés : Bernard NOIR par Daniel BLANC, … », « Titulaires suppléés : »: titulaires away, each replaced
  // by the substitute named after « par ».
  ['replaced', `(?:${WERE}\\s+)?(?:(?:${word('titulaires')}|${word('membres')}|${word('delegues')})\\s+)?${word('supplee')}${SUFFIX}`],
  // (« Etaient représenté(e)s par un suppléant : M. NEZ était représenté par Mme TERRIER ».)
  // (Not « Mme X, représentée par son suppléant : M. Y » inside a list: « Etaient » opens the label.)
  ['replaced', `${WERE}\\s+${REPRESENTED}\\s+${word('par')}\\s+(?:${word('un')}|${word('une')}|${word('leurs')}|${word('leur')})\\s+${word('suppleant')}${SUFFIX}`],
  // (« Absents remplacés par son suppléant ayant droit de vote : Suzanne NOIR remplacée par Yves BLANC ».)
  ['replaced', `(?:${WERE}\\s+)?${ABSENT}\\s+${word('remplace')}${SUFFIX}\\s+${word('par')}\\s+(?:${word('leurs')}|${word('leur')}|${word('son')}|${word('sa')})\\s+${word('suppleant')}${SUFFIX}(?:\\s+${word('ayant droit de vote')})?`],
  // « S’ÉTAIENT FAIT EXCUSER : », « S'est fait excuser : ».
  ['excused', `[sS]['’] ?(?:${word('etaient')}|${word('etait')}|${word('est')})\\s+${word('fait')}(?:[eE])?(?:[sS])?\\s+${word('excuser')}`],
  // (« ABSENT sans EXCUSE : », « Absents (es) (non excusés (es)) : »; « Absents présence du suppléant : », titulaires
  // whose substitutes sit.)
  ['absent', `(?:${WERE}\\s+)?${ABSENT}(?:\\s+(?:${word('presence du')}|${word('avec')})\\s+${word('suppleant')}(?:[eE])?(?:[sS])?|\\s+${word('non')}\\s+(?:${EXCUSED}|${REPRESENTED})|\\s*\\(${word('non')}\\s+${EXCUSED}\\)|\\s+${word('sans')}\\s+(?:${word('pouvoir')}|${word('procuration')})(?:[sS])?|\\s+${word('sans')}\\s+${EXCUSED})?${FOLLOWING}?`],
  // « ETAIENT REPRESENTEES LES COMMUNES DE : » (a syndicat's roll, the delegates of each commune below): present.
  ['present', `(?:${WERE}\\s+)?(?:${word('non')}\\s+)?${REPRESENTED}\\s+${word('les communes')}(?:\\s+(?:${word('de')}|${word('suivantes')}))?`],
  ['givers', `(?:${WERE}\\s+)?(?:${word('membres')}\\s+|${word('conseillers')}\\s+)?${REPRESENTED}(?:\\s+${word('par')}\\s+(?:${word('pouvoir')}|${word('procuration')})(?:[sS])?)?`],
  // « PARTIS EN COURS DE SÉANCE : Mme X à 22h45 (a donné pouvoir à M. Y), … »: members listed present who left, each
  // with the hour and the proxy they gave; no member more.
  ['givers', `(?:${word('partis')}|${word('sortis')}|${word('departs')})(?:[eE])?(?:[sS])?\\s+(?:${word('en cours de')}|${word('pendant la')}|${word('durant la')})\\s+${word('seance')}`],
  // « Pouvoirs conformément à l’article L.2121.20 du Code Général des Collectivités Territoriales : », « Pouvoirs (art.
  // L. 2121-20 du CGCT) : ».
  // (« Pouvoir de : M. X à M. Y », « … dépose sur le bureau les pouvoirs de vote de : Madame X à M. Y ».)
  // (« M. le Maire donne lecture à l’Assemblée des procurations reçues : Mme X à Mme Y … », « POUVOIRS RECUS DE : - Mme
  // X à M. le Maire … ».)
  // (« Procuraons : », a PDF extraction that lost the ligature « ti » of its font.)
  ['givers', `(?:${word('pouvoir')}|${word('procuration')}|${word('procuraon')}|${word('delegation')})(?:\\([sS]\\)|[sS])?(?:\\s+${word('de vote')}(?:\\s+${word('de')}(?=\\s*[:：]))?|\\s+${word('de')}(?=\\s*[:：])|\\s+(?:${word('recues')}|${word('recus')})(?:\\s+${word('de')})?(?=\\s*[:：]))?(?:\\s*\\((?:art\\.?|article)[^()]{0,80}\\)|\\s+conformément\\s+(?:à\\s+l['’]article|aux\\s+dispositions)[^:：\\n]{0,120}(?:\\n[^:：\\n]{0,60})?)?`],
  // (« … le Président fait lecture au Conseil des pouvoirs remis par les personnes absentes (15 pouvoirs) : S. ADELEE donne
  // pouvoir à F. ROY, … »: the count of the proxies in parentheses before the colon of their list.)
  ['givers', `\\(\\s*\\d{1,3}\\s+(?:${word('pouvoirs')}|${word('procurations')})\\s*\\)`],
  // « PRESENTS PAR PROCURATION : Madame X donne pouvoir à Monsieur Y »: those who vote through another.
  ['givers', `(?:${WERE}\\s+)?${PRESENT}\\s+${word('par')}\\s+(?:${word('procuration')}|${word('pouvoir')})(?:[sS])?`],
  // (Not the verb: « Monsieur Le Maire présente la liste qu'il conduit : », an article after it.)
  ['present', `(?:${WERE}\\s+)?(?![pP]r[ée]sente(?:nt)?[ \\u00a0]+(?:la|le|les|l['’]|un|une|son|sa|ses|leur|leurs|ce|cette|ces)[ \\u00a0'’])${PRESENT}(?:\\s+${word('en seance')})?${FOLLOWING}?${TAIL}`],
  // « Conseillers Communautaires présents », « Délégués titulaires présents ».
  // « SECTEUR DE NOVION PORCIEN : B. CARIER (AUBONCOURT VAUZELLES), … Absent(s): … Excusé(s) : … »: a communauté's roll
  // by sector, the delegates present first (a label of their own for those absent or excused).
  ['present', `(?:SECTEUR|Secteur)(?:\\s+(?:DE|DU|DES|de|du|des)(?:\\s+[^:：\\n]{1,40}?)?|\\s+D['’]\\s?[^:：\\n]{1,40}?)?(?=\\s*[:：])`],
  ['present', `(?:${word('membre')}|${word('conseiller')}|${word('delegue')})[sS]?\\s+(?:(?:${word('titulaires')}|${word('municipaux')}|${word('communautaires')}|${word('syndicaux')}|${word('departementaux')})\\s+)?${PRESENT}`],
  // « Membres suppléants avec Voix Délibératives : »: the substitutes who sit and vote.
  // (« Délégués suppléants ayant pouvoir de son titulaire : »: so; « Délégués suppléants / communes avec voix
  // délibérative : », with their communes in parentheses.)
  // (« Suppléants en situation délibérante : », the membres or délégués unsaid.)
  ['present', `(?:(?:${word('membre')}|${word('delegue')})[sS]?\\s+)?${word('suppleant')}(?:[eE])?(?:[sS])?\\s+(?:\\/\\s*${word('communes')}\\s+)?(?:${word('avec voix deliberative')}[sS]?|${word('ayant voix deliberative')}|${word('en situation deliberante')}|${word('siegeant')}|${word('ayant pouvoir de')}\\s+(?:${word('son')}|${word('leur')})\\s+${word('titulaire')}[sS]?)`],
  // « Suppléants remplaçant de droit titulaires absents : »: the substitutes who sit.
  ['present', `${word('suppleant')}[sS]?\\s+${word('remplacant')}[sS]?(?:\\s+(?:${word('de droit')}|${word('les')}|${word('des')}|${word('titulaires')}|${word('absents')})){0,5}`],
  // « Étaient également présents » (after « sous la présidence de … ») lists members; « Assistaient » does not.
  ['present', `(?:${WERE}\\s+)?${word('egalement')}\\s+${PRESENT}${TAIL}`],
  // « Mmes et MM. les Vice-présidents-es : », « MM. les Conseillers : »: the members sitting, by function.
  ['present', `(?:${word('mmes et mm')}\\.?|${word('mm et mmes')}|${word('mesdames et messieurs')})\\s+${word('les')}\\s+(?:${word('vice')}[- ])?(?:${word('presidents')}|${word('conseillers')}|${word('adjoints')}|${word('delegues')})(?:-${word('es')}|\\(${word('es')}\\))?(?:\\s+(?:${word('municipaux')}|${word('communautaires')}|${word('metropolitains')}|${word('departementaux')}))?`],
  // (« INVITEES PERMANENTES : Chantal MAILLET »: so the guests, whatever the agreement.)
  // (« • Participaient également : • Madame X, Trésorière. »: the staff and guests too.)
  ['other', `(?:${WERE}\\s+)?(?:${word('assistaient')}|${word('assistait')}|${word('participaient')}|${word('participait')}|${word('invite')}${SUFFIX}(?:\\s+${word('permanent')}${SUFFIX})?)(?:\\s+${word('egalement')})?(?:\\s+${word('a la seance')})?${TAIL}`],
  // (« Personnalités présentes : Mme Mélanie RUEDY, directrice du CVEOM »: guests, no members.)
  ['other', `${word('personnalite')}[sS]?\\s+(?:${PRESENT}|${word('invite')}${SUFFIX})`],
  // (« Salariée : Madame JOUET   Conseiller technique : Monsieur DUPOUY »: the staff, no member.)
  ['other', `${word('salarie')}${SUFFIX}`],
];

/** Labels that end a list without starting one. */
const STOPS = [
  'secretaire', 'secretaires', 'secretaire de seance', 'secretaires de seance', 'secretaire de la seance',
  // (« … M. Legrand ayant donné pouvoir à M. Régis La secrétaire de séance : Mme Noël »: with its article.)
  'la secretaire de seance', 'le secretaire de seance', 'la secretaire', 'le secretaire',
  // (« … Ingrid BOUTARFA Elue secrétaire de séance : Stéphanie MARQUEZ », right after the last name.)
  'elu secretaire de seance', 'elue secretaire de seance', 'nomme secretaire de seance', 'nommee secretaire de seance', 'designe secretaire de seance', 'designee secretaire de seance',
  // (« … de Florence TOQUÉ à Sylvie GALIC Election du secrétaire de séance : Delphine DELCAMBRE ».)
  'election du secretaire de seance', 'election du secretaire', 'designation du secretaire de seance', 'designation du secretaire',
  'president', 'presidente', 'presidence', 'ordre du jour', 'objet', 'objet de la deliberation', 'nombre', 'votants', 'quorum',
  'date de convocation', 'date de la convocation', 'convocation', 'rapporteur', 'rapporteurs', 'pour', 'contre', 'abstention', 'abstentions',
  'en exercice', 'membres en exercice', 'conseillers en exercice', 'vote', 'votes', 'deliberation', 'le conseil', 'seance', 'affiche',
  'date d affichage', 'date d\'affichage', 'decision', 'resultat du vote', 'exposé', 'expose', 'le maire', 'le president', 'transmis',
  // (« Excusés : El Hassania FRAISSE-ZIRIAB Début de séance : 17 h 35 », the hour the séance opened.)
  'debut de seance', 'debut de la seance', 'ouverture de seance', 'ouverture de la seance',
  // (« Etaient présents : M. le Maire - M. Pierre BODET »: after a civility, « le Maire » is a member.)
].map((w) => (w.startsWith('le ') ? `(?<!(?:M\\.|Monsieur|Mme|Madame)[ \\u00a0])${word(w)}` : word(w)));

// (« Présents (dans l’ordre du tableau) : »: a few words in parentheses before the colon; « PRESENTS [13] : », the
// count in brackets.)
// (« PRESENTS , : Mme Appéré, Maire ; … »: a stray comma before the colon, or a quotation mark an OCR made of a speck,
// « ABSENTS EXCUSÉS": »; « ÉTAIENT PRÉSENTS, à l’ouverture de la séance : », when; « Etaient présents, membres
// titulaires : », the group.)
// (« Etaient représentés conformément aux dispositions de l'article L 2121.20 du Code Général des Collectivités
// Territoriales : »: the law the label cites, before its colon.)
// (« Étaient présents (41/71) : »: those present of those in office; « Absents excusés (07 dont 03 pouvoirs): ».)
// (« Etaient présents membres titulaires Collège 1 : »: the members of a college of a board.)
// (« Présents ; 37 CARPF : … »: a semicolon for the colon, an OCR's, before the count and the names.)
// (« Absents excusés avec pouvoir à l’ouverture : »: « de la séance » left out.)
// (« Absents2 : » on the official form of an election's minutes: the call of a footnote glued to the label.)
const LABEL_END = `[ \\u00a0]*(?:(?<=[\\p{L})])\\d[ \\u00a0]*(?=[:：])|\\(\\s*\\d+\\s*(?:\\/\\s*\\d+\\s*|dont[ \\u00a0]+\\d+[ \\u00a0]+(?:pouvoirs?|procurations?|représentée?s?)[ \\u00a0]*)?\\)[ \\u00a0]*(?:(?:\\.{2,}|…)[ \\u00a0]*(?=[:：]))?|[ \\u00a0]*(?:conformément[ \\u00a0]+(?:à|aux?)|en[ \\u00a0]+application[ \\u00a0]+(?:de|du|des))[ \\u00a0](?:[^:：.\\n]|\\.(?=\\d)){1,120}?(?=[:：])|\\[\\s*\\d+\\s*\\][ \\u00a0]*|\\((?:(?:dans|par|selon|titulaires|membres|délégués)[ \\u00a0][^()\\n:]{1,60}|titulaires|suppléants|votants|avec[ \\u00a0]+voix[ \\u00a0]+délibérative)\\)[ \\u00a0]*(?=[:：])|[,"”][ \\u00a0]*(?:(?:membres|délégués|conseillers)[ \\u00a0]+(?:titulaires|suppléants)[ \\u00a0]*)?(?=[:：])|[ \\u00a0]+(?:membres|délégués|conseillers)[ \\u00a0]+(?:titulaires|suppléants)[ \\u00a0]+(?:du[ \\u00a0]+)?(?:[cC]oll[èe]ge|[gG]roupe)[ \\u00a0]+(?:\\d{1,2}|[IVX]{1,3})[ \\u00a0]*(?=[:：])|,?[ \\u00a0]*\\(?(?:à|dès)[ \\u00a0]+l['’][ \\u00a0]?ouverture(?:[ \\u00a0]+de[ \\u00a0]+(?:la[ \\u00a0]+)?séance)?\\)?[ \\u00a0]*(?=[:：]))?(?:[:：]|[ \\u00a0]+[-–—](?=[ \\u00a0])|[ \\u00a0]*;(?=[ \\u00a0]*\\d{1,3}[ \\u00a0]+\\p{Lu}))`;
/** An attendance label: at a line or clause start, then a colon or a dash. */
// « présent(e)s avec droit de vote formant le quorum CAPV : Philippe X (Andilly) »: a group label in capitals may
// stand for the label's colon.
// (« --==o0o==--ETAIENT PRESENTS »: a rule of dashes glued before the label, not a word's hyphen.)
// (« … Servajean Daniel, conseillers municipauxExcusés : Mme … »: a one-word label glued to the word before it in small
// letters, the blank lost by the copy.)
// (Split into patterns under 20 KB, which V8 compiles with its optimisations: see Alternation.)
const ATTENDANCE_LABEL = new Alternation(ATTENDANCE.map(([, s]) => s), {
  before: `(?:(?<![\\p{L}\\d'’])|(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll}+[ \\u00a0]*[:：]))(?<!(?<![-=])-)`,
  after: `(?:${LABEL_END}|(?=[ \\u00a0]+[${UP}]{2,}(?:[ \\u00a0][${UP}][${UP}'’-]*){0,7}[ \\u00a0]*:[ \\u00a0]+\\p{Lu}[\\p{Ll}.]))`,
  flags: 'gu',
});
/** « ETAIT EXCUSEE ET A DONNE POUVOIR : »: the label says its members gave a proxy. */
// (« Étaient excusés et ont donné procuration de vote : (10) … », « Étaient excusés et étaient représentés par leurs
// suppléants : … ».)
const GAVE_PROXY = `(?:\\s+${word('et')}\\s+(?:(?:${word('a')}|${word('ont')})\\s+${word('donne')}\\s+(?:${word('pouvoir')}|${word('procuration')})(?:\\s+${word('de vote')})?|(?:${word('etaient')}|${word('etait')})\\s+${REPRESENTED}\\s+${word('par')}\\s+(?:${word('leurs')}|${word('leur')}|${word('son')}|${word('sa')})\\s+${word('suppleant')}(?:[eE])?(?:[sS])?))`;
// (« ETAIENT PRÉSENTSM. RALLU Philippe – … »: so glued to the civility of the first name.)
/** « Étaient présents » and the like are labels even without a colon (« Étaient présents Mmes X, Y »), or at the end of
 * a line, the names below. */
// (« Etaient présent(e)s, sur convocation qui leur a été adressée conformément aux dispositions des articles …, les membres du
// Syndicat Mixte … (SYBARVAL) : ↵ X - Y - … », « Etaient présents les représentants des établissements … suivantes : »: a
// clause after a comma or words in small letters, up to the colon that ends the line; after « présents » only.)
// (« Etaient présents, M. Mmes les membres du Conseil de la Communauté de Communes de X : AMANCE : BERTIN Jean-Marie, … »:
// or up to a colon before a commune's label in capitals.)
const VERB_LABEL = new RegExp(`(?<![\\p{L}\\d'’])(?<!(?<![-=])-)(?:(?:${word('etaient')}|${word('etait')}|${word('sont')})\\s+(?:${PRESENT}|${ABSENT}(?:(?:\\s+|\\s*\\/\\s*)${EXCUSED})?(?:\\s+(?:${word('et')}\\s+|${word('non')}\\s+)?(?:${REPRESENTED}|${word('avec pouvoir')}${PLURAL_S}|${word('avec procuration')}${PLURAL_S}))?${GAVE_PROXY}?|${EXCUSED}${GAVE_PROXY}?|${REPRESENTED}))(?:${LABEL_END}|(?<=[pP][rR][éeÉE][sS][eE][nN][tT](?:[eE]|\\([eE]\\))?[sS]?)(?:,|[ \\u00a0]+(?=[a-zà-ÿ]))[^:：\\n]{1,300}?[:：](?=[ \\u00a0\\t\\r]*(?:\\n|$)|[ \\u00a0]+[${UP}][${UP}'’-]+(?:[ \\u00a0]+[${UP}][${UP}'’-]*){0,5}[ \\u00a0]*[:：][ \\u00a0]+\\p{Lu})|(?=[ \\u00a0,]+(?:\\p{Lu}|${word('mesdames')}|${word('messieurs')})|[ \\u00a0]*(?:\\r?\\n|$))|(?=(?:M\\.|MM\\.|Mme|Mmes)[ \\u00a0]+\\p{Lu}))`, 'gu');
/** « Etaient présents sous la présidence de Mme X, Vice-présidente du Syndicat : », the chair named inside the label. */
export const PRESIDED_LABEL = /^[ \u00a0\t]*((?:[EÉ]taient|[EÉ]TAIENT|Sont|SONT)[ \u00a0]+(?:pr[ée]sente?s?|PR[ÉE]SENTE?S?|pr[ée]sent\(e\)s))[ \u00a0]+sous[ \u00a0]+la[ \u00a0]+pr[ée]sidence[ \u00a0]+d(?:e|u)[ \u00a0]/u;
/** A label alone on its line, without a colon (« PRESENTS », « Membres présents »): its names follow below. */
// « Présents à l'appel nominal : 22 élus »: with the count the names below make (« : 26 élus. », a full stop after it).
// (« Étaient présents (17) » alone on its line: the count in parentheses, no colon; « Membres présents (à l'ouverture
// de la séance à 20h00) », when.)
const ALONE_LABEL = new Alternation(ATTENDANCE.map(([, s]) => s), {
  before: `^[ \\u00a0\\t]*`,
  // (« Etaient présents : 69 délégués sur 106 en exercice »: those in office after the count; « Etaient présents – », a dash
  // for the colon.)
  after: `[ \\u00a0]*(?:\\((?:\\d{1,4}|(?:à|dès)[ \\u00a0]+l['’][ \\u00a0]?ouverture[^()\\n]{0,60})\\)[ \\u00a0]*)?(?:[:：][ \\u00a0]*\\(?\\d{1,4}\\)?(?:[ \\u00a0]+(?:élue?|membre|conseill(?:er|ère)|déléguée?|personne)s?(?:[ \\u00a0]+sur[ \\u00a0]+\\d{1,4}[ \\u00a0]+en[ \\u00a0]+exercice)?)?\\.?)?[ \\u00a0]*(?:[:：]|(?<=[ \\u00a0])[-–—])?[ \\u00a0]*$`,
  flags: 'u',
});

/**
 * A word every attendance label holds (each of ATTENDANCE's patterns has one of them, letter-spaced or not, its accents
 * optional: written with `word`): a small pattern, tried before the long ones. Run on a line that holds no label, a
 * pattern of thousands of characters costs microseconds whatever the line's length (its code is out of the
 * processor's caches by the time it runs again).
 */
const MAY_ATTENDANCE = new RegExp(['mand', 'excus', 'absen', 'present', 'deleg', 'complet', 'ayant', 'donn', 'pouvoir', 'procura', 'suppl', 'presid', 'conseill', 'adjoint', 'assist', 'parti', 'sorti', 'depart', 'invit', 'salari', 'repond'].map(word).join('|'), 'u');

/** The label of a line that holds nothing else, with its role. */
export function aloneLabel(line: string): ListRole | undefined {
  if (line.length > 120 || !MAY_ATTENDANCE.test(line)) return undefined;
  const m = ALONE_LABEL.exec(line);
  return m ? listRole(aloneLabelText(line)) : undefined;
}
/** The words of a label alone on its line, without its colon and count. */
export function aloneLabelText(line: string): string {
  return line.trim().replace(/[ \u00a0]*[:：][^:：]*$/, '');
}
/** « Présent(e)s C. Montin, … », « Excusé(e)s S. Cassagne, … »: a capitalised participle right before a name. */
// (« Absents excusés M. Lorillé, … », « Absents non excusés Christelle ALONSO » as one label, then the names; « Présents
// Délégués de Saint-Louis Mme … »: the delegates of a commune below it.)
// (« … Conseillers Municipaux. Absents représentés par procuration Alain VELASQUEZ à Alain DUPONT … », « Présents
// Jean-Paul FRANC, Maire ; … »: so « par procuration » after « représentés », and a compound given name.)
// (« • PrésentsMme Françoise ARNOULD, … », « • ExcuséPierre FAIVRE »: a web page's bold label run into its names.)
const BARE_LABEL = new RegExp(`(?<![\\p{L}\\d'’(-])(?:(?:P[rR][éeÉE]?[sS][eE][nN][tT]|E[xX][cC][uU][sS][éeÉE]|R[eE][pP][rR][éeÉE][sS][eE][nN][tT][éeÉE])${SUFFIX}|A[bB][sS][eE][nN][tT]${SUFFIX}(?:[ \\u00a0]+(?:[nN][oO][nN][ \\u00a0]+)?(?:[eE][xX][cC][uU][sS][éeÉE]|[rR][eE][pP][rR][éeÉE][sS][eE][nN][tT][éeÉE])${SUFFIX}(?:[ \\u00a0]+par[ \\u00a0]+(?:procuration|pouvoir))?)?)(?=(?:Mme|Mlle|Mr|MM\\.|M\\.|Messieurs|Mesdames|Monsieur|Madame)[ \\u00a0]|[${UP}][${LOW}]+[ \\u00a0]+[${UP}]{2,}[${UP}'’-]*(?:[ \\u00a0\\r\\n]|$)|[ \\u00a0]+(?:(?:M\\.|Mme|MM\\.|Mmes|Monsieur|Madame)[ \\u00a0\\r\\n]|M[ \\u00a0][${UP}]\\.[ \\u00a0]|[${UP}]\\.[ \\u00a0-]|[${UP}]{2,}[ ,]|[${UP}][${LOW}]+(?:-[${UP}][${LOW}]+)?[ \\u00a0]+[${UP}]|[${UP}][${LOW}]+(?:[- ][\\p{L}]+){0,4}[ \\u00a0]*:[ \\u00a0]*,?[ \\u00a0]*[${UP}][${LOW}]+[ \\u00a0-]|D(?:[ée]l[ée]gu[ée]s|ÉLÉGUÉS|ELEGUES)[ \\u00a0]+(?:de|du|des|d['’]|DE|DU|DES|D['’])[ \\u00a0]*[${UP}]))`, 'gu');
/** « … LESAGE Carine Procurations Mme Laure X a donné procuration à … »: the label of the proxies without its colon, right before a civility. */
// (« NOMS DES MANDANTS A NOMS DES MANDATAIRES M. Christian PERRIOT à M. Alain COONE … »: the headers of a table of
// proxies, « X à Y » its rows.)
// (« Procuration de M. WEIS à Mme PEIFFER », a line each: « de » and the giver, then « à » and the holder; « … CONTARDO Régis
// Pouvoir de Madame FIAT à Monsieur GIRAUD Pouvoir de Madame PEREZ à … », so « Pouvoir de », each proxy its own label;
// not after a colon, « A partir de la délibération C-2019-12-10-16 : Pouvoir de M. X à Mme Y », when the proxy runs, not read.)
// (« Pouvoirs ont été donnés par M. HAMEL à M. BAZIN, Mme BILLIEZ à M. LEVEAU »: a sentence whose subject is the label.)
const BARE_PROXY_LABEL = /(?<![\p{L}\d'’(-])(?:Pouvoirs?|Procurations?|POUVOIRS?|PROCURATIONS?)[ \u00a0]+(?:ont|a|ONT|A)[ \u00a0]+(?:été|ÉTÉ|ETE)[ \u00a0]+(?:donn[ée]e?s?|DONN[ÉE]E?S?)[ \u00a0]+(?:par|PAR)(?=[ \u00a0]+(?:M\.|Mme|Monsieur|Madame)[ \u00a0]|[ \u00a0\t\r]*$)|(?<![\p{L}\d'’(-])(?:(?:Procurations?|PROCURATIONS?)(?:[ \u00a0]+(?:de|DE)(?=[ \u00a0]+(?:M\.|Mme|Monsieur|Madame)[ \u00a0][^\n]{1,60}?[ \u00a0](?:à|a)[ \u00a0]))?|(?:Pouvoirs?|POUVOIRS?)[ \u00a0]+(?:de|DE)(?=[ \u00a0]+(?:M\.|Mme|Monsieur|Madame)[ \u00a0][^\n]{1,60}?[ \u00a0](?:à|a)[ \u00a0])|Pouvoirs|POUVOIRS|(?:NOMS?|Noms?)[ \u00a0]+(?:DES|des)[ \u00a0]+(?:MANDANTS|[Mm]andants)(?:[ \u00a0]+(?:A|À|à|a))?[ \u00a0]+(?:NOMS?|Noms?)[ \u00a0]+(?:DES|des)[ \u00a0]+(?:MANDATAIRES|[Mm]andataires))(?=[ \u00a0]+(?:M\.|Mme|Monsieur|Madame)[ \u00a0])|(?<![\p{L}\d'’(-])(?:PROCURATIONS?|POUVOIRS)(?=[ \u00a0]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*(?![\p{Ll}]))/gu;
/** « sous la présidence de M. X, assisté de MM. A, B, Mme C, … »: the members who sat with the president (not « assisté de
 * Monsieur Y, agissant en qualité de Secrétaire »: one person, no plural civility). */
const ASSISTED_LABEL = /(?<![\p{L}])[aA]ssistée?s?[ \u00a0]+de(?=[ \u00a0]+(?:MM\.?|Mmes\.?|Mesdames|Messieurs)[ \u00a0])/gu;
// (« Etaient présents : Tous les membres en exercice sauf Mesdames Anaïs PICCA, Jocelyne BALME … »: « sauf » after « tous ».)
const EXCEPT_LABEL = new RegExp(`(?<![\\p{L}])(?:[àa] l['’]exception d(?:e|u|es)|sauf)(?:[ \\u00a0]*:)?(?=[ \\u00a0]+(?:Messieurs|Mesdames|Monsieur|Madame|M\\.|Mme|MM\\.?|Mmes|Mr|Mrs|[${UP}]))`, 'gu');
/** A count's label (« Nombre de conseillers élus : 15 », « Conseillers en fonction : 15 », « Nombre de votants : 29 »): it ends a list. */
// (Not a label of those present, absent or represented with its count, « Nombre de conseillers présents : 10 : … », nor
// the head of a table of counts, « NOMBRE DE ↵ CONSEILLERS : ↵ En exercice »: a figure follows.)
const COUNT_LABEL = `(?:(?:${word('le')}\\s+)?(?:(?:${word('nombre de')}|${word('nbre de')}|${word('nb de')})\\s+(?:${word('conseillers')}|${word('membres')}|${word('delegues')}|${word('administrateurs')})|${word('nombre d')}['’]\\s?${word('administrateurs')})(?:\\s+(?!pr[ée]sent|absent|excus|repr[ée]sent|votant)[a-zà-ÿ]+){0,4}|(?:${word('nombre de')}|${word('nbre de')}|${word('nb de')})\\s+${word('votants')}|(?:${word('conseillers')}|${word('membres')}|${word('delegues')})\\s+(?:${word('en fonction')}|${word('elus')}))${LABEL_END}(?=[ \\u00a0]*\\d)`;
/** The item of an agenda after a list (« … (procuration à Yvon BRIAND) Question 1 à 3 Présents : 26 »). */
// (« … M. GANDEAGA à M. AGONHOUMEY (à compter de son départ) 1/ COMPTE-RENDU Compte-rendu de la séance … »: an item
// numbered with a slash, its title in capitals.)
// (Not the time of an entry: « … a donné pouvoir à partir du point 2 à Olivier PETIT », « jusqu'au point 4 ».)
const AGENDA_ITEM = `(?:(?<!(?:du|au|aux|le|la|les|des|sauf|saufs)[ \\u00a0]+)(?:${word('questions')}|${word('question')}|${word('points')}|${word('point')}|${word('dossier')})[ \\u00a0]+(?:[nN][°o][ \\u00a0]*)?\\d+(?![\\d.,/])|\\d{1,2}\\/[ \\u00a0]+[${UP}]{3,}(?:-[${UP}]{2,}|(?:[ \\u00a0]+[${UP}]{2,}){2}))`;
/** « L’ordre du jour était le suivant : »: the agenda announced in a sentence, after the lists. */
const AGENDA_INTRO = `(?:[lL]['’] ?)?(?:ordre|ORDRE) (?:du|DU) (?:jour|JOUR) (?=(?:était|est|appelle|comporte|comprend|ETAIT|EST)(?![\\p{L}]))`;
/** The heading in capitals of the first items of the minutes (« … à Landry NOIR DESIGNATION DU SECRETAIRE DE SEANCE Le Conseil … »), without a colon. */
// (« … PEYRE Adrien (jusqu’à 21 h). Secrétaire de séance Messieurs AGUSTIN Jean-Jacques et MANOURY Didier se
// proposent »: the secretary's label without its colon, before the civility of who is named.)
const SECRETARY_BEFORE_NAME = `(?:[sS]ecr[ée]taire|SECR[ÉE]TAIRE)[ \\u00a0]+(?:de|DE)[ \\u00a0]+(?:(?:la|LA)[ \\u00a0]+)?(?:s[ée]ance|S[ÉE]ANCE)(?=[ \\u00a0]+(?:M\\.|Mme|MM\\.|Mmes|Monsieur|Madame|Messieurs|Mesdames)[ \\u00a0])`;
const HEADING_STOP = `(?:D[ÉE]SIGNATION|[ÉE]LECTION|NOMINATION)[ \\u00a0]+(?:DU|D['’][ \\u00a0]?UNE?|DES)[ \\u00a0]+SECR[ÉE]TAIRES?(?![\\p{L}])|APPROBATION[ \\u00a0]+(?:DU|DES)[ \\u00a0]+(?:PROC[ÈE]S|COMPTES?)(?![\\p{L}])`;
const STOP_LABEL = new RegExp(`(?<![\\p{L}\\d'’-])(?:(?:${STOPS.join('|')})${LABEL_END}|${COUNT_LABEL}|${AGENDA_ITEM}|${AGENDA_INTRO}|${HEADING_STOP}|${SECRETARY_BEFORE_NAME})`, 'gu');

/**
 * « Présents sans voix délibérative M. ESPAZE (…) », « Autres personnes présentes M. GEORGES, Mme MOULIN »: those who sit
 * without a vote, and the guests, their label maybe without its colon.
 */
const NO_VOTE_LABEL = new RegExp(`(?<![\\p{L}\\d'’(-])(?:(?:${PRESENT})[ \\u00a0]+${word('sans voix')}[ \\u00a0]+(?:${word('deliberative')}|${word('consultative')})|${word('autres personnes')}[ \\u00a0]+${PRESENT})(?:[ \\u00a0]*[:：]|(?=[ \\u00a0]+(?:M\\.|Mme|MME|Monsieur|Madame|MM\\.|Mmes)[ \\u00a0]))`, 'gu');

/**
 * The roll of a syndicat drawn up member body by member body: under each body's name, « Titulaires : X, Y ↵ Suppléants :
 * Z ↵ Procurations : W à X ↵ Absents excusés : W, V ». The titulaires and the substitutes so listed are those who sat:
 * a group label at a line's start (or after the body's name in capitals, the roll flattened), not under a label of its
 * own list, with the body's proxies or absent after it (ROLL_BELOW). Elsewhere « Titulaires : » names delegates
 * elected, not members present.
 */
const ROLL_GROUP_LABEL = new RegExp(`(?<![\\p{L}\\d'’-])${GROUP}[ \\u00a0]*[:：]`, 'gu');
const ROLL_AWAY = `(?:${word('procurations')}|${word('procuration')}|${word('pouvoirs')}|${word('pouvoir')}|${ABSENT}(?:[ \\u00a0]+${EXCUSED})?|${EXCUSED})[ \\u00a0]*[:：]`;
/** The proxies or the absent of a member body: at a line's start within three lines below its group label (blank lines aside), or further on its line. */
const ROLL_BELOW = new RegExp(`^(?:[^\\n]*(?:(?:\\n[ \\u00a0\\t\\r]*)*\\n[^\\n]*){0,2}(?:\\n[ \\u00a0\\t\\r]*)*\\n[ \\u00a0\\t]*|[^\\n]{0,400}?(?<![\\p{L}])(?=[${UP}]))${ROLL_AWAY}`, 'u');
/** The name of a member body in capitals before its group label on the same line: « … COMMUNAUTE DE COMMUNES FIER ET USSES Titulaires : ». */
/** The first word of a member body's name in capitals: « COMMUNAUTE DE COMMUNES … », « SYNDICAT … », « COMMUNE DE … ». */
export const BODY_WORD = String.raw`(?:COMMUNAUT[ÉE]|SYNDICAT|M[ÉE]TROPOLE|AGGLOM[ÉE]RATION|COMMUNE|VILLE|D[ÉE]PARTEMENT|R[ÉE]GION)(?![\p{L}])`;
const BODY_BEFORE = new RegExp(`(?<![\\p{L}])${BODY_WORD}[^\\p{Ll}\\n:;,]{0,100}$`, 'u');
/**
 * Where the label of a group of such a roll starts (before `at` when the body's name stands before it on its line),
 * or undefined when the group label at `at` is not one.
 */
function rollGroupAt(text: string, at: number, end: number, depth = 0): number | undefined {
  // (Looked for in the 200 characters before: a long line is not scanned back for each label in it.)
  const window = text.slice(Math.max(0, at - 200), at);
  const lineStart = window.includes('\n') ? at - window.length + window.lastIndexOf('\n') + 1 : -1;
  let start = at;
  if (lineStart < 0 || !/^[ \u00a0\t]*$/.test(text.slice(lineStart, at))) {
    const body = BODY_BEFORE.exec(text.slice(Math.max(lineStart, at - 100), at));
    if (!body) return undefined;
    start = at - body[0].length;
  }
  const below = ROLL_BELOW.test(text.slice(end, end + 800));
  if (!below && start > lineStart) return undefined;
  if (start > lineStart) return start;
  // (« Excusés : ↵ Membres titulaires : X ↵ Membres suppléants : Y ↵ Absents : Z »: the groups of the list above.)
  let above = lineStart - 1;
  while (above > 0 && /\s/.test(text[above - 1])) above--;
  const prevLine = text.lastIndexOf('\n', above - 1) + 1;
  const raw = text.slice(prevLine, above);
  const prev = raw.trim();
  // (« Présents : 74 Votants : 78 (4 délégations) ↵ Titulaires : Monsieur X, … »: the titulaires present.)
  if (!below) return PRESENT_COUNT_LINE.test(prev) ? start : undefined;
  if (prev && (aloneLabel(prev) !== undefined || /[:：]$/.test(prev))) return undefined;
  // (« Excusés : ↵ Titulaires : X ↵ Suppléants : Y »: a group under the group above, as it is.)
  const group = ROLL_LINE_GROUP.exec(prev);
  if (group && depth < 3) {
    const prevStart = prevLine + raw.length - raw.trimStart().length;
    return rollGroupAt(text, prevStart, prevStart + group[0].length, depth + 1) === undefined ? undefined : start;
  }
  return start;
}
/** A group label opening a line. */
const ROLL_LINE_GROUP = new RegExp(`^${GROUP}[ \\u00a0]*[:：]`, 'u');
/** « Présents : 74 Votants : 78 », the line above a group label: the count of those present, then their names by group. */
const PRESENT_COUNT_LINE = new RegExp(`^(?:${PRESENT})[ \\u00a0]*[:：][ \\u00a0]*\\d{1,3}(?!\\d)`, 'u');

const LABEL_PATTERNS = [ATTENDANCE_LABEL, VERB_LABEL, BARE_LABEL, BARE_PROXY_LABEL, STOP_LABEL, EXCEPT_LABEL, ASSISTED_LABEL, NO_VOTE_LABEL, ROLL_GROUP_LABEL];
/** What every match of ROLL_GROUP_LABEL holds. */
const MAY_ROLL_GROUP = new RegExp(`${word('titulaire')}|${word('suppleant')}`);
/** What every match of NO_VOTE_LABEL holds. */
const MAY_NO_VOTE = /voix|autres|AUTRES|VOIX/;
/**
 * What every match of a label's pattern holds, a cheap test before the pattern itself. A match of ATTENDANCE_LABEL
 * holds one of MAY_ATTENDANCE's words and ends with LABEL_END (a colon, or a dash between blanks) or is followed by a
 * colon; STOP_LABEL's labels and counts
 * end with LABEL_END too, its agenda items hold « point », « question » or « dossier » before a figure, or a figure
 * and a slash, its agenda's announcement « ordre du jour », its headings in capitals « SECRÉTAIRE » or « APPROBATION »; VERB_LABEL starts with « étai(en)t » or « sont ».
 */
const LABEL_END_MARK = /[:：]|[ \u00a0][-–—][ \u00a0]|;[ \u00a0]*\d/;
const MAY_AGENDA = new RegExp(`(?:${word('question')}|${word('point')}|${word('dossier')})(?: ?[sS])?[ \\u00a0]+(?:[nN][°o][ \\u00a0]*)?\\d|\\d\\/[ \\u00a0]|(?:ordre|ORDRE) (?:du|DU) (?:jour|JOUR) |SECR[ÉE]TAIRE|[sS]ecr[ée]taire[ \\u00a0]+de|APPROBATION`);
const MAY_ASSISTED = /[aA]ssist/;
const MAY_VERB = new RegExp(`${word('etai')}|${word('sont')}`);
function mayMatch(re: RegExp | Alternation, slice: string, colon: boolean): boolean {
  if (re === ATTENDANCE_LABEL) return colon && MAY_ATTENDANCE.test(slice);
  if (re === NO_VOTE_LABEL) return MAY_NO_VOTE.test(slice);
  if (re === ROLL_GROUP_LABEL) return colon && MAY_ROLL_GROUP.test(slice);
  if (re === STOP_LABEL) return colon || MAY_AGENDA.test(slice);
  if (re === VERB_LABEL) return MAY_VERB.test(slice);
  if (re === ASSISTED_LABEL) return MAY_ASSISTED.test(slice);
  return true;
}

/** The same status again after another name (« … Excusé Monsieur X Y Excusée … »). */
const STATUS_AGAIN = /(?<![\p{L}])(?:[EeÉé]xcus[ée]e?|[Aa]bsente?)(?![\p{L}:：]|[ \u00a0]*[:：])/u;

export interface LabelMatch {
  start: number;
  end: number;
  label: string;
  role: ListRole | 'stop';
}

/** The attendance role of a list: its own, or its label's. */
export function roleOf(l: { label: string; role?: ListRole }): ListRole {
  return l.role ?? listRole(l.label);
}

/** « Partis en cours de séance » (accents folded, in small letters): members listed present who left, with their proxies. */
const DEPARTED = /^\s*(?:partie?s?|sortie?s?|departs?) (?:en cours de|pendant la|durant la) seance/;
/** Whether a label is that of the members who left during the séance: they are not listed absent. */
export function departedLabel(label: string): boolean {
  return DEPARTED.test(foldAccents(label).toLowerCase());
}

/** Which attendance role a label's text gives. */
export function listRole(label: string): ListRole {
  // (« Présent(s) ou représenté(s) »: the plural marks in parentheses left out.)
  const l = foldAccents(label).toLowerCase().replace(/(?<=\b\w) (?=\w\b)/g, '').replace(/\((?:e|s|es)\)/g, '');
  // (« Noms des mandants à noms des mandataires »: the headers of a table of pairs « X à Y ».)
  if (/mandataires/.test(l)) return /mandants/.test(l) ? 'givers' : 'holders';
  // (« Participaient également » are guests; « Etaient présents et pouvaient participer au vote », members.)
  if (/^\s*particip/.test(l)) return 'other';
  // (« assisté de MM. … » after the president: the members, ASSISTED_LABEL.)
  if (/^\s*secteurs?(?:\s|$)/.test(l)) return 'present';
  if (/^\s*assistee?s? de\s*$/.test(l)) return 'present';
  if (/assist|invite|salarie|sans vote|sans voix|autres personnes|personnalite/.test(l)) return 'other';
  if (/absents? non (?:excuse|represente)|sans pouvoir|sans excuse|l.exception|^\s*sauf\s*$/.test(l)) return 'absent';
  if (/^\s*(?:(?:etaient|etait|sont|titulaires|membres|delegues) )*supplee?s?$|^\s*(?:etaient |etait )?(?:absente?s? remplacee?s?|representee?s?) par (?:un|une|leurs?|son|sa) suppleant/.test(l)) return 'replaced';
  // (« Étaient représentées les communes de : »: the delegates of the communes below, present.)
  // (« Étaient non représentées les communes de : ANVEVILLE, … »: communes, no one.)
  if (/represente?e?s les communes/.test(l)) return /\bnon represent/.test(l) ? 'other' : 'present';
  // (« Conseillers communautaires présents ou représentés : »: the members who sit or vote through another, as present;
  // `member-count` does not count such a list.)
  if (/presents? (?:ou|et) represent/.test(l)) return 'present';
  // (« Suppléants remplaçant de droit titulaires absents »: the substitutes who sit.)
  if (/^\s*suppleante?s? remplacant/.test(l)) return 'present';
  // (« Etaient présents les représentants des établissements … »: « représentants » are no « représentés ».)
  if (/excus|represente|ayant donne|avec pouvoir|avec procuration/.test(l)) return /^\s*(?:membres |conseillers )?represent/.test(l) ? 'givers' : 'excused';
  if (/absent|\babsences?\b/.test(l)) return 'absent';
  // (« Délégués suppléants ayant pouvoir de son titulaire »: the substitutes who sit, no proxy.)
  if (/suppleante?s? ayant pouvoir de (?:son|leur) titulaire/.test(l)) return 'present';
  if (/mandants|pouvoirs?|procurations?|procuraons?|delegation|delegue (?:leur|son) droit/.test(l)) return 'givers';
  if (DEPARTED.test(l)) return 'givers';
  if (/present|\bles (?:vice.)?(?:presidents|conseillers|adjoints|delegues)\b|suppleante?s? (?:\/ ?communes )?(?:avec voix|ayant voix|en situation deliberante|siegeant)|complete le quorum|\brepond(?:ent|u)\b/.test(l)) return 'present';
  return 'other';
}

/**
 * The labels of a text between two offsets, in order: attendance labels (with their role) and the labels that
 * only end a list. « Présents : 15 » is a count, not a list: it ends a list but starts none.
 */
export function labelsIn(text: string, from: number, to: number): LabelMatch[] {
  // (« … M. Philippe WEHRLÉ . Absents/Excusés ayant donné procuration↵: Absents/excusés Pouvoir à … »: a label whose colon
  // the end of the line wrapped to the next: read with it, the label ending at the line's end.)
  const colonBelow = to < text.length && COLON_BELOW.test(text.slice(to, to + 12));
  // (« … BRINGUIER ÉTAIT ABSENT OU↵EXCUSE : aucun »: a label cut after its « ou » or its first word, its last word and
  // colon below.)
  const restBelow = !colonBelow && to < text.length && CONNECTOR_AT_END.test(text.slice(Math.max(from, to - 12), to)) ? LABEL_REST_BELOW.exec(text.slice(to, to + 40)) : null;
  const slice = colonBelow ? `${text.slice(from, to).trimEnd()} :` : restBelow ? `${text.slice(from, to).trimEnd()} ${restBelow[1]}` : text.slice(from, to);
  const out: LabelMatch[] = [];
  // The long patterns run only on a text that holds what each of their matches must hold (MAY_MATCH): most lines of
  // prose hold no label, and trying every alternative at every word of them was most of the cost of the labels.
  const colon = LABEL_END_MARK.test(slice);
  for (const re of LABEL_PATTERNS) {
    if (!mayMatch(re, slice, colon)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      // (A label of the line below, read with this line's end: that line's own.)
      if (from + m.index >= to) continue;
      // « Etaient présents tous les conseillers en exercice, à l’exception de Messieurs X et Y, absents excusés »: the
      // exception lists the absent, after the words on those present.
      if (re === EXCEPT_LABEL && !/pr[ée]sents?\b/i.test(text.slice(Math.max(0, from + m.index - 120), from + m.index))) continue;
      // (Not « A partir de la délibération C-2019-12-10-16 :↵Pouvoir de M. X à Mme Y »: after a colon, maybe on the line
      // above, the proxy a time qualifies; left unread.)
      if (re === BARE_PROXY_LABEL && /^pouvoirs?[ \u00a0]+de/i.test(m[0]) && /[:：][ \u00a0\t\r\n]*$/.test(text.slice(Math.max(0, from + m.index - 6), from + m.index))) continue;
      // (« sauf » after the words for every member, maybe on the line above: « Tous les membres en↵exercice sauf Mesdames … ».)
      if (re === EXCEPT_LABEL && m[0].startsWith('sauf') && !/(?:tous|toutes|ensemble)(?![\p{L}])[^.;:]{0,80}$/iu.test(text.slice(Math.max(0, from + m.index - 100), from + m.index))) continue;
      // (« Présents : Président : M. GROSSE Jean. Vice-Présidents : MM. … Autres membres : … »: the chair's function as the
      // first group of the list it opens, no end of it.)
      if (re === STOP_LABEL && /^pr[ée]sidente?\s*[:：]/i.test(m[0]) && /pr[ée]sent(?:e|s|es|\(e\)s)?[ \u00a0]*[:：][ \u00a0]*$/i.test(text.slice(Math.max(0, from + m.index - 20), from + m.index))) continue;
      // (« … M. Christian WAGNER Membres excusés : »: the members the label names before its word, capitalised.)
      const group = re === STOP_LABEL ? null : MEMBERS_BEFORE.exec(slice.slice(Math.max(0, m.index - 50), m.index));
      const roll = re === ROLL_GROUP_LABEL ? rollGroupAt(text, from + m.index, from + m.index + m[0].length) : undefined;
      if (re === ROLL_GROUP_LABEL && roll === undefined) continue;
      const start = roll !== undefined ? Math.max(from, roll) : from + m.index - (group ? group[1].length : 0);
      let end = Math.min(to, from + m.index + m[0].length);
      const label = m[0].replace(/[ \u00a0]*(?:\(\s*\d+\s*\)[ \u00a0]*|\[\s*\d+\s*\][ \u00a0]*)?["”]?[ \u00a0]*(?:[:：]|[-–—])?[ \u00a0]*$/u, '').trim();
      // Inside parentheses (« (1 + 2 procurations : L. Chapon, …) »), or a noun after a figure (« 2 pouvoirs : »),
      // it labels nothing.
      // (Unless the parenthesis opens with the count and the label of the proxies given, the list being the rest of it:
      // « … étaient Présents ou Représentés (07 Procurations : M.L. CASTELLI, F. DEMUYNCK, …) et 02 … ».)
      if (insideParentheses(slice, m.index) && !(COUNT_OPENS_PARENTHESIS.test(slice.slice(Math.max(0, m.index - 8), m.index)) && /^(?:procurations?|pouvoirs?)[ \u00a0]*[:：]/iu.test(m[0]))) continue;
      // (« LEPAGE Guy (à partir du↵point 6), NORMAND Michel », « Franck STEINMETZ ( aux↵points 9 , 10) »: the report of a
      // time in a parenthesis opened on the line above, no agenda item.)
      if (re === STOP_LABEL && /^(?:points?|questions?|dossiers?)[ \u00a0]/i.test(m[0]) && insideParentheses(text, from + m.index, 1)) continue;
      // (« Mme Laure X qui n’a pas donné de pouvoir - Mme Anne Y … », « sans procuration - »: no proxy given, said of the
      // entry before: NO_PROXY_TAIL; not « ABSENTS sans procuration de vote : », a label with its colon.)
      if (/^(?:pouvoirs?|procurations?)(?![\p{L}])/iu.test(m[0]) && !/[:：]/.test(m[0]) && /(?:^|[\s\u00a0])(?:sans|pas[ \u00a0]+de|donn[ée]e?s?[ \u00a0]+de)[ \u00a0]+$/i.test(slice.slice(Math.max(0, m.index - 16), m.index))) continue;
      // (« durant toute la séance : »: the time the names after it were so, not the end of the list.)
      if (re === STOP_LABEL && /toute[ \u00a0]+la[ \u00a0]+$/i.test(slice.slice(Math.max(0, m.index - 12), m.index))) continue;
      // « à l’unanimité des membres présents : Le Conseil accepte… »: the words of a sentence, after « des », « aux », or
      // after a verb and « les » (« Le Président - remercie les membres présents - invite Christian X, maire de … »).
      if (re === ATTENDANCE_LABEL && /^membres[ \u00a0]/.test(m[0]) && /(?:^|[\s\u00a0])(?:des|aux)[ \u00a0]+$|(?:^|[\s\u00a0])\p{Ll}{3,}[ \u00a0]+les[ \u00a0]+$/u.test(slice.slice(Math.max(0, m.index - 30), m.index))) continue;
      // (Not « Votants : 78 + 8 pouvoirs : M. Jean-Pierre LANGLOIS à M. Jean-Luc CORNIÈRE, … »: the proxies, each « X à Y ».)
      // (« Votants : 37 Pouvoirs : Luc NOIR avait donné pouvoir à … », « … 35 à la délibération 04 Pouvoirs : … »: a
      // capital after a figure that no « + » adds to opens a label of its own.)
      if (/^(?:pouvoir|procuration|d[ée]l[ée]gation)/i.test(label) && /\d[ \u00a0]*$/.test(slice.slice(Math.max(0, m.index - 3), m.index)) && !PROXY_PAIR_AHEAD.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 90)) && !(/^\p{Lu}/u.test(m[0]) && !/\+[ \u00a0]*\d{1,3}[ \u00a0]+$/.test(slice.slice(Math.max(0, m.index - 8), m.index)))) continue;
      // « M. CAZENEUVE, Président - MM. ROUXEL - … »: the function of the entry before, between a comma and a dash.
      if (re === STOP_LABEL && /^(?:pr[ée]sidente?|vice-pr[ée]sidente?)$/i.test(label) && /[-–—]$/.test(m[0].trim()) && /,[ \u00a0]*$/.test(slice.slice(Math.max(0, m.index - 3), m.index))) continue;
      let role: LabelMatch['role'] = re === STOP_LABEL ? 'stop' : re === ROLL_GROUP_LABEL ? 'present' : listRole(label);
      // (« Monsieur BARANGER Johann Excusé Monsieur BARATON Yvon … Monsieur DROCHON Michel Excusé Madame EVRARD Elisabeth
      // Excusée … »: a table's column of statuses flattened after the names, no label: the word alone, singular, without
      // a colon, right after a name and written again in the line.)
      if ((role === 'excused' || role === 'absent') && /^(?:excus[ée]e?|absente?)$/i.test(label) && !/[:：]/.test(m[0]) && /\p{L}[ \u00a0]+$/u.test(slice.slice(Math.max(0, m.index - 3), m.index)) && (STATUS_AGAIN.test(slice.slice(m.index + m[0].length)) || STATUS_AGAIN.test(slice.slice(0, m.index)))) continue;
      // (« Etaient présents, Mesdames et Messieurs : Nom/Prénom Présent Excusé Pouvoir à BEAUSSE ALBERT Rémi … »: the
      // headers of a table's columns of statuses whose marks the copy lost: who was present is not written; the list before
      // stops there, and nothing after it is read.)
      // (« … PRÉSENT ABSENT EXCUSÉ POUVOIR A ↵ 1. Mme X, Maire X »: so with its marks, their column lost; the headers after
      // it are no labels.)
      const columns = role === 'present' && /^pr[ée]sente?s?$/i.test(label) && !/[:：]/.test(m[0]) ? STATUS_COLUMNS_AFTER.exec(slice.slice(m.index + m[0].length, m.index + m[0].length + 80)) : null;
      if (columns) {
        role = 'stop';
        end = Math.min(to, end + columns[0].length);
      }
      // (Not « … cette réunion se tiendra avec public physiquement présent dans la salle des fêtes : six personnes … »: the
      // public, not the members.)
      if (role === 'present' && PUBLIC_BEFORE.test(slice.slice(Math.max(0, m.index - 40), m.index))) continue;
      // « Présents : 15 » is a count; « Nombre de conseillers présents : 10 : ARNAL René, … » a count, then the list.
      // (« Présents : 1. DUPONT Jean 2. … » is a numbered list, not a count.)
      // (« PRESENTS : 21 Mmes CRISTINELLI-FRAIBOEUF Sonya - … », « Sont présents : 11 M. BURGER Claude, … », « ABSENTS
      // EXCUSÉS : 12 Mesdames, Messieurs, ARLOT Maurice, … »: a count, then a civility: the list; « Présents : 15
      // Dominique REGEARD, Eva SIX-BOUVIER, … »: so two names given name first, a comma between them.)
      // (« Présent(s) ou représenté(s) : 77 (dont 5 suppléant(s)) à l’ouverture de la séance Raphaël DAUBET, Christophe
      // PROENCA, … »: so with what the count holds and when, in between; « Conseillers municipaux présents : (68) Laurence
      // Adrien-Bigeon, Alain Arial, … »: names in small letters, a comma after each; « Présents ; 37 CARPF : Bruno VALENTE (…), … »:
      // so a group's label in capitals after the count.)
      // (« Conseillers présents : 15 ARNAL Michel, BANYIK Franck, … », « … procuration : 5 ARNAL Fabienne à JARRIGE Françoise
      // … »: so names written surname first, a comma or a holder after the first.)
      // (« Présents : 25 P. RIO – Y. LE BRIAND – … »: so names written with an initial; « Présents : 79 Communauté
      // d’Altkirch : Messieurs … »: so a member body's label, in small letters.)
      // (« Etaient présents : 22 conseillers Sabine ROIRAND - Daniel HERVOUET - … »: the count's noun after it.)
      // (« Absents ayant donné procuration : 4 Cyril FABRE, ayant donné procuration à Annick GENTILI … », « Absents excusés :
      // 2 Cyril NOIR (pouvoir à Anne BLOT) … »: so a name, then the proxy it gave.)
      // (« Présents : 001 AFFILE Gwendoline , 002 … »: numbers with leading zeros before the names, no count; « Pouvoirs :
      // 1. Mme LAURENT donne pouvoir à M. PACAUD. 2. … »: numbered, a civility after the number.)
      const count = /^[ \u00a0\t]*\(?(?!0\d+[ \u00a0]+\p{Lu}{2})\d+\)?(?![.)][ \u00a0]+(?:\p{Lu}{2}|(?:M\.|Mme|Mlle|Monsieur|Madame)[ \u00a0])|\d)(?:[ \u00a0]*\/[ \u00a0]*\d+)?(?:[ \u00a0]+(?:conseill[eè]re?s|membres|délégués|élus)(?:[ \u00a0]+(?:municipaux|communautaires|syndicaux))?(?=[ \u00a0]))?(?:[ \u00a0]*\((?:dont|y compris)[ \u00a0](?:[^()\n]|\([a-z]{1,2}\)){1,40}\))?(?:[ \u00a0]*,?[ \u00a0]*(?:à|dès)[ \u00a0]+l['’][ \u00a0]?ouverture[ \u00a0]+de[ \u00a0]+(?:la[ \u00a0]+)?séance)?[ \u00a0]*(?:([:：]|[-–—](?=[ \u00a0]))[ \u00a0]*(?=[\p{L}])|(?<=[ \u00a0])(?=(Mmes?|MM|Mes|Mrs?|Monsieur|Madame|Messieurs|Mesdames)[.,\s\u00a0]|(M)\.?[ \u00a0]+\p{Lu}|(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \u00a0]+(?:\p{Lu}{2,}[\p{Lu}'’-]*|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+[-–—][ \u00a0]+)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0]+(?:\p{Lu}{2}|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0]*,)|(\p{Lu}{2,}[\p{Lu}'’-]*(?:[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*){0,4}[ \u00a0]*:[ \u00a0]+\p{Lu})|(\p{Lu}{2,}[\p{Lu}'’-]*[ \u00a0]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+à[ \u00a0]+)\p{Lu}{2,})|(\p{Lu}\.(?:-?\p{Lu}\.)*[ \u00a0]*\p{Lu}{2,})|((?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*|\p{Lu}{2,}[\p{Lu}'’-]*[ \u00a0]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \u00a0]*(?:\([ \u00a0]*(?:pouvoir|procuration)|,?[ \u00a0]*(?:(?:qui[ \u00a0]+)?(?:a|avait|ayant)[ \u00a0]+donn[ée]|donne)[ \u00a0]+(?:pouvoir|procuration)))|((?:Communaut[ée]|Commune|Ville)[ \u00a0](?:[^:\n]{0,80}?)[ \u00a0]*:[ \u00a0]+\p{Lu}))|)/u.exec(text.slice(end, end + 160));
      if (count) {
        if (count.slice(1).some(Boolean) && role !== 'stop') end += count[0].length;
        else role = 'stop';
      }
      out.push({ start, end, label, role });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping matches (« Absents excusés » found as « Absents » and as « excusés ») keep the first and longest.
  const kept: LabelMatch[] = [];
  for (const l of out) if (!kept.length || l.start >= kept[kept.length - 1].end) kept.push(l);
  // (« … M. ALOUANI. Excusés↵représentés : M. OLLIER (pouvoir à … »: the rest of a label cut after its first word, opening
  // the line: the whole label's role, « excusés représentés », not that of « représentés » alone.)
  const first = kept[0];
  if (first && first.role !== 'stop' && from > 0 && text[from - 1] === '\n' && first.start - from < 3 && LABEL_REST_BELOW.test(text.slice(from - 1, first.end + 3))) {
    const above = CONNECTOR_AT_END.exec(text.slice(Math.max(0, from - 13), from - 1));
    if (above) {
      const label = `${above[0].trim()} ${first.label}`;
      kept[0] = { ...first, label, role: listRole(label) };
    }
  }
  return kept;
}

/**
 * The headers of the columns of statuses after that of those present: « Présent Excusé Pouvoir à », « PRESENT ABSENT
 * EXCUSÉ donné à ».
 */
const STATUS_COLUMNS_AFTER = /^[ \u00a0]+(?:absente?s?[ \u00a0]+)?excus[ée]e?s?(?![\p{L}])(?:[ \u00a0]+(?:pouvoirs?|procurations?|donn[ée]e?s?|[àa]\d?(?!\p{L})|repr[ée]sent[ée]e?s?|par)(?![\p{L}]))*/iu;

/** A colon alone at the start of the next line. */
const COLON_BELOW = /^[ \u00a0\t\r]*\n[ \u00a0\t]*[:：]/;
// (« … Mme MAMELLE, M. ALOUANI. Excusés↵représentés : M. OLLIER (pouvoir à … »: or after the label's first word.)
const CONNECTOR_AT_END = /(?:^|[ \u00a0])(?:ou|et|OU|ET|[EeÉ]xcus[ée]e?s?|EXCUS[ÉE]E?S?|[Aa]bsente?s?|ABSENTE?S?)[ \u00a0\t\r]*$/u;
/** The last word of a label and its colon, opening the next line (« EXCUSE : », « excusés : »). */
const LABEL_REST_BELOW = /^[ \u00a0\t\r]*\n[ \u00a0\t]*((?:excus|EXCUS|représent|REPR[ÉE]SENT|absent|ABSENT)[\p{L}()]{0,8}[ \u00a0]*[:：])/u;

/** « d’une part », « d’autre part »: the two sides of a council, after the names of each. */
const ONE_SIDE_SOURCE = String.raw`d['’][ \u00a0]?(?:une|autre)[ \u00a0]+part`;
const ONE_SIDE = new RegExp(`(?<![\\p{L}])${ONE_SIDE_SOURCE}(?![\\p{L}])`, 'giu');
const ONE_SIDE_ALONE = new RegExp(`^${ONE_SIDE_SOURCE}\\.?$`, 'i');
// (« … Mme CHAUVIN-BRANCH Membre excusé ayant donné pouvoir : »: so in the singular.)
// (« … M. Bruno TAILLANDIER 5 puis 4 conseillers communautaires avaient donné pouvoir : … »: so their count and their
// kind, after the last name of the list before, the text flattened.)
// (« … Madame Fatima KADOUCI Étaient absents excusés ayant donné pouvoir : … »: so the verb of a label whose words the
// patterns find without it.)
// (« ABSENTS OU EXCUSÉS : … M. Christophe DUFOIX. DONT ABSENTS AVEC POUVOIR : 3 … », « … VIEILLEDENT Michel Dont (2)
// Suppléés : … »: so the « dont » of a part of the list above, maybe with its count, no name.)
const MEMBERS_BEFORE = /(?:^|[\s,;.])((?:Membres?|MEMBRES?|Conseillers?|CONSEILLERS?|Délégués?|DÉLÉGUÉS?|DELEGUES?)[ \u00a0]+|(?:[EÉ]taient|[EÉ]TAIENT|[EÉ]tait|[EÉ]TAIT)[ \u00a0]+|(?:DONT|Dont)(?:[ \u00a0]+\(\d{1,3}\))?[ \u00a0]+|\d{1,3}[ \u00a0]+(?:puis[ \u00a0]+\d{1,3}[ \u00a0]+)?(?:membres|conseillers|délégués|élus)(?:[ \u00a0]+(?:communautaires|municipaux|syndicaux|titulaires))?[ \u00a0]+)$/;

/** A proxy « M. X à M. Y » right after a label. */
const PROXY_PAIR_AHEAD = /^[ \u00a0]*(?:M\.|Mme|Monsieur|Madame)[ \u00a0]+\p{Lu}[^,;:()\n]{1,60}?[ \u00a0](?:à|a)[ \u00a0]+(?:M\.|Mme|Monsieur|Madame)[ \u00a0]+\p{Lu}/u;

/** The public or guests just before « présent(s) », in the same clause: « avec public physiquement présent ». */
const PUBLIC_BEFORE = /(?<![\p{L}])(?:public|auditeurs|spectateurs|habitants)(?:[ \u00a0]+\p{Ll}+){0,2}[ \u00a0]+$/iu;
/** « (07 », right before a label: a parenthesis opened on a count (the figure maybe blanked as a count's), « (07 Procurations : ». */
export const COUNT_OPENS_PARENTHESIS = /\([ \u00a0]*\d{0,3}[ \u00a0]*$/;
/** Whether a position of a text is inside parentheses opened on its line (or on the `above` lines above it). */
function insideParentheses(text: string, at: number, above = 0): boolean {
  let depth = 0;
  for (let i = at - 1; i >= 0 && i >= at - 200; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 && above-- === 0) break;
    if (c === 41) depth++;
    else if (c === 40) { if (depth === 0) return true; depth--; }
  }
  return false;
}

// ---------------------------------------------------------------- people

// (« Mtne Rault », « Mine Briand »: an OCR's readings of « Mme »; « Mine » only before a surname ending the entry.)
const CIVILITY_RE = new RegExp(
  `^(?:(Mmes\\.?[ \\u00a0]+MM\\.?|MM\\.?[ \\u00a0]+Mmes\\.?|Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|monsieur|madame|messieurs|mesdames|M[ \\u00a0](?:mes?|lle)(?![\\p{L}])|M\\.|MM\\.?|Ms|Mme\\.?|Mmes\\.?|MME\\.?|MMES\\.?|MMS\\.?|Mlles\\.?|Melles\\.?|Mlle\\.?|Melle\\.?|Mr\\.?|Mrs\\.?|Mes\\.?|Mmes?[-–]MM\\.?|MM\\.?[-–]Mmes?\\.?|M\\.?\\/Mmes?\\.?|Mmes?\\.?\\/MM?\\.?|Mmes?[ \\u00a0]?&[ \\u00a0]?MM?\\.?|MM\\.?[ \\u00a0]?&[ \\u00a0]?Mmes?\\.?|Dr\\.?|M|M,(?=[ \\u00a0]+[${UP}]{2})|Mine(?=[ \\u00a0]+[${UP}][${LOW}]+(?:[,;]|$))|Mtne|Mrne)(?=[\\s\\u00a0]+[${UP}]|[ \\u00a0]+(?:le|la|l['’])[ \\u00a0]|[ \\u00a0]+(?:de|du|des)(?:[ \\u00a0]+la)?[ \\u00a0]+[${UP}]|[ \\u00a0]+d['’][${UP}])|(M\\.|MM\\.|Mme\\.|Mmes\\.)(?=[${UP}]{2}|[${UP}][${LOW}]+(?:-[${UP}][${LOW}]+)?[\\s\\u00a0]+[${UP}]))[\\s\\u00a0]*`,
  'u',
);
// (« Ms PICHOUX Patrick – BUAN Jean-Marc », « Mes. JUSZCZAK Jean-Claude - BRIENZA Mario »: « Ms », « Mes » for « Messieurs »;
// « Mmes MM Michel CLAUDEL, … », both; « MMS. RACLOT Loïc, … » (Messieurs); « Mlles DIOT, BROCHOT »; « M./Mmes AMIZET Philippe (Epineuil le Fleuriel), … »;
// « Mme & M. BESSOT Bénédicte (…), BONNEFOY Christophe … », the singulars of « Mmes & MM. ».)
const PLURAL = /^(?:MM\.?|Mmes\.?|MMES\.?|MMS\.?|Mlles\.?|Melles\.?|Messieurs|Mesdames|messieurs|mesdames|Mrs\.?|Ms|Mes\.?|Mmes?[-–]MM\.?|MM\.?[-–]Mmes?\.?|M\.?\/Mmes?\.?|Mmes?\.?\/MM?\.?|Mmes?[ \u00a0]?&[ \u00a0]?MM?\.?|MM\.?[ \u00a0]?&[ \u00a0]?Mmes?\.?|Mmes\.?[ \u00a0]+MM\.?|MM\.?[ \u00a0]+Mmes\.?)$/;
const PLURAL_START = /^(?:MM\.?|Mmes\.?|MMES\.?|MMS\.?|Mlles\.?|Melles\.?|Messieurs|Mesdames|messieurs|mesdames|Mrs\.?|Ms|Mes\.?|Mmes?[-–]MM\.?|MM\.?[-–]Mmes?\.?|M\.?\/Mmes?\.?|Mmes?\.?\/MM?\.?|Mmes?[ \u00a0]?&[ \u00a0]?MM?\.?|MM\.?[ \u00a0]?&[ \u00a0]?Mmes?\.?|Mmes\.?[ \u00a0]+MM\.?|MM\.?[ \u00a0]+Mmes\.?)[\s\u00a0]/;
/** A word of a name: capitals (a surname as printed), a capitalised word, initials, a particle. */
// (« JoëlBONIFACE », « Jean-ClaudeRAMBAUD », « BONNEMENTJulien »: a given name and a surname whose space a PDF
// extraction or an OCR lost.)
const GLUED_SOURCE = `([${UP}][${LOW}]+(?:-[${UP}][${LOW}]+)?)([${UP}]{3,}[${UP}'’-]*)`;
const GLUED_AFTER_SOURCE = `([${UP}]{3,}[${UP}'’-]*?)([${UP}][${LOW}]{2,}(?:-[${UP}][${LOW}]+)?)`;
// (« BELAïDI », « LéPINAY », « ANDRé »: a web page that lowered the accented capitals of a name in capitals.)
const SMALL_ACCENTED = 'éèêëàâäîïôöùûüç';
// (« THOMAS-de-MALEVILLE »: a particle in small letters between the hyphens of a surname in capitals.)
// (« CALUEBA-RiZZOLO », « PEsTElL »: an OCR's small « i », « l », « s » or « o » for the capital, inside a word of
// four capitals at least.)
const CAPS_WORD = new RegExp(`^(?:[dD]['’])?[${UP}][${UP}'’-]*[${UP}]\\.?$|^[${UP}][${UP}'’-]*-(?:de|du|des|la|le|les|d['’])-?[${UP}][${UP}'’-]*[${UP}]$|^[${UP}]{4,}[${LOW}]$|^${GLUED_SOURCE}$|^${GLUED_AFTER_SOURCE}$|^(?=(?:[^${UP}]*[${UP}]){2})(?!.*[${SMALL_ACCENTED}]{2})[${UP}][${UP}${SMALL_ACCENTED}'’-]*[${UP}${SMALL_ACCENTED}]$|^(?=(?:[^${UP}]*[${UP}]){4})[${UP}](?:[${UP}'’-]|[ilso](?=[${UP}]))*[${UP}]$`, 'u');
// « JeanPierre », « MarieCécile »: a compound given name whose hyphen a PDF extraction lost; « J-Louis », « M-Claude »:
// one whose first name is cut to its initial; « N'Dior », « O'Neill »: a surname after an elided particle.
const CAP_WORD = new RegExp(`^(?:[dD]['’]|[NO]['’](?=[${UP}]))?(?:[${UP}]-)?[${UP}][${LOW}]+(?:[${UP}][${LOW}]{2,})?(?:[-'’][${UP}${LOW}][${LOW}]*)*(?:(?<=[${LOW}]{3})[${UP}])?$`, 'u');
/** « J. », « JL. », « J.-P. », « M-C. ». */
// (« J-Ph. BODIN », « M-D. VILMUS ».)
const INITIALS = new RegExp(`^[${UP}][${UP}${LOW}]?\\.(?:-?[${UP}][${LOW}]?\\.?)*$|^[${UP}]\\.?-[${UP}][${LOW}]?\\.?$`, 'u');
/** A capital alone first in a name (« A FERRARO »): an initial whose full stop was lost. */
/** The second given names of compound ones (« Jean-Jacques », « Marie-Claude »), which a drafter may write in small letters. */
const GIVEN_SECOND = new Set(['jacques', 'pierre', 'paul', 'claude', 'louis', 'luc', 'marie', 'michel', 'marc', 'yves', 'françois', 'francois', 'philippe', 'christophe', 'baptiste', 'charles', 'noël', 'noel', 'andré', 'andre', 'hélène', 'helene', 'france', 'thérèse', 'therese', 'laure', 'christine', 'odile', 'josé', 'jose', 'antoine', 'bernard', 'dominique', 'rené', 'rene']);
const LONE_INITIAL = new RegExp(`^[${UP}]$`, 'u');
const PARTICLES = new Set(['de', 'du', 'des', 'le', 'la', 'van', 'von', 'der', 'den', 'dos', 'da', 'di', 'del', 'della', 'ben', 'el', 'al', 'ter', 'y', "d'", 'd’']);
/** Words that are never a name here: a phrase in place of names, a function, a status. */
const NOT_NAMES = new Set([
  'les', 'tous', 'toutes', 'membres', 'membre', 'conseil', 'conseillers', 'conseiller', 'conseillere', 'conseilleres', 'municipal', 'municipaux', 'municipale',
  'communautaire', 'communautaires', 'maire', 'maires', 'adjoint', 'adjointe', 'adjoints', 'adjointes', 'president', 'presidente', 'vice', 'vice-president', 'vice-presidente',
  'secretaire', 'seance', 'ensemble', 'sauf', 'excuse', 'excusee', 'excuses', 'excusees', 'absent', 'absente', 'absents', 'absentes', 'present', 'presente', 'presents', 'presentes',
  'delegue', 'deleguee', 'delegues', 'titulaire', 'titulaires', 'suppleant', 'suppleante', 'suppleants', 'neant', 'aucun', 'aucune', 'commune', 'ville', 'mairie', 'monsieur', 'madame',
  'et', 'ou', 'par', 'pour', 'avec', 'sans', 'en', 'au', 'aux', 'a', 'quorum', 'pouvoir', 'pouvoirs', 'procuration', 'mandat', 'representant', 'representee', 'represente', 'representes',
  'mesdames', 'messieurs', 'departement', 'region', 'syndicat', 'communaute', 'agglomeration', 'metropole', 'general', 'departemental', 'regional',
  // Civilities written without their full stop (« Mmes et Mrs. Catherine … »): never a name.
  'mmes', 'mrs', 'mme', 'mlle', 'mr', 'mm',
  // The first word of the sentence after a list (« … à Monsieur MESTHE Claude Conformément à l'article … »).
  'conformement', 'considerant', 'vu', 'apres', 'ensuite', 'puis', 'egalement',
  // (« … GIL, COURONNAUD Il a été procédé … »: a pronoun opening the sentence after the list.)
  'il', 'ils', 'elle', 'elles', 'on',
  // (« … M. Christophe DUFOIX. DONT↵ABSENTS AVEC POUVOIR : 3 … »: « dont » opening the label of a part of the list, on
  // the next line.)
  'dont',
]);
/** Words of headings and labels, in any case: never part of a name. */
const HEADING_WORDS = new Set([
  'ordre', 'jour', 'deliberation', 'deliberations', 'seance', 'conseil', 'municipal', 'communautaire', 'compte', 'rendu', 'proces', 'verbal',
  'objet', 'secretaire', 'presents', 'absents', 'excuses', 'pouvoirs', 'procurations', 'vote', 'votes', 'article', 'annexe', 'republique',
  'francaise', 'departement', 'prefecture', 'mairie', 'extrait', 'registre', 'commune', 'communaute', 'syndicat', 'decision', 'decide',
  'rapport', 'rapporteur', 'votants', 'exercice', 'quorum', 'convocation', 'affichage', 'approbation', 'conseillers', 'membres',
  // (« … KWIATKOWSKI Jean-Paul ↵↵ HOMMAGE ↵↵ En début de séance, Monsieur le Maire rend hommage … »: the headings of the
  // minutes' first items.)
  'hommage', 'informations', 'communications', 'questions', 'diverses',
]);

/** The words of a member's function (« Maire », « 2ème Adjoint », « Conseillère municipale déléguée »), as a pattern's source. */
const FUNCTION_WORDS = /(?:(?:\d+[ \u00a0]?(?:er|e|ème|eme|ère|èr|°)|premier|première|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième)\s+)?(?:maires?[- ]adjointe?s?|maires?[- ]délégué(?:e|s|es)?|maire|(?:député|députée|sénateur|sénatrice)[- ]maire|adjointe?s?(?:\s+(?:au|à\s+la)\s+(?:maire|présidente?))?|adjts?\.?|conseill[eè]re?s?(?:\s+(?:municipa(?:l|le|ux|les)|communautaires?|départementa(?:l|le|ux)|délégué(?:e|s)?|régiona(?:l|le|ux)))*(?:\s+délégué(?:e|s)?)?|vices?(?:-[ \u00a0]*(?:\r?\n[ \u00a0]*)?|[ \u00a0])présidente?s?(?:\(e\)s?)?|présidente?s?(?:\(e\)s?)?|secrétaires?(?:\s+de\s+séance)?|délégué(?:e|s)?(?:\s+(?:titulaire|suppléant)e?s?)?|titulaires?|suppléante?s?|doyen(?:ne)?|questeur|administrat(?:eur|rice)s?|membres?(?=\s+d[ue]\s+(?:bureau|comité|conseil)(?![A-Za-zÀ-ÖØ-öø-ÿ])))(?![A-Za-zÀ-ÖØ-öø-ÿ])/.source;
/** A function written after a name, or in its place: it names no one. */
const FUNCTION = new RegExp(`^${FUNCTION_WORDS}`, 'i');
/** « délégué de Longèves », « délégués du Gué d’Alleré », « déléguée de » (the name lost): the commune of the names before. */
// (« M. René X, délégué titulaire, commune d’Argentières M. Jean-Paul Y, … »: so the commune alone, after the function.)
// (« M. Jack NOIR, délégué titulaire, communauté de communes l’Orée de la Brie (Chevry-Cossigny) M. Paul BLANC », « …,
// communauté de communes les Sources de l’Yerres () M. … »: a communauté, the commune in parentheses, maybe lost.)
// (« Mme Dania KLEIN – commune des HAUTS DE CHEE Mme Nathalie PHILIPPOT »: « des » whole, not « de » and an « s ».)
// (« Mme Lucie X, représentante de la commune d’Ammerschwihr M. Jean-Louis Y, Vice-président et représentant de la
// commune de Fréland … ».)
const DELEGATES_OF_PLACE = new RegExp(`^(?:d[ée]l[ée]gu[ée]e?s?(?:[ \\u00a0]+(?:titulaires?|suppléante?s?))?|commune|communaut[ée][ \\u00a0]+de[ \\u00a0]+communes|(?:(?:[Vv]ice[- ])?[Pp]résidente?[ \\u00a0]+et[ \\u00a0]+)?représentante?[ \\u00a0]+de[ \\u00a0]+la[ \\u00a0]+commune)[ \\u00a0]+(?:(?:de|du|des)(?![\\p{L}])|d['’]|l['’](?=[${UP}])|(?:les|la|le)(?=[ \\u00a0]+[${UP}]))(?:[ \\u00a0]*(?!(?:M|MM|Mme|Mmes|Mlle|Monsieur|Madame)\\.?[ \\u00a0])[${UP}][\\p{L}'’-]*(?:[ \\u00a0]+(?!(?:M|MM|Mme|Mmes|Mlle|Monsieur|Madame)\\.?[ \\u00a0])(?:[${UP}][\\p{L}'’-]*|(?:sur|sous|en|de|du|des|la|le|les|lès|lez|et)(?![\\p{L}])|d['’][${UP}][\\p{L}'’-]*|l['’][${UP}][\\p{L}'’-]*))*)?(?:[ \\u00a0]*\\([^()\\n]{0,60}\\))?[ \\u00a0]*`, 'u');
/** A function after a name's comma, then the proxy its member gave (« , Administratrice qui a donné pouvoir à … »). */
// (« M. RIFAIT, Conseiller Municipal, par M. BRIAULT », « Mme BAUDOIN, Adjoint par Mme LANASPRE »: the function, then
// the one who represents the member.)
// (« Mme BAUDOIN,↵Adjoint par Mme LANASPRE »: maybe on the next line.)
const FUNCTION_THEN_PROXY = new RegExp(`^[ \\u00a0]*(?:\\r?\\n[ \\u00a0\\t]*)?(?:${FUNCTION_WORDS})(?:[ \\u00a0]+(?=(?:qui[ \\u00a0.]+)?(?:a|avait|ayant)[ \\u00a0]+donn[ée][ \\u00a0])|[ \\u00a0]*,?[ \\u00a0]+(?=(?:représentée?[ \\u00a0]+)?par[ \\u00a0]+(?:M\\.|Mme|MM\\.|Monsieur|Madame)[ \\u00a0]+\\p{Lu}))`, 'iu');
/** A function alone opening a piece, before a name (« Titulaire JASKOT Richard »). */
const FUNCTION_THEN_NAME = new RegExp(`^(?:titulaire|suppléante?|délégué(?:e)?(?:[ \\u00a0]+(?:titulaire|suppléante?))?)[ \\u00a0]+`, 'i');
/** A function and nothing else before a separator (« , Maire - »). */
const FUNCTION_ALONE = new RegExp(`^${FUNCTION_WORDS}$`, 'i');
/** A status after a name: « excusé », « absente », « arrivé à 20 h 30 ». */
const STATUS = /^(?:excus[ée]|absent|représenté|présent)(?:\(e\)|\.e\.?|e)?(?:\(s\)|s)?(?![\p{L}])|^(?:arrivée?|partie?|sortie?)\s|^sans[ \u00a0]+(?:pouvoir|procuration)(?![\p{L}])/iu;

/** Splits the words of a name into given names and surname (the words in capitals, first or last). */
function splitName(words: string[]): { given?: string; surname: string } {
  const caps = words.map((w) => CAPS_WORD.test(w) && !INITIALS.test(w));
  // « DOR JL », « CREPIN JM »: two capitals without dots after a surname in capitals are initials.
  const n = words.length;
  if (n >= 2 && caps[n - 1] && /^\p{Lu}{2}$/u.test(words[n - 1]) && !PARTICLES.has(words[n - 1].toLowerCase()) && caps.slice(0, -1).every(Boolean) && words[n - 2].length >= 3) caps[n - 1] = false;
  const first = caps.indexOf(true);
  if (first < 0) {
    // No word in capitals (« Jean Dupont »): the last word, with its particles, is the surname.
    let s = words.length - 1;
    while (s > 0 && PARTICLES.has(words[s - 1].toLowerCase())) s--;
    return { given: words.slice(0, s).join(' ') || undefined, surname: words.slice(s).join(' ') };
  }
  let last = first;
  while (last + 1 < words.length && (caps[last + 1] || (PARTICLES.has(words[last + 1].toLowerCase()) && caps[last + 2]))) last++;
  let start = first;
  while (start > 0 && PARTICLES.has(words[start - 1].toLowerCase())) start--;
  const surname = words.slice(start, last + 1).join(' ');
  // Given names before the surname (« Jean DUPONT ») or after it (« DUPONT Jean », « DUPONT J. »).
  const given = [...words.slice(0, start), ...words.slice(last + 1)].join(' ');
  return { given: given || undefined, surname };
}

/** Whether the words can make a name: name words only, at least one real word, none that is never a name. */
function nameWords(words: string[]): boolean {
  if (words.length === 0 || words.length > 6) return false;
  let real = 0;
  for (const [i, w] of words.entries()) {
    if (i === 0 && words.length > 1 && LONE_INITIAL.test(w)) continue;
    if (i > 0 && LONE_INITIAL.test(w) && CAPS_WORD.test(words[i - 1])) continue;
    const folded = foldAccents(w).toLowerCase().replace(/\.$/, '');
    if (PARTICLES.has(w.toLowerCase())) continue;
    if (INITIALS.test(w)) continue;
    if (i > 0 && GIVEN_SECOND.has(w) && CAP_WORD.test(words[i - 1])) continue;
    // (« PIERRE dit TREUILLER »: « dit » between two words in capitals, the name a member goes by.)
    if (w === 'dit' && i > 0 && i < words.length - 1 && CAPS_WORD.test(words[i - 1]) && CAPS_WORD.test(words[i + 1])) continue;
    // A word in capitals is a surname as printed (« M. Claude MAIRE »), whatever it means in prose; but not the words
    // of a heading (« ORDRE DU JOUR », « DÉLIBÉRATION »).
    if (NOT_NAMES.has(folded) && !CAPS_WORD.test(w)) return false;
    // (« COMPTE Jean-Marie »: a surname in capitals with a given name is one, whatever it means in a heading.)
    if (HEADING_WORDS.has(folded) && !(CAPS_WORD.test(w) && words.some((x) => CAP_WORD.test(x) && !HEADING_WORDS.has(foldAccents(x).toLowerCase()) && !NOT_NAMES.has(foldAccents(x).toLowerCase())))) return false;
    // (« Marie- » of « Marie- Bonnet »: a compound given name cut, kept as written.)
    if (!CAPS_WORD.test(w) && !CAP_WORD.test(w) && !(i === 0 && words.length > 1 && w.endsWith('-') && CAP_WORD.test(w.slice(0, -1)))) return false;
    real++;
  }
  // (« COMMUNES MEMBRES CONSEILLERS TITULAIRES OU SUPPLEANTS »: the headers of a table in capitals, two words at least
  // that are never a name and no given name, are no surname.)
  if (words.length >= 2 && !words.some((w) => CAP_WORD.test(w)) && words.filter((w) => { const f = foldAccents(w).toLowerCase(); return NOT_NAMES.has(f) || NOT_NAMES.has(f.replace(/s$/, '')); }).length >= 2) return false;
  const last = words.length - 1;
  return real > 0 && (!PARTICLES.has(words[last].toLowerCase()) || (last > 0 && LONE_INITIAL.test(words[last]) && CAPS_WORD.test(words[last - 1])));
}

// (« M. FLORENS Olivier M. de La TOCNAYE Thibaut »: a particle before the surname.)
/** A surname in capitals ahead, or an initial then one (« J. TIBERI »): the next entry's. */
const nextSurnameAhead = (ahead: string) => CAPS_AHEAD.test(ahead) || INITIAL_CAPS_AHEAD.test(ahead);
/** An initial, then a surname in capitals: « J. TIBERI ». */
const INITIAL_CAPS_AHEAD = new RegExp(`^[ \\u00a0]+[${UP}]\\.[ \\u00a0]?[${UP}]{2,}`, 'u');
const CAPS_AHEAD = new RegExp(`^[ \\u00a0]+(?:(?:de|du|des|d['’]|le|la|van|von)[ \\u00a0]+(?:(?:La|Le|la|le)[ \\u00a0]+)?)?[${UP}]{2,}`, 'u');
const MID_CIVILITY = /^(?:MM\.?|Mmes?\.?|MMES?\.?|Mlle\.?|Melle\.?|Mrs?\.?|Monsieur|Madame|Messieurs|Mesdames)$/;
const CAPS_LINKS = new Set(['PAR', 'ET', 'POUR', 'À']);

// (« LEMAIRE Jean-Philippe » is a surname: a blank or an apostrophe after the article.)
// (« M le Maire »: the civility without its full stop.)
// (Not « MME LE MAIRE N. »: a surname, its initial after it; but « à M. Le Maire M. Ngwette ayant … »: the next one's civility.)
const LE_MAIRE = /^(?:(?:Monsieur|Madame|M\.|M|Mme)[ \u00a0]+)?(?:l[ea][ \u00a0]+|l['’][ \u00a0]*)(?:Maire|Présidente?|Maire-Adjointe?|1er\s+Adjointe?|Adjointe?|Vice-Présidente?)\b(?![ \u00a0]+(?!M\.[ \u00a0]+\p{Lu}\p{Ll})\p{Lu}\.(?:[ \u00a0,;]|$))(?![ \u00a0]+(?:Monsieur|Madame)[ \u00a0]+\p{Lu})/iu;

/** « JoëlBONIFACE »: a given name glued to the surname; « BONNEMENTJulien »: a surname glued to the given name. */
const GLUED = new RegExp(`^${GLUED_SOURCE}$`, 'u');
const GLUED_AFTER = new RegExp(`^${GLUED_AFTER_SOURCE}$`, 'u');
/** « S.BONNIERE »: an initial stuck to the surname. */
// (« J.Delaunay à S. Piquet »: so a surname in small letters, capitalised; not « M.Laurent », a civility stuck to a given
// name.)
const STUCK_INITIAL = new RegExp(`^([${UP}]\\.)([${UP}]{3,}[${UP}'’-]*|(?<!^M\\.)[${UP}][${LOW}]{2,}(?:-[${UP}][${LOW}]+)?)$`, 'u');
/** « le Dr », « Professeur »: a title before a name. */
const TITLE = /^(?:le[ \u00a0]+)?(?:Dr\.?|Docteur|Pr\.?|Professeur)[ \u00a0]*(?:\r?\n)?[ \u00a0]*(?<=[\s.])(?=\p{Lu})/u;

const FIELD_AFTER_NAME = new RegExp(`^[${UP}][${LOW}]+(?:[ \\u00a0]+(?:de|du|des|la|le|d['’]))+[ \\u00a0]*[${LOW}]{3,}`, 'u');
const DOUBLED_CIVILITY = { Monsieur: /^Monsieur[ \u00a0\r\n]+(?=\p{Lu})/u, Madame: /^Madame[ \u00a0\r\n]+(?=\p{Lu})/u };

/**
 * The person a piece of text names (« M. Jean DUPONT », « DUPONT Jean », « NOM P. », « le Maire »), with the length
 * of what it read: the name may be followed by more text (a function, prose).
 */
function readPerson(text: string, offset: number, b: NameMaker, enumeration = false): { person: PersonNode; length: number } | undefined {
  const lead = text.length - text.trimStart().length;
  let rest = text.slice(lead);
  const civ = CIVILITY_RE.exec(rest);
  // « M me », « M lle »: a civility whose raised letters a PDF extraction set apart.
  let civility = (civ?.[1] ?? civ?.[2])?.replace(/^M[ \u00a0](?=me|lle)/, 'M');
  let skip = 0;
  if (civility && PLURAL.test(civility)) {
    // « MM. X et Y », « Mmes X, Y »: the civility of an enumeration belongs to none of its people.
    skip = civ![0].length;
    civility = undefined;
  }
  rest = rest.slice(skip);
  let ownCiv = civility ? civ![0].length : 0;
  // « Monsieur Monsieur↵Mickaël D’HUIT »: the civility written twice.
  // (Not « M. M. SABAROT »: there the second « M. » is an initial.)
  if (civility === 'Monsieur' || civility === 'Madame') ownCiv += DOUBLED_CIVILITY[civility].exec(rest.slice(ownCiv))?.[0].length ?? 0;
  // « le Dr Jean-Michel BOLVIN », « M. le Dr Jean-Louis Festal »: a title before the name, not part of it.
  const title = TITLE.exec(rest.slice(ownCiv));
  if (title) {
    skip += ownCiv + title[0].length;
    rest = rest.slice(ownCiv + title[0].length);
    ownCiv = 0;
  }
  const maire = LE_MAIRE.exec(rest);
  if (maire) {
    const s = b.span(offset + lead + skip, offset + lead + skip + maire[0].length);
    const p = b.person(maire[0], s);
    return { person: { ...p, civility: civ?.[1] ?? civ?.[2] ?? p.civility, given: undefined, surname: maire[0].replace(/^(?:Monsieur|Madame|M\.|Mme|M)[ \u00a0]+/i, '') }, length: lead + skip + maire[0].length };
  }
  // The name words, as many as make a name, stopping at the first that cannot be part of one.
  // (« Mme Elodie JAUNEAU(présente à 19h, … ) »: a parenthesis stuck to the name ends it; « Véronique
  // CALUEBA-RIZZOLO,Administrateur qui a donné … »: so does a comma stuck to the next word.)
  const re = /[^\s\u00a0(,;]+[,;]?|[,;]|\(/g;
  re.lastIndex = ownCiv;
  const words: { w: string; end: number }[] = [];
  let beforeCivility = false;
  for (let m = re.exec(rest); m && words.length < 7; m = re.exec(rest)) {
    let w = m[0].replace(/[,;]$/, '');
    // « … F. Serre, R. Condamine Date de la convocation 24 septembre »: a capitalised word, particles and a word in
    // small letters open the next field, not a part of the name.
    if (words.length > 0 && FIELD_AFTER_NAME.test(rest.slice(m.index, m.index + 60))) break;
    // « S.BONNIERE », « F.DELABASSERUE »: an initial stuck to the surname, two words.
    const initial = words.length === 0 ? STUCK_INITIAL.exec(w) : null;
    if (initial) {
      words.push({ w: initial[1], end: m.index + initial[1].length }, { w: initial[2], end: m.index + w.length });
      if (w !== m[0]) break;
      // (« … à Y.LEFEBVRE Christiane SPRIET … »: the initial and the surname make the name; a word capitalised after
      // them opens the next.)
      if (/^[ \u00a0]+\p{Lu}\p{Ll}/u.test(rest.slice(re.lastIndex, re.lastIndex + 3))) break;
      continue;
    }
    // « BROCA - LANNAUD », « Jean - Claude »: a hyphen that the extraction of a PDF spaced out.
    if (w === '-' && words.length > 0) {
      const save = re.lastIndex;
      const n = re.exec(rest);
      const next = n?.[0].replace(/[,;]$/, '');
      // (« M. Jacques HOUSSIN - Maire, … Mme Christiane MEURILLON - Adjoints, »: a function after the dash.)
      if (n && next && isNameWord(next) && !PARTICLES.has(next.toLowerCase()) && !FUNCTION_ALONE.test(next)) {
        const last = words[words.length - 1];
        last.w = `${last.w}-${next}`;
        last.end = n.index + next.length;
        if (next !== n[0]) break;
        continue;
      }
      re.lastIndex = save;
      break;
    }
    // « M. Michel PIERRE dit TREUILLER »: the name a member goes by, after « dit », is part of the surname.
    if (w === 'dit' && words.some((x) => CAPS_WORD.test(x.w) && !INITIALS.test(x.w))) {
      const save = re.lastIndex;
      const n = re.exec(rest);
      const alias = n?.[0].replace(/[,;.]$/, '');
      if (n && alias && CAPS_WORD.test(alias) && !INITIALS.test(alias)) {
        words.push({ w, end: m.index + w.length }, { w: alias, end: n.index + alias.length });
        if (alias !== n[0]) break;
        continue;
      }
      re.lastIndex = save;
      break;
    }
    // « BULTE- MARCHYLLIE », « Jean- René »: a hyphenated name cut at the end of a printed line.
    if (w === m[0] && w.length > 1 && w.endsWith('-')) {
      const save = re.lastIndex;
      const n = re.exec(rest);
      const joined = n && w + n[0].replace(/[,;]$/, '');
      // « Marie- Bonnet », « Mme Marie- REYMOND »: a compound given name cut by the extraction, right before the
      // surname; joined, the name would be one word. Kept as written: the given name, then the surname.
      const nextWord = n?.[0].replace(/[,;]$/, '');
      if (n && nextWord && words.length === 0 && CAP_WORD.test(w.slice(0, -1)) && isNameWord(nextWord) && (nextWord !== n[0] || !isNameWord((/^[ \u00a0]*([^\s\u00a0,;]+)/.exec(rest.slice(re.lastIndex)) ?? [])[1] ?? ''))) {
        words.push({ w, end: m.index + w.length }, { w: nextWord, end: n.index + nextWord.length });
        if (nextWord !== n[0]) break;
        continue;
      }
      if (n && joined && isNameWord(joined)) {
        words.push({ w: joined, end: n.index + n[0].replace(/[,;]$/, '').length });
        if (n[0] !== n[0].replace(/[,;]$/, '')) break;
        continue;
      }
      re.lastIndex = save;
      w = m[0];
    }
    // « BARRABES.M »: a surname and its initial with no space between.
    const stuck = /^([^.]{2,})\.(\p{Lu})$/u.exec(w);
    if (stuck && w === m[0] && CAPS_WORD.test(stuck[1])) {
      words.push({ w: stuck[1], end: m.index + stuck[1].length }, { w: stuck[2], end: m.index + w.length });
      continue;
    }
    // « GIACOSA Patric k », « BRET P hilippe »: a given name that an OCR cut in two.
    const last = words[words.length - 1];
    // (Not « BANO Valérie à↵↵ARNOLD Hervé »: the « à » of a proxy, its holder below.)
    if (last && /^[a-zà-ÿ]{1,2}$/.test(w) && w !== 'à' && w !== 'a' && !PARTICLES.has(w) && CAP_WORD.test(last.w) && /^(?:[,;.]|\s*$)/.test(rest.slice(m.index + m[0].length, m.index + m[0].length + 2).replace(/^[ \u00a0]+/, '') || '')) {
      last.w += w;
      last.end = m.index + w.length;
      if (w !== m[0]) break;
      continue;
    }
    // « Monsieur MEYER Jean jacques, »: the second given name of a compound one written in small letters, after the
    // surname in capitals and the first given name, ending the entry.
    if (last && words.length >= 2 && GIVEN_SECOND.has(w) && CAP_WORD.test(last.w) && words.some((x) => CAPS_WORD.test(x.w) && !INITIALS.test(x.w)) && /^(?:[,;.]|\s*$)/.test(rest.slice(m.index + m[0].length, m.index + m[0].length + 2).replace(/^[ \u00a0]+/, '') || '')) {
      words.push({ w, end: m.index + w.length });
      break;
    }
    if (LONE_INITIAL.test(w) && w === m[0]) {
      const save = re.lastIndex;
      const n = re.exec(rest);
      const tail = n?.[0].replace(/[,;]$/, '');
      // (Not « BINDER M donne pouvoir à … »: an initial, then the phrase of a proxy.)
      if (n && tail && /^[a-zà-ÿ]{3,}$/.test(tail) && n.index === m.index + 2 && !PROXY_PHRASE.test(rest.slice(n.index))) {
        words.push({ w: w + tail, end: n.index + tail.length });
        if (tail !== n[0]) break;
        continue;
      }
      re.lastIndex = save;
    }
    // « LIONEL BENHAROUS PAR PATRICK CARROUER »: in a text in capitals, the words that link two names end the first.
    if (words.length > 0 && CAPS_LINKS.has(w)) break;
    // « GENAY MM. VILLARD », « BADET Mme REY »: a civility starts the next name.
    if (words.length > 0 && MID_CIVILITY.test(m[0])) { beforeCivility = true; break; }
    // « M. DURAND Joseph Maire de Bréal », « M. HAIGRON Jean-Claude Président du Centre de Gestion »: after a surname in
    // capitals and a given name, a function with its capital ends the name (not a given name).
    if (words.length >= 2 && CAP_WORD.test(w) && FUNCTION_ALONE.test(w) && words.some((x) => CAPS_WORD.test(x.w) && !INITIALS.test(x.w)) && words.some((x) => CAP_WORD.test(x.w))) break;
    // « TISSERAND Florence M. ORMONT Florent »: after a whole name (a surname in capitals and a given name), « M. »
    // before a surname in capitals is the civility of the next one, not an initial.
    if (m[0] === 'M.' && words.some((x) => CAPS_WORD.test(x.w) && !INITIALS.test(x.w)) && words.some((x) => CAP_WORD.test(x.w)) && CAPS_AHEAD.test(rest.slice(m.index + 2, m.index + 40))) { beforeCivility = true; break; }
    // (« Mme Salvaire ayant donné pouvoir à Mme Jaouen M. Legrand ayant donné … »: so after a civility and a surname
    // written in small letters, « M. » before a capitalised word.)
    if (m[0] === 'M.' && ownCiv > 0 && words.length === 1 && CAP_WORD.test(words[0].w) && /^[ \u00a0]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ \u00a0,;]|$)/u.test(rest.slice(m.index + 2, m.index + 40))) { beforeCivility = true; break; }
    // « J. FISCHER G. DELAGE M. COOMBS M. LACABANNE »: after « M. » and a surname in capitals, an initial before a
    // surname in capitals is the next name's, not this one's (« NOM P. »).
    // (« M. L’HOSTIS-LE POTIER M. TANGUY »: so after a surname of several words.)
    // (« Mme AFFRET M. HAMON M. LEFEVRE-UTILE M. J. TIBERI Mme BACH »: or before an initial and a surname.)
    // (« Mme DEKHAR M FEDERSPIEL, qui donne … »: so « M » without its full stop, the next one's civility.)
    if (w === m[0] && (/^\p{Lu}\.$/u.test(w) || w === 'M') && words.length >= 1 && words.every((x) => CAPS_WORD.test(x.w) && !INITIALS.test(x.w)) && ownCiv > 0 && nextSurnameAhead(rest.slice(m.index + w.length, m.index + 40))) break;
    if (w !== m[0]) { if (isNameWord(w)) words.push({ w, end: m.index + w.length }); break; }
    // « ROUANET B MARCOUIRE G. », « CHABBERT R »: an initial without its full stop after a surname in capitals.
    const initialAfterSurname = last !== undefined && LONE_INITIAL.test(w) && CAPS_WORD.test(last.w) && !INITIALS.test(last.w);
    if (!isNameWord(w) && !(words.length === 0 && LONE_INITIAL.test(w)) && !initialAfterSurname) break;
    words.push({ w, end: m.index + w.length });
  }
  // Two names run together (« Florence ORMONT Florent TISSERAND », « DUPONT Jean MARTIN Paul »): a name is given
  // names and one block of capitals, in either order; the next block of capitals starts another name.
  let caps = -1;
  for (let k = 0; k < words.length; k++) {
    const isCaps = CAPS_WORD.test(words[k].w) && !INITIALS.test(words[k].w);
    // (« Olivier DUPLESSIS de POUZILHAC »: a particle between two blocks of capitals goes on the surname.)
    if (isCaps && caps >= 0 && k > caps + 1 && !CAPS_WORD.test(words[k - 1].w) && !(k === caps + 2 && (PARTICLES.has(words[k - 1].w.toLowerCase()) || words[k - 1].w === 'dit'))) {
      // « DUPONT Jean » then « MARTIN »: the given names after the first block belong to it, unless there were given
      // names before it too (« Jean DUPONT Paul MARTIN »: Paul starts the second name).
      const before = words.slice(0, words.findIndex((x) => CAPS_WORD.test(x.w) && !INITIALS.test(x.w))).length;
      words.length = before > 0 ? caps + 1 : k;
      break;
    }
    if (isCaps && (caps < 0 || caps === k - 1)) caps = k;
  }
  // « M. Alain PANELLE Ouverture de la séance »: with given names before the capitals, a capitalised word after them is
  // the next sentence, not a given name.
  const firstCaps = words.findIndex((x) => CAPS_WORD.test(x.w) && !INITIALS.test(x.w));
  // (« De CASTRO Fernand »: a particle with its capital is no given name.)
  if (firstCaps > 0 && words.slice(0, firstCaps).some((x) => CAP_WORD.test(x.w) && !PARTICLES.has(x.w.toLowerCase()))) {
    let endCaps = firstCaps;
    while (endCaps + 1 < words.length && (CAPS_WORD.test(words[endCaps + 1].w) || PARTICLES.has(words[endCaps + 1].w.toLowerCase()))) endCaps++;
    if (endCaps + 1 < words.length && CAP_WORD.test(words[endCaps + 1].w) && !INITIALS.test(words[endCaps + 1].w)) words.length = endCaps + 1;
  }
  // Four words or more without capitals: « Renaud Calvat Claudine Goulon » is two names run together, the first ends
  // after two words; « Clisson Sèvre Maine Agglo Mme CHAPEAU » a place before the next member.
  const plainWords = words.filter((x) => !PARTICLES.has(x.w.toLowerCase()));
  // (Unless they are all the piece holds: « …, André Thien Ah Koon, … » in a list with commas is one name.)
  const wholePiece = words.length > 0 && /^[\s\u00a0.]*$/.test(rest.slice(words[words.length - 1].end));
  if (!civility && plainWords.length >= 4 && plainWords.every((x) => CAP_WORD.test(x.w)) && !(wholePiece && plainWords.length <= 5)) {
    if (beforeCivility) return undefined;
    words.length = words.indexOf(plainWords[1]) + 1;
  }
  // Drop particles and not-names at the end (« DUPONT de » cut by a line end); not a capital initial after a surname
  // in capitals (« BELIARD A », « TINGAUD Y »: initials, not « à » or a particle).
  const initialAfterSurname = (k: number) => k > 0 && LONE_INITIAL.test(words[k].w) && CAPS_WORD.test(words[k - 1].w);
  while (words.length && !initialAfterSurname(words.length - 1) && (PARTICLES.has(words[words.length - 1].w.toLowerCase()) || (NOT_NAMES.has(foldAccents(words[words.length - 1].w).toLowerCase()) && !CAPS_WORD.test(words[words.length - 1].w)))) words.pop();
  if (!nameWords(words.map((x) => x.w))) return undefined;
  // A civility alone before a single capitalised word that is a common noun of prose is no person: a name needs
  // a word in capitals, or two words, or a civility.
  const ws = words.map((x) => x.w);
  // In an enumeration after a plural civility (« Messieurs Leynaud, Chabal »), a capitalised word is a surname.
  if (!civility && !enumeration && skip === 0 && ws.length === 1 && !CAPS_WORD.test(ws[0])) return undefined;
  const len = words[words.length - 1].end;
  const start = offset + lead + skip;
  const s = b.span(start, start + len);
  const written = rest.slice(0, len);
  // « JoëlBONIFACE »: written as one word, the given name and the surname of one person (matched as such).
  const glued = ws.length === 1 ? GLUED.exec(ws[0]) : null;
  const after = ws.length === 1 && !glued ? GLUED_AFTER.exec(ws[0]) : null;
  const { given, surname } = glued ? { given: glued[1], surname: glued[2] } : after ? { given: after[2], surname: after[1] } : splitName(ws.map((w) => w.replace(/\.$/, (d) => (INITIALS.test(w) ? d : ''))));
  const p = b.person(written, s);
  return { person: { ...p, civility: civility ?? undefined, given, surname }, length: lead + skip + len };
}

function isNameWord(w: string): boolean {
  return CAPS_WORD.test(w) || CAP_WORD.test(w) || INITIALS.test(w) || PARTICLES.has(w.toLowerCase()) || /^[dD]['’][\p{Lu}]/u.test(w);
}

// ---------------------------------------------------------------- lists

const WORD_RUN = /[^\s,;()–—/]+/g;
/** « ayant procuration », « ayant la procuration »: the holder's side of a proxy (« X ayant procuration Y »). */
// (« COTTIER Jérôme avec pouvoir de SAUVE Luc »: « avec » for « ayant ».)
const HOLDS = String.raw`(?:ayant|avec)\s+(?:la\s+|le\s+)?(?:procuration|pouvoir)(?=\s+(?:de|d['’])\s)|ayant\s+(?:la\s+)?(?:procuration|pouvoir)`;
/** « a donné », « ayant donné », « avait donné », « à donné » (the accent a slip of the keyboard): the verb of a proxy. */
const HAVING_GIVEN = String.raw`(?:a|à|ayant|avait)\s+donn[ée]`;
/** A body's code and number after a dash, after a name (« - CD 16 »), before the next civility or the end. */
const BODY_CODE = /^[ \u00a0]+[-–—][ \u00a0]+\p{Lu}{2,6}[ \u00a0]+\d{1,3}(?=[ \u00a0]+(?:Monsieur|Madame|M\.|Mme)[ \u00a0]|[ \u00a0]*[,;.)]|[ \u00a0]*$)/u;
/** The phrase of a proxy alone on its line (« Mme X ↵ donne pouvoir à ↵ M. Y »). */
const PHRASE_ALONE = new RegExp(String.raw`^(?:${HAVING_GIVEN}|donne|donnant|pouvoir|procuration|représentée?|remplacée?)\s`, 'i');
/** A proxy phrase that opens with its verb (« a donné pouvoir à », « donne procuration à »), not « pouvoir à ». */
const GAVE_VERB = new RegExp(String.raw`^(?:${HAVING_GIVEN}|donn)`, 'i');
/** A ditto mark for the proxy phrase above (« d° », « « » not closed on its line): « Mme PEYRE d° à Mme COCHE ». */
const DITTO = String.raw`(?:«|d°)(?![^\n»]*»)`;
/** « a délégué son mandat à », « ayant délégué son vote à »: a proxy in other words. */
const DELEGATED = String.raw`(?:a|ayant|avait|qui\s+a)\s+délégué\s+(?:son\s+|sa\s+)?(?:mandat|vote|droit\s+de\s+vote|pouvoir|voix)`;
const PROXY_WORDS = new RegExp(String.raw`${DELEGATED}\s+(?:à|a)(?=\s|$)|(?:(?:qui\s+)?(?:a|à|ayant|avait)\s+(?:respectivement\s+)?donn[ée](?:\s+respectivement)?|donne|donnant)\s+(?:(?:son\s+)?pou(?:r)?voir|procuration|mandat|délégation)(?:\s+de\s+vote)?(?:\s+pour\s+voter\s+en\s+son\s+nom)?(?:\s+(?:à|a)(?=\s|$)|(?=\s+(?:M\.?|Mme|Monsieur|Madame)\s+[A-ZÀ-Þ]))|(?:représentée?|remplacée?)\s+par(?=\s|$)|(?:pouvoir|procuration)\s+(?:(?:est\s+|a\s+été\s+)?(?:donnée?|remise?|confiée?|transmise?)\s+)?à(?=\s|$)|${HOLDS}(?:\s+de)?(?=\s|$)|(?<=\s)mandataire(?=\s+(?:M\.|Mme|Monsieur|Madame)\s)|(?:excusée?\s+)?avec\s+(?:procuration|pouvoir)\s+(?:à|a)(?=\s|$)|(?<=\S\s+)${DITTO}(?:\s+(?:à|a))?(?=\s)`, 'gi');

/**
 * A box of counts printed beside a list and flattened into it by a PDF extraction, line by line (« NOMBRE DE↵
 * CONSEILLERS :↵En exercice↵29 »): neither names nor the end of the list.
 */
export const COUNT_BOX = /^(?:nombre\s+de(?:\s+(?:conseillers|membres|délégués))?(?:\s*:)?|(?:conseillers|membres|délégués)\s*:|en\s+exercice(?:\s*:?\s*\d{1,3})?|\d{1,3})$/i;

/** A stamp of the act's transmission or display, with its date (« Certifiée exécutoire le 24/09/2020 »). */
const STAMP_FIELD = `(?:Certifiée?[ \\u00a0]+exécutoire|Affichée?|Transmise?[ \\u00a0]+en[ \\u00a0]+préfecture|Reçue?[ \\u00a0]+en[ \\u00a0]+préfecture|Publiée?)(?:[ \\u00a0]+le)?[ \\u00a0]+\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}`;
/**
 * A field of a box of counts that a PDF extraction ran into a list of names, line by line of the two columns
 * (« Jean-Paul - présents : 24 BEAUVAIS », « Cécile Nombre de membres ELAMBERT »): a dashed count with its figure, or
 * « Nombre de membres » (and its kind, and its figure perhaps); or the stamps of a margin (« Véronique, Certifiée
 * exécutoire le 24/09/2020 BORT Jean Pierre »). See `namesText`.
 */
const COUNT_FIELD = new RegExp(
  `${STAMP_FIELD}(?:[ \\u00a0]+${STAMP_FIELD})*|(?:[-–][ \\u00a0]*(?:[Pp]r[ée]sent(?:\\.?e)?s?|[Aa]bsent(?:\\.?e)?s?|[Vv]otants|[Ee]xcus[ée]s?|[Rr]epr[ée]sent[ée]s?|[Pp]ouvoirs|[Pp]rocurations|ayant[ \\u00a0]+donn[ée][ \\u00a0]+(?:procuration|pouvoir)|en[ \\u00a0]+exercice|afférents)[ \\u00a0]*:[ \\u00a0]*\\d{1,3}` +
    `|Nombre[ \\u00a0]+(?:de[ \\u00a0]+(?:membres|conseillers|délégués|votants|administrateurs)|d['’][ \\u00a0]?[Aa]dministrateurs)(?:[ \\u00a0]+(?:afférents|en[ \\u00a0]+exercice|présents|absents))?(?:[ \\u00a0]*:[ \\u00a0]*\\d{1,3})?` +
    // (« … et de Florence VOTANTS……………. 15 TOQUÉ à Sylvie GALIC »: a count with dot leaders, in capitals.)
    `|(?:EN[ \\u00a0]+EXERCICE|PR[ÉE]SENTS|VOTANTS|POUVOIRS|PROCURATIONS|ABSENTS)[ \\u00a0]*[.…]{2,}[ \\u00a0]*\\d{1,3}` +
    // (A margin of dates and counts beside the list, run into it line by line: « Sandra DATE DE LA CONVOCATION : LAFARGE »,
    // « Mme MARTINOT, Date de la convocation M.BELTRI », « Monsieur Gérard 14 Votants CHAPUIS », « M. Alain NOMBRE DE
    // RAUD », « ÉTAIENT PRÉSENTS : DATE D’AFFICHAGE : M. David LAPPARTIENT »;
    // not « CONSEILLERS : » nor « En exercice : 29 », which the counts read.)
    `|(?:DATE|Date)[ \\u00a0]+(?:DE|de)[ \\u00a0]+(?:(?:LA|la)[ \\u00a0]+)?(?:CONVOCATION|[Cc]onvocation)(?:[ \\u00a0]*:)?` +
    `|(?:DATE|Date)[ \\u00a0]+(?:D|d)['’][ \\u00a0]?(?:AFFICHAGE|[Aa]ffichage)(?:[ \\u00a0]*:)?` +
    `|NOMBRE[ \\u00a0]+DE(?:[ \\u00a0]+(?:CONSEILLERS|MEMBRES|DÉLÉGUÉS|DELEGUES))?(?:[ \\u00a0]*:)?` +
    `|\\d{1,3}[ \\u00a0]+(?:Votants|VOTANTS|Présents|PRÉSENTS|PRESENTS))` +
    // … between two pieces of names on the same line: a surname in capitals, or a given name then a surname, or a
    // civility.
    `(?=[ \\u00a0]+(?:\\p{Lu}{2,}[\\p{Lu}'’-]*(?![\\p{L}])|\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?[ \\u00a0]+\\p{Lu}{2,}|(?:M\\.|Mme|Mmes|MM\\.?|Monsieur|Madame)[ \\u00a0]?\\p{Lu}))`,
  'gu',
);
/** Before a count field: a given name (« Jean-Paul ») or a surname in capitals (« HILLAIREAU, »), on its line; a civility
 * (« M. CONSEILLERS : Roland NICOL »); a label in capitals and its colon (« ÉTAIENT PRÉSENTS : DATE D’AFFICHAGE : »). */
const NAME_BEFORE_FIELD = /(?:(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}{2,}[\p{Lu}'’-]*),?|(?<![\p{L}])(?:M\.|Mme|Mlle)|\p{Lu}{2,}[ \u00a0]*[:：])[ \u00a0]+$/u;

const namesTexts = new WeakMap<object, { from: number; to: number; length: number; text: string; labels: LabelMemo | undefined }[]>();
/**
 * The text as the reader of names sees it: the fields of a box of counts run into a list of names (`COUNT_FIELD`,
 * between two pieces of names) are blanked, so that the names on either side are read as if the box were not
 * there (« Jean-Paul - présents : 24 BEAUVAIS » is « Jean-Paul BEAUVAIS »). Offsets are those of the text; the
 * counts themselves are read from the text as written. The same string when there is nothing to blank. Computed
 * once per document (`owner` is an object of that document's: its line index) and range of whole lines from..to
 * (what is blanked never crosses a line): the acts of a register read again after an edit blank theirs only. Only
 * from..to of the result is as the reader sees it.
 */
export function namesText(text: string, owner: object, from = 0, to = text.length): string {
  return namesEntry(text, owner, from, to).text;
}

function namesEntry(text: string, owner: object, from: number, to: number) {
  const known = namesTexts.get(owner);
  const hit = known?.find((k) => k.length === text.length && k.from <= from && to <= k.to);
  if (hit) return hit;
  // (A range is read after a line feed, as in the whole text: « ^ » of the patterns is no line's start there.)
  const part = from === 0 ? text.slice(0, to) : `\n${text.slice(from, to)}`;
  const blanked = blankFields(part);
  // (Nothing blanked: the text itself, whose labels are remembered with the owner's, below.)
  const entry = blanked === part ? { from, to, length: text.length, text, labels: undefined } : { from, to, length: text.length, text: text.slice(0, from) + blanked.slice(from === 0 ? 0 : 1) + text.slice(to), labels: new Map() };
  if (known && known[0].length === text.length) known.push(entry);
  else namesTexts.set(owner, [entry]);
  return entry;
}

type LabelMemo = Map<string, LabelMatch[]>;
const textLabels = new WeakMap<object, { length: number; labels: LabelMemo }>();
/**
 * `labelsIn` over a document's text (`names`: over its names' text, namesText of that act), remembered per
 * document (`owner`, as for namesText) and range: the séance and the lists look at the same lines of an act's head, each
 * in a long pattern. The array is shared: not to be changed.
 */
export function documentLabels(text: string, owner: object, from: number, to: number, names?: { offset: number; end: number }): LabelMatch[] {
  const entry = names ? namesEntry(text, owner, names.offset, names.end) : undefined;
  let memo = entry?.labels;
  if (!memo) {
    let own = textLabels.get(owner);
    if (!own || own.length !== text.length) textLabels.set(owner, (own = { length: text.length, labels: new Map() }));
    memo = own.labels;
  }
  const key = `${from}:${to}`;
  let labels = memo.get(key);
  if (!labels) memo.set(key, (labels = labelsIn(entry?.text ?? text, from, to)));
  return labels;
}

function blankFields(text: string): string {
  let out: string[] | undefined;
  let at = 0;
  COUNT_FIELD.lastIndex = 0;
  for (let m = COUNT_FIELD.exec(text); m; m = COUNT_FIELD.exec(text)) {
    if (!NAME_BEFORE_FIELD.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    (out ??= []).push(text.slice(at, m.index), ' '.repeat(m[0].length));
    at = m.index + m[0].length;
  }
  let result = out ? out.join('') + text.slice(at) : text;
  result = blankBoxCells(result);
  // « M. ème ème MOUSSADJEE Khaled (6 Adjoint) »: the raised letters of ordinals that a PDF extraction moved after the
  // civility of a name.
  ORPHAN_ORDINAL.lastIndex = 0;
  if ((result.includes('ème') || result.includes('ère')) && ORPHAN_AFTER_CIVILITY.test(result) && ORPHAN_ORDINAL.test(result)) result = result.replace(ORPHAN_ORDINAL, (m) => ' '.repeat(m.length));
  // « M.°LETTERON David », « M.°de MONTGOLFIER Luc »: a degree sign (a raised o) a PDF extraction put after a civility, for its blank.
  if (result.includes('.°')) result = result.replace(/(?<![\p{L}])(M|Mme|Mlle)\.°(?=\p{Lu}|(?:de|du|des|le|la|d['’])[ \u00a0]?\p{Lu})/gu, '$1. ');
  // « Jean-‐Paul », « Jean‐Paul »: the Unicode hyphen (U+2010, U+2011) of a PDF, doubled or alone, read as a hyphen.
  if (/[\u2010\u2011]/.test(result)) result = result.replace(/-[\u2010\u2011]|[\u2010\u2011]/g, (m) => (m.length === 2 ? '- ' : '-'));
  // « DUBOUIS Sandrine –.PACAUD Patrick »: a full stop stuck between a dash and the next name, a slip of the keyboard.
  if (result.includes('–.') || result.includes('-.')) result = result.replace(/(?<=[ \u00a0][–—-])\.(?=\p{Lu})/gu, ' ');
  // « Jean-François RIBIERE ((SAULNOT) – … »: a parenthesis opened twice and closed once, read as one.
  if (result.includes('((')) result = result.replace(/\(\((?=[^()\n]{1,60}\)(?!\)))/g, ' (');
  // « Marie–Françoise VERNA »: an en dash between two given names, with no blank, read as a hyphen.
  // (The dash is looked for first: a look-behind tried at every character of a long text cost a fifth of the reading.)
  if (result.includes('–')) result = result.replace(/–(?=\p{Lu}\p{Ll}+[ \u00a0]+\p{Lu}{2})/gu, (m, at: number) => (/\p{Lu}\p{Ll}+$/u.test(result.slice(Math.max(0, at - 30), at)) ? '-' : m));
  // « Pouvoirs : Valérie NOIR ............ à Joël BLANC », « Christine ROSE .à Anne VERT »: the dot leaders of a form
  // between a giver and « à », read as blanks.
  // (The first dot is looked for first, then the letter and blanks before it: a look-behind tried at every character
  // of a long text, as the pattern began, cost 4 ms on a text of 100 KB.)
  if (result.includes('...')) result = result.replace(/\.(?<=\p{L}[ \u00a0]*\.)\.{2,}(?=[ \u00a0]*à[ \u00a0])/gu, (dots) => ' '.repeat(dots.length));
  // « Mme Sylvie ROBERT représenté(e) par M. Alexis GRANDIN »: the feminine of a software's template in parentheses,
  // read as the participle's own letter.
  if (result.includes('é(e)')) result = result.replace(/(?<=(?:[rR]eprésent|[rR]emplac|[sS]uppl[ée])é)\(e\)(?=\s+par\s)/g, 'e  ');
  return result;
}
/**
 * The cells of a box of counts that a PDF extraction ran into a list, even inside a name (« Mme AUDUGE Danielle, …,
 * M. CADIOT En exercice : 56 Olivier, Mme CASSAR Isabelle, … Mme CHOQUEL Présents : 44 Monique, … Mme Absents :
 * DEVEAUX Caroline, … M. - dont suppléés : 0 DUBRESSON Bernard, … M. JACQUET Éric, Votants : 46 M. JAILLOT Léonard »):
 * blanked where the words around them show it, so that the names read whole.
 */
function blankBoxCells(text: string): string {
  let out: string[] | undefined;
  let at = 0;
  // (The words of the cells are found first, a plain alternation of words scanned fast; the rest of each cell and what
  // stands around it are read on a few characters only.)
  CELL_WORD.lastIndex = 0;
  for (let w = CELL_WORD.exec(text); w; w = CELL_WORD.exec(text)) {
    const nombre = /^nombre/i.test(w[0]);
    const lead = nombre ? null : CELL_LEAD.exec(text.slice(Math.max(at, w.index - 12), w.index));
    const start = w.index - (lead?.[0].length ?? 0);
    if (start > 0 && /\p{L}/u.test(text[start - 1])) continue;
    const rest = nombre ? CELL_NOMBRE.exec(text.slice(w.index, w.index + 40)) : CELL_REST.exec(text.slice(w.index + w[0].length, w.index + w[0].length + 12));
    if (!rest) continue;
    const end = nombre ? w.index + rest[0].length : w.index + w[0].length + rest[0].length;
    const cell = text.slice(start, end);
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 40);
    const figure = /\d$/.test(cell);
    const inside =
      // After a civility (no label follows one), before a surname.
      (CIVILITY_BEFORE_CELL.test(before) && /^[ \u00a0]+\p{Lu}{2,}/u.test(after)) ||
      // Between a surname and its given name.
      (figure && SURNAME_BEFORE_CELL.test(before) && GIVEN_AFTER_CELL.test(after)) ||
      // A count no list follows (the voters, those in office, « dont … »), between names.
      (figure && /^(?:[-–][ \u00a0]*)?(?:dont|votants|en[ \u00a0]+exercice)/iu.test(cell) && NAME_BEFORE_FIELD.test(before.replace(/,[ \u00a0]*$/, ' ')) && /^[ \u00a0]+(?:M\.?|Mme\.?|Mlle\.?|\p{Lu}{2,})[ \u00a0]/u.test(after)) ||
      // « Présents titulaires : Nombre de conseillers Mme AUDUGE Danielle »: the box's title right after a label.
      (nombre && /:[ \u00a0]*$/.test(before) && /^[ \u00a0]+(?:M\.?|Mme\.?|Mlle\.?)[ \u00a0]/u.test(after)) ||
      // « 1 - M Jacques SEVRAIN, Maire Nombre de conseillers 2 - M Jean FICNER, Maire adjoint En exercice : 16 3 - … »: a
      // numbered list, the box's cells between an entry and the next one's number.
      ((figure || nombre) && NUMBERED_ENTRY_AFTER.test(after) && /\p{L}[ \u00a0]*$/u.test(before));
    if (!inside) continue;
    (out ??= []).push(text.slice(at, start), ' '.repeat(end - start));
    at = end;
    CELL_WORD.lastIndex = end;
  }
  return out ? out.join('') + text.slice(at) : text;
}
/** The word of a cell of a box of counts (« En exercice », « Présents », « Nombre de »). */
const CELL_WORD = /en[ \u00a0]+exercice|pr[ée]sents|absents|votants|suppl[ée][ée]s|repr[ée]sent[ée]e?s|excus[ée]s|pouvoirs|procurations|quorum|nombre[ \u00a0]+de/gi;
/** Before the word: « - dont ». */
const CELL_LEAD = /(?:[-–][ \u00a0]*)?(?:dont[ \u00a0]+)?$/i;
/** After the word: its colon and perhaps its figure. */
const CELL_REST = /^[ \u00a0]*:(?:[ \u00a0]*\d{1,3}(?!\d))?/;
/** The next entry of a numbered list: « 3 - Mme Éliane LOISON ». */
const NUMBERED_ENTRY_AFTER = /^[ \u00a0]+\d{1,3}[ \u00a0]*[-–.)][ \u00a0]+(?:M\.?|Mme\.?|Mlle\.?|Monsieur|Madame)[ \u00a0]+\p{Lu}/u;
const CELL_NOMBRE = /^nombre[ \u00a0]+de[ \u00a0]+(?:conseillers|membres|délégués)/i;
const CIVILITY_BEFORE_CELL = /(?:^|[\s,;])(?:M\.?|Mme\.?|Mlle\.?)[ \u00a0]+$/u;
const SURNAME_BEFORE_CELL = /(?:^|[\s,;])(?:M\.?|Mme\.?|Mlle\.?)[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*[ \u00a0]+$/u;
const GIVEN_AFTER_CELL = /^[ \u00a0]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?=[ \u00a0]*[,;]|[ \u00a0]+(?:M\.?|Mme\.?|Mlle\.?)[ \u00a0])/u;
/** What every match of ORPHAN_ORDINAL has before it (its lookbehind, searched at every position of a whole text, is slow). */
const ORPHAN_AFTER_CIVILITY = /(?:M\.|Mme|Mlle)[ \u00a0]+(?:ème|ère)/;
const ORPHAN_ORDINAL = /(?<=(?:^|[ \u00a0])(?:M\.|Mme|Mlle)(?:[ \u00a0]+(?:ème|ère))*[ \u00a0]+)(?:ème|ère)(?=[ \u00a0])/g;

/**
 * Whether a line (from..to of the text) reads as a list going on: no label at its start, and nearly all its words
 * are names, initials, civilities, functions or commune labels — not prose.
 */
export function looksLikeNames(text: string, from: number, to: number, labels?: LabelMatch[]): boolean {
  if (to - from > 8000) return false;
  // (The words after a bullet: « -BOUGLAINVAL : Stéfan LEGROS ».)
  const lead = lineLead(text, from, to);
  const t = text.slice(lead, to).trim();
  if (!t || t.length > 4000) return false;
  labels ??= labelsIn(text, lead, to);
  if (labels[0]?.start === lead) return false;
  // « Mme ZENAÏDI↵donne pouvoir à↵M. BEAUPERIN »: the phrase of a proxy alone on its line, between two names.
  if (t.length <= 80 && PHRASE_END.test(t) && PHRASE_ALONE.test(t)) return true;
  if (t === 'à' || t === 'par') return true;
  // « ZAMBROWSKI↵(pour l'approbation du compte rendu du Conseil Municipal du 26 juin 2006 et↵au point n° 1.1) »: a line
  // that opens the parenthesis of the name above, closed below.
  if (/^\([^()\n]{0,120}$/.test(t)) return true;
  // « Excusés » alone on its line: the label of the next list.
  if (t.length <= 120 && MAY_ATTENDANCE.test(t) && ALONE_LABEL.test(t)) return false;
  if (namesRatio(t)) return true;
  // « - Mme NOIR Christelle, - MM. BLANC Jean et ROUGE Michel. Délibérations n° 178 … »: names to a full stop, the
  // prose after it not the list's; several names, separated (not « par Luc NOIR. Paul BLANC. Les membres présents … »,
  // a column of holders wrapped).
  const stop = SENTENCE_STOP.exec(t);
  if (stop && /[,;]|[ \u00a0](?:[-–—]|et)[ \u00a0]/.test(t.slice(0, stop.index)) && namesRatio(t.slice(0, stop.index + 1))) return true;
  // « Conseillers municipaux délégués » alone on its line: the function of the names above or below.
  if (t.length <= 80 && FUNCTION_ALONE.test(t.replace(/[ \u00a0]*[.,;]$/, ''))) return true;
  // « • Mme Frédérique POSTEL Étaient absents avec procuration »: names, then the label of the next list.
  const label = labels.find((l) => l.start > lead);
  // « Jean VILA à Roger FERRER↵(à partir de 11 heures) Secrétaire de séance : … »: a parenthesis that qualifies the entry
  // above, alone or before the next label.
  if (/^\([^()\n]{1,120}\)[.,;]?$/.test(label ? text.slice(lead, label.start).trim() : t)) return true;
  return !!label && namesRatio(text.slice(lead, label.start).trim());
}

/** The full stop that ends a sentence (not a civility's: « Mme. Anne »), before a word in small letters after a capital. */
const SENTENCE_STOP = /(?<=\p{L}{2})(?<![ \u00a0(](?:Mme|MM|Mlle|Mr|Mrs|Melle|Mmes|Dr|St|Ste))\.[ \u00a0]+(?=\p{Lu}\p{Ll})/u;

/** Where the words of a line (from..to) start: after its blanks and a bullet. */
export function lineLead(text: string, from: number, to: number): number {
  const line = text.slice(from, to);
  // (« -BOUGLAINVAL : Stéfan LEGROS »: a dash glued to a word in capitals is a bullet too.)
  return from + line.length - line.replace(/^[\s\u00a0]*(?:[-–—•*·][\s\u00a0]+|[-–—](?=\p{Lu}{2}))?/u, '').length;
}

/** The end of a parenthesis open at the end of a line, or its start closed at the start of one. */
const DANGLING_PARENTHESIS = /\(([^()\n]{0,120})$|^([^()\n]{0,120})\)/g;
/** « qui n’a pas donné de pouvoir »: a member who gave no proxy (NO_PROXY_TAIL after a name, NO_PROXY_WORDS anywhere). */
const NOT_GIVEN = String.raw`qui[ \u00a0]+n['’][ \u00a0]?(?:a|avait)[ \u00a0]+pas[ \u00a0]+donné[ \u00a0]+(?:de[ \u00a0]+)?`;
const NO_PROXY_WORDS = new RegExp(String.raw`${NOT_GIVEN}(?:pouvoir|procuration)(?![\p{L}])`, 'gu');
/** « … à Monsieur Florian MORELLE jusqu’au rapport n 14. »: the time of a proxy or of a presence. */
const POINT_TIME_WORDS = /(?:jusqu['’]?\s*(?:au|à)|[àa]\s+partir\s+d[ue]|[àa]\s+compter\s+d[ue])\s+(?:la\s+)?(?:rapport|point|dossier|délibération|question)s?\s*(?:n\s*°?|n°|no)?\s*[\d.]*\d/gi;
/** Whether the words of a text are names, nearly all of them: civilities, initials, particles, functions. */
function namesRatio(t: string): boolean {
  let words = 0, names = 0, strong = 0;
  // « Sylvain COSNARD a donné procuration à Christine ZAMUNER »: the words of a proxy are part of a list.
  // « DUCROS.GISBERT.Mmes RAOUX »: full stops with no space between surnames separate them.
  // « Mme ZENAÏDI (à partir du point n° 14) »: what a parenthesis says of a name is no prose.
  // (« Mme Christine LE GENTIL      sans pouvoir »: the absent without a proxy; not the label « Excusée sans
  // procuration : ».)
  // (« J.F. BAYLE (entre en séance après le vote du point↵n° 1.1) - S. DANTU »: so is a parenthesis open at the end of
  // a line and closed on the next, unless what it holds there reads as names: « (suppléante de M. TARTAR↵Gérard) ».)
  // (The time of a proxy first: « Anthony REY a donné pouvoir à partir du point 2 à Olivier PETIT », whose « à » the
  // proxy's words would take.)
  // (« Mme Laure EHRMANN qui n’a pas donné de pouvoir - Mme Anne X … »: no proxy, said of an entry.)
  const plain = t.replace(NO_PROXY_WORDS, ' ').replace(POINT_TIME_WORDS, ' ').replace(PROXY_WORDS, ' ').replace(/\([^()\n]{0,120}\)/g, ' ').replace(DANGLING_PARENTHESIS, (m, open, closed) => (namesRatio(open ?? closed) ? m : ' ')).replace(/(?<=\p{Lu}{2}[ \u00a0\t]+)sans[ \u00a0]+(?:pouvoir|procuration)(?![\p{L}])(?![ \u00a0]*:)/gu, ' ')
    // « LA FERTE S/ JOUARRE »: « S/ » abbreviates « sur » or « sous » in a commune's name.
    .replace(/(?<![\p{L}])(\p{Lu})\/(?=[ \u00a0])/gu, '$1.')
    // « E. LESAGE CHEVALLIER a donné pouvoir à A. PINÇON G. LESCOAT a donné↵pouvoir à S. DOREL »: the verb of a proxy cut
    // by the end of the line.
    // (« Nathalie LOHO a donné pouvoir↵à Stéphane HAMON »: or before its « à », the holder below.)
    .replace(/[ \u00a0](?:a|à|ayant|avait)[ \u00a0]+donn[ée](?:[ \u00a0]+(?:pouvoir|procuration|mandat))?[ \u00a0\t\r]*$/u, ' ')
    // (« … a donné pouvoir↵à Jean-Paul BERTHO Carine PESSIOT a donné »: the « à » of the line above's proxy opening the line.)
    .replace(/^à[ \u00a0]+(?=(?:(?:M\.|Mme|Monsieur|Madame)[ \u00a0]+)?\p{Lu})/u, ' ')
    // (« … à Luc FOUCAULT jusqu’au↵point n°1 »: so the head of a time, its report below.)
    .replace(TIME_HEAD_AT_END, ' ')
    // « 1. Monsieur Vincent NOIR 16. Madame Sophie BLANC », « 1- M. Franck LEROY, 2- M. Gilles DULION »: the numbers of the
    // entries (not « … arrivée à 20 heures↵15 - M. Claude … », an hour's minutes wrapped before a dash between blanks).
    .replace(/(?<![\p{L}\d])\d{1,3}[.)\-–](?=[ \u00a0]+(?:M\.|Mme|Mlle|Monsieur|Madame)[ \u00a0])/gu, ' ')
    // « M.BEAUPERIN », « M.Patrice CHEVALIER »: a civility stuck to the name.
    .replace(/(?<![\p{L}])(M|Mme|\p{Lu})\.(?=\p{Lu}{2}|\p{Lu}\p{Ll})/gu, '$1. ').replace(/(?<=\p{Lu}{2})\.(?=\p{Lu})/gu, '. ')
    // « Mme Jeannie TREMBLAY, arrivée à 20 heures 15 - M. Claude », « jusqu'à 20 h 15 »: the time of an arrival.
    .replace(ARRIVAL_HOUR, ' ')
    .replace(POINTS_IN_TEXT, ' ')
    // « Monsieur GIRARDIN, d’une part, Monsieur GARDEY, … d’autre part. »: the majority, then the opposition.
    .replace(ONE_SIDE, ' ')
    // « pour la commune de CHATEAUNEUF SUR ISERE : monsieur BUIS Pierre »: the words of a commune's label.
    .replace(/(?<![\p{L}])(?:pour[ \u00a0]+)?la[ \u00a0]+commune[ \u00a0]+(?:de|du|des|d['’])(?![\p{L}])/giu, ' ')
    // (« - MOUSSU Valérie, non excusée, »: « non » of a status.)
    .replace(/(?<![\p{L}])non[ \u00a0]+(?=excus|représent|repr[ée]sent)/giu, ' ')
    // « Madame Chantal NOIR, membre du comité syndical ; »: a member's function in words.
    .replace(/(?<![\p{L}])membres?[ \u00a0]+d[ue][ \u00a0]+(?:bureau|comité|conseil)(?:[ \u00a0]+(?:syndical|municipal|communautaire|d['’]administration))?(?![\p{L}])/giu, ' ')
    // « GOLLIET-MERCIER, Adjoints au Maire »: the small word of a function.
    .replace(/(?<![\p{L}])(adjointe?s?|d[ée]l[ée]gu[ée]e?s?)[ \u00a0]+(?:au|à[ \u00a0]+la)[ \u00a0]+(?=maire|pr[ée]sidente?)/giu, '$1 ');
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(plain); m; m = WORD_RUN.exec(plain)) {
    // (« DEBELLE- Francis »: a dash stuck to the end of a name.)
    const w = m[0].replace(/[.:]+$/, (x) => (x === '.' && INITIALS.test(m![0]) ? x : '')).replace(/(?<=\p{L}{2})-$/u, '');
    if (!w || w === '-' || w === '•' || w === '·') continue;
    words++;
    if (CAPS_WORD.test(w) || CAP_WORD.test(w)) { names++; strong++; }
    // (« 2ème adjoint », « 1 ère adjointe »: the ordinal of a function.)
    // (« J DALIBERT - C BIGUET »: an initial without its full stop.)
    else if (INITIALS.test(w) || /^\p{Lu}$/u.test(w) || PARTICLES.has(w.toLowerCase()) || /^(?:et|à|par|M|MM|Mme|Mmes|Mlle|Mr|Mrs|monsieur|madame)\.?$/.test(w) || FUNCTION.test(w) || STATUS.test(w) || ORDINAL.test(w)) names++;
  }
  return strong > 0 && names >= 0.8 * words;
}

/** A label in capitals: « CDC DU BAZADAIS », « SAINT-MARTIN », « CAPV ». */
// (« BAINS-sur-OUST », « LA CHAPELLE-de-BRAIN »: the particles of a name in capitals left in small letters.)
const SMALL_PARTICLES = `(?:(?:sur|sous|en|de|du|des|le|la|les|lès|lez|et|aux?)-[${UP}][${UP}'’-]*){0,3}`;
/** « LUCS-SUR-BOULOGNE (LES) »: the article of a commune after its name, as lists sorted by name write it. */
const ARTICLE_WORDS = "LA|LE|LES|L['’]";
const ARTICLE_AFTER = `(?:[ \\u00a0]*\\((?:${ARTICLE_WORDS})\\))?`;
// (« CAUPENNE d’ARMAGNAC : »: an elided article in small letters before a word in capitals.)
/** Not the members' own words in capitals (« ETAIENT PRESENTS : MEMBRES DU SYNDICAT: »): no commune. */
const NOT_MEMBERS_WORD = `(?!(?:MEMBRES|D[ÉE]L[ÉE]GU[ÉE]S|TITULAIRES|SUPPL[ÉE]ANTS|CONSEILLERS|[ÉE]LUS)(?![${UP}]))`;
// (« MONTET et BOUXAL : »: a linking word in small letters between words in capitals.)
const CAPS_GROUP = `[${UP}][${UP}'’-]+${SMALL_PARTICLES}(?:[ \\u00a0](?:(?:et|sur|sous|en|lès|lez|aux?)[ \\u00a0](?=[${UP}]))?(?:[dl]['’])?[${UP}][${UP}'’-]*${SMALL_PARTICLES}){0,7}`;
/** A given name written by its initials: « F. », « Ph. », « Ch. », « J-Ph. », « M-D. ». */
const INITIALS_SOURCE = `[${UP}][${LOW}]?(?:-[${UP}][${LOW}]?)?\\.`;
/**
 * « …, I. GUERINEAU, Ph. CLAUTOUR APREMONT : G. CHAMPION, … LUCS-SUR-BOULOGNE (LES) : D. PASQUIER »: after a delegate
 * named by initials and surname, words in capitals then a colon: the surname, then the commune that the official list
 * knows (its article maybe after it in parentheses).
 */
// (« … D. HERMOUET donne pouvoir à J-M GUERINEAU BELLEVIGNY : M-D. VILMUS … », « Ph. SEGUIN SAINT-DENIS LA CHEVASSE :, M.
// HERMOUET »: after the « à » of a proxy, initials without their full stop, a comma after the colon.)
const CAPS_AFTER_INITIALS = new RegExp(`(?<=(?:^|\\n|[,:;]|[ \\u00a0]à)[ \\u00a0]*(?:${INITIALS_SOURCE}|[${UP}]-?[${UP}](?=[ \\u00a0]))[ \\u00a0]*)([${UP}][${UP}'’-]+(?:[ \\u00a0]+[${UP}][${UP}'’-]*){1,8})(?:[ \\u00a0]*\\((${ARTICLE_WORDS})\\))?[ \\u00a0]*:(?=,?[ \\u00a0]+[${UP}])`, 'gu');
/**
 * « LES HERBIERS : Christophe HOGARD – … – Aurélie PAQUEREAU MOUCHAMPS : Patrick MANDIN »: so after a delegate named by
 * a given name and a surname in capitals, after a separator.
 * (« … Messieurs Bernard LANDAIS et Patrick HURTAUD CHATEAU GUIBERT : Messieurs … »: or after « et » or a civility.)
 */
const CAPS_AFTER_GIVEN = new RegExp(`(?<=(?:^|\\n|[,:;]|[ \\u00a0][-–—]|[ \\u00a0]et|(?<![\\p{L}])(?:Monsieur|Madame|M\\.|Mme|Mr))[ \\u00a0]*[${UP}][${LOW}]+(?:-[${UP}][${LOW}]+)?[ \\u00a0]+)([${UP}][${UP}'’-]+(?:[ \\u00a0]+[${UP}][${UP}'’-]*){1,8})(?:[ \\u00a0]*\\((${ARTICLE_WORDS})\\))?[ \\u00a0]*:(?=,?[ \\u00a0]+[${UP}])`, 'gu');
/**
 * A commune in capitals after a comma, then its colon (« , MAGLAND : », « DEVRIEUX,- ROISEY : »), or after a parenthesis
 * closed (« P. RABILLER (1 pouvoir) MACHE : ») or a dash between blanks (« … – MOUCHAMPS : »); the official list says
 * whether it is one.
 */
const CAPS_LABEL_AFTER_COMMA = new RegExp(`(?<=(?:[,)][ \\u00a0]*[-–—]|[,)]|[ \\u00a0][-–—])[ \\u00a0]+)(${CAPS_GROUP})${ARTICLE_AFTER}[ \\u00a0]*:(?=[ \\u00a0]+(?:[${UP}]|\\/))`, 'gu');
const CAPS_GROUP_WRAPPED = `[${UP}][${UP}'’-]+(?:(?:[ \\u00a0]|[ \\u00a0]*\\r?\\n)[${UP}][${UP}'’-]*){0,7}`;
/** The words before « la commune de » in a label: « Pour la commune de X : », « Représentant la Commune de X : ». */
const FOR_COMMUNE_WORD = String.raw`(?:Pour|POUR|pour|Représentant|REPRÉSENTANT|REPRESENTANT)`;
const FOR_COMMUNE_LABEL = new RegExp(String.raw`^${FOR_COMMUNE_WORD}[ \u00a0]+(?:la|LA)[ \u00a0]`);
/** What precedes a commune's name in its label (« Pour la commune de », « Commune d’ », « Ville de la »). */
const COMMUNE_PREFIX = new RegExp(String.raw`^(?:(?:${FOR_COMMUNE_WORD}\s+(?:la|LA)\s+)?(?:Commune|Ville|COMMUNE|VILLE|commune)\s+(?:(?:de|DE)\s+(?:(?:la|LA)\s+|[lL]['’]\s*)?|[dD]['’]\s*|(?:du|DU)\s+|(?:des|DES)\s+)?)`);
/** A commune label in a list of delegates: « Besançon : », « Avanne-Aveney : », « La Motte-Servolex : ». */
const COMMUNE_LABEL = new RegExp(
  // « Pour la commune de BEGADAN : Martine SALLETTE Pour la commune de SAINT ESTEPHE : … », « Pour la commune d’: »
  // (the name lost).
  // (« Représentant la Commune de Poisvilliers : Agnès BIDART, … », so too.)
  `(?<=^|[\\s,;])${FOR_COMMUNE_WORD}[ \\u00a0]+(?:la|LA)[ \\u00a0]+(?:commune|Commune|COMMUNE)(?:[ \\u00a0]+(?:de|du|des|DE|DU|DES)(?=[ \\u00a0:])|[ \\u00a0]+[dD]['’])?(?:[ \\u00a0]*[${UP}][${UP}${LOW}'’-]*(?:[ \\u00a0][${UP}][${UP}${LOW}'’-]*){0,6})?[ \\u00a0]*:(?=[ \\u00a0])|` +
  `(?<=^|[\\s,;])(?:Commune|Ville)(?:[ \\u00a0]+(?:de|du|des|d['’]))?[ \\u00a0]*:(?=[ \\u00a0])|` +
  // (« …, Commune de CLUSES : Marie-Pierre BAUMONT, Commune d’ARACHES-LA-FRASSE : … »: the commune in capitals.)
  `(?<=^|[\\s,;])(?:Communes?|Ville|COMMUNES?|VILLE)[ \\u00a0]+(?:(?:de|du|des|DE|DU|DES)[ \\u00a0]+|[dD]['’][ \\u00a0]?)${CAPS_GROUP}[ \\u00a0]*:(?=[ \\u00a0])|` +
  // (« PIERRIC : M. Claude LEVANT. : M. Marcel BOUVIER, … »: a commune whose name the extraction lost; « … M. Alain
  // MOUGENEL, : M. Jean Bernard MANGIN », « … Véronique PERUSSAULT- : M. Bernard ALBERT », so after a comma or a dash.)
  `(?<=[.;,\\-–—][ \\u00a0]{0,3}):(?=[ \\u00a0]+(?:M\\.|Mme|Monsieur|Madame)[ \\u00a0])|` +
  // (« Argenteuil-sur-Armançon : M. Gaston SCHIER : M. Eric FOURNILLON, … »: so after a delegate's civility, given
  // name and surname, before the civility of the next.)
  `(?<=(?:M\\.|Mme|Mr|Monsieur|Madame)[ \\u00a0]+[${UP}][${LOW}]{1,20}(?:[- ][${UP}][${LOW}]{1,20}){0,3}[ \\u00a0]+[${UP}][${UP}'’-]{1,30}[ \\u00a0]+):(?=[ \\u00a0]+(?:M\\.|Mme|Mr|Monsieur|Madame)[ \\u00a0]+[${UP}])|` +
  // (« APREMONT : G. CHAMPION, S. BUFFETAUT : D. HERMOUET, J-Ph. BODIN »: so between delegates named by their initials.)
  `(?<=(?:^|[,:])[ \\u00a0]*${INITIALS_SOURCE}[ \\u00a0]*[${UP}]{2,}[${UP}'’-]*[ \\u00a0]+):(?=[ \\u00a0]+${INITIALS_SOURCE}[ \\u00a0]*[${UP}]{2})|` +
  // (« Présents : : HILGENGA Wilfrid, BALLANCOURT-SUR-ESSONNE : IMBERT Patrick, …, : BERNARD Jacques, CERNY : … »: so
  // after a comma or the label's colon, before a name written surname first.)
  `(?<=(?:^|[,:])[ \\u00a0]{0,3}):(?=[ \\u00a0]+\\p{Lu}{2,}[\\p{Lu}'’-]*[ \\u00a0]+\\p{Lu}\\p{Ll})|` +
  // (« BERRIEN : Hubert LE LANN, Brigitte COURBEZ : Coralie JEZEQUEL : Éric PRIGENT : … »: so between two names
  // written given name first, surname in capitals, the commune between them lost.)
  `(?<=(?:^|[,:])[ \\u00a0]*[${UP}][${LOW}]+(?:-[${UP}][${LOW}]+)?[ \\u00a0]+[${UP}]{2,}[${UP}'’-]*(?:[ \\u00a0][${UP}]{2,}[${UP}'’-]*)?[ \\u00a0]+):(?=[ \\u00a0]+[${UP}][${LOW}]+(?:-[${UP}][${LOW}]+)?[ \\u00a0]+[${UP}]{2,})|` +
  // (« Havelu : Michel Negarville / : Claude Richard / : Philippe Lelaidier / Longnes : … »: so after the slash that
  // ends a commune's delegates.)
  `(?<=[ \\u00a0]\\/[ \\u00a0]{0,3}):(?=[ \\u00a0]+\\p{Lu}\\p{Ll}+(?:-[ \\u00a0]?\\p{Lu}\\p{Ll}+)?[ \\u00a0]+\\p{Lu})|` +
  // (« …, : Pascal NICOLAS (Maire), »: so before a name written given name first.)
  `(?<=,[ \\u00a0]{0,3}):(?=[ \\u00a0]+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?[ \\u00a0]+\\p{Lu}{2,})|` +
  // (« …, : R. PLISSON, … »: so before a delegate named by initials.)
  `(?<=,[ \\u00a0]{0,3}):(?=[ \\u00a0]+${INITIALS_SOURCE}[ \\u00a0]*[${UP}]{2})|` +
    `(?<=^|[\\s,;])(?:Membres|Délégués|Conseillers)[ \\u00a0]+(?:titulaires?|suppléante?s?)[ \\u00a0]*:(?=[ \\u00a0])|(?<=^|[\\s,;])[${UP}][${LOW}]+(?:(?:[-'’]|-[ \\u00a0](?=[${UP}]))[${UP}${LOW}][${LOW}]*)*` +
    // (« Saint Jean L Herm : »: an article whose apostrophe a PDF extraction lost; « Laissac Séverac l’église : »;
    // « Saint-Martin-sur- Armançon : », a blank after a hyphen.)
    // (« Communauté de Communes Chablis Villages et Terroirs : », « Communauté de Communes « Le Tonnerrois en
    // Bourgogne » : »: a member that is a communauté, its name maybe in quotes, or its acronym after it, « Communauté de
    // Communes Cluses Arve et Montagnes (2CCAM) : », or a word of its name lost before a hyphen, « Communauté de
    // Communes -Glières (CCFG) : »; « Piré-sur-Seiche :, Dominique
    // DENIEUL »: a stray comma after the colon.)
    // (« Boissy sans Avoir : », « sans » in a commune’s name; « Valleroy-le-Sec : ↵ Vittel : Mme X », a commune with
    // no one under it, the next label below; « Brixey-aux- Chanoines :TRAMBLOY Jean Marie », the colon glued to the
    // surname in capitals after it.)
    `(?:[ \\u00a0](?:«[ \\u00a0]?)?-?(?:[${UP}][${LOW}]+|et|de|du|des|la|le|les|sur|sous|sans|lez|lès|en|aux|l['’][${UP}${LOW}][${LOW}]+|d['’][${UP}][${LOW}]+|[LD](?=[ \\u00a0][${UP}][${LOW}]))(?:(?:[-'’]|-[ \\u00a0](?=[${UP}]))[${UP}${LOW}][${LOW}]*)*){0,9}(?:[ \\u00a0]?»)?(?:[ \\u00a0]\\([${UP}\\d]{2,8}\\)|[ \\u00a0]\\((?:compétences?|secteur|collège|territoire)[^()\\n:]{0,40}\\))?[ \\u00a0]*:(?=[ \\u00a0]|,[ \\u00a0]+[${UP}]|[${UP}]{2}|[ \\u00a0\\t\\r]*\\n[ \\u00a0\\t]*[${UP}][${LOW}${UP}'’ -]{1,60}[ \\u00a0]*:)` +
    // (« DEBRUYNE Odile : arrivée à 18 H.30 »: what follows the colon says when the member came; no commune.)
    `(?![ \\u00a0]+(?:arriv|départ|parti|sorti|à[ \\u00a0]+partir|jusqu|pouvoir|procuration))|` +
    // « CDC DU BAZADAIS :AIME Michel (T), … », « SAINT-MARTIN : », « … (Ecouen). CARPF : »: in capitals at a line or
    // sentence start, the names may follow the colon unspaced.
    // (« SAINT-AVE ↵ : Hervé PELLOIS – … »: the colon of a table's column, on the line below.)
    // (Not after the full stop of a civility: « … ; M. BRUN : Conseillers Municipaux. ».)
    // (Nor after the full stop of initials: « Ph. CLAUTOUR APREMONT : G. CHAMPION », a surname then a commune.)
    // (« Etaient présents : Mesdames et Messieurs : ATTIGNY : François JOLY (Maire), … »: so after the colon of a group's
    // civilities.)
    // (« -BOUGLAINVAL : Stéfan LEGROS, titulaire ↵ -CHARTAINVILLIERS : … »: a dash opening each line, a bullet.)
    `(?<=(?:^|\\n|;|(?:Mesdames|Messieurs)[ \\u00a0]*:|(?<!(?:^|[\\s,;])(?:M|MM|Mme|Mmes|Mlle|Dr))(?<!(?:^|[\\s,;-])[${UP}][${LOW}]?)\\.)[ \\u00a0]*|(?:^|\\n)[ \\u00a0\\t]*[-–—•][ \\u00a0]*)${NOT_MEMBERS_WORD}${CAPS_GROUP}${ARTICLE_AFTER}(?:[ \\u00a0]*\\r?\\n)?[ \\u00a0]*:(?=\\s|[${UP}])(?![ \\u00a0]*(?:pouvoir|procuration|mandat|donne|a\\s+donné|ayant|représenté|excusé|absent))|` +
    // « … ALBERGANTI Didier / BIOLLET : TAUVERON Jean-Paul / CHATEAU SUR↵CHER : DUBUIS Bernard »: after a slash that
    // ends a group, maybe wrapped.
    `(?<=[ \\u00a0]\\/[ \\u00a0]*)${CAPS_GROUP_WRAPPED}[ \\u00a0]*:(?=[ \\u00a0\\r\\n])|` +
    // « … Mme Angélique RODRIGUEZ, CURSAN : M. Jean Pierre SEURIN », « Mme Sophie SORIN BLESIGNAC : M. Jean François
    // THILLET » (a table of communes and delegates flattened by a PDF extraction): in capitals after a comma, a closing
    // parenthesis (« … Mme Martine RAVOIRE (départ après point 3) BUOUX : M. Philippe ROUX »), or after a delegate's
    // civility, given name and surname, before a colon and the civility of the next delegate.
    // (« … M. Bernard ANTOINE- - BULGNEVILLE : M. Jean Paul BOCQUILLON »: or after a dash between blanks.)
    `(?:(?<=(?:,|[ \\u00a0][-–—])[ \\u00a0]{0,3})|(?<=\\)[ \\u00a0]{1,3})|(?<=(?:M\\.|Mme|Mr|Monsieur|Madame)[ \\u00a0]+[${UP}][${LOW}]{1,20}(?:[- ][${UP}][${LOW}]{1,20}){0,3}[ \\u00a0]+[${UP}][${UP}'’-]{1,30}[ \\u00a0]+))${CAPS_GROUP}[ \\u00a0]*:(?=[ \\u00a0]+(?:M\\.|Mme|Mr|Mrs\\.?|Monsieur|Madame|MM\\.|Mmes)[ \\u00a0])|` +
    // « LES ABRETS : LES AVENIERES : LA BATIE MONTGASCON : BALMAIN René GUILLAUD Eric LE BOUCHAGE : FAIVRE-PIERRET
    // René-Xavier … » (a table of communes and delegates written surname first, flattened): in capitals after a
    // delegate's given name, or after the colon of a commune with no one under it, before a surname in capitals.
    `(?:(?<=[${UP}]{2,}[${UP}'’-]*[ \\u00a0]+[${UP}][${LOW}]+(?:-[${UP}][${LOW}]+)?[ \\u00a0]+)|(?<=[${UP}][ \\u00a0]*:[ \\u00a0]+))${CAPS_GROUP}[ \\u00a0]*:(?=[ \\u00a0]+[${UP}]{2,}[${UP}'’-]*[ \\u00a0]+[${UP}][${LOW}]|[ \\u00a0]+${CAPS_GROUP}[ \\u00a0]*:)`,
  'gu',
);

// (« Monsieur Jean-Pierre MORLAT donné pouvoir à Monsieur Christian BIDOT »: the participle without its « a ».)
// (« M. Daniel BURRUS ayant donné procuration M Jean Michel LOUCHE »: the « à » lost before the holder's civility.)
// (« M. M. MONNIER (p. à M. B. TRONI) »: « p. » for « pouvoir », before a civility.)
// (« Etaient représentés : M. X par pouvoir à M. Y, … ».)
// (« Mme X d° à Mme Y », « X   «   Y » below « Z procuration à T »: a ditto mark for the phrase above, in a table of
// proxies.)
// (« Michel Ange PARRA, Administratrice qui.a donné pouvoir à … »: an OCR's full stop for the blank after « qui ».)
const PROXY_PHRASE = new RegExp(String.raw`^${DELEGATED}\s+(?:à|a)\s+|^(?:${HAVING_GIVEN}|donn[ée]|donnant|qui[\s.]+(?:(?:a|avait)\s+)?donn[ée])\s+(?:(?:son\s+)?pou(?:r)?voir|procuration|mandat|délégation)(?:\s+de\s+vote)?(?:\s+pour\s+voter\s+en\s+son\s+nom)?(?:\s+(?:à|a)\s+|\s+(?=(?:M\.?|Mme|Monsieur|Madame)\s+[A-ZÀ-Þ]))|^représentée?\s+par\s+(?!(?:sa|son)\s+suppléante?\s*[:,]?\s)|^(?:dont\s+)?(?:pouvoir|procuration|proc\.?|mandat|délégation(?:\s+de\s+vote)?)(?:\s+(?:est\s+|a\s+été\s+)?(?:donnée?|remise?|confiée?|transmise?))?\s+(?:à|a)\s+|^p\.[ \u00a0]+à[ \u00a0]+(?=(?:M\.|MM\.|Mme|Mlle|Monsieur|Madame)[ \u00a0])|^(?:a\s+pour\s+)?mandataire\s*:?\s+(?=(?:M\.|Mme|Monsieur|Madame)\s)|^(?:excusée?\s+)?avec\s+(?:procuration|pouvoir)\s+(?:à|a)\s+|^par\s+(?:pouvoir|procuration)\s+(?:à|a)\s+|^${DITTO}\s+(?:(?:à|a)\s+)?(?=(?:M\.|Mme|Monsieur|Madame)?\s*[A-ZÀ-Þ])`, 'i');
/** The word of a proxy or a substitute that comes right before « à » or « par » and the person. */
const PROXY_WORD = 'pouvoir|procuration|mandat|délégation(?:\\s+de\\s+vote)?|donnée?|représentée?|remplacée?';
/** The end of a proxy phrase whose person is on the next line. */
// (« … (DT Ardres),ayant procuration↵S.BONNIERE »: the holder's side too.)
const PHRASE_END = new RegExp(`(?:(?:${PROXY_WORD})\\s+(?:à|a|par)|(?:^|[\\s,])${HOLDS}(?:\\s+de)?)[ \\t\\u00a0\\r]*$`, 'i');
/** The holder of a proxy at the end of a fragment: what follows its « à » or « par ». */
const HOLDER_AT_END = new RegExp(`(?:(?:${PROXY_WORD})\\s+a|(?:^|\\s)(?:à|par))\\s+((?:(?!\\s(?:à|par)\\s)[^])*)$`, 'i');
/** « Cendrine CHERGUI, pouvoir F. BELHOMME »: « pouvoir » right before the name of the holder (with its capital). */
// (« Daniel CROSAZ (Procuration Sophie VERNEY) »: so with its own capital; « Céline DAVADAN a donné pouvoir Anne-Marie
// DAUGAREIL »: the verb, its « à » lost.)
const BARE_PROXY = /^(?:(?:a|ayant|avait)[ \u00a0]+donné[ \u00a0]+)?(?:[pP]ouvoir|[pP]rocuration)[ \u00a0]+(?=(?:M\.|Mme|Monsieur|Madame)?[ \u00a0]*[A-ZÀ-Þ])/u;
/** Written from the holder's side: « X (a reçu pouvoir de Y) », « X ayant la procuration de Y », « X (pouvoir de Y) ». */
// (« A. PESSON a déposé un pouvoir pour voter au nom de G. FRONT »: so the holder who lodged the proxy of a member;
// « M. AIRAUD (porteur d’un pouvoir de Mme JARDIN) ».)
// (« FRANCHI Jean (1 pouvoir de Lucette FAVIER) », « BUCHOT Christian (1 pouvoir ROUTHIER René) »: the one proxy the
// member holds.)
const HOLDER_PHRASE = /^(?:(?:a\s+reçu|ayant\s+reçu|ayant\s+l[ae]|ayant|avec\s+l[ae]|avec|détient\s+l[ae]|détenant\s+l[ae]|porteur\s+de\s+la|porteuse\s+de\s+la|porteu(?:r|se)\s+d['’]\s?un|porteu(?:r|se)\s+du)\s+)?(?:(?:son\s+)?pouvoir|procuration|délégation(?:\s+de\s+vote)?)\s+(?:de|d['’])\s*|^a\s+déposé\s+(?:un|le)\s+pouvoir\s+(?:pour\s+voter\s+)?au\s+nom\s+de\s+|^1\s+(?:pouvoir|procuration)\s+(?:(?:de|d['’])\s*)?(?=[A-ZÀ-Þ])/i;
/** « Ludovic LOQUET (DT Ardres), ayant procuration S.BONNIERE »: « ayant procuration » right before the giver's name. */
/** « Verfeil Hervé DUTKO »: words of a place in small letters (a commune), then a given name and a surname in capitals. */
const COMMUNE_BEFORE_NAME = /^(\p{Lu}\p{Ll}+(?:[- \u00a0](?:\p{Lu}\p{Ll}+|sur|sous|en|de|du|des|la|le|les|lès|lez|l['’]\p{Lu}\p{Ll}+|d['’]\p{Lu}\p{Ll}+)){0,5})[ \u00a0]+(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*(?:[ \u00a0]|$))/u;
/** « … ayant le pouvoir de M. X et de M. Y »: the second giver, after « et ». */
/** « MM. Kévin GENGOUX »: givers named under one plural civility. */
const PLURAL_GIVERS = /(?:^|[ \u00a0])(?:MM\.?|Mmes\.?|Messieurs|Mesdames)[ \u00a0]+$/;
const SECOND_GIVER = /^(?:de|d['’])[ \u00a0]*(?=(?:M\.|Mme|Monsieur|Madame|Mlle)[ \u00a0]+\p{Lu})/u;
const HOLDER_FOR = /^(?:(?:son\s+)?pouvoir|procuration)\s+pour\s+(?=(?:M\.|Mme|Monsieur|Madame)?[ \u00a0]*\p{Lu})/iu;
const HOLDER_BARE = /^ayant[ \u00a0]+(?:procuration|pouvoir)[ \u00a0\n]+(?=(?:M\.|Mme|Monsieur|Madame)?[ \u00a0]*\p{Lu})/u;
/** In a list of proxies or of the excused: « X à Y », « X par Y ». */
// (« Monsieur Jean-François ORSATELLI au Dr. Xavier POLI, Maire »: « au » before the holder's title.)
const GIVER_PHRASE = /^(?:à|a|par|=>|->|→|au(?=\s+(?:Dr\.?|Docteur|Pr\.|Professeur)\s))\s+/i;
// « M LARAIZE Olivier suppléant M. DUPECHOT Jean-Claude »: « suppléant » right before the titulaire's civility;
// « VANIER Stéphane (ayant la suppléance de ROSSO Michel) ».
const SUBSTITUTE_PHRASE = /^(?:suppléante?\s+de|représentante?\s+de(?=\s+(?:M\.?|Mme|Monsieur|Madame)\s)|remplaçante?\s+de|remplace|en\s+remplacement\s+de|ayant\s+la\s+suppléance\s+de|suppléante?(?=\s+(?:M\.?|Mme|Monsieur|Madame)\s))\s+/i;
/** « Yannick VINCENT suppléant remplaçant Claudine BERNIER »: « remplaçant » right before the titulaire's name. */
const STANDING_IN = /^(?:[sS]uppléante?[ \u00a0]+)?[rR]emplaçante?[ \u00a0]+(?=(?:M\.|Mme|Monsieur|Madame)[ \u00a0]|\p{Lu})/u;
const PROXY_TIMED = new RegExp(String.raw`^(?:${HAVING_GIVEN}|donne)\s+(?:son\s+)?(?:pouvoir|procuration)[ \u00a0]*,?[ \u00a0]+((?:à\s+partir\s+du|à\s+compter\s+du|jusqu['’]au)\s+(?:point|rapport|dossier|vote)\s+(?:n°\s*)?\d+(?:\.\d+)*)[ \u00a0]*,?[ \u00a0]+(?:à|a)\s+`, 'i');
// (« CARRIERE Danielle () représentée par sa suppléante LAGARDE Aurélie »: the substitute sits, no proxy.)
/** The words of a substitute at the end of a piece, « … représenté par sa suppléante », the name after a comma. */
const SUBSTITUTE_WORD_END = /[ \u00a0]par[ \u00a0]+(?:sa|son)[ \u00a0]+suppléante?[ \u00a0]*$/;
// (« CHESNEAU Pascal, excusé, est suppléé par M. DUPONT Claude ».)
// (« Mme Liliane RIBOUST, représentée par son suppléant : M. Guy GUEZILLE ; … »: a colon after the substitute's word.)
// (« M. Emmanuel DURET, représenté par sa suppléante, Mme Christine HUET ; »: a comma.)
const REPLACED_PHRASE = /^(?:(?:est|a\s+été)\s+)?(?:remplacée?|suppléée?|représentée?(?=\s+par\s+(?:sa|son)\s+suppléante?\s*[:,]?\s))\s+par\s+(?:(?:sa|son)\s+suppléante?\s*[:,]?\s+)?/i;
// (« BACHO Sauveur représenté par OILLARBURU Louis, … »: a name without civility, surname first or last in capitals.)
const REPRESENTED_BY = /^représentée?[ \u00a0]+par[ \u00a0]+(?=(?:M\.|Mme|Monsieur|Madame)[ \u00a0]+\p{Lu}|\p{Lu}{2,}[\p{Lu}'’-]*[ \u00a0]+\p{Lu}\p{Ll}|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0]+\p{Lu}{2,})/u;
const LEAVES = new RegExp(`^(?:quitte|a[ \\u00a0]+quitté)[ \\u00a0]+la[ \\u00a0]+séance[ \\u00a0]+(?:à|a)[ \\u00a0]+(${TIME_SOURCE})`, 'i');
const MAIDEN_NAME = new RegExp(`^(?:n[ée]e|[ée]pouse|[ée]p\\.|veuve)[ \\u00a0]+[${UP}][${UP}'’-]+(?:[ \\u00a0]+[${UP}][${UP}'’-]+)*(?=[ \\u00a0]*(?:[,;()]|$))`, 'u');
/** « pour AZAY LE RIDEAU », « pour la commune de X »: the commune a delegate sits for, in capitals. */
const COMMUNE_CAPS = `[${UP}][${UP}'’-]*(?:[ \\u00a0](?!(?:MM|M|MME|Mme|Mmes|Mlle)[. \\u00a0])(?:[${UP}][${UP}'’-]*|[Ss]/|sur|sous|en|de|du|des|la|le|les|l['’]))*`;
const FOR_COMMUNE = new RegExp(`^pour\\s+(?:la\\s+commune\\s+d(?:e\\s+|['’]))?${COMMUNE_CAPS}(?=[ \\u00a0]|$)`, 'u');
/** « M. Gérard TRESCH commune de Bourbon l'Archambault »: the commune after the name, to the end of the entry. */
const COMMUNE_AFTER_NAME = /^(?:commune|ville)[ \u00a0]+(?:de|du|des|d['’])(?:[ \u00a0]*(?:\r?\n[ \u00a0\t]*)?\p{Lu}[\p{L}'’ \u00a0-]{0,60}?)?[ \u00a0\t\r]*$/u;
/** « M. DELAERE Hubert de JOUARRE »: after a name written surname first, the commune the delegate comes from. */
const FROM_KNOWN_COMMUNE = /^(?:de|d['’]|du|des)[ \u00a0]*(\p{Lu}[\p{L}'’-]*(?:[ \u00a0-]+[\p{L}'’-]+){0,5})[ \u00a0.]*$/u;
const FROM_COMMUNE = new RegExp(`^(?:de|d['’]|du|des)[ \\u00a0]*${COMMUNE_CAPS}[ \\u00a0]*$`, 'u');
// (« (présente à 19h, à partir du point n° 8) »: the hour of an arrival, then its point.)
// (« M. CONSTANT à Mme Lupi durant son absence 17 H 46 – 19 H 14 »: a proxy for a while, placed at no report.)
// (« Nicole ROCHE. Jean BIJASSON arrive à 20 H 03. »: the verb in the present too.)
/** « à partir de la délibération n° 250 », « jusqu’à la délibération n° B-D2022-249 »: the report, its number. */
const REPORT_TIME = /^(?:[àa]\s+partir|[àa]\s+compter|jusqu['’]\s*)(?:\s+d[eu]|\s*(?:à|au))\s+(?:la\s+|l['’]\s?)?(?:délibération|point|rapport|dossier|question|affaire)\s*(?:n\s*°|n°|no)?\s*((?:[A-Z][A-Z.-]*)?\d[\w./-]*\d|\d+)(?![\w])/u;
const TIME = /^(?:[àa]\s+son\s+(?:départ|arrivée)|[àa]\s+(?:partir|compter)\s+d[ue]|jusqu['’]?\s*(?:au|[àa])|arrivée?|arrive(?:nt)?(?=\s+(?:[àa]|au|en|pour)\s)|départ|partie?|sortie?|après|avant|présente?\s+(?:[àa]\s+partir|jusqu|[àa]\s+\d)|rentre\s+[àa]|revient\s+[àa]|(?:durant|pendant)\s+son\s+absence)/i;

/** « M. SERNE Les membres présents forment… »: a sentence starts after the name (a line break lost). */
// (« M. Alain PANELLE Ouverture de la séance par… »: particles, then a word in lower case, are prose too.)
/**
 * The running header of a page after the last name, in a flattened act: « … Marie-Pierre BRUNO Commune de LUMIO Séance
 * du 17 juin 2020 ORDRE DU JOUR … » (not a commune that heads the next names: « Commune de BONY Monsieur X »).
 */
const RUNNING_HEADER = /^(?:Commune|Ville|Mairie|COMMUNE|VILLE|MAIRIE)[ \u00a0]+(?:de[ \u00a0]+|d['’][ \u00a0]?|DE[ \u00a0]+|D['’][ \u00a0]?)[\p{L}'’ -]{2,60}?[ \u00a0]+(?:S[ée]ance|SÉANCE|SEANCE|Conseil|CONSEIL|Extrait|EXTRAIT|Proc[èe]s|PROC[ÈE]S|Compte|COMPTE|Page|PAGE|\d)/u;
const SENTENCE = new RegExp(`^[${UP}][${LOW}]+(?:[ \\u00a0]+(?:de|du|des|la|le|d['’]))*[ \\u00a0]+(?!(?:de|du|des|la|le|d['’])[ \\u00a0])[${LOW}]`, 'u');

/** The most text one entry of names run together is read from: a name with its parentheses and proxy. */
const ENTRY_WINDOW = 1000;

/** The verb of a proxy its giver gave, after a name's comma: « donne pouvoir à », « a donné procuration à ». */
const PRESENT_GAVE = /^(?:(?:a|à|avait)\s+donn[ée]|donne)\s+(?:pouvoir|procuration)(?:\s+de\s+vote)?\s+(?:à|a)\s+(?=(?:M\.|Mme|Monsieur|Madame)\s)/i;
/** A label that says its people gave a proxy: « Absent avec procuration », « Absents représentés », « ayant donné pouvoir ». */
const PROXY_LABEL = /avec\s+(?:pouvoir|procuration)|repr[ée]sent[ée]|ayant\s+donn[ée]/i;

/**
 * « ABSENT AVEC PROCURATION : ARBOGAST Olivier (THOLÉ Sylvie) », « Absents représentés : Mmes Catherine Marot (Patrick
 * Hérault) »: under such a label, a person alone in the parentheses after a name (a given name and a surname) holds
 * that member's proxy.
 */
function holderInParentheses(text: string, e: ListEntry, b: NameMaker) {
  if (e.proxyTo || e.proxyFrom) return;
  const par = /^[ \u00a0]*\(([^()\n]{3,80})\)/.exec(text.slice(e.person.end, Math.max(e.person.end, e.end) + 1));
  if (!par) return;
  const inner = par[1];
  const at = e.person.end + par[0].indexOf('(') + 1;
  const lead = inner.length - inner.trimStart().length;
  const p = readPerson(inner.trim(), at + lead, b);
  if (!p || !p.person.given || p.length < inner.trim().length) return;
  e.proxyTo = p.person;
}

/** A full stop, then a sentence saying who was designated (« X et Y ont été désignées secrétaires de séance »). */
// (« … NOEL Louis. M. Pierrick ROUSSELOT, membre suppléant du Collège 1 a été désigné secrétaire de séance »: a
// civility's full stop inside; so over a line's end.)
// (Not the full stop of a civility or an initial, « M. Daniel GRIS à … »: one after a word's two letters at least.)
// (« … GRARE A., MARINI D. Mesdames LEWILLE Catherine et Sandrine LABERNEDE ont été nommées secrétaires. »: or the
// full stop of an initial after a surname in capitals, a civility after it (not « … MARTI M. Xavier ROBERT … »);
// « nommé » with « secrétaire » after it; « M. ANFRAY F., désigné conformément à l'article L 121-14 …, remplit les
// fonctions de secrétaire de séance »: the participle after a comma, « secrétaire » further in the sentence.)
const DESIGNATED_AFTER = /(?:(?<=[\p{L}\d)]{2})(?<!(?:^|[\s(])(?:MM|Mme|Mlle|Dr))\.[ \u00a0]+|(?<=\p{Lu}{2,}[ \u00a0]\p{Lu})\.[ \u00a0]+(?=(?:Mesdames|Messieurs|Madame|Monsieur|Mmes?|MM\.|M\.)[ \u00a0]))(?=(?:[^.;:\n]|\r?\n(?![ \t\u00a0\r]*\n)|(?<=(?:^|[\s(])(?:M|MM|Mme|Mlle|Dr|\p{Lu}))\.){0,120}?(?:,[\s\u00a0]*désigné(?:e|s|es)?[\s\u00a0][^.;\n]{0,160}?secrétaire|[\s\u00a0](?:a|ont|est|sont)[\s\u00a0]+(?:été[\s\u00a0]+)?(?:désigné(?:e|s|es)?[\s\u00a0]|nommé(?:e|s|es)?[\s\u00a0]+(?:comme[\s\u00a0]+)?secr)))/u;
interface Piece { start: number; end: number }
// (« 1- M. Nicolas X a donné procuration à Mme Y, 2- Mme … »: a number and a dash before a civility.)
/** A rule between two parts of a page: three hyphens or more, underscores or equal signs, between blanks. */
// (« … M. REZOUALI par M. CERVANTES XXX Mme HADDAOUI quitte … »: or three capital X or more, minutes' own rule; not a
// report's number in Roman figures, « jusqu’au point XXX puis … ».)
const RULE = /(?<=^|[ \u00a0\t\n])(?:-{3,}|_{3,}|={3,}|(?<!(?:points?|rapports?|questions?|dossiers?|n°|et|à|au)[ \u00a0]+)X{3,}(?=[ \u00a0]+(?:M\.|Mme|Monsieur|Madame|\p{Lu}\p{Ll})))(?=[ \u00a0\t\r\n]|$)/gu;
// (« 2 - M Jean FICNER »: so a blank before the dash, a civility without its full stop.)
const NUMBERED = /^\d{1,3}(?:[.)][ \u00a0]|[ \u00a0]?-[ \u00a0]+(?=M\.|M[ \u00a0]|Mme|Mlle|Monsieur|Madame))/;

/**
 * The people a list names, read from `from` to `to` of the text. `role` is that of the label (in a list of proxies,
 * « X à Y » and « X par Y » give a proxy); `commune` the commune label the list goes on under (a list continued on
 * the next line).
 */
export function readNames(text: string, from: number, to: number, b: NameMaker, role: ListRole, commune?: CommuneLabelNode, label?: string): NamesRead {
  const out: NamesRead = { entries: [], communes: [], unread: [], end: to, stopped: false };
  // The list stops at the next label.
  const next = labelsIn(text, from, to)[0];
  if (next) { out.end = next.start; out.stopped = true; }
  // « … Raphaël CHARPENTIER ayant donné pouvoir à Bernard GÉRARD --- oOo --- DÉCISIONS MUNICIPALES … »: a rule (three
  // hyphens or more, underscores, equal signs) ends the list.
  // (The text of the list is sliced once: cut at the rule when there is one.)
  let slice = text.slice(from, out.end);
  // « … CHRETIEN Gérard arrivé à 20h15. Mesdames TOURET Gilberte et EDARD Isabelle ont été désignées secrétaires de
  // séance. »: the list ends at the full stop before a sentence saying who was designated.
  // (The sentence may end beyond the list's last line: « … NOEL Louis. M. Pierrick X, membre suppléant du Collège 1 a été↵
  // désigné secrétaire de séance. »)
  const ahead = text.slice(from, Math.min(text.length, out.end + 160));
  const designated = ahead.includes('désign') || ahead.includes('nommé') ? DESIGNATED_AFTER.exec(ahead) : null;
  if (designated && designated.index < slice.length) { out.end = from + designated.index + 1; out.stopped = true; slice = slice.slice(0, designated.index + 1); }
  RULE.lastIndex = 0;
  const rule = slice.includes('---') || slice.includes('___') || slice.includes('===') || slice.includes('XXX') ? RULE.exec(slice) : null;
  if (rule) { out.end = from + rule.index; out.stopped = true; slice = slice.slice(0, rule.index); }
  const end = out.end;
  const paired = role !== 'present' ? respectively(text, from, end, b, role) : undefined;
  // (Up to the next label, if any: « … à D.↵COSSON. Absents : S. GICQUELLO ».)
  if (paired) { paired.stopped ||= out.stopped; return paired; }
  // « Présents : Qualité : Christiane BALMISSE Adjointe au Maire de Marie-Louise CHAMBRE … », « Représenté : Qualité :
  // Pouvoir donné à : Maryse BONNET Adjointe au Maire de Mauriac Marie-Louise CHAMBRE … »: a table of names and their
  // functions (and the holder of each one's proxy) flattened.
  const quality = QUALITY_HEADER.exec(slice);
  if (quality) {
    qualityTable(text, from + quality[0].length, end, b, quality[1] !== undefined, out);
    return out;
  }
  // Commune labels cut the list into groups.
  const labels: (Piece & { when?: string; table?: boolean })[] = [];
  COMMUNE_LABEL.lastIndex = 0;
  // (Every commune label ends with a colon; one in capitals without a colon starts with COMMUNE or VILLE.)
  if (slice.includes(':')) for (let m = COMMUNE_LABEL.exec(slice); m; m = COMMUNE_LABEL.exec(slice)) {
    const name = m[0].replace(/[ \u00a0]*:$/, '');
    // « Monsieur Boyer Commune de Chomérac : »: not a label from its first word, maybe from a later one.
    if (!isCommuneName(name)) { COMMUNE_LABEL.lastIndex = m.index + (/^\S+/.exec(m[0])?.[0].length ?? 1); continue; }
    // « Chabal Commune de : Monsieur Boyer »: the label is « Commune de … », what stands before it is a name.
    // (Not « Représentant la Commune de X : », the label's own words.)
    const word = FOR_COMMUNE_LABEL.test(name) ? null : /\b(?:Commune|Ville)\b/.exec(name);
    let start = from + m.index + (word && word.index > 0 ? word.index : 0);
    // « …, Saint↵Saturnin de Lenne : », « MONTAIGUT EN↵COMBRAILLE : », « Commune de St↵Pierre la Roche : »: the head of the
    // commune's name at the end of the line above.
    if (!word && start > from && text[start - 1] === '\n') {
      const base = Math.max(from, start - 60);
      const head = WRAPPED_COMMUNE_HEAD.exec(text.slice(base, start));
      if (head) start = base + head.index + head[0].indexOf(head[1]);
      // With the official list: « … Mme Maryvonne LAFON SAINT↵LEON : » (the article or « Saint » of the commune after a
      // surname, no separator), « … MADIRAC : M. Bernard↵PAGES SADIRAC : » (the surname of the name above, then the
      // commune): the commune the list knows.
      else if (b.communes) {
        const tail = /(?:^|[ \u00a0])((?:LA|LE|LES|SAINT|SAINTE|ST|STE))[ \t\u00a0]*\r?\n[ \t\u00a0]*$/.exec(text.slice(base, start));
        const words = name.split(/[ \u00a0]+/);
        if (tail && b.communes(`${tail[1]} ${name}`)) start = base + tail.index + tail[0].indexOf(tail[1]);
        else if (words.length > 1 && !b.communes(name) && b.communes(words.slice(1).join(' ')) && /(?:M\.|Mme|Mlle|Monsieur|Madame)[ \u00a0]+\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?[ \t\u00a0]*\r?\n[ \t\u00a0]*$/u.test(text.slice(base, start))) start += words[0].length + 1;
      }
    }
    // (« … ; M. Desjonquères Vincent Bueil-en-Touraine : Cerelles : M. Poulle Guy … », a list written surname first in
    // small letters, by commune: after a civility, the name of the entry before, then the commune, which is the longest
    // run of the last words that the official list knows.)
    // (« LES HERBIERS : Christophe HOGARD – … – Aurélie PAQUEREAU MOUCHAMPS : Patrick MANDIN »: so after a given name, the
    // surname in capitals.)
    else if (!word && b.communes && (CIVILITY_BEFORE.test(text.slice(Math.max(from, start - 12), start)) || GIVEN_BEFORE.test(text.slice(Math.max(from, start - 30), start))) && !b.communes(name)) {
      const words = name.split(/[ \u00a0]+/);
      for (let k = 1, at = 0; k < words.length && words.length <= 8; k++) {
        at = name.indexOf(words[k], at + words[k - 1].length);
        if (!/^(?:\p{Lu}[\p{L}'’]+(?:-\p{Lu}?[\p{L}'’]+)*[ \u00a0]+){1,4}$/u.test(name.slice(0, at))) break;
        if (b.communes(name.slice(at))) { start += at; break; }
      }
    }
    labels.push({ start, end: from + m.index + m[0].length });
  }
  // « Présents : ↵ Commune d'Allonzier la Caille ↵ M. Gilles PECCI, … ↵ Commune d’Andilly ↵ M. Vincent HUMBERT »: a
  // commune named alone on its line, without a colon, its delegates on the lines below.
  // (« Annemasse Agglomération ↵ M. Yves CHEMINAL – … »: or a member body.)
  if (slice.includes('\n') && /ommune|OMMUNE|ille|ILLE|gglo|étropole|etropole|ommunaut|OMMUNAUT/.test(slice)) {
    let at = 0;
    for (const line of slice.split('\n')) {
      const name = line.replace(/[ \t\u00a0\r]+$/, '');
      const lead = name.length - name.trimStart().length;
      if (at > 0 && groupLine(name) && !labels.some((l) => l.start <= from + at + lead && from + at + lead < l.end)) labels.push({ start: from + at + lead, end: from + at + name.length });
      at += line.length + 1;
    }
    labels.sort((x, y) => x.start - y.start);
  }
  // « COMMUNE DE CHENS-sur-LEMAN ARNOUX Robert ZANNI Françoise COMMUNE DE RAPIN Christiane »: a commune in capitals
  // without a colon, before its delegates written surname first (the commune's name may be lost).
  COMMUNE_CAPS_LABEL.lastIndex = 0;
  if (slice.includes('COMMUNE') || slice.includes('VILLE')) for (let m = COMMUNE_CAPS_LABEL.exec(slice); m; m = COMMUNE_CAPS_LABEL.exec(slice)) {
    if (!labels.some((l) => l.start <= from + m!.index && from + m!.index < l.end)) labels.push({ start: from + m.index, end: from + m.index + m[0].trimEnd().length });
  }
  // « …, CLUSES : Nadine SALOU, MAGLAND : Josette CROZET … »: a commune in capitals after a comma, known from the
  // official list, before its colon.
  if (b.communes && slice.includes(':')) {
    CAPS_LABEL_AFTER_COMMA.lastIndex = 0;
    // (« …, CHATILLON D’AZERGUES : Bernard X, … » where the official list says Châtillon: in a list whose other such
    // labels are communes it knows, two at least, one it does not know is a commune too, the layout's.)
    const unknown: Piece[] = [];
    let known = 0;
    for (let m = CAPS_LABEL_AFTER_COMMA.exec(slice); m; m = CAPS_LABEL_AFTER_COMMA.exec(slice)) {
      const start = from + m.index;
      if (labels.some((l) => l.start <= start && start < l.end)) continue;
      if (b.communes(m[1])) { labels.push({ start, end: start + m[0].length }); known++; }
      // (« … Marie-Odile ROUXEL – BONCHAMP : Fabienne LE RIDOU »: or after a dash between blanks, as its known ones.)
      else if (/(?:,|[ \u00a0][-–—])$/.test(slice.slice(Math.max(0, m.index - 4), m.index).trimEnd())) unknown.push({ start, end: start + m[0].length });
    }
    if (known >= 2) labels.push(...unknown);
    labels.sort((x, y) => x.start - y.start);
  }
  if (b.communes && slice.includes(':')) {
    for (const re of [CAPS_AFTER_INITIALS, CAPS_AFTER_GIVEN]) {
      re.lastIndex = 0;
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        // The commune is the longest run of the last words that the list knows, one word at least left for the surname.
        const words = m[1].split(/[ \u00a0]+/);
        for (let k = 1; k < words.length; k++) {
          const name = words.slice(k).join(' ');
          if (!b.communes(m[2] ? `${m[2]} ${name}` : name)) continue;
          const start = from + m.index + m[1].indexOf(words[k], words.slice(0, k).join(' ').length);
          if (!labels.some((l) => l.start <= start && start < l.end)) labels.push({ start, end: from + m.index + m[0].length });
          break;
        }
      }
    }
    labels.sort((x, y) => x.start - y.start);
  }
  // « BESSAY sur ALLIER MM. X et Y MERCY Mmes Z et W »: the communes of a flattened table, known from the official list.
  if (b.communes && labels.length === 0) for (const t of tableCommunes(text, from, end, b.communes)) labels.push({ start: t.start, end: t.end, table: true });
  // « Étaient représentés : durant toute la séance : X par Y … à partir de l'affaire n° 04 : Z par W »: when the
  // people that follow were so.
  const times: (Piece & { when: string })[] = [];
  TIME_GROUP.lastIndex = 0;
  for (let m = TIME_GROUP.exec(slice); m; m = TIME_GROUP.exec(slice)) times.push({ start: from + m.index, end: from + m.index + m[0].length, when: m[1] });
  labels.push(...times);
  labels.sort((x, y) => x.start - y.start);
  // « Etaient présents : (18)↵M. Jean Loïc BONNEMAINS »: the count of the list after the label's colon; « Ont donné
  // procuration – Suppléant(e)s Emile AUBIGNA à Charles CHIVILO »: the header of a table's next column, run into the
  // list by a PDF extraction, before the first name.
  let at = from + (LIST_HEAD.exec(slice)?.[0].length ?? 0);
  const groups: { start: number; end: number; commune?: CommuneLabelNode; label?: string; substitutes?: boolean; when?: string }[] = [];
  let current = commune;
  let groupLabel: string | undefined;
  let when: string | undefined;
  // « Excusés : Membres titulaires : MM. X, Y. Membres suppléants : MM. Z… »: the group a name stands under.
  let substitutes = false;
  for (const l of labels) {
    if (l.start > at) groups.push({ start: at, end: l.start, commune: current, label: groupLabel, substitutes, when });
    if (l.when !== undefined) {
      when = /toute/i.test(l.when) ? undefined : l.when;
      at = l.end;
      continue;
    }
    if (l.table) {
      // (A commune of a table is not checked as a label: the layout, not the drafter, put its words there.)
      const s = b.span(l.start, l.end);
      current = { offset: s.offset, end: s.end, range: s.range, name: text.slice(l.start, l.end) };
      groupLabel = current.name;
      at = l.end;
      continue;
    }
    const label = text.slice(l.start, l.end).replace(/[ \u00a0]*:$/, '');
    if (GROUP_LABEL.test(label) && /titulaire|suppl/i.test(label)) substitutes = /suppl/i.test(label);
    // « Commune de Meysse : », « Commune d'Alba : »: the commune is what follows; « Commune de : » or « Membres
    // titulaires : » name none.
    const prefix = COMMUNE_PREFIX.exec(label)?.[0] ?? '';
    const name = label.slice(prefix.length).trim();
    groupLabel = name && !/^(?:de|d['’]|du|des)$/i.test(name) && !GROUP_LABEL.test(label) ? label : undefined;
    if (name && !/^(?:de|d['’]|du|des)$/i.test(name) && !GROUP_LABEL.test(label) && !INTERCOMMUNAL.test(name) && !ACRONYM.test(name)) {
      const s = b.span(l.start + prefix.length, l.start + prefix.length + name.length);
      // (« Saint-Martin-sur- Armançon »: the blank a PDF extraction left after a hyphen is no part of the name.)
      // (« Saint↵Saturnin de Lenne »: a name wrapped over a line break is read with a blank.)
      current = { offset: s.offset, end: s.end, range: s.range, name: name.replace(/-[ \u00a0]+/g, '-').replace(/[ \u00a0\t]*\r?\n[ \u00a0\t]*/g, ' ') };
      out.communes.push(current);
    } else current = undefined;
    at = l.end;
  }
  if (end > at) groups.push({ start: at, end, commune: current, label: groupLabel, substitutes, when });
  // Groups under commune labels are written alike: « BOULEAU Bernard - GROLLEAU-MOULIN↵Milaine / … » wraps as the
  // whole list does.
  const style = groups.length > 1 ? listStyle(text, from, end) : undefined;
  for (const g of groups) {
    const before = out.entries.length;
    const stopped = readGroup(text, g.start, g.end, b, role, g.commune, out, style, g.label !== undefined);
    if (g.substitutes) for (const e of out.entries.slice(before)) e.substitute = true;
    if (g.label) for (const e of out.entries.slice(before)) e.group = g.label;
    if (g.when) for (const e of out.entries.slice(before)) timed(qualifier(g.when, b.span(g.start, g.start)), e, role);
    if (stopped) break;
  }
  // « Catherine SAINSAULIEU (suppléante) »: a substitute, whose titulaire is not named.
  // (« KONNE Françoise (suppléante avec voix délibérative) »: one who sits in an absent titulaire's seat, no seat more.)
  for (const e of out.entries) if (!e.substituteOf && /^[ \u00a0]*\(\s*suppl[ée]ante?(?:\s+(?:avec|ayant)\s+voix\s+délibérative)?\s*\)/i.test(text.slice(e.person.end, e.person.end + 50))) e.substitute = true;
  if (role !== 'present' && label && PROXY_LABEL.test(label)) for (const e of out.entries) holderInParentheses(text, e, b);
  for (const e of out.entries) e.range = b.span(e.offset, e.end).range;
  return out;
}

// ---------------------------------------------------------------- a table of names and functions

const QUALITY_HEADER = /^[ \u00a0]*(?:Qualit[ée]s?|QUALIT[ÉE]S?)[ \u00a0]*:[ \u00a0]*((?:Pouvoirs?|Procurations?|POUVOIRS?|PROCURATIONS?)[ \u00a0]+(?:donn[ée]e?s?|DONN[ÉE]E?S?)[ \u00a0]+(?:à|a|À|A)[ \u00a0]*:[ \u00a0]*)?/u;
const CAPS_IN_FUNCTION = /(?<![\p{L}'’-])\p{Lu}{2,}/gu;
/** What stands before a commune or a person a function names: « de », « d’ », « d’Alain ». */
const NAMED_BY_FUNCTION = /(?:(?<![\p{L}])(?:de|du|des|d['’])[ \u00a0]*|(?<![\p{L}])d['’]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0]+)$/u;
/** A given name and a surname in capitals, in a table where each name is so written (maybe over a line's end). */
const QUALITY_NAME = /(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ \u00a0]+|[ \u00a0]*\r?\n[ \u00a0]*)\p{Lu}{2,}[\p{Lu}'’]*(?:-\p{Lu}{2,}[\p{Lu}'’]*)*(?![\p{L}'’-])/gu;

/**
 * The rows of a table « Nom Prénom | Qualité [| Pouvoir donné à] » run into one line: each name a given name and a
 * surname in capitals, the function between them (« Adjointe au Maire de Mauriac », « Membre du Bureau, Maire de »)
 * read as nothing; with the column of holders, each name is a giver followed by its holder.
 */
function qualityTable(text: string, from: number, to: number, b: NameMaker, holders: boolean, out: NamesRead) {
  const slice = text.slice(from, to);
  const people: { person: PersonNode; start: number; end: number }[] = [];
  QUALITY_NAME.lastIndex = 0;
  let gap = 0;
  // (Words in capitals between two names may be a name written otherwise, « DUPONT Jean »: that part is left unread,
  // so that the counts that rest on the list are not compared; not a commune or a person a function names, « Maire de
  // MAURIAC », « suppléant d’Alain FREYRIA ».)
  const unread = (a: number, z: number) => {
    const between = slice.slice(a, z);
    CAPS_IN_FUNCTION.lastIndex = 0;
    for (let m = CAPS_IN_FUNCTION.exec(between); m; m = CAPS_IN_FUNCTION.exec(between)) {
      if (!NAMED_BY_FUNCTION.test(between.slice(Math.max(0, m.index - 40), m.index))) { out.unread.push(b.span(from + a, from + z)); return; }
    }
  };
  for (let m = QUALITY_NAME.exec(slice); m; m = QUALITY_NAME.exec(slice)) {
    const start = from + m.index;
    unread(gap, m.index);
    gap = m.index + m[0].length;
    people.push({ person: b.person(m[0], b.span(start, start + m[0].length)), start, end: start + m[0].length });
  }
  unread(gap, slice.length);
  for (let k = 0; k < people.length; k += holders ? 2 : 1) {
    const p = people[k];
    const entry: ListEntry = { offset: p.start, end: p.end, range: p.person.range, person: p.person, qualifiers: [] };
    if (holders && people[k + 1]) { entry.proxyTo = people[k + 1].person; entry.end = people[k + 1].end; }
    out.entries.push(entry);
  }
  for (const e of out.entries) e.range = b.span(e.offset, e.end).range;
}

// ---------------------------------------------------------------- communes of a table, known from the official list

/** Whether words name a commune of the official list (« BESSAY sur ALLIER », « ARROS DE NAY »), when the analysis has it. */
export type CommuneLexicon = (name: string) => boolean;
/** An entry as lists write them, after a separator: « - Nicolas GRELET », « , M. Paul BLANC », « ; Mme Eve ROSE ». */
const MORE_ENTRY_SOURCE = String.raw`[-–—,;][ \u00a0]+(?:(?:M\.|Mme|Mlle|Monsieur|Madame)[ \u00a0]+)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?[ \u00a0]+\p{Lu}{2}`;
const MORE_ENTRY = new RegExp(MORE_ENTRY_SOURCE, 'u');
const MORE_ENTRIES = new RegExp(MORE_ENTRY_SOURCE, 'gu');
/**
 * A list that stops at words it does not read (« … Bénédicte GARDIN truc 41 - Nicolas GRELET – Patrice BERTRAND … »,
 * « … M. Jean-Pierre BLANC représenté par Mme Annick GRIS, M. Jack CYAN … » among those present), more names after them
 * as the list writes them: the list goes on past what is not read, which is no prose; it is not whole.
 */
function notWhole(text: string, at: number, to: number, b: NameMaker, out: NamesRead) {
  const ahead = text.slice(at, Math.min(to, at + 240));
  if ((ahead.match(MORE_ENTRIES) ?? []).length >= 2 && !/(?<!(?:^|[\s,;])(?:M|MM|Mme|Mmes|Mlle|Dr|\p{Lu}))[.!?][ \u00a0]+\p{Lu}/u.test(ahead.slice(0, ahead.search(MORE_ENTRY) + 1 || undefined))) out.unread.push(b.span(at, at + ahead.length));
}
/** A civility right before a text's end. */
const CIVILITY_BEFORE = /(?:^|[\s,;])(?:M\.|Mme|Mlle|Monsieur|Madame)[ \u00a0]+$/u;
/** A given name (« Aurélie », « Jean-Marie ») right before a text's end, after a separator. */
const GIVEN_BEFORE = /(?:^|[,;–—-][ \u00a0]*|[ \u00a0][-–—][ \u00a0]+)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0]+$/u;

type TableWord = { start: number; end: number; text: string; kind: 'caps' | 'link' | 'given' | 'civility' | 'et' | 'other'; sepAfter: boolean };
const TABLE_CAPS = new RegExp(`^(?:[dDlL]['’])?[${UP}][${UP}'’-]*[${UP}]$|^[${UP}]['’]$|^[${UP}]/$`, 'u');
const TABLE_LINK = /^(?:sur|sous|en|le|la|les|lès|lez|de|du|des|aux|au|d['’]|l['’]|s\/)$/;
const TABLE_CIVILITY = /^(?:M\.?|MM\.?|Mme\.?|Mmes\.?|Mlle\.?|Monsieur|Madame|Messieurs|Mesdames|Mr\.?|Mrs\.?)$/;
/** The particles that may open a surname in capitals (« DE FRESSANGES », « LE GALL »). */
// (Not « D’ » alone: a name glues it, « d’ARROS »; « ARTHEZ D’ » is a commune's name cut.)
const CAPS_PARTICLE = /^(?:DE|DU|DES|LE|LA|DEL|DELLA|DA|DI|DOS|VAN|VON|DEN|DER|MAC|MC)$/;
/** The longest run of words in capitals looked at (a few communes in a row, and a name). */
const MAX_RUN = 12;

/**
 * « ALLES SUR DORDOGNE Michel CALES BADEFOLS SUR DORDOGNE Claude VEYSSIERE … », « ANGAIS VIGNAU Hubert, ARBEOST FRAIZE
 * Cyrille … », « BEAULON MM. GILLARDIN et LOGNON … BERGER BESSAY sur ALLIER MERCY Mmes MOUSSET … »: a table of the
 * communes and their delegates flattened by a PDF extraction, each commune's name in capitals run into the names.
 * Where the official list of communes knows the words that stand beside at least three names (after a given name or
 * a civility when names are written given name first, before the given name when surname first), the table is read
 * so: in each run of words in capitals, the name takes its surname and the rest is the commune's (known or not: the
 * layout says so). Returns the spans of the communes, which part the list as commune labels do.
 */
export function tableCommunes(text: string, from: number, to: number, isCommune: CommuneLexicon): Piece[] {
  const words: TableWord[] = [];
  const re = /[^\s\u00a0]+/g;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    let w = m[0];
    let sepAfter = false;
    while (w.length > 1 && /[,;:.]$/.test(w) && !TABLE_CIVILITY.test(w)) { w = w.slice(0, -1); sepAfter = true; }
    const kind = TABLE_CIVILITY.test(w) ? 'civility' : w === 'et' ? 'et' : TABLE_LINK.test(w) ? 'link' : TABLE_CAPS.test(w) ? 'caps' : CAP_WORD.test(w) ? 'given' : 'other';
    words.push({ start: from + m.index, end: from + m.index + w.length, text: w, kind, sepAfter: sepAfter || /^[-–—/|]$/.test(w) });
    if (words.length > 4000) break;
  }
  // The runs of words in capitals (with the small words of a commune's name between them), not over a separator.
  type Run = { first: number; last: number };
  const runs: Run[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i].kind !== 'caps') continue;
    let j = i;
    while (j + 1 < words.length && !words[j].sepAfter && j - i < MAX_RUN && (words[j + 1].kind === 'caps' || (words[j + 1].kind === 'link' && words[j + 2]?.kind === 'caps'))) j++;
    runs.push({ first: i, last: j });
    i = j;
  }
  const memo = new Map<string, boolean>();
  const known = (a: number, b: number) => {
    const name = words.slice(a, b).map((w) => w.text).join(' ');
    let k = memo.get(name);
    if (k === undefined) memo.set(name, (k = isCommune(name)));
    return k;
  };
  // Whether words a..b are communes one after the other (a table's rows with no delegate present run together).
  const communes = (a: number, b: number): boolean => {
    if (a >= b) return false;
    const ok: boolean[] = [true];
    for (let e = a + 1; e <= b; e++) {
      ok[e - a] = false;
      for (let s = Math.max(a, e - 6); s < e && !ok[e - a]; s++) if (ok[s - a] && words[s].kind === 'caps' && known(s, e)) ok[e - a] = true;
    }
    return ok[b - a];
  };
  const before = (r: Run) => (r.first > 0 && !words[r.first - 1].sepAfter ? words[r.first - 1].kind : 'other');
  const after = (r: Run) => (r.last + 1 < words.length && !words[r.last].sepAfter ? words[r.last + 1].kind : 'other');
  const opensName = (r: Run) => { const k = before(r); return k === 'given' || k === 'civility' || k === 'et'; };
  // The surname a run opens (« DE FRESSANGES ») or ends (« d’ARROS »): one word, or a particle and a word.
  const headLength = (r: Run) => (r.last > r.first && CAPS_PARTICLE.test(words[r.first].text) ? 2 : 1);
  const tailLength = (r: Run) => (r.last - 1 > r.first && CAPS_PARTICLE.test(words[r.last - 1].text) ? 2 : 1);
  let givenFirst = 0;
  let surnameFirst = 0;
  for (const r of runs) {
    if (r.last === r.first) continue;
    if (opensName(r) && communes(r.first + headLength(r), r.last + 1)) givenFirst++;
    if (after(r) === 'given' && before(r) !== 'civility' && communes(r.first, r.last + 1 - tailLength(r))) surnameFirst++;
  }
  const out: Piece[] = [];
  const push = (a: number, b: number) => { if (a <= b) out.push({ start: words[a].start, end: words[b].end }); };
  if (Math.max(givenFirst, surnameFirst) < 3) {
    // « Anneville sur Mer Simone DUBOSCQ Millières Raymond DIESNIS Jacky LAIGNEL … Saint Germain sur Ay Christophe
    // GILLES »: communes written in small letters, the names given name first; between a surname and the next one,
    // the words before the given name are the commune, when the official list knows them (three times at least).
    const mixed = mixedCaseCommunes(words, known);
    if (mixed.length >= 3) {
      for (const [a, b] of mixed) push(a, b);
      return out;
    }
  }
  if (Math.max(givenFirst, surnameFirst) < 3 || givenFirst === surnameFirst) {
    // With no table to go by, a commune the list knows right before a civility, after no name (« ABSENTS EXCUSES (11) :
    // BOGNY-SUR-MEUSE M. Gérard FREZZATO »): the commune of the person after it.
    // (At the start of the list or after a separator, a given name and a surname after the civility: not « pour AZAY LE
    // RIDEAU MM DURAND », nor « LANET M. – », a surname and its initial.)
    // (« … M. Gérard PORTES (Titulaire) BELCASTEL GARRIGUES M. Pierre COMOY (Titulaire) … »: or after a parenthesis that
    // closes the row before; « COMMUNES MEMBRES CONSEILLERS TITULAIRES OU SUPPLEANTS AMBRES AZAS Mme Bénédicte PORTAL »:
    // the table's headers before the first row, its communes the last words of the run.)
    const opens = (r: Run) => r.first === 0 || words[r.first - 1].sepAfter || /\)$/.test(words[r.first - 1].text);
    const person = (r: Run) => after(r) === 'civility' && !words[r.last + 1].sepAfter && words[r.last + 2]?.kind === 'given' && !words[r.last + 2].sepAfter && words[r.last + 3]?.kind === 'caps';
    for (const r of runs) {
      if (!opens(r) || !person(r)) continue;
      if (communes(r.first, r.last + 1)) { push(r.first, r.last); continue; }
      if (r.first !== 0) continue;
      for (let k = r.first + 1; k <= r.last && k - r.first <= MAX_RUN; k++) if (communes(k, r.last + 1)) { push(k, r.last); break; }
    }
    // « Mme Christine LEMPEREUR LAVAL MORENCY M. Patrick FONDER LES HAUTES RIVIERES Mme … »: a surname, then a commune the
    // list knows, before the next civility; twice at least in the list.
    const tails = runs.filter((r) => r.last > r.first && opensName(r) && person(r) && communes(r.first + headLength(r), r.last + 1));
    if (tails.length >= 2) for (const r of tails) push(r.first + headLength(r), r.last);
    out.sort((a, b) => a.start - b.start);
    return out;
  }
  // (« Elisabeth BONILLO DERAM MONTCORNET »: a surname of two words, when the communes are known only without its second.)
  // (Not a particle: « BRUNAT DE BIRON » is a surname and what is left of a commune.)
  const head = (r: Run) => { const k = headLength(r); return !communes(r.first + k, r.last + 1) && r.first + k < r.last && !CAPS_PARTICLE.test(words[r.first + k].text) && communes(r.first + k + 1, r.last + 1) ? k + 1 : k; };
  const tail = (r: Run) => { const k = tailLength(r); return !communes(r.first, r.last + 1 - k) && r.last - k > r.first && !CAPS_PARTICLE.test(words[r.last - k].text) && communes(r.first, r.last - k) ? k + 1 : k; };
  // « … CITRY SUR MARNE M. FLEISCHMAN Thierry JOUARRE M. Fabien VALLÉE … »: after a name written surname first (its
  // given name closing it), capitals that are a commune before a civility are the next row's commune.
  const afterWholeName = (r: Run) => r.first >= 2 && words[r.first - 1].kind === 'given' && words[r.first - 2].kind === 'caps' && !words[r.first - 2].sepAfter && after(r) === 'civility' && communes(r.first, r.last + 1);
  for (const r of runs) {
    if (afterWholeName(r)) push(r.first, r.last);
    else if (givenFirst > surnameFirst && opensName(r)) push(r.first + head(r), r.last);
    else if (surnameFirst > givenFirst && after(r) === 'given' && before(r) !== 'civility') push(r.first, r.last - tail(r));
    else if (!opensName(r) && communes(r.first, r.last + 1)) push(r.first, r.last);
  }
  return out;
}

/**
 * In a table whose names are written given name first after communes in small letters (« … Simone DUBOSCQ Millières
 * Raymond DIESNIS … La Haye Michèle BROCHARD … »), the communes: between a word in capitals (or the start) and the next,
 * the capitalised words and particles before the last one or two (the given name) that the official list knows.
 */
/** A place's name whose words a hyphen joins, small ones among them (« Gagnac-sur-Garonne », « Saint-Jean »). */
const HYPHENED_PLACE = /^\p{Lu}\p{Ll}[\p{L}'’]*(?:-[\p{L}'’]+)+$/u;
function mixedCaseCommunes(words: TableWord[], known: (a: number, b: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < words.length) {
    // A run of capitalised words and particles, after a word in capitals or a separator, or at the start.
    if ((words[i].kind !== 'given' && words[i].kind !== 'link' && !HYPHENED_PLACE.test(words[i].text)) || (i > 0 && words[i - 1].kind !== 'caps' && !words[i - 1].sepAfter && words[i - 1].text !== ')')) { i++; continue; }
    let j = i;
    while (j + 1 < words.length && !words[j].sepAfter && (words[j + 1].kind === 'given' || words[j + 1].kind === 'link' || HYPHENED_PLACE.test(words[j + 1].text))) j++;
    // (« Présents Aucamville M. Gérard ANDRE, Mme Roseline ARMENGAUD Aussonne Mme Lysiane MAUREL, … Gagnac-sur-Garonne
    // M. Michel SIMON »: the commune right before the civility of its first delegate, the whole run.)
    if (j + 1 < words.length && words[j + 1].kind === 'civility' && !words[j].sepAfter && known(i, j + 1)) { out.push([i, j]); i = j + 1; continue; }
    // The next word is the surname in capitals of the name the run ends with.
    if (j + 1 < words.length && words[j + 1].kind === 'caps' && !words[j].sepAfter && j > i) {
      // The given name: the last word, or the last two (« Jean Luc »), leaving a commune the list knows.
      for (const given of [1, 2]) {
        const end = j + 1 - given;
        if (end > i && words[i].kind === 'given' && words[end - 1].kind !== 'link' && known(i, end)) { out.push([i, end - 1]); break; }
      }
    }
    i = j + 1;
  }
  return out;
}

/** « durant toute la séance : », « à partir de l'affaire n° 04-20160625 : », « de l'affaire n° 09 à l'affaire n° 13 : ». */
/** The head of a commune's name that ends a line, after a separator: « Saint », « St », « MONTAIGUT EN », « Commune de St ». */
// (« … M. André Mauriès - Saint↵Paul Cap de Joux : … »: so after a dash between blanks.)
const WRAPPED_COMMUNE_HEAD = /(?:^|[,;:/\n]|[ \u00a0][-–—])[ \u00a0]*((?:(?!(?:M|Mme|Mlle|MM|Mr)\.?[ \u00a0])[\p{L}'’-]+[ \u00a0]+){0,2}(?:Saint|Sainte|St|Ste|SAINT|SAINTE|ST|STE|Le|La|Les|LE|LA|LES|en|sur|sous|lès|lez|EN|SUR|SOUS|LES|LÈS|LEZ)\.?)[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*){1,2}$/u;
const TIME_GROUP = /(?<=^|[\s,;])((?:durant|pendant)[ \u00a0]+toute[ \u00a0]+la[ \u00a0]+séance|(?:à[ \u00a0]+partir|jusqu['’][ \u00a0]*à)[ \u00a0]+(?:de[ \u00a0]+)?l['’](?:affaire|question|point|rapport)[ \u00a0]+n°[ \u00a0]*[\d.-]+|de[ \u00a0]+l['’](?:affaire|question|point|rapport)[ \u00a0]+n°[ \u00a0]*[\d.-]+[ \u00a0]+à[ \u00a0]+l['’](?:affaire|question|point|rapport)[ \u00a0]+n°[ \u00a0]*[\d.-]+)[ \u00a0]*:(?=[ \u00a0])/giu;

// (« Présents : : F. ROY, … »: the label's colon written twice.)
const LIST_HEAD = new RegExp(`^[ \\u00a0]*(?:(?:\\r?\\n[ \\u00a0\\t]*)?[:：][ \\u00a0]+(?=[${UP}]))?(?:\\([ \\u00a0]*\\d{1,4}[ \\u00a0]*\\)[ \\u00a0\\t\\r\\n]*(?=[${UP}]))?(?:(?:Suppléant|Titulaire|SUPPLÉANT|SUPPLEANT|TITULAIRE)(?:\\(e\\)s|\\(E\\)S|e?s|E?S)[ \\u00a0]+(?=[${UP}]))?`, 'u');
/** « X, Y et Z qui avaient respectivement donné procuration à A, B et C. »: givers, then their holders in the same order. */
// (« Monsieur HéRAULT, Madame ANDRé qui ont donné respectivement pouvoir à Madame TESSIER, Madame LOUVARD ».)
const RESPECTIVELY = /[ \u00a0,]*(?:(?:qui[ \u00a0]+)?(?:ont|avaient|avait|a)[ \u00a0]+|ayant[ \u00a0]+)?(?:respectivement[ \u00a0]+donné|donné[ \u00a0]+respectivement)[ \u00a0]+(?:procuration|pouvoir|mandat|délégation)[ \u00a0]+(?:à|a)[ \u00a0]+/i;

/**
 * « Etaient absents et représentés : M. MERCIER, Mme VARET, M. LEDROIT, Mme RENAUDIER (procuration à Mme LAINÉ, Mme
 * GERBOIN, Mme SUBILEAU, M. CHERBONNEAU). »: the holders of the givers before, in one parenthesis after the last of
 * them, in the same order (several, parted by commas).
 */
const PAREN_RESPECTIVELY = /[ \u00a0]*\((?:procurations?|pouvoirs?|mandats?|délégations?)(?:[ \u00a0]+de[ \u00a0]+vote)?[ \u00a0]+(?:à|a)[ \u00a0]+(?=[^(),]{0,300},[^()]{0,300}\))/i;

/**
 * The givers before « respectivement donné procuration à » (or before a parenthesis of their holders), the holders
 * after it up to the end of the sentence (of the parenthesis), paired in order; the names after go on the list.
 * Undefined when the text has no such phrase, or when the givers and the holders are not as many.
 */
function respectively(text: string, from: number, end: number, b: NameMaker, role: ListRole): NamesRead | undefined {
  const slice = text.slice(from, end);
  const m = RESPECTIVELY.exec(slice) ?? PAREN_RESPECTIVELY.exec(slice);
  if (!m) return undefined;
  const givers = readNames(text, from, from + m.index, b, role);
  const holdersFrom = from + m.index + m[0].length;
  const close = m[0].includes('(') ? text.indexOf(')', holdersFrom) : -1;
  // (Not the full stop of an initial or a civility: « à J.F. AYMARD - N.↵BARBIER ».)
  const stop = close >= 0 ? undefined : /(?<!(?:^|[^\p{L}])(?:\p{Lu}|Mme|Mlle))\.(?=[ \u00a0\t\r\n]|$)/u.exec(text.slice(holdersFrom, end));
  const holdersEnd = close >= 0 ? close : stop ? holdersFrom + stop.index : end;
  const holders = readNames(text, holdersFrom, holdersEnd, b, 'present');
  if (givers.entries.length === 0 || givers.entries.length !== holders.entries.length || givers.unread.length || holders.unread.length) return undefined;
  givers.entries.forEach((e, i) => {
    e.proxyTo = holders.entries[i].person;
    e.end = Math.max(e.end, holders.entries[i].end);
  });
  // « … et François DUPIRE. Et Marcel LORTHIOIR (M. LORTHIOIR est arrivé …) »: the list goes on after the sentence (or
  // after the parenthesis and what ends it).
  const after = close >= 0 ? close + 1 + (/^[ \u00a0]*[,;]/.exec(text.slice(close + 1, end))?.[0].length ?? 0) : stop ? holdersEnd + 1 + (/^[ \u00a0]*Et[ \u00a0]+(?=\p{Lu})/u.exec(text.slice(holdersEnd + 1, end))?.[0].length ?? 0) : 0;
  const goesOn = close >= 0 ? !/^[\s.]*$/.test(text.slice(after, end)) : !!stop;
  const rest = goesOn ? readNames(text, after, end, b, role) : undefined;
  const last = close >= 0 ? close + 1 : holdersEnd;
  return {
    entries: [...givers.entries, ...(rest?.entries ?? [])],
    communes: [...givers.communes, ...(rest?.communes ?? [])],
    unread: rest?.unread ?? [],
    end: rest ? rest.end : last,
    stopped: rest ? rest.stopped || end !== rest.end : last < end && !/^[\s.]*$/.test(text.slice(last, end)),
  };
}

/** « Commune d'Allonzier la Caille », « Commune du Sappey » alone on a line: the commune of the delegates below. */
export const COMMUNE_LINE = /^[ \t\u00a0]*(?:Commune|COMMUNE|Ville|VILLE)[ \u00a0]+(?:(?:de|DE)[ \u00a0]+(?:(?:la|LA)[ \u00a0]+|[lL]['’][ \u00a0]?)?|[dD]['’][ \u00a0]?|(?:du|DU|des|DES)[ \u00a0]+)\p{Lu}[^\n:,;()]{0,60}$/u;
/**
 * « Communauté de Communes du Pays de Gex », « Annemasse Agglomération », « Grand Annecy Agglomération » alone on a
 * line: a member body, its delegates on the lines below (a pôle métropolitain, a syndicat of EPCIs). Not in capitals:
 * « COMMUNAUTE DE COMMUNES DU CANTON DE PRAYSSAS » is the heading of an act (BODY_HEADING ends a list there).
 */
const BODY_LINE = /^[ \t\u00a0]*(?:Communaut[ée][ \u00a0]+(?:de[ \u00a0]+[Cc]ommunes|d['’][ \u00a0]?[Aa]gglom[ée]ration|urbaine)(?:[ \u00a0]+[^\n:,;()\d]{1,60})?|\p{Lu}[\p{L}'’-]+(?:[ \u00a0-]\p{Lu}[\p{L}'’-]+){0,3}[ \u00a0]+(?:Agglom[ée]ration|Agglo|M[ée]tropole|Communaut[ée]))[ \t\u00a0]*$/u;
/** A line that names the group of the delegates below it: a commune (COMMUNE_LINE) or a member body (BODY_LINE). */
export function groupLine(line: string): boolean {
  return line.length <= 100 && (COMMUNE_LINE.test(line) || BODY_LINE.test(line));
}
const COMMUNE_CAPS_LABEL = new RegExp(`(?<=^|[\\s,;])(?:COMMUNE|VILLE)[ \\u00a0]+(?:D['’][ \\u00a0]?|DE[ \\u00a0]+(?:LA[ \\u00a0]+|L['’][ \\u00a0]?)?|DU[ \\u00a0]+|DES[ \\u00a0]+)(?:[${UP}][\\p{L}'’-]*[ \\u00a0]+){0,4}?(?=[${UP}]{2}[${UP}'’-]*[ \\u00a0]+[${UP}][${LOW}])`, 'gu');
/** Labels that group the members of a list without being communes: « Membres titulaires : », « Adjoints : ». */
const GROUP_LABEL = /^(?:(?:Membres|Délégués|Conseillers)\s+)?(?:titulaires?|suppléante?s?)$|^(?:Maire|Adjointe?s?|Maires?[- ]adjoints?|Conseill[eè]re?s?(?:\s+(?:municipa(?:l|le|ux|les)|délégué(?:e|s)?|communautaires?))?|Vice[- ][Pp]résidente?s?|Présidente?s?|[ÉE]lus?|Délégués?)$/i;

/** Whether a commune label's name is written like one (not « Vu », « Considérant », a sentence). */
function isCommuneName(name: string): boolean {
  // (Nor the fields of a header in capitals: « DATE D’AFFICHAGE : », « NOMBRE DE CONSEILLERS : ».)
  return !/^(?:Vu|Considérant|Objet|Article|Annexe|Délibération|Rapport|Décide|Monsieur|Madame|Mesdames|Messieurs|Mmes|MM|Mme|Mlle|Date|Nombre|Nbre|Séance|Seance|Secrétaire|Secretaire|Lieu|Convocation|Affichage|Quorum|Votants|Présents|Presents|Absents|Excusés|Excuses)$/i.test(name.split(/[\s\u00a0]/)[0]);
}

/** A label that names a grouping of communes, not a commune: « CDC DU BAZADAIS », « Communauté de communes X ». */
// « CAPV », « CARPF »: a short word in capitals is an acronym (a few short communes are left unchecked).
// (« Roche aux Fées Communauté », « Rennes Métropole (compétences obligatoires) », « Communes de Rennes Métropole »: so
// named by its place first.)
const INTERCOMMUNAL = /^(?:CDC|CC|CA|CU|CCAS|SIVOM|SIVU|SIAEP|EPCI|Communaut[ée]s?|Agglo(?:mération)?|M[ée]tropole|Syndicat|P[ôo]le|Territoire)(?![\p{L}'’-])|^(?:CDC|COMMUNAUT)|[ \u00a0](?:Communaut[ée]|M[ée]tropole|Agglo(?:m[ée]ration)?)(?![\p{L}'’-])/iu;
const ACRONYM = /^\p{Lu}{2,5}$/u;

function samePerson(a: PersonNode, b: PersonNode): boolean {
  const key = (p: PersonNode) => foldAccents(`${p.given ?? ''} ${p.surname}`).toUpperCase().replace(/[^A-Z]+/g, ' ').trim();
  return key(a) === key(b);
}

const COMMUNE_PIECE = new RegExp(`^(?:commune|ville)\\s+(?:de\\s+|d['’]\\s*|du\\s+|des\\s+)[${UP}][${UP}${LOW}'’ -]*$`, 'u');

/** A line of words in capitals (a commune, wrapped or abbreviated: « SAINT JEAN LES », « LA FERTE S/ JOUARRE »). */
const CAPS_LINE = new RegExp(`^[${UP}][${UP}'’-]*(?:[ \\u00a0]+(?:[${UP}][${UP}'’-]*|[${UP}]/))*$`, 'u');
/** Whether a piece is all its line holds. */
function wholeLine(text: string, p: Piece): boolean {
  let i = p.start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  let j = p.end;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\u00a0' || text[j] === '\r')) j++;
  return (i < 0 || text[i] === '\n') && (j >= text.length || text[j] === '\n');
}

const HOLDERS_ONLY = /^(?:Par|PAR)[ \u00a0]+(?:M\.|Mme|Monsieur|Madame|Mr)[ \u00a0]/;
/** Capitalised words (with the small words of a name of place), then a civility: a group named before its members. */
const GROUP_THEN_CIVILITY = new RegExp(`^((?:[${UP}][${LOW}${UP}'’-]*|de|du|des|et|la|le|les|lez|lès|sur|sous|en)(?:(?:[ \\u00a0]+|[ \\u00a0]*\\r?\\n[ \\u00a0]*)(?:[${UP}][${LOW}${UP}'’-]*|de|du|des|et|la|le|les|lez|lès|sur|sous|en)){0,7}[ \\u00a0]+)(?=(?:M\\.|Mme|Mr|Monsieur|Madame|Mlle)[ \\u00a0]+[${UP}])`, 'u');
const POLITICAL_GROUP = /^(?:(?:Groupe|GROUPE)[ \u00a0](?:[^,;()\n]|\r?\n(?!\r?\n)){1,120}?|Non[- ]inscrite?s?[ \u00a0]+)(?=(?:M\.|Mme|MM\.|Mmes|Monsieur|Madame)[ \u00a0])/u;
/** The function of a member of the staff (never a councillor's): « Directrice Générale des Services », « responsable des finances ». */
const STAFF = /^(?:directeur|directrice)(?:\s+g[ée]n[ée]ral(?:e)?)?(?:\s|$)|^(?:DGS|DGA|DST)(?![\p{L}])|^responsables?\s|^secr[ée]taire\s+(?:de\s+mairie|g[ée]n[ée]ral)|^attach[ée]e?(?:\s|$)|^charg[ée]e?\s+de\s|^technicien(?:ne)?(?:\s|$)|^comptable(?:\s|$)|^r[ée]dact(?:eur|rice)(?:\s|$)/iu;
/**
 * The verb of a sentence whose subject is the name before it, in minutes (« est élue secrétaire », « ouvre la séance »,
 * « Mme MARTEL est arrivé lors du 2ème point », « M. X ne prend pas part au vote », « Monsieur le Maire fait l appel des
 * présents »).
 */
/** Whether the line after `end` opens with the verb of a sentence whose subject is the name before it. */
function verbOpensLineAfter(text: string, end: number): boolean {
  const below = /^[ \u00a0\t\r]*\n[ \u00a0\t]*/.exec(text.slice(end, end + 12));
  return !!below && SUBJECT_VERB.test(text.slice(end + below[0].length, end + below[0].length + 40));
}
/** The line below starts with a surname in capitals, up to the blank after it. */
const SURNAME_BELOW = /^[ \u00a0\t\r]*\n[ \u00a0\t]*\p{Lu}{2,}[\p{Lu}'’-]*(?:[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*)*(?=[ \u00a0])/u;
// (« … Mme LARDEUR M BARBEDETTE désigné conformément à l'article L 121-14 …, remplit les fonctions de secrétaire »: the
// participle alone, then how.)
const SUBJECT_VERB = /^[ \u00a0]*(?:(?:est|sont|a|ont)[ \u00a0]+(?:été[ \u00a0]+)?(?:élue?s?|désignée?s?|nommée?s?|chargée?s?|invitée?s?)(?![\p{L}])|,?[ \u00a0]*(?:désignée?s?|nommée?s?)[ \u00a0]+(?:conformément|comme|pour|en[ \u00a0]+qualité)(?![\p{L}])|ayant[ \u00a0]+été[ \u00a0]+(?:élue?s?|désignée?s?|nommée?s?)(?![\p{L}])|(?:est|sont)[ \u00a0]+(?:arrivée?s?|partie?s?|sortie?s?|entrée?s?|revenue?s?)(?![\p{L}])|ne[ \u00a0]+(?:prend|prennent|participe|participent)[ \u00a0]+pas[ \u00a0]+(?:part|au|aux)(?![\p{L}])|(?:ouvre|déclare|préside|constate|informe|rappelle|propose|expose|présente|demande|remercie|souhaite|accueille|procède)(?![\p{L}])|fait[ \u00a0]+(?:l['’ \u00a0][ \u00a0]?appel|lecture|part)(?![\p{L}])|donne[ \u00a0]+(?:lecture|la[ \u00a0]+parole)(?![\p{L}]))/u;
/**
 * « … M. REZOUALI par M. CERVANTES XXX Mme HADDAOUI quitte l’assemblée à l’occasion du rapport N° 16. »: a name followed by
 * the verb of a member who leaves or comes, in a list of the absent or the represented: the subject of the sentence
 * after the list (among those present, « M. X quitte la séance au point 5 » is the time of an entry).
 */
// (Not « M. KONN quitte la séance à 21h10 et donne procuration à M.PERIN » among the excused: a member who left and
// gave a proxy, the list's own.)
// (« … Rachid FERAHTIA et Karima BOUAOUNE Bruno DESRUMAUX, qui est arrivé à 18h10, n’a pas participé au vote … »: or a
// relative clause of the member's arrival.)
const MOVES_AFTER = /^[ \u00a0]*(?:(?:quitte|quittent|rejoint|rejoignent|entre|entrent|arrive|arrivent)[ \u00a0]+(?:(?:la|les|en|dans)(?![\p{L}])|l['’])|,?[ \u00a0]*qui[ \u00a0]+(?:est|sont)[ \u00a0]+(?:arrivée?s?|entrée?s?|revenue?s?)(?![\p{L}]))(?![^.;\n]{0,80}(?:donn(?:e|ent|ant)|ayant[ \u00a0]+donné)[ \u00a0]+(?:son[ \u00a0]+|leur[ \u00a0]+)?(?:pouvoir|procuration))/u;
/** « Tous les membres en exercice », « l’ensemble des conseillers »: every member, no name. */
const EVERYONE = /^(?:tou(?:s|tes)[ \u00a0]+les|l['’][ \u00a0]?ensemble[ \u00a0]+des)[ \u00a0]+(?:membres|conseill[eè]re?s|élue?s|délégué(?:e|)s)(?:[ \u00a0]+[\p{Ll}'’]+){0,4}$/iu;
/** Whether an entry of a list of the absent or the represented is the subject of a sentence on who leaves or comes. */
function movesAway(text: string, e: ListEntry, role: ListRole): boolean {
  return role !== 'present' && MOVES_AFTER.test(text.slice(e.person.end, e.person.end + 120));
}
/** An article and a function with its capital, then a comma: the subject of a sentence (« Le Président, Cyrille X, … »). */
// (« … VELLAS Didier Le Président ayant ouvert la séance et fait l’appel nominal »: or a verb right after it.)
// (« … M. GAUTHIER P. Monsieur le Président, Gérard CESAR et Monsieur le Maire de X, … souhaitent la bienvenue »: so after
// a civility; « Mme le Maire ↵ … », a speaker's heading: or the function alone ending its line.)
export const FUNCTION_OPENS_SENTENCE = /^[ \u00a0]*(?:(?:Monsieur|Madame|M\.|Mme)[ \u00a0]+(?:le|la|Le|La)|Le|La|Les)[ \u00a0]+(?:Vice-)?(?:Pr[ée]sidente?s?|Maires?|Adjointe?s?)(?![\p{L}])(?:[ \u00a0]*,|[ \u00a0\t]*\r?\n|[ \u00a0]+(?:ayant|a|ouvre|déclare|constate|procède|informe|rappelle|propose|expose|présente|demande|remercie)(?![\p{L}]))/u;
/** After a name: a comma, a function with its capital perhaps, then four words in lower case (« , Maire ouvre la séance et »). */
/** After a name, its function between commas, then what may be a verb (« , Président, ouvre … »). */
const FUNCTION_THEN_VERB = /^,[ \u00a0]*([^,;:()\n]{2,40}?)[ \u00a0]*,?[ \u00a0]+(?=\p{Ll})/u;
/** « et Mme Annaïck RICHARD sont désignées … »: a second name, then the verb of which both are the subject. */
const AND_SUBJECT = /^\s*et\s+(?:M\.|Mme|Mlle|Monsieur|Madame)[ \u00a0]+[^,.;:\n]{1,60}?[ \u00a0](?:sont|ont[ \u00a0]+été)[ \u00a0]+(?:désignée?s|élue?s|nommée?s)(?![\p{L}])/u;
const SENTENCE_AFTER_NAME = /^,[ \u00a0]*(?:\p{Lu}\p{Ll}+[ \u00a0]+)?(?:[a-zà-ÿ'’]{2,}[ \u00a0]+){3}[a-zà-ÿ'’]{2,}/u;
/** Four words in lower case in a row (tried only at word starts, so linear in the piece). */
const PROSE_RUN = /(?<![\p{L}'’-])[a-zà-ÿ'’]{2,}(?:[ \u00a0]+[a-zà-ÿ'’]+){3}/u;

/** A dash, then a civility and a capital: an entry of a list set out with dashes. */
const BULLETED_ENTRY = /(?:^|[\s\u00a0])[-–•][ \u00a0]+(?:M\.|Mme|Monsieur|Madame|Mr)[ \u00a0]+\p{Lu}/gu;
/** A communauté or a syndicat named by its abbreviation or its word: « C.C Val de Gâtine », « SYNDICAT DE GÂTINE ». */
const GROUPING_AFTER_DASH = /^(?:C\.[ \u00a0]?[CAU]\.?|CC|CA|CU|CDC|Communaut[ée]|COMMUNAUT[ÉE]|Syndicat|SYNDICAT|Agglo(?:m[ée]ration)?|M[ée]tropole|M[ÉE]TROPOLE)(?=[ \u00a0\r\n]+\p{Lu}|[ \u00a0\r\n]+(?:de|du|des|d['’])[ \u00a0])/u;
/** A page's number a PDF extraction ran into a list, before the civility of the next entry (« … à M. MARTINEZ 1 M. Franck TOURREL »). */
const PAGE_NUMBER = /^\d{1,3}[ \u00a0]+(?=(?:M\.|Mme|Mlle|Monsieur|Madame|MM\.|Mmes)[ \u00a0]+\p{Lu})/u;
/** A name without its civility (« Sandra DUPEYRON ayant donné pouvoir… », « DUPEYRON Sandra »): an entry, not a description. */
/** After a function, the next name: initials and a surname in capitals (« J. FISCHER », « JM FERON »), or a civility. */
/** An initial and a surname in capitals right before a blank (« E. CUISSET »). */
const INITIAL_NAME_BEFORE = /(?:^|[ \u00a0])\p{Lu}{1,2}\.(?:-?\p{Lu}\.?)?[ \u00a0]*\p{Lu}{2,}[\p{Lu}'’-]*[ \u00a0]*$/u;
/** An initial with its full stop and a surname in capitals after a blank (« F. SZYPULA », « J.P BLANC »), not « LE POTIER ». */
const INITIAL_DOT_NAME_AFTER = /^[ \u00a0]+\p{Lu}{1,2}\.(?:-?\p{Lu}\.?)?[ \u00a0]*\p{Lu}{2,}/u;
const INITIAL_NAME_AFTER = /^[ \u00a0]+(?:\p{Lu}{1,2}\.?(?:-?\p{Lu}\.)?[ \u00a0]+\p{Lu}{2,}|(?:M\.|MM\.|Mme|Mmes|Monsieur|Madame)[ \u00a0]+\p{Lu})/u;
/** « … Marie-Thé OLIVESI, Maire Charles COLOMBANI, adjoint … »: a given name and a surname in capitals, ending the piece. */
// (« …, Administratrice Roselyne PEsTElL, … »: a surname in capitals as CAPS_WORD reads it, an OCR's small letter in it.)
const GIVEN_NAME_AFTER = /^[ \u00a0]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0]+(\p{Lu}\S*?)[ \u00a0]*$/u;
/** A given name, a surname and the opening of a parenthesis: the name before it. */
const GIVEN_THEN_PARENTHESIS = /^[ \u00a0]*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0]+\p{Lu}[^\s(]*)[ \u00a0]*\(/u;
function givenNameAfter(s: string): boolean {
  const m = GIVEN_NAME_AFTER.exec(s);
  return !!m && CAPS_WORD.test(m[1]) && !INITIALS.test(m[1]);
}
const NAME_START = /^(?:\p{Lu}[\p{Ll}'’]+(?:[- ]\p{Lu}[\p{Ll}'’]+)*[ \u00a0]+\p{Lu}{2,}|\p{Lu}{2,}[\p{Lu}'’-]*[ \u00a0]+\p{Lu}\p{Ll})/u;
/** A civility and a capital within a piece (tried only after a space, so linear in the piece). */
/** A group's name in words (« Collège des professionnels et personnalités qualifiées ») before a plural civility and a name. */
// (No colon between: « Suppléants sans voix délibérative : MM. … » is the label of another list.)
const GROUP_THEN_CIVILITIES = /^\p{Lu}\p{Ll}+(?:[ \u00a0]+[\p{Ll}'’-]+){1,8}[ \u00a0]+(?:Mesdames[ \u00a0]+et[ \u00a0]+Messieurs|Messieurs[ \u00a0]+et[ \u00a0]+Mesdames|Mesdames|Messieurs|MM\.|Mmes)[ \u00a0]+(?=\p{Lu})/u;
/** Where the names start after a group's name and its plural civility at `at` (blanks before it skipped). */
function groupEnd(text: string, at: number, to: number): number | undefined {
  const head = text.slice(at, Math.min(to, at + 200));
  const blanks = head.length - head.trimStart().length;
  const m = GROUP_THEN_CIVILITIES.exec(head.slice(blanks));
  return m ? at + blanks + m[0].length : undefined;
}
const NEXT_CIVILITY = /(?:^|[\s\u00a0])(?:M\.|Mme|Monsieur|Madame|Mr)[ \u00a0]+\p{Lu}/u;

/** Whether a piece is a name and nothing else, with a surname in capitals (« le Dr Jean-Michel BOLVIN », « JoëlBONIFACE »). */
function wholeName(t: string, at: number, b: NameMaker): boolean {
  const p = readPerson(t, at, b);
  return !!p && p.length >= t.trimEnd().length && CAPS_WORD.test(p.person.surname.split(/[ \u00a0]/).pop() ?? '');
}

/** A piece of a list that holds no word: blanks, separators, a bullet (« + »). */
const PUNCTUATION_ONLY = /^[\s\u00a0.:;,\-–—•*/+]*$/;

/**
 * A capitalised word alone, then « et » and a name written surname first (« Isabelle et GONZALEZ‐MORO Régine »), or its
 * member body in parentheses before the next such name (« … LARROQUE Sandy (LOUBIENG). Pascal (LUCQ‐DE‐BÉARN). COUTURIER … »).
 */
const ONE_WORD_THEN_PAIR = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ \u00a0]+et[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’‐-]*[ \u00a0]+\p{Lu}\p{Ll}|[ \u00a0]*\([^()\n]{0,40}\)[ \u00a0]*[.,;](?=[ \u00a0]+\p{Lu}{2,}))/u;
/** A person named by one capitalised word, without civility (« Yves »): read so in an enumeration only. */
function oneWordPerson(p: PersonNode): boolean {
  return !p.civility && !p.given && CAP_WORD.test(p.surname);
}

/** An entry of one capitalised word that can be a name (« Yves », « Jean-Pierre », « Morin. »). */
function oneWordName(t: string): boolean {
  // (« Anne-Marie (pouvoir donné à Yves) »: with what is said of the person in parentheses.)
  const w = t.trim().replace(/[ \u00a0]*\([^()]*\)$/, '').replace(/\.$/, '');
  return CAP_WORD.test(w) && !NOT_NAMES.has(foldAccents(w).toLowerCase()) && !HEADING_WORDS.has(foldAccents(w).toLowerCase()) && !FUNCTION_ALONE.test(w);
}

/** Reads one group of a list (between commune labels); true when the list stops in it (prose follows). */
function readGroup(text: string, from: number, to: number, b: NameMaker, role: ListRole, commune: CommuneLabelNode | undefined, out: NamesRead, style?: ListStyle, underGroup = false): boolean {
  // After « Messieurs », « Mmes »…, the names that follow are single surnames, up to the next civility.
  let enumeration = false;
  const all = pieces(text, from, to, style);
  // Entries that each open with a dash and a civility (at least two): see `described` below.
  let bullets = 0;
  for (const _ of text.slice(from, to).matchAll(BULLETED_ENTRY)) if (++bullets >= 2) break;
  const bulleted = bullets >= 2;
  // « BERTAGNE D’ARMAGNAC (GOURGUES Gérard) ; CASTELNAU D’AUZAN LABARRERE (BEYRIES Philippe, MUR Catherine) ; (BIDAN
  // Jean-Bernard) ; … »: the delegates of each commune in parentheses after its name (at least two such pieces).
  let grouped = 0;
  for (const p of all) if (delegatesInParentheses(text.slice(p.start, p.end).trim()) && ++grouped >= 2) break;
  // « Artenay M. GUDIN Pascal, Mme SOUBIEUX Annie ; Baigneaux Mme PEILLON Chantal ; Bricy M. AUBERT↵Dominique, … »: a
  // commune without its colon before the civility of its first delegate (at least three such pieces): the commune,
  // not a given name before « M. » read as an initial.
  let communesBefore = 0;
  for (const p of all) if (GROUP_THEN_CIVILITY.test(text.slice(p.start, p.end).trim()) && ++communesBefore >= 3) break;
  // A table of two columns flattened line by line (commune, delegates): where nearly every name has its civility,
  // a line in capitals without one (« CHANGIS SUR MARNE », « LA FERTE S/ JOUARRE ») is the commune column.
  const civil = all.filter((p) => CIVILITY_RE.test(text.slice(p.start, p.end).trimStart())).length;
  const capsLine = (p: Piece) => { const t = text.slice(p.start, p.end).trim(); return wholeLine(text, p) && CAPS_LINE.test(t) && !CIVILITY_RE.test(t); };
  // (So where nearly every name is a given name then a surname in capitals, without civilities: « AVENSAN ↵ BRACH ↵ …
  // ↵ Patrick BAUDIN ↵ Brigitte DAULIAC »; three such lines at least.)
  const givenFirst = civil >= 4 ? 0 : all.filter((p) => GIVEN_THEN_CAPS.test(text.slice(p.start, p.end).trim())).length;
  const capsLines = new Set(civil >= 4 || givenFirst >= 4 ? all.filter(capsLine) : []);
  const communeColumn = capsLines.size > 0 && (civil >= 4 ? civil : givenFirst) >= 0.75 * (all.length - capsLines.size) && (civil >= 4 || capsLines.size >= 3);
  // « Présents : Jean-Pierre, Yves, Jacques, David, Nelly. »: a list whose every entry is one capitalised word, three at
  // least and no civility, names each person by one word (a given name, or a surname), as an enumeration does.
  // (« Yves. ↵ + Absents excusés : … »: a bullet of the next line is no entry.)
  const filled = all.filter((p) => !PUNCTUATION_ONLY.test(text.slice(p.start, p.end)));
  if (civil === 0 && filled.length >= 3 && filled.every((p) => oneWordName(text.slice(p.start, p.end)))) enumeration = true;
  for (const piece of all) {
    let raw = text.slice(piece.start, piece.end);
    if (communeColumn && capsLines.has(piece)) continue;
    // « 1. SCHELLENBERGER Raphaël 2. BLASER Stéphanie »: the numbers of a numbered list.
    // « • GAUCHER Yves, - LAMOTHE Michel, »: the dash of a second column of names.
    // (« ETAIT ABSENTE EXCUSEE : ↵ . Madame DE ALMEIDA »: a full stop for a bullet.)
    // (« PRESENTS :.Francis Lahaut, … »: a full stop glued to the first name.)
    const dash = /^[\s\u00a0]*(?:[-–—•·*.][\s\u00a0]+|\.(?=\p{Lu}\p{Ll}))/u.exec(raw);
    if (dash) { piece.start += dash[0].length; raw = raw.slice(dash[0].length); }
    // (« 001 AFFILE Gwendoline , 002 ANDRO Rozenn »: numbers with leading zeros, without a full stop; « 2- Mme X »,
    // a dash.)
    // (« 2 - M Jean FICNER »: a blank before the dash, a civility without its full stop.)
    const number = /^[\s\u00a0]*(?:\d{1,3}[.)]|\d{1,3}[ \u00a0]?-(?=[ \u00a0]+(?:M\.|M|Mme|Mlle|Monsieur|Madame)[ \u00a0])|0\d{1,3}(?=[\s\u00a0]+\p{Lu}{2}))[\s\u00a0]+/u.exec(raw);
    if (number) { piece.start += number[0].length; raw = raw.slice(number[0].length); }
    // « MM : GANTY Jean Maire, LEVEILLE Patricia… »: the civility of all the names that follow, before a colon.
    const civilities = GROUP_CIVILITIES.exec(raw);
    if (civilities) { piece.start += civilities[0].length; raw = raw.slice(civilities[0].length); }
    let t = raw.trim();
    if (PUNCTUATION_ONLY.test(t) || /^\d{1,3}[.)]$/.test(t) || COUNT_BOX.test(t) || ONE_SIDE_ALONE.test(t)) continue;
    // « …, LAFFAILLE, Vice- Présidents. Mme ABADIE, … »: the function of the names before, a piece of its own.
    // (« ÉTAIENT PRÉSENTS TITULAIRES - M. X … »: first, a function in the plural names the members who follow.)
    if (FUNCTION_ALONE.test(t.replace(/[.;]$/, '')) && (out.entries.length > 0 || /s$/i.test(t))) continue;
    let start = piece.start + (raw.length - raw.trimStart().length);
    // « AINGEVILLE : Mme Marie Josée GIRAUD- AULNOIS: … »: a dash stuck to the last name before the next commune's label
    // parts the two, as a comma would.
    // (« … M. Bernard ANTOINE- - BULGNEVILLE : … »: a dash or two.)
    const trailing = /(?<=\p{Lu})[-–—](?:[ \u00a0]*[-–—])*$/u.exec(t);
    if (trailing && /^[\s\u00a0,;\-–—]*$/.test(text.slice(piece.end, to))) { t = t.slice(0, trailing.index); piece.end = start + t.length; }
    // « M. BLANCHARD, délégué de Longèves, MM. BONTEMPS, … », « M. BESSON, délégué de Ferrières M. GALLIAN, … »: the
    // commune the names before sit for (its name maybe lost), then perhaps the next name, its separator lost.
    // « Robert ARNAUD – C.C Val de Gâtine ; Claude AUDEBERT – C.C Val de Gâtine ; … »: after a dash, the communauté or
    // the syndicat the name before sits for, no person.
    // (« … Guy LETANG –↵C.C Val de Gâtine ; … »: so with the dash at the end of the line above.)
    if (out.entries.length > 0 && GROUPING_AFTER_DASH.test(t) && /[-–—][ \u00a0]*(?:\r?\n[ \u00a0\t]*)?$/.test(text.slice(Math.max(from, start - 8), start))) continue;
    const sitsFor = out.entries.length > 0 ? DELEGATES_OF_PLACE.exec(t) : null;
    if (sitsFor) {
      const rest = t.slice(sitsFor[0].length);
      if (!rest.trim() || /^[.;,]$/.test(rest.trim())) continue;
      if (!CIVILITY_RE.test(rest)) { out.unread.push(b.span(start, start + t.length)); continue; }
      start += sitsFor[0].length;
      t = rest;
    }
    // « ABRY Gilles - Titulaire JASKOT Richard - Suppléant ANDRÉ Dominique - Titulaire … »: the function of the entry
    // before, then the next name written surname first (the dash before the function, not after it).
    const fnFirst = out.entries.length > 0 ? FUNCTION_THEN_NAME.exec(t) : null;
    if (fnFirst && !/^secr/i.test(fnFirst[0]) && (ENTRY_SURNAME_FIRST.test(t.slice(fnFirst[0].length - 1)) || ENTRY_GIVEN_FIRST.test(t.slice(fnFirst[0].length - 1)))) {
      start += fnFirst[0].length;
      t = t.slice(fnFirst[0].length);
    }
    if (PLURAL_START.test(t)) enumeration = true;
    else if (CIVILITY_RE.test(t)) enumeration = false;
    // « GORSES : Absents » among the communes of those present: none of its delegates sits; the list goes on.
    if (commune && /^(?:absente?s?|excus[ée]e?s?|n[ée]ant)\.?$/i.test(t)) continue;
    // « Absents : néant », « Absent(s/es) : NEANT »: nobody, and the list ends there.
    if (/^(?:n[ée]ant|aucun(?:e)?|sans\s+objet|\/|-|—|–)\.?$/i.test(t) && out.entries.length === 0) { out.end = piece.end; out.stopped = true; return true; }
    // « Étaient absent.e.s : néant conseil municipal: 29 »: « néant » first, then what a PDF extraction ran into the
    // line (the cell of a box beside it): nobody, and the list ends after the word.
    // (« EXCUSE : aucun Mme Aurore DUQUENOY a été élue SECRETAIRE »: so « aucun ».)
    const nobody = /^(?:n[ée]ant|aucun(?:e)?)(?=[ \u00a0]+\S)/i.exec(t);
    if (nobody && out.entries.length === 0) { out.end = start + nobody[0].length; out.stopped = true; return true; }
    // « ABSENTS : Secrétaire de séance élue :↵Angélique LAFON »: the secretary's label ends the list (the name after it is
    // the secretary's, not one of the list's).
    if (SECRETARY_LABEL.test(t)) { out.end = start; out.stopped = true; return true; }
    const delegates = grouped >= 2 ? delegatesInParentheses(t) : undefined;
    if (delegates) {
      let group = commune;
      if (delegates.commune) {
        const s = b.span(start, start + delegates.commune.length);
        group = { offset: s.offset, end: s.end, range: s.range, name: delegates.commune };
        out.communes.push(group);
      }
      for (const [from, to] of delegates.parentheses) {
        const read = readNames(text, start + from, start + to, b, role, group);
        out.entries.push(...read.entries);
        out.communes.push(...read.communes);
        out.unread.push(...read.unread);
      }
      continue;
    }
    // « … Mme ALAMO DUPUY (Mimizan) Madame Stéphanie BERBILLE, Directrice Générale des Services, Madame Françoise
    // LAFITTE, responsable des finances, … »: the staff after the members, without a label of their own; the list ends
    // before the first of them.
    const staffOf = out.entries[out.entries.length - 1];
    if (staffOf && STAFF.test(t)) { out.entries.pop(); out.end = staffOf.offset; out.stopped = true; return true; }
    // « CLAUDINE AUVRAY, POUVOIR A PIERRE BARROS »: the proxy of the entry before, between commas (before « POUVOIR »
    // in capitals is taken for a name).
    // « Ludovic LOQUET (DT Ardres), ayant procuration S.BONNIERE »: so is the proxy the entry before holds.
    const before = out.entries[out.entries.length - 1];
    // « M. Michel DOYEN, ayant le pouvoir de M. Patrick MONVOISIN et de M. Joël RICHARD Mme Danielle LEROUX »: a second
    // proxy the entry before holds (its giver's list tells it); the next entry may follow it, its separator lost.
    // (« ayant le pouvoir de MM. Kévin GENGOUX et Gérard FREZZATO »: after a plural civility, the second without one.)
    const afterEt = before?.proxyFrom && text.slice(before.end, start).trim() === 'et';
    const second = afterEt ? SECOND_GIVER.exec(t) ?? (PLURAL_GIVERS.test(text.slice(Math.max(0, before.proxyFrom!.offset - 12), before.proxyFrom!.offset)) ? [''] : null) : null;
    if (second) {
      const p = readPerson(t.slice(second[0].length), start + second[0].length, b);
      if (!p) continue;
      const rest = t.slice(second[0].length + p.length);
      if (!CIVILITY_RE.test(rest.trimStart())) continue;
      const skip = t.length - rest.trimStart().length;
      start += skip;
      piece.start = start;
      t = t.slice(skip);
    }
    // (« Annemasse Agglomération ↵ M. Yves NOIR – … - M. Patrick ANTOINE, donne pouvoir à M. Gabriel DOUBLET - … »: in a
    // list of those present, a member who gave a proxy is away.)
    const givesWhilePresent = !!before && !before.proxyTo && role === 'present' && !before.away && PRESENT_GAVE.test(t);
    const gives = before && !before.proxyTo && (role !== 'present' || givesWhilePresent) && PROXY_PHRASE.test(t);
    const holds = before && !before.proxyFrom && (HOLDER_BARE.test(t) || HOLDER_PHRASE.test(t));
    if (gives || holds) {
      const read = phrase(t, start, before, b, role, false);
      if (read > 0) {
        if (givesWhilePresent && before.proxyTo) before.away = 'excused';
        before.end = start + read;
        // « M. CALLET, excusé, pouvoir à M. MELINON Mme PEVET, excusée, … »: the next entry, its separator lost, after
        // the holder.
        // (« … – Pouvoir à M. MARTINEZ 1 M. Franck TOURREL … »: after a page's number.)
        const page = PAGE_NUMBER.exec(t.slice(read).trimStart())?.[0].length ?? 0;
        const rest = t.slice(read).trimStart().slice(page);
        // (« Patricia DELEGLISE, Conseiller (DT Guînes), ayant procuration F.PONTHIEU Jacky DUBOIS, Conseiller … »: or a
        // given name and a surname alone.)
        // (« POUZET Francis Pouvoir de GIRARD Michel BODIN Sébastien »: or a name written surname first, in a list so written.)
        // (« … ayant procuration A.DECAESTECKER Christiane GLORIAN (DT Andres) Yves LEFEBVRE (DT Guînes) »: a given name and
        // a surname, then the parenthesis of the commune, and more entries of a roll in two columns run together.)
        if (!CIVILITY_RE.test(rest) && !givenNameAfter(` ${rest.trim()}`) && !givenNameAfter(` ${GIVEN_THEN_PARENTHESIS.exec(rest)?.[1] ?? ''}`) && !(ENTRY_SURNAME_FIRST.test(` ${rest.trim()}`) && writtenSurnameFirst(out.entries))) continue;
        const skip = t.length - rest.length;
        start += skip;
        piece.start = start;
        t = t.slice(skip);
      }
    }
    // (« M. Patrick BERNARD, suppléant de M. Jean-Claude TERRIER - … », « M. François CENA, représentant de M. Antoine
    // VIELLIARD »: the titulaire the entry before sits for.)
    if (before && !before.substituteOf && SUBSTITUTE_PHRASE.test(t)) {
      const read = phrase(t, start, before, b, role, false);
      if (read > 0 && before.substituteOf && !t.slice(read).trim()) { before.end = start + read; continue; }
    }
    // « Mme Jeannie TREMBLAY, arrivée à 20 heures 15 - … », « …, jusqu'à 20 heures 15. »: when the entry before came
    // or left.
    // « …, Danielle BARRAULT. Arrivée de Laurent ROUSSEAU à 21h20, arrivée de Romain DUMAS à 21h25. »: a member who
    // came later, named: present from that hour (not the arrival of the entry before).
    const arrival = ARRIVAL_OF.exec(t);
    if (arrival && role === 'present') {
      const name = start + t.indexOf(arrival[1], /^[Aa]rriv\S*[ \u00a0]+de[ \u00a0]+/.exec(t)![0].length);
      const r = readEntry(text, name, name + arrival[1].length, b, role, commune);
      if (r.entry && r.next === undefined && r.prose === undefined) {
        r.entry.qualifiers.push(qualifier(`arrivée à ${arrival[2]}`, b.span(start, start + arrival[0].length)));
        r.entry.end = start + arrival[0].length;
        out.entries.push(r.entry);
        continue;
      }
    }
    const timedEntry = out.entries[out.entries.length - 1];
    if (timedEntry && TIME.test(t) && AT_HOUR.test(t) && t.length <= 60) {
      timed(qualifier(t.replace(/\.$/, ''), b.span(start, start + t.length)), timedEntry, role);
      timedEntry.end = start + t.length;
      continue;
    }
    // « Étaient présents : Collège des élus Mesdames et Messieurs X, Y. Collège des professionnels et personnalités
    // qualifiées Mesdames et Messieurs Z, … »: after a full stop, a group of members named by words in small letters
    // then a plural civility: the list goes on with the names after it.
    // « - M. Stéphane GUILLON, Président, 1er Vice-Président de la CC.VSA, Maire de Bouillé-Courdault - M. Stéphane
    // BOUILLAUD, 1er Vice-Président, Conseil. munic. ville Fontenay - … »: in a list whose entries open with a dash and a
    // civility, what follows a name on its line up to the next civility describes that member.
    const described = out.entries[out.entries.length - 1];
    if (bulleted && described && !CIVILITY_RE.test(t) && !NAME_START.test(t) && !wholeName(t, start, b) && !text.slice(described.offset, start).includes('\n')) {
      // (« … à Philippe GAFFET. Le conseil municipal a désigné… »: a sentence after the full stop ends the list.)
      if (piece.afterStop && SENTENCE.test(t)) { out.end = start; out.stopped = true; return true; }
      const next = NEXT_CIVILITY.exec(t);
      if (!next) continue;
      const skip = next.index + (next[0].length - next[0].trimStart().length);
      piece.start = start + skip;
      t = t.slice(skip);
      start += skip;
    }
    // « Mmes et MM. X, Y »: the civilities of an enumeration, alone between separators; « Absent(e)s : Mme et MM,
    // Virginie DI GIANDOMENICO, … »: so « Mme » before « et MM ».
    // (« ABSENTS : Madame et Monsieur Nadine HUSTACHE et Yves CHIAUDANO »: so « Madame » before « et Monsieur ».)
    if (PLURAL.test(t) || (/^(?:Mme|M|Madame|Monsieur)\.?$/.test(t) && /^[ \u00a0]*et[ \u00a0]+(?:MM|Mmes|Mme|M|Madame|Monsieur)\b/.test(text.slice(piece.end, piece.end + 14)))) continue;
    // « JM FERON, maire J. FISCHER G. DELAGE … »: the function of the entry before, then the next names without a
    // separator.
    const fn = FUNCTION.exec(t);
    // (Not after a full stop: « … Auguste BLANC. Secrétaire de séance Jean-Pierre FOURLON. » is the next line of the
    // head; nor the secretary's function.)
    // (« Nathalie MERLEN, Conseiller (DT Guînes) Jocelyne COZE, Conseiller (DT Alembon) … »: the function and the
    // commune of the entry before, then the next name.)
    // (« Marie-André ROHART, (DT Herbinghem) Daniel ROUGEMONT »: so the commune alone.)
    const fnLength = fn?.[0].length ?? 0;
    const fnParen = (fn || t.startsWith('(')) && out.entries.length > 0 ? /^[ \u00a0]*\(([^()\n]{1,80})\)/.exec(t.slice(fnLength)) : null;
    const fnEnd = fnLength + (fnParen?.[0].length ?? 0);
    if ((fn || fnParen) && out.entries.length > 0 && (INITIAL_NAME_AFTER.test(t.slice(fnEnd)) || (!piece.afterStop && !/^secr/i.test(fn?.[0] ?? '') && givenNameAfter(t.slice(fnEnd))))) {
      if (fnParen) readParenthesis(fnParen[1].trim(), start + fnLength + fnParen[0].indexOf('(') + 1 + (fnParen[1].length - fnParen[1].trimStart().length), out.entries[out.entries.length - 1], b, role);
      const skip = fnEnd + (t.length - fnEnd - t.slice(fnEnd).trimStart().length);
      out.entries[out.entries.length - 1].end = Math.max(out.entries[out.entries.length - 1].end, start + fnEnd);
      start += skip;
      piece.start = start;
      t = t.slice(skip);
    }
    // « M. Martin WELTE, Adjoint au Maire, à partir du point 2.7.1 Mme Christiane ERNY, … »: from which report the entry
    // before sat, after its function, then the next name without a separator (or none: the time alone in its piece).
    const since = role === 'present' && out.entries.length > 0 ? REPORT_TIME.exec(t) : null;
    if (since && (since[0].length === t.length || INITIAL_NAME_AFTER.test(t.slice(since[0].length)))) {
      timeEntryBefore(out.entries, reportTimeQualifier(since, b.span(start, start + since[0].length)), role);
      if (since[0].length === t.length) continue;
      const skip = since[0].length + (t.length - since[0].length - t.slice(since[0].length).trimStart().length);
      start += skip;
      piece.start = start;
      t = t.slice(skip);
    }
    // « Mme BAUDOIN, Adjoint par Mme LANASPRE, Adjoint jusqu’à 20h40. »: a function (the holder's), then until or from
    // which hour the entry before holds, alone in its piece.
    const fnHour = fn && out.entries.length > 0 ? FUNCTION_THEN_HOUR.exec(t) : null;
    if (fnHour) {
      const at = start + fnHour.index + fnHour[0].indexOf(fnHour[1]);
      timeEntryBefore(out.entries, qualifier(fnHour[1], b.span(at, at + fnHour[1].length)), role);
      continue;
    }
    // « Groupe Liste d Union pour un nouveau souffle pour Versailles Mme DUCHENE », « Non inscrite Mme LEHERISSEL »: the
    // political group the next members belong to, no person.
    const party = POLITICAL_GROUP.exec(t);
    if (party) {
      start += party[0].length;
      piece.start = start;
      t = t.slice(party[0].length);
    }
    // « Par M. ZILLIOX Charles Par M. MANDON Emmanuel »: the holders' column of a table, without their givers: no entry.
    // « Saint-Pierre : Joël BOUCHE. Verfeil Hervé DUTKO ; Raymond DEMATTEIS. »: under commune labels, a commune whose
    // colon was lost, before a given name and a surname in capitals (the official list of communes knows it).
    const lostLabel = commune && b.communes ? COMMUNE_BEFORE_NAME.exec(t) : null;
    if (lostLabel && b.communes!(lostLabel[1])) {
      start += lostLabel[0].length;
      piece.start = start;
      t = t.slice(lostLabel[0].length);
    }
    const holdersOnly = HOLDERS_ONLY.test(t);
    // (« Fontenay sur Conie, M. DAUBIN Gérard », « Saint Lyé la Forêt Mme↵BEAUD'HUY Nicole »: a commune cut from its
    // delegate by a comma or a civility at the line's end, no word in capitals: no person.)
    if (communesBefore >= 3 && !CIVILITY_RE.test(t) && !/\p{Lu}{2}/u.test(t) && GROUP_THEN_CIVILITY.test(`${t} M. X`)) continue;
    const communeBefore = communesBefore >= 3 && !holdersOnly ? GROUP_THEN_CIVILITY.exec(t) : null;
    if (communeBefore && !CIVILITY_RE.test(t) && !FUNCTION.test(t)) {
      start += communeBefore[1].length;
      piece.start = start;
      t = t.slice(communeBefore[1].length);
    }
    // (« … MATHEU René (). Isabelle et GONZALEZ‐MORO Régine (). … »: a given name alone, its surname lost, joined by « et »
    // to a name written surname first: one of an enumeration.)
    const pairedWord = !enumeration && ONE_WORD_THEN_PAIR.test(text.slice(start, Math.min(to, start + 80)));
    let r = holdersOnly ? ({} as ReturnType<typeof readEntry>) : readEntry(text, start, piece.end, b, role, commune, enumeration || pairedWord, underGroup);
    // « Communauté de Communes Sèvre et Loire Mr BERTIN »: the name of a group without its colon, then the first
    // member; « Nantes Métropole Mr COUTURIER ».
    if (!r.entry && !holdersOnly) {
      const civ = GROUP_THEN_CIVILITY.exec(t);
      if (civ) r = readEntry(text, start + civ[1].length, piece.end, b, role, commune, false, underGroup);
    }
    if (!r.entry && r.prose !== undefined) { out.end = r.prose; out.stopped = true; notWhole(text, r.prose, to, b, out); return true; }
    // A sentence after a full stop that starts with a name (« Mme le Maire informe le conseil… ») is prose.
    if (r.entry && r.prose !== undefined && piece.afterStop && r.next === undefined) { out.end = start; out.stopped = true; return true; }
    // (« Excusés : Bruno LAROCHE. Le Président, Cyrille DRUJON D’ASTROS, et le Maire de …, Patrick VIGNE, accueillent
    // l’Assemblée »: so a sentence after a full stop that opens with a function and its article, the name after it.)
    if (piece.afterStop && out.entries.length > 0 && FUNCTION_OPENS_SENTENCE.test(text.slice(start, start + 40))) { out.end = start; out.stopped = true; return true; }
    // « … Patrice Lalande (Jean-Louis Ledeux). Monsieur René Gibault, Maire ouvre la séance et demande… »: so is a name
    // after a full stop whose comma leads to words in lower case (a function, then a verb and its words).
    if (r.entry && piece.afterStop && r.next === undefined && SENTENCE_AFTER_NAME.test(text.slice(piece.end, Math.min(to, piece.end + 80)))) { out.end = start; out.stopped = true; return true; }
    // (« … M. WILK. Mme Émilie BOUDOT↵et Mme Annaïck RICHARD sont désignées comme secrétaires de séance. »: so two names
    // after a full stop, « et » between them, the subject of the verb that follows, over a line break.)
    if (r.entry && piece.afterStop && r.next === undefined && AND_SUBJECT.test(text.slice(piece.end, piece.end + 120))) { out.end = start; out.stopped = true; return true; }
    // (« … Muriel MASSAUD. M. Éric↵VERDIER a été élu secrétaire de séance »: so a civility and a given name that end the
    // list's text, after a full stop, their surname and the verb on the line below.)
    const surnameBelow = r.entry && piece.afterStop && r.next === undefined ? SURNAME_BELOW.exec(text.slice(piece.end, piece.end + 80)) : null;
    if (surnameBelow && SUBJECT_VERB.test(text.slice(piece.end + surnameBelow[0].length, piece.end + surnameBelow[0].length + 40))) { out.end = start; out.stopped = true; return true; }
    // (« Absent excusé : Fredy MALVOISIN Mademoiselle Sylviane DURAK↵est nommée secrétaire. »: so a name whose verb opens
    // the line below.)
    if (r.entry && r.next === undefined && verbOpensLineAfter(text, piece.end)) { out.end = start; out.stopped = true; return true; }
    // « … Thierry BLASZEZYK. Mme Sylvie PLAIRE, arrivée à 18 h 40 »: after a full stop, a name already listed starts
    // a remark about that member, not a second entry.
    // (Not when another name follows it: « … Vice- Présidents. Mme ABADIE, MM. ABAT, … » after « MM. …, ABADIE »: two
    // members of that name.)
    // (« … Valérie BERTIN ; Jacques TOURNIER. Mathieu CHARVILLAT. ETAIENT EXCUSES : … »: a name and nothing else between
    // two full stops, at the end of the list, is listed again: no remark follows it.)
    const alone = /^[\s\u00a0]*\.?[\s\u00a0]*$/.test(text.slice(piece.end, to));
    if (r.entry && piece.afterStop && !alone && out.entries.some((e) => samePerson(e.person, r.entry!.person)) && !/^[,;][ \u00a0]*(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|\p{Lu}{2})/u.test(text.slice(piece.end, piece.end + 12))) { out.end = start; out.stopped = true; return true; }
    // « … GRETTNER Madame COUCHOT est élue secrétaire. »: a name followed by the verb of a sentence is its subject,
    // not an entry; the list ends before it.
    if (r.entry && r.next === undefined && r.prose !== undefined && SUBJECT_VERB.test(text.slice(r.prose, r.prose + 40))) { out.end = start; out.stopped = true; return true; }
    if (r.entry && r.next === undefined && movesAway(text, r.entry, role)) { out.end = start; out.stopped = true; return true; }
    // « … Laurent GORZA par Bernard JAMET Yannick BOËDEC, Président, ouvre la séance à 9h10 »: the last name of the
    // piece, then its function between commas and a verb: the subject of the sentence after the list.
    const subjectAfter = r.entry ? FUNCTION_THEN_VERB.exec(text.slice(piece.end, Math.min(to, piece.end + 60))) : null;
    const verbAt = subjectAfter ? piece.end + subjectAfter[0].length : -1;
    const isSubject = subjectAfter !== null && FUNCTION_ALONE.test(subjectAfter[1].trim()) && SUBJECT_VERB.test(text.slice(verbAt, verbAt + 40));
    if (isSubject && r.next === undefined) { out.end = start; out.stopped = true; return true; }
    if (r.entry) {
      out.entries.push(r.entry);
      // Names run together in one piece: each is an entry.
      // (Each entry moves on, and is read within a window of the piece, so that a long run of names is read in
      // linear time.)
      for (let at = start; r.next !== undefined && r.next > at; ) {
        at = r.next;
        if (FUNCTION_OPENS_SENTENCE.test(text.slice(at, at + 60)) && /[ \u00a0]+\p{Ll}/u.test(text.slice(at, at + 60).replace(FUNCTION_OPENS_SENTENCE, ''))) { out.end = at; out.stopped = true; return true; }
        r = readEntry(text, at, Math.min(piece.end, at + ENTRY_WINDOW), b, role, commune, false, underGroup);
        if (!r.entry) break;
        if (/^[ \u00a0]*\p{Lu}[ \u00a0]+\p{Lu}{2}/u.test(text.slice(at, at + 6))) r.entry.uncertainStart = true;
        if (r.next === undefined && r.prose !== undefined && SUBJECT_VERB.test(text.slice(r.prose, r.prose + 40))) { out.end = at; out.stopped = true; return true; }
        if (r.next === undefined && movesAway(text, r.entry, role)) { out.end = at; out.stopped = true; return true; }
        if (isSubject && r.next === undefined) { out.end = at; out.stopped = true; return true; }
        if (r.next === undefined && verbOpensLineAfter(text, piece.end)) { out.end = at; out.stopped = true; return true; }
        out.entries.push(r.entry);
      }
      if (r.prose) {
        out.end = r.prose;
        out.stopped = true;
        notWhole(text, r.prose, to, b, out);
        return true;
      }
      continue;
    }
    // « M. BALSAN Jean Max, commune de REMOULINS, donne procuration à M. ROUX Daniel »: the commune and the proxy
    // of the entry before, between commas.
    const previous = out.entries[out.entries.length - 1];
    if (previous && COMMUNE_PIECE.test(t)) continue;
    if (previous && !previous.proxyTo && role !== 'present' && (PROXY_PHRASE.test(t) || BARE_PROXY.test(t) || REPLACED_PHRASE.test(t))) {
      const read = phrase(t, start, previous, b, role, false);
      if (read > 0) { previous.end = start + read; continue; }
    }
    // « BEAUDOIN Éric, excusé, n’est pas représenté, ni suppléé, BOULARD Dominique, … »: what the entry before is, between
    // commas.
    if (previous && ENTRY_STATUS.test(t)) { previous.end = Math.max(previous.end, start + t.length); continue; }
    // « Mme VALLERAND Jeannine↵(suppléante de M. TARTAR↵Gérard) »: a parenthesis on the line below qualifies the entry.
    if (previous && /^\([^)]*\)$/.test(t)) {
      readParenthesis(t.slice(1, -1).trim(), start + 1 + (t.length - 1 - t.slice(1).trimStart().length), previous, b, role);
      previous.end = start + t.length;
      continue;
    }
    // (« M. MAIRE DU POSET Arnaud↵(Uchizy) pouvoir à M. CURTIL Sébastien (Uchizy), »: so before the proxy of that entry.)
    const parenThen = previous && !previous.proxyTo && role !== 'present' ? /^\(([^()\n]{1,80})\)[ \u00a0]*/.exec(t) : null;
    if (parenThen && (PROXY_PHRASE.test(t.slice(parenThen[0].length)) || BARE_PROXY.test(t.slice(parenThen[0].length)))) {
      const at = start + parenThen[0].length;
      const read = phrase(t.slice(parenThen[0].length), at, previous!, b, role, false);
      if (read > 0 && /^[ \u00a0]*(?:\([^()]*\))?[ \u00a0.]*$/.test(t.slice(parenThen[0].length + read))) {
        readParenthesis(parenThen[1].trim(), start + 1 + (parenThen[1].length - parenThen[1].trimStart().length), previous!, b, role);
        previous!.end = start + t.length;
        continue;
      }
    }
    if (FUNCTION.test(t) || /^\(.*\)$/.test(t)) {
      const last = out.entries[out.entries.length - 1];
      const fn = FUNCTION.exec(t);
      // « Excusés : M. DOUCHE, maire-délégué (procuration à M. le maire), … »: the function of the entry before, then
      // what a parenthesis says of it.
      const paren = fn && last ? /^[ \u00a0]*\(([^()]*)\)[ \u00a0.]*$/.exec(t.slice(fn[0].length)) : null;
      if (paren) readParenthesis(paren[1].trim(), start + fn![0].length + paren[0].indexOf('(') + 1 + (paren[1].length - paren[1].trimStart().length), last!, b, role);
      if (last && fn) last.end = Math.max(last.end, piece.end - (raw.length - raw.trimEnd().length));
      continue;
    }
    // Prose after the names (a sentence after a full stop, or several lower-case words): the list ends there.
    // (« -2- Les décisions prises dans ce cadre… »: four words in lower case in a row are no name, wherever they stand.)
    if (out.entries.length > 0 && (piece.afterStop || /^[a-zà-ÿ]+(?:\s+[a-zà-ÿ'’]+){2,}/.test(t) || /^(?:Le|La|Les|L['’]|Il|Elle|Ils|Après|Monsieur le|Madame la|Considérant|Vu)\b/.test(t) || PROSE_RUN.test(t))) {
      out.end = start;
      out.stopped = true;
      return true;
    }
    // (« … BOGALA Jennifer, Excusés ↵ : PIETON Freddy, … »: the label of another list, its colon wrapped to the next
    // line: the list ends there, the names after it not read as its own.)
    const otherLabel = /^([^:：\n]{1,40}?)[ \u00a0]*(?:\r?\n[ \u00a0]*)?(?:[:：]|$)/.exec(t);
    const otherRole = otherLabel ? aloneLabel(`${otherLabel[1]} :`) : undefined;
    if (out.entries.length > 0 && otherRole !== undefined && otherRole !== role) {
      out.end = start;
      out.stopped = true;
      return true;
    }
    // (« Etaient présents : Tous les membres en exercice sauf Mesdames X, Y »: words for every member, before the exception
    // that names the absent; no name, nothing unread.)
    if (out.entries.length === 0 && EVERYONE.test(t.trim())) continue;
    const s = b.span(start, start + t.length);
    const last = out.unread[out.unread.length - 1];
    if (last && /^[\s,;]*$/.test(text.slice(last.end, s.offset))) out.unread[out.unread.length - 1] = b.span(last.offset, s.end);
    else out.unread.push(s);
  }
  return false;
}

/** A word in capitals alone up to the next comma (or the line's end): the rest of a surname wrapped to the next line. */
const SECRETARY_LABEL = /^secr[ée]taires?[ \u00a0]+(?:de[ \u00a0]+(?:la[ \u00a0]+)?s[ée]ance)?(?:[ \u00a0]+(?:élue?|désignée?|nommée?))?[ \u00a0]*:/iu;
const PLURAL_CIVILITY_START = /^(?:MM\.?|Mmes\.?|Messieurs|Mesdames)(?![\p{L}])/u;
/** One word in small letters after its capital, alone before a comma (« Martorell, »), and words all written so. */
const TITLE_WORD_REST = /^[ \t\u00a0]*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t\u00a0]*[,;]/u;
const TITLE_WORDS = /^\p{Lu}\p{Ll}+(?:[- \u00a0]\p{Lu}\p{Ll}+){0,3}$/u;
const CAPS_REST = /^[ \t\u00a0]*\p{Lu}{2,}[\p{Lu}'’-]*(?:[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*)?[ \t\u00a0]*(?:[,;]|\r?\n)/u;
const GIVEN_THEN_CAPS = new RegExp(`^[${UP}][${LOW}]+(?:[- ][${UP}][${LOW}]+)*[ \\u00a0]+[${UP}]{2}[${UP}'’ -]*$`, 'u');
const DELEGATES_IN_PARENTHESES = new RegExp(`^(${CAPS_GROUP})?((?:[ \\u00a0]*\\([^()\\n]{3,600}\\))+)[ \\u00a0]*[.]?$`, 'u');
/**
 * « CASTELNAU D’AUZAN LABARRERE (BEYRIES Philippe, MUR Catherine) », « (BIDAN Jean-Bernard) » (the commune's name
 * lost): a commune in capitals, maybe none, then parentheses that hold nothing but names (capitalised words, commas):
 * the commune and where each parenthesis's names start and end in the piece.
 */
function delegatesInParentheses(t: string): { commune?: string; parentheses: [number, number][] } | undefined {
  if (!t.endsWith(')') && !t.endsWith('.')) return undefined;
  // (« MME CLAUZEL (CC Cévennes Mont Lozère) »: a civility in capitals, a delegate and the member they sit for.)
  if (CIVILITY_RE.test(t)) return undefined;
  const m = DELEGATES_IN_PARENTHESES.exec(t);
  if (!m) return undefined;
  const parentheses: [number, number][] = [];
  for (let i = m[1]?.length ?? 0; i < t.length; i++) {
    if (t[i] !== '(') continue;
    const close = t.indexOf(')', i);
    const inner = t.slice(i + 1, close);
    // Names only: a word in capitals, a given name; no word in small letters (« pouvoir à », « suppléant de »).
    if (/(?<![\p{L}'’-])\p{Ll}/u.test(inner) || !/\p{Lu}{2}/u.test(inner) || !/\p{Lu}\p{Ll}/u.test(inner)) return undefined;
    parentheses.push([i + 1, close]);
    i = close;
  }
  return { commune: m[1] && isCommuneName(m[1]) ? m[1] : undefined, parentheses };
}

const ARRIVAL_OF = /^[Aa]rriv[ée]e?s?[ \u00a0]+de[ \u00a0]+((?:(?:M\.|Mme|Monsieur|Madame)[ \u00a0]+)?\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){0,3})[ \u00a0]+(?:à|a)[ \u00a0]+(\d{1,2}[ \u00a0]*h(?:eures?)?[ \u00a0]*\d{0,2})[ \u00a0]*\.?$/u;

/** The phrase of a time cut by the end of a line (« jusqu'à↵20 heures 15 »). */
export const TIME_END = /(?:jusqu['’][ \u00a0]*(?:à|au)|à[ \u00a0]+partir[ \u00a0]+d[eu]|arriv[ée]e?s?[ \u00a0]+à)[ \u00a0\t\r]*$/i;
/** An hour: « 20 heures 15 », « 20 h 15 », « 20h ». */
const AT_HOUR = new RegExp(`${TIME_SOURCE}\\.?$`, 'i');
/** A function, then « jusqu’à 20h40 » or « à partir de 20h40 », the whole piece. */
const FUNCTION_THEN_HOUR = new RegExp(`^(?:${FUNCTION_WORDS})[ \\u00a0]+((?:jusqu['’][ \\u00a0]*(?:à|au)|à[ \\u00a0]+partir[ \\u00a0]+de|à[ \\u00a0]+compter[ \\u00a0]+de)[ \\u00a0]+${TIME_SOURCE})[ \\u00a0]*\\.?$`, 'iu');
/** An arrival or a departure at an hour, in a line of names (« arrivée à 20 heures 15 », « jusqu'à 20 h 15 »). */
const ARRIVAL_HOUR = new RegExp(`(?<![\\p{L}])(?:(?:arriv[ée]e?s?|parti(?:e|s|es)?|sorti(?:e|s|es)?)[ \\u00a0]+(?:à|a)|jusqu['’][ \\u00a0]*à)[ \\u00a0]+${TIME_SOURCE}`, 'giu');
/** The ordinal of a function, or its suffix cut off by a space (« 2ème », « 1 ère »). */
const ORDINAL = /^(?:\d{1,2}(?:er|re|e|ème|eme|ère|èr|°)|ère|ème|eme)$/;
/** After a separator: an entry written surname first (« GLOAGUEN Frédérik », « DE LA VILLEON Laure »). */
/** The next entry, a surname in capitals and an initial without its full stop: « SALOU N- », « PERNAT M-P- ». */
/** A whole entry written surname first, then its initials with their full stops: « LEMOINE M-T. », « DE LA SALLE J.P. ». */
const SURNAME_THEN_INITIALS = String.raw`\p{Lu}{2,}[\p{Lu}'’-]*(?:[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*){0,2}[ \u00a0]+\p{Lu}(?:[.-]+\p{Lu})*\.`;
const SURNAME_INITIAL = new RegExp(String.raw`^(?:[-–—•][ \u00a0]+)?(?:(?:MM|MMES?|Mmes?|M)\.?[ \u00a0]*:[ \u00a0]*)?${SURNAME_THEN_INITIALS}$`, 'u');
/** The same, next: « ROBY C. » after a blank. */
const SURNAME_INITIAL_NEXT_STOP = new RegExp(String.raw`^[ \u00a0]+${SURNAME_THEN_INITIALS}(?=[\s\u00a0,;]|$)`, 'u');
const SURNAME_INITIAL_NEXT = /^[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*(?:[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*)?[ \u00a0]+\p{Lu}(?:-\p{Lu})?(?=[- \u00a0(]|$)/u;
const ENTRY_SURNAME_FIRST = /^[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*(?:[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*){0,3}[ \u00a0]+\p{Lu}\p{Ll}/u;
/** After a separator: an entry written given name first (« Francis BORDERIEUX »). */
const ENTRY_GIVEN_FIRST = /^[ \u00a0]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0]+\p{Lu}{2,}/u;
/** A civility right after a blank (tried on a few characters after a dash). */
// (« … Mme LECRES - M.↵LEBOURGEOIS »: the name may be on the next line.)
const CIVILITY_AFTER = /^[ \u00a0\t\r\n]+(?:M\.|MM\.|Mme\.?|Mmes\.?|MMES?\.?|Mlle\.?|Melle\.?|Monsieur|Madame)(?:[ \u00a0]|[ \u00a0\t]*\r?\n)/;

/**
 * The pieces of a group: text between separators outside parentheses — commas, semicolons, line breaks,
 * « et », dashes and slashes between spaces, a full stop after a word (not after an initial or a civility).
 */
/** How a list writes its names, read once over the whole list (its groups under commune labels may be short). */
/** A piece that holds a surname in capitals and nothing else but a civility (« Mrs DELVAUX », « FECTAY MARCONNET »). */
const LONE_SURNAME_PIECE = /^[ \u00a0\t\r\n]*(?:(?:M\.?|Mme|Mmes|Mrs?|MM\.?|Mesdames|Messieurs)[ \u00a0]+)?\p{Lu}[\p{Lu}'’-]+(?:[ \u00a0]\p{Lu}[\p{Lu}'’-]+)?[ \u00a0]?$/u;
interface ListStyle { separated: boolean; commas: boolean; dashes: boolean; surnamesInCaps: boolean; surnameFirst: boolean }

function listStyle(text: string, from: number, to: number): ListStyle {
  // In a list of names separated by commas, a line break with no comma before it is the wrapping of a printed line
  // (« Mme Agnès↵THOUVENOT »): it separates nothing.
  let commas = 0;
  for (let i = from; i < to && commas < 2; i++) if (text.charCodeAt(i) === 44) commas++;
  // So in a list separated by dashes (« M. Franck THOMAS - M. Bernard↵BRIEU - M. Sylvio VAN DER PIJL »).
  let dashes = 0;
  for (let i = from + 1; i + 1 < to && dashes < 2; i++) if ((text[i] === '-' || text[i] === '–' || text[i] === '—') && text[i - 1] === ' ' && text[i + 1] === ' ') dashes++;
  // A list whose names have their surname in capitals (« Jean-Marc ARNAL, … Jean Louis↵RECOUSSINES »): a piece of
  // capitalised words only, at a line's end, waits for its surname below.
  const head = text.slice(from, Math.min(to, from + 600));
  let caps = 0;
  CAPS_IN_LIST.lastIndex = 0;
  for (let m = CAPS_IN_LIST.exec(head); m && caps < 3; m = CAPS_IN_LIST.exec(head)) caps++;
  // A list written surname first (« MAURY Dominique, SANFOURCHE↵Dominique, … »): a surname alone at a line's end waits
  // for its given name below.
  let surnameFirst = 0;
  SURNAME_GIVEN.lastIndex = 0;
  for (let m = SURNAME_GIVEN.exec(head); m && surnameFirst < 3; m = SURNAME_GIVEN.exec(head)) surnameFirst++;
  return { separated: commas >= 2 || dashes >= 2, commas: commas >= 2, dashes: dashes >= 2 && commas < 2 && !/;[^;]{0,200};/.test(text.slice(from, Math.min(to, from + 400))), surnamesInCaps: caps >= 3, surnameFirst: surnameFirst >= 3 };
}

/** Whether the line that ends at `end` is long (a printed line wrapped) and holds two civilities or more, no separator. */
function wrappedCivilLine(text: string, end: number): boolean {
  // (Looked for back to the line's start, a few hundred characters at most: a longer line is no printed line.)
  const start = text.lastIndexOf('\n', end - 1) + 1;
  if (end - start < 60 || end - start > 400) return false;
  const line = text.slice(start, end);
  if (/[,;]|[ \u00a0][-–—][ \u00a0]/.test(line)) return false;
  let civilities = 0;
  ANY_CIVILITY.lastIndex = 0;
  while (ANY_CIVILITY.exec(line) && civilities < 2) civilities++;
  return civilities >= 2;
}

/** A surname in capitals alone after a dash: then another dash, a comma, a full stop, or the line's end. */
const LONE_SURNAME_AFTER = /^[ \u00a0]+\p{Lu}{2}[\p{Lu}'’-]*(?:[ \u00a0]+\p{Lu}{2}[\p{Lu}'’-]*)?[ \u00a0]*(?:[-–—,;.]|\r?\n|$)/u;
const ANY_CIVILITY = /(?<![\p{L}])(MM\.?|Mmes\.?|Messieurs|Mesdames|M\.|Mme\.?|Mlle|Monsieur|Madame)(?=[\s\u00a0])/gu;
/** Whether the last civility between from and to is plural (« MM. », « Mmes »): the names after it are surnames. */
function pluralBefore(text: string, from: number, to: number): boolean {
  let last: string | undefined;
  ANY_CIVILITY.lastIndex = 0;
  const part = text.slice(from, to);
  for (let m = ANY_CIVILITY.exec(part); m; m = ANY_CIVILITY.exec(part)) last = m[1];
  return !!last && PLURAL.test(last);
}

/** The end of a piece that is the numbers of points so far (« aux points 1 », « points 1, 2 »). */
const POINTS_BEFORE = /(?:^|[ \u00a0])points?[ \u00a0]+(?:n°[ \u00a0]*)?\d{1,3}(?:\.\d{1,3})*(?:[ \u00a0]*,[ \u00a0]*\d{1,3}(?:\.\d{1,3})*)*[ \u00a0]*$/i;

/** Whether the separator at `i` (a comma, « et ») joins two numbers of points (« aux points 1, 2 et 24 »). */
function pointsGoOn(text: string, start: number, i: number): boolean {
  const after = text[i] === ',' ? i + 1 : i + 2;
  if (text[i] !== ',' && !/[ \u00a0]/.test(text[i - 1] ?? '')) return false;
  return /^[ \u00a0]+(?:n°[ \u00a0]*)?\d|^,?\d/.test(text.slice(after, after + 6)) && POINTS_BEFORE.test(text.slice(Math.max(start, i - 40), i));
}

/**
 * Whether the words a list stopped at, to its line's end (`rest`), are the time of its last entry whose report's
 * number is on the line below (« … Nicolas LE REGENT à partir du point↵n°8, … »).
 */
function timeCutAtEnd(rest: string, below: string): boolean {
  return /^[ \u00a0]*\S/.test(rest) && POINT_TIME_CUT.test(rest) && !/[,;.]/.test(rest) && rest.length <= 40 && /^[ \u00a0\t]*(?:n[ \u00a0]*°|n°|no)?[ \u00a0]*\d/.test(below);
}
/** The head of a time's phrase at a line's end: « à », « à partir du », « jusqu’au ». */
const TIME_HEAD_AT_END = /(?:^|[ \u00a0])(à(?:[ \u00a0]+partir[ \u00a0]+d[ue]|[ \u00a0]+compter[ \u00a0]+d[ue])?|jusqu['’][ \u00a0]*(?:au|à))[ \u00a0\t\r]*$/;
/**
 * Whether a list stopped before its line's end at words (`rest`) that the line below (`below`) completes, so that it goes
 * on there: a report's time whose number is below; with `proxies`, a proxy's phrase whose holder is below, or the first
 * half of its verb (« … Catherine MARTEL donne↵procuration à … »).
 */
export function goesOnBelow(rest: string, below: string, proxies: boolean): boolean {
  return (proxies && (PROXY_CUT_AT_END.test(rest) || verbHalfAtEnd(rest, below))) || timeCutAtEnd(rest, below);
}
/** « à partir du point », its number cut by the line's end. */
const POINT_TIME_CUT = /(?:à[ \u00a0]+partir|à[ \u00a0]+compter|jusqu['’][ \u00a0]*)(?:[ \u00a0]+du|[ \u00a0]*au)[ \u00a0]+(?:rapport|point|dossier|question|délibération)[ \u00a0\t\r]*$/i;
/** « à partir du rapport n°15 », « jusqu’au point 4 »: from or until which report an entry holds, up to its figure (or the
 * quote that opens its name, « jusqu’au point « Commissions » »). */
const POINT_TIME = String.raw`(?:à[ \u00a0]+partir|à[ \u00a0]+compter|jusqu['’][ \u00a0]*)(?:[ \u00a0]+du|[ \u00a0]*au)[ \u00a0]+(?:rapport|point|dossier|question|délibération)[ \u00a0]*(?:n[ \u00a0]*°?|n°)?[ \u00a0]*(?:\d|«)`;
const POINT_TIME_AHEAD = new RegExp(`^[ \\u00a0\\t]*${POINT_TIME}`, 'i');
const POINT_TIME_ALONE = new RegExp(`^[ \\u00a0\\t]*${POINT_TIME}\\d*(?:\\.\\d+)*[ \\u00a0]*[.,;)]?[ \\u00a0\\t\\r]*$`, 'i');

/**
 * Whether the line below a line break (`after`) tells from or until which report the entry above holds: « … à Madame
 * Marie-Hélène CHASTRE↵à partir du rapport n°15. », or « … FRECHOU à↵partir du rapport n°21. » (`before`, the end of
 * the line above, keeps the « à »). `alone`: the line is nothing else.
 */
export function pointTimeBelow(before: string, after: string, alone = false): boolean {
  // (« … à Luc FOUCAULT jusqu’au↵point n°1, … »: or more of the phrase above.)
  const head = TIME_HEAD_AT_END.exec(before);
  const phrase = `${head ? `${head[1].replace(/\s+/g, ' ')} ` : ''}${after}`;
  // (« … Mesdames Nadine HUSTACHE↵saufs au points 23 et 25, … »: or for which points, in small letters.)
  return alone ? POINT_TIME_ALONE.test(phrase) : POINT_TIME_AHEAD.test(phrase) || POINTS_BELOW.test(after);
}

/** The two halves of a proxy's verb that the end of a line cut: « … a↵donné pouvoir à », « … a donné↵pouvoir à ». */
// (« … Pascale LETOURNEAU donne↵pouvoir à Joëlle SCHWOB »: so after « donne ».)
// (« Yannick LUCAS a donné pouvoir↵à Jean-Paul BERTHO »: the whole verb above, the « à » of its holder below.)
const VERB_CUT_BEFORE = /[ \u00a0](?:a|ayant|avait|donn[ée]|donne|donnant|pouvoir|procuration|mandat)[ \u00a0\t\r]*$/;
const VERB_CUT_AFTER = /^[ \u00a0\t]*(?:donn[ée]|son|pouvoir|procuration|mandat|délégation|à)[ \u00a0]/;
/** The verb of a proxy, from its giver's side: « a donné pouvoir », « donne procuration de vote », « qui a donné mandat ». */
const GAVE_PROXY_SOURCE = String.raw`(?:(?:qui[ \u00a0]+)?(?:a|à|ayant|avait)[ \u00a0]+donn[ée]|donn[ée]|donnant)[ \u00a0]+(?:son[ \u00a0]+)?(?:pouvoir|procuration|mandat|délégation)(?:[ \u00a0]+de[ \u00a0]+vote)?`;
const PROXY_VERB_ACROSS = new RegExp(`[ \\u00a0]${GAVE_PROXY_SOURCE}[ \\u00a0]`);

/** Whether a line break between `before` (the end of the line above) and `after` (the line below) cuts a proxy's verb. */
export function proxyVerbCut(before: string, after: string): boolean {
  // (« … Yannick LUCAS↵a donné pouvoir à Jean-Paul BERTHO … »: the whole phrase on the line below its giver's name.)
  if (/\p{Lu}{2}[\p{Lu}'’-]*[ \u00a0\t\r]*$/u.test(before) && PHRASE_OPENS_LINE.test(after)) return true;
  return VERB_CUT_BEFORE.test(before) && VERB_CUT_AFTER.test(after) && PROXY_VERB_ACROSS.test(`${before.trimEnd()} ${after.trimStart()}`);
}
/**
 * Whether the line text[from, to) is names, then the first half of a proxy's verb that the line below (from `below`)
 * completes: « Catherine MARTEL donne↵pouvoir à Anne BLANC ».
 */
export function namesThenCutVerb(text: string, from: number, to: number, below: number): boolean {
  const cut = VERB_CUT_BEFORE.exec(text.slice(Math.max(from, to - 12), to));
  if (!cut || !proxyVerbCut(text.slice(Math.max(from, to - 24), to), text.slice(below, below + 40))) return false;
  return looksLikeNames(text, from, Math.max(from, to - 12) + cut.index);
}
/** Nothing but the first half of a proxy's verb: « donne », « a donné », « ayant ». */
const VERB_HALF_ALONE = /^[ \u00a0]*(?:(?:qui[ \u00a0]+)?(?:a|ayant|avait)(?:[ \u00a0]+donn[ée])?|donn[ée]|donnant)[ \u00a0\t\r]*$/;
/**
 * Whether the words a list stopped at, to its line's end (`rest`), are the first half of a proxy's verb that the line
 * below completes: « Procurations : Catherine MARTEL donne↵procuration à Muriel NIGGEL ».
 */
function verbHalfAtEnd(rest: string, below: string): boolean {
  return VERB_HALF_ALONE.test(rest) && proxyVerbCut(` ${rest.trim()}`, below);
}
/** A proxy's phrase opening a line: « a donné pouvoir à », « donne procuration à ». */
const PHRASE_OPENS_LINE = new RegExp(`^[ \\u00a0\\t]*${GAVE_PROXY_SOURCE}[ \\u00a0]+(?:à|a)[ \\u00a0]`);

/** The head of a political group's name that ends a line, its members below (« … Absents excusés : Groupe Liste↵d Union … Mme X »). */
export const POLITICAL_GROUP_AT_END = /(?:^|[\s,;:])(?:Groupe|GROUPE)[ \u00a0][^,;()\n.]{0,100}$/;

/** A name, then a proxy's phrase that the end of the text cuts (« Mme Maryse POTEAUX donne pouvoir de vote à »). */
const ENTRY_CUT_AT_END = new RegExp(`^[,;]?[ \\u00a0]*(?:(?:M\\.|Mme|Mlle|Monsieur|Madame)[ \\u00a0]+)?\\p{Lu}[\\p{L}'’. \\u00a0-]{1,60}?[ \\u00a0,]+${GAVE_PROXY_SOURCE}(?:[ \\u00a0]+(?:à|a))?$`, 'u');
/**
 * Whether what follows a list to the end of the act is its last entry cut by the end of the extract: « … Mme Maryse
 * POTEAUX donne pouvoir de vote à », or the phrase alone (« donne pouvoir de vote à »).
 */
export function entryCutByEnd(rest: string): boolean {
  // (Its line breaks as blanks: the text may be wrapped anywhere in it.)
  const trimmed = rest.trim();
  if (trimmed === '' || trimmed.length >= 160) return false;
  const t = trimmed.replace(/\s+/g, ' ');
  return PROXY_CUT_AT_END.test(t) || ENTRY_CUT_AT_END.test(t);
}
/** After the end of a list, on its line: another entry that gives a proxy, « ; Mme X qui donne pouvoir à M. Y ». */
const PROXY_ENTRY_AHEAD = new RegExp(`^[^\\n:]{0,160}?[;,][ \\u00a0]*(?:M\\.|Mme|Monsieur|Madame)[ \\u00a0]+\\p{Lu}[^;,:()\\n]{1,60}?[ \\u00a0]${GAVE_PROXY_SOURCE}[ \\u00a0]+(?:à|a)[ \\u00a0]`, 'u');
/**
 * Whether the words a list stopped at, before its line's end, are followed on that line by an entry of the same list
 * (« Absents excusés : … ; M. Emmanuel DURET, dont le mandat … ; Mme Nathalie MORON qui donne pouvoir à M. Michel
 * PATTEE »): the list was not read to its end.
 */
export function entriesAfterStop(rest: string): boolean {
  return PROXY_ENTRY_AHEAD.test(rest);
}
/** What is left of a line after the last entry it reads: a proxy's phrase whose holder is below. */
export const PROXY_CUT_AT_END = new RegExp(`^[\\s,;]*(?:${GAVE_PROXY_SOURCE}[ \\u00a0]+)?(?:à|a)(?:[ \\u00a0]+(?:M\\.|Mme\\.?|Mlle|Monsieur|Madame))?[ \\t\\u00a0\\r]*$`, 'i');

/** A parenthesis that opens with a proxy: « (pouvoir donné à », « (procuration à ». */
// (« Mme BEGON (porteur d’un pouvoir de Mme↵RICHARD, M. CORBON (… »: the holder's side, the line wrapped once inside.)
const PROXY_OPENS = /^\([ \u00a0]*(?:pouvoirs?|procurations?|mandat|délégation|(?:a[ \u00a0]+)?donn[ée]|porteu(?:r|se)[ \u00a0]+d)[ \u00a0'’]/i;

/** A given name cut after its hyphen at the line break at `at` (« Jean-↵Claude », a blank line between at most). */
function cutGivenName(text: string, start: number, at: number): boolean {
  const before = text.slice(Math.max(start, at - 24), at);
  const after = text.slice(at + 1, at + 12);
  return /(?:^|[\s,;:])\p{Lu}\p{Ll}+-[ \t\u00a0\r]*(?:\n[ \t\u00a0\r]*)?$/u.test(before) && /^[ \t\u00a0\r]*(?:\n[ \t\u00a0\r]*)?\p{Lu}\p{Ll}/u.test(after);
}

/** Whether a list's names with a given name are written surname first (« IACOBBI Christophe »), three at least, more than given name first. */
export function writtenSurnameFirst(entries: readonly ListEntry[]): boolean {
  let first = 0;
  let last = 0;
  for (const { person: p } of entries) {
    if (!p.given || p.text.indexOf(p.surname) < 0) continue;
    if (p.text.indexOf(p.surname) < p.text.indexOf(p.given)) first++;
    else last++;
  }
  return first >= 3 && first > last;
}

/** The headers of a flattened table's columns before its first row: « Noms Collectivités Observations diverses ». */
// (« Délégués titulaires présents : 9 NOMS Prénoms Commune d origine DORIDANT Marie-Christine CEVINS … »: after the
// count the label gives.)
const TABLE_HEADERS = /^\s*(?:\d{1,3}[ \u00a0]+(?=NOMS?[ \u00a0]))?(?:Noms?|NOMS?)(?:[ \u00a0]+(?:et[ \u00a0]+)?(?:Prénoms?|PRÉNOMS?|PRENOMS?))?[ \u00a0]+(?:Collectivités?|COLLECTIVIT[ÉE]S?|Communes?(?:[ \u00a0]+d['’ ][ \u00a0]?origine)?|COMMUNES?|Structures?|STRUCTURES?|Organismes?|ORGANISMES?)(?:[ \u00a0]+(?:Observations?|OBSERVATIONS?)(?:[ \u00a0]+diverses)?)?[ \u00a0]+(?=\p{Lu})/u;
function headerEnd(text: string, from: number, to: number): number | undefined {
  const m = TABLE_HEADERS.exec(text.slice(from, Math.min(to, from + 120)));
  return m ? from + m[0].length : undefined;
}

/**
 * « Noms Collectivités Observations MOREAU Serge CCTVV RICHARDOT Philippe CCTVV … POUZET Francis CCTVV … »: a table
 * flattened with its rows run together, names written surname first, each followed by its body's acronym. An acronym
 * that stands after a given name and before a surname three times at least is that column's value, no surname: where it
 * stands, each time.
 */
const AFTER_GIVEN = /(?:^|[ \u00a0])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0]{1,3}((?!(?:DE|DU|DES|LE|LA|LES|DEL|DELLA|DA|DI|DOS|VAN|VON|DEN|DER|MAC|MC)[ \u00a0])\p{Lu}{2,8})(?=[ \u00a0]{1,3}(?:\p{Lu}{2,}[\p{Lu}'’-]*[ \u00a0]+\p{Lu}\p{Ll}|Pouvoir|Procuration))/gu;
function columnValues(text: string, from: number, to: number): [number, number][] {
  // (Looked for around only when the list itself holds such an acronym: most lists hold none.)
  AFTER_GIVEN.lastIndex = 0;
  if (!AFTER_GIVEN.test(text.slice(from, Math.min(to, from + 20000)))) return [];
  // (Counted over the lists around: « ÉTAIENT ABSENTS EXCUSÉS SAVOIE Pierre-Jean CCTVV GIRARD Michel CCTVV … » below
  // the present.)
  const at = Math.max(0, from - 10000);
  const found = [...text.slice(at, Math.min(text.length, to + 10000)).matchAll(AFTER_GIVEN)];
  const times = new Map<string, number>();
  const where = (m: RegExpMatchArray) => at + m.index! + m[0].length - m[1].length;
  for (const m of found) times.set(m[1], (times.get(m[1]) ?? 0) + 1);
  return found.filter((m) => times.get(m[1])! >= 3 && where(m) >= from && where(m) < to).map((m) => [where(m), where(m) + m[1].length]);
}

/** A piece that opens with a given name then a surname in capitals. */
const GIVEN_FIRST_START = /^[ \u00a0\t]*(?!(?:Mme|Mmes|Mlle|Melle|Monsieur|Madame|Messieurs|Mesdames|Mr|Mrs)[ \u00a0])\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?[ \u00a0]+\p{Lu}{2,}/u;
/** A surname in capitals, then a given name at a line's end. */
// (« … Roger CAUX Pierre Patrice↵SAINT-RAYMOND … »: one given name or two.)
const GIVEN_AFTER_SURNAME_AT_END = /\p{Lu}{2,}[\p{Lu}'’-]*[ \u00a0]+\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?[ \u00a0\t\r]*$/u;
/** The last word of a function alone on its line: « municipales. », « communautaires ; ». */
const FUNCTION_END_WORDS = String.raw`(?:municipa(?:l|le|ux|les)|communautaires?|syndica(?:l|le|ux|les)|départementa(?:l|le|ux|les)|délégué(?:e|s|es)?|titulaires?|suppléante?s?)`;
export const FUNCTION_END_LINE = new RegExp(String.raw`^[ \u00a0\t]*${FUNCTION_END_WORDS}[ \u00a0]*[.;,]?[ \u00a0\t\r]*$`, 'i');
/** The same, opening a line. */
const FUNCTION_END_OPENS = new RegExp(String.raw`^[ \u00a0\t]*${FUNCTION_END_WORDS}(?![\p{L}])`, 'iu');
/** A line that ends with the first word of a function: « conseillères », « adjoints », « délégués ». */
export const FUNCTION_CUT = /(?:^|[ \u00a0,])(?:conseill[eè]re?s?|adjointe?s?|délégué(?:e|s|es)?|membres?)[ \u00a0\t\r]*$/i;
/** One word of letters alone (a given name or a surname), blanks around it. */
const ONE_WORD = /^[ \u00a0\t\r]*\p{L}[\p{L}'’-]+[ \u00a0\t\r]*$/u;
/** The rest of an entry on the next line: a word, maybe more words (group 1), then a comma or a full stop. */
const ENTRY_REST = /^[ \u00a0\t]*\p{L}[\p{L}'’-]+((?:[ \u00a0]+[\p{L}'’()\d-]+){1,6})?[ \u00a0]*(?:,|\.(?:\s|$))/u;
/** « par » opening a line, before a name. */
const PAR_OPENS = /^[ \u00a0\t]*(?:par|PAR)[ \u00a0]+\p{Lu}/u;
/** A holder's one word after « par » or « à » at a line's end. */
const HOLDER_WORD_AT_END = /(?:^|[ \u00a0])(?:par|PAR|à|À)[ \u00a0]+\p{L}[\p{L}'’-]+[ \u00a0\t\r]*$/u;
/** Whether nearly all the entries parted by commas between two offsets are two words or more (three entries at least). */
function mostlyTwoWords(text: string, from: number, to: number): boolean {
  const entries = text.slice(from, Math.min(to, from + 4000)).split(',').map((e) => e.trim()).filter(Boolean);
  if (entries.length < 3) return false;
  const two = entries.filter((e) => /\S[ \u00a0\t\r\n]+\S/.test(e)).length;
  return two >= 0.9 * entries.length;
}

/** An entry that opens with a surname in capitals (maybe of several words) and a given name: « DE LA PAUMELIERE Agnès ». */
const SURNAME_FIRST_ENTRY = /^[ \u00a0\t]*(?:(?:M\.?|Mme\.?|Monsieur|Madame)[ \u00a0]+)?\p{Lu}{2,}[\p{Lu}'’-]*(?:[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*){0,3}[ \u00a0]+\p{Lu}\p{Ll}+/u;
/** An entry that opens with a surname in capitals and initials (« M DEATTRE D », « BOURSIER J.F »). */
const SURNAME_INITIAL_START = /^[ \u00a0\t]*(?:(?:M\.?|Mme\.?|Mlle|Monsieur|Madame)[ \u00a0]+)?\p{Lu}{2,}[\p{Lu}'’-]*(?:[ \u00a0]\p{Lu}{2,}[\p{Lu}'’-]*)?[ \u00a0]+\p{Lu}{1,2}\.?(?:[.-]?\p{Lu}\.?)?(?=[ \u00a0,;]|$)/u;
/** A given name or a civility, then the particle of a surname in capitals, at the end of a line (« Patrice LE », « Mme DE »). */
const PARTICLE_AT_END = /(?:^|[\s,;:–—-])(?:(?:M\.|Mme\.?|Mlle|Monsieur|Madame)(?:[ \u00a0]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)?|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \u00a0]+(?:LE|LA|DE|DU|DES|DI|DA|DEL|DELLA|DOS|VAN|VON)[ \u00a0\t\r]*$/u;
function pieces(text: string, from: number, to: number, style = listStyle(text, from, to)): (Piece & { afterStop?: boolean })[] {
  const out: (Piece & { afterStop?: boolean })[] = [];
  let start = from;
  let depth = 0;
  let openLines = 0;
  const { separated, commas, dashes, surnamesInCaps, surnameFirst } = style;
  let afterStop = false;
  const cut = (at: number, next: number, stop = false) => {
    // (Nothing but blanks since a full stop, « Jean-Pierre.↵↵M. X avait donné pouvoir… »: the next piece still comes
    // after that stop.)
    const empty = text.slice(start, at).trim() === '';
    if (!empty) out.push({ start, end: at, afterStop });
    afterStop = stop || (empty && afterStop);
    start = next;
  };
  let openAt = -1;
  let twoWordEntries: boolean | undefined;
  // (« Étaient présents : Collège des élus Mesdames et Messieurs X, … »: the first group's name before the first name.)
  start = groupEnd(text, from, to) ?? headerEnd(text, from, to) ?? from;
  const column = !separated ? columnValues(text, from, to) : [];
  let nextColumn = 0;
  for (let i = start; i < to; i++) {
    const c = text[i];
    // « MOREAU Serge CCTVV RICHARDOT Philippe CCTVV … »: the value of a table's column between the rows.
    while (nextColumn < column.length && column[nextColumn][0] < i) nextColumn++;
    if (depth === 0 && nextColumn < column.length && column[nextColumn][0] === i) { cut(i, column[nextColumn][1]); i = column[nextColumn][1] - 1; nextColumn++; continue; }
    // « Alain RIERA (pouvoir donné à Thierry NEDELEC, Françoise GARCIN-JACQUIER (pouvoir donné à Simone VILLE), … »: a
    // parenthesis opened inside another after a comma: the first was left open, its entry ends at that comma.
    // (Within a few words: the text between is looked at once; over one line break at most.)
    if (c === '(' && depth === 1 && openAt >= start && i - openAt <= 200) {
      const inside = text.slice(openAt, i);
      const comma = Math.max(inside.lastIndexOf(','), inside.lastIndexOf(';'));
      if (comma > 0 && inside.indexOf('\n') === inside.lastIndexOf('\n') && PROXY_OPENS.test(inside)) { depth = 0; cut(openAt + comma, openAt + comma + 1); }
    }
    if (c === '(') { if (depth++ === 0) openAt = i; continue; }
    if (c === ')') { if (depth > 0) depth--; if (depth === 0) openLines = 0; continue; }
    if (depth > 0 && c !== '\n') continue;
    // « M. VALLEE Marc (suppléant de↵M. RONDEAU Jean-Marie) »: parentheses may go on over one line break; over three
    // when they close within a few lines (« Madame Joëlle HOURS (de↵l’ouverture de la séance à la délibération n°9 et
    // de la délibération↵n°11 à la fin de la séance), … », a printed line wrapped twice).
    if (c === '\n' && depth > 0 && (openLines++ === 0 || (openLines <= 3 && /^[^()]{0,240}\)/.test(text.slice(i + 1, Math.min(to, i + 242)))))) continue;
    if (c === '\n') {
      depth = 0;
      openLines = 0;
      let p = i - 1;
      while (p >= start && /[ \u00a0\t\r]/.test(text[p])) p--;
      // « Mme. Yvonne VELAYOUDON M.↵Germain BALMOKOUN »: a civility at the end of a line belongs to the name below.
      const tail = Math.max(start, i - 8);
      // (« … LECRIVAIN, MME↵CLEMENT, MM. MOREAU »: so in capitals.)
      const civ = separated ? /[ \u00a0](?:M\.|MM\.|Mme\.?|Mmes\.?|Mlle\.?|Melle\.?|MME\.?|MMES\.?|MLLE\.?)[ \u00a0\t\r]*$/.exec(text.slice(tail, i)) : null;
      // (« Mme M.↵PATEL-DUBOURG »: after a civility, « M. » is an initial.)
      if (civ && /^(?:M\.|Mme\.?|Mlle\.?|Monsieur|Madame)$/.test(text.slice(start, tail + civ.index + 1).trim())) continue;
      // (« … pouvoir à Mme↵AVIGNON Mme CAILLAT »: after the « à » of a proxy, the civility is the holder's: no cut; « …
      // DOYEN, ayant le pouvoir de M.↵Patrick MONVOISIN »: after its « de », the giver's.)
      if (civ && /(?:^|[ \u00a0])(?:à|a|par|de)[ \u00a0]*$/.test(text.slice(Math.max(start, tail + civ.index - 6), tail + civ.index + 1))) continue;
      if (civ) { cut(tail + civ.index + 1, tail + civ.index + 1); continue; }
      // « … M. Régis DEPAIX MONTHERME MM. Alain BERNARD et Etienne↵DUPONT M. Bernard SCHRUB … »: a long printed line of
      // entries that open with their civility and no separator between them, wrapped anywhere: the civilities part
      // them, not the line's end.
      if (!separated && p >= start && /[\p{L}.]/u.test(text[p]) && /^[ \u00a0\t]*\p{L}/u.test(text.slice(i + 1, i + 4)) && wrappedCivilLine(text, i)) continue;
      // « … FOLLEROT a donné pouvoir à Mme Corine↵BRINGUIER ÉTAIT ABSENT … »: the holder's given name at the end of a line,
      // its surname below.
      // (« Pouvoir de vote : Mme Sylvie↵PERINAUD donne pouvoir … »: so at the start of an entry too.)
      if (/(?:^|[\s,;:–—-])(?:M\.|Mme\.?|Mlle|Monsieur|Madame)[ \u00a0]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0\t\r]*$/u.test(text.slice(Math.max(start, i - 50), i)) && /^[ \u00a0\t]*\p{Lu}{2,}[\p{Lu}'’-]*(?![\p{Ll}])/u.test(text.slice(i + 1, i + 40))) continue;
      // (« Présents : Edwige ZANCHI Cyrille ROLLIN … Georges ALBESSARD Elisabeth↵BALADUC Geneviève RONGERE … »: so in names
      // run together given name first, no separator, a given name after a surname at the end of the line.)
      if (!separated && GIVEN_FIRST_START.test(text.slice(start, Math.min(i, start + 60))) && GIVEN_AFTER_SURNAME_AT_END.test(text.slice(Math.max(start, i - 60), i)) && /^[ \u00a0\t]*\p{Lu}{2,}[\p{Lu}'’-]*(?![\p{Ll}])/u.test(text.slice(i + 1, i + 40))) continue;
      // (« Jessica LE GOUEVEC a donné pouvoir à Charles↵BOULOUARD Nathalie LOHO … »: so the holder's given name after « à ».)
      if (/(?:^|[ \u00a0])(?:à|par)[ \u00a0]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0\t\r]*$/u.test(text.slice(Math.max(start, i - 40), i)) && /^[ \u00a0\t]*\p{Lu}{2,}[\p{Lu}'’-]*(?![\p{Ll}])/u.test(text.slice(i + 1, i + 40))) continue;
      // (« … Mme Liliane LE SOURD à M. Patrice LE↵PENHUIZIC Secrétaire … »: the particle of a surname after a given name or a
      // civility at the end of a line, the rest of the surname in capitals below.)
      if (PARTICLE_AT_END.test(text.slice(Math.max(start, i - 50), i)) && /^[ \u00a0\t]*\p{Lu}{2,}[\p{Lu}'’-]*(?![\p{Ll}])/u.test(text.slice(i + 1, i + 40))) continue;
      // (« Absents : Mme DUFAY Sophie, M. GALLIER↵Aurélien. »: so a civility and a surname in capitals at the end of a
      // line, the given name alone below before a comma or a full stop.)
      if (/(?:^|[\s,;:–—-])(?:M\.|Mme\.?|Mlle|Monsieur|Madame)[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*[ \u00a0\t\r]*$/u.test(text.slice(Math.max(start, i - 50), i)) && /^[ \u00a0\t]*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0]*[,.;]/u.test(text.slice(i + 1, i + 40))) continue;
      // (« … M DEATTRE D donne pouvoir à M DOR↵JL, Mme LEBESGUE C … »: or its initials, in an entry written surname first
      // with initials.)
      if (SURNAME_INITIAL_START.test(text.slice(start, Math.min(i, start + 60))) && /(?:^|[\s,;:–—-])(?:M\.?|Mme\.?|Mlle|Monsieur|Madame)[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*[ \u00a0\t\r]*$/u.test(text.slice(Math.max(start, i - 50), i)) && /^[ \u00a0\t]*\p{Lu}\.?(?:[.-]?\p{Lu}\.?){0,2}[ \u00a0]*[,;]/u.test(text.slice(i + 1, i + 40))) continue;
      // (« Pouvoir : DE LA PAUMELIERE Agnès à CABON↵Herveline », in a list written surname first: so the holder's given name
      // alone on the line below the holder's surname.)
      if (/(?:^|[ \u00a0])(?:à|par)[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*[ \u00a0\t\r]*$/u.test(text.slice(Math.max(start, i - 40), i)) && /^[ \u00a0\t]*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0\t\r]*(?:\n|$)/u.test(text.slice(i + 1, i + 40)) && SURNAME_FIRST_ENTRY.test(text.slice(start, Math.min(i, start + 60)))) continue;
      // (« … ORSATELLI au Dr.↵Xavier POLI, Maire … »: a title at the end of a line, the name below.)
      if (/(?:^|[ \u00a0])(?:Dr\.?|Docteur|Pr\.|Professeur)[ \u00a0\t\r]*$/.test(text.slice(Math.max(start, i - 12), i))) continue;
      // (« M. Yves PETIOT commune de↵Noyant d’, »: the commune after a name, its words wrapped.)
      if (/[ \u00a0](?:commune|ville)[ \u00a0]+(?:de|du|des|d['’])[ \u00a0\t\r]*$/.test(text.slice(Math.max(start, i - 20), i))) continue;
      // « … par Mme LA.↵MOLLARD-CADIX – … »: a civility and initials at the end of a line, the surname below.
      if (/(?:^|[\s,;–—-])(?:M\.|Mme\.?|Mlle\.?|Monsieur|Madame)[ \u00a0]+(?:\p{Lu}{1,2}\.[ \u00a0-]?){1,2}[ \u00a0\t\r]*$/u.test(text.slice(Math.max(start, i - 30), i)) && /^[ \u00a0\t]*\p{Lu}{2,}[\p{Lu}'’-]*(?![\p{Ll}])/u.test(text.slice(i + 1, i + 40))) continue;
      // « B. VAGNEUR a donné pouvoir à G. GRIGNARD C.↵GANEAU a donné pouvoir à S. MOSS »: in entries written initial first,
      // an initial after a surname at the end of a line is the next entry's.
      const initial = /(?<=[ \u00a0]\p{Lu}{2,}[\p{Lu}'’-]*[ \u00a0]+)\p{Lu}\.[ \u00a0\t\r]*$/u.exec(text.slice(Math.max(start, i - 40), i));
      if (initial && /^[ \u00a0]*\p{Lu}\.[ \u00a0]?\p{Lu}{2}/u.test(text.slice(start, i)) && /^[ \u00a0\t]*\p{Lu}{2,}/u.test(text.slice(i + 1, i + 8))) {
        const at = Math.max(start, i - 40) + initial.index;
        cut(at, at);
        continue;
      }
      // (« CONAN Marie-Noëlle LE BAIL↵Isabelle, ODAERT Patricia »: or a surname after a whole name, its separator lost, its
      // given name below.)
      if (separated && p >= start && !/[,;.:\-–—]/.test(text[p]) && (incomplete(text.slice(start, i), surnamesInCaps) || (surnameFirst && (LONE_SURNAME.test(text.slice(start, i)) || (SURNAME_AFTER_NAME.test(text.slice(Math.max(start, i - 60), i)) && GIVEN_ALONE_BELOW.test(text.slice(i + 1, i + 40))))) || /^[ \t\u00a0]*(?:à|par)(?:[ \t\u00a0]*\r?\n|[ \t\u00a0]+\S)/.test(text.slice(i + 1, i + 40)))) continue;
      // « …, Evelyne MONDON↵DELAVOUS, Yannick LEBEN, … »: in a list separated by commas whose entry before the break is a
      // given name and a surname in capitals, a word in capitals alone before the next comma ends that surname (a
      // printed line wrapped inside it), not a member of its own.
      // (« …, Mme MESSINA, Mme MORGADO↵DO MONTE, … »: so after a civility and a surname, in a list whose names have one.)
      if (commas && p >= start && !/[,;.:\-–—]/.test(text[p]) && CAPS_REST.test(text.slice(i + 1, i + 60))) {
        const before = text.slice(start, i).trim();
        const bare = before.replace(CIVILITY_RE, '');
        if (GIVEN_THEN_CAPS.test(bare) || (bare !== before && !PLURAL_CIVILITY_START.test(before) && /^\p{Lu}{2,}[\p{Lu}'’-]*$/u.test(bare))) continue;
      }
      // (« …, Jean Pierre↵Martorell, Claude Mora, … »: so in a list whose names are written in small letters, a word alone
      // before the next comma after words that are all given names or a name.)
      if (commas && !surnamesInCaps && p >= start && /\p{Ll}/u.test(text[p]) && TITLE_WORD_REST.test(text.slice(i + 1, i + 40)) && TITLE_WORDS.test(text.slice(start, i).trim())) continue;
      // « Mme Daphné RACT-↵MADOUX »: a name cut by the end of the line after its hyphen goes on below.
      if (text[p] === '-' && p > start && /\p{Lu}/u.test(text[p - 1]) && /^[ \t\u00a0]*\p{Lu}{2}/u.test(text.slice(i + 1, i + 6))) continue;
      // « …, Jean-↵↵Claude GROSS à … »: so does a compound given name cut after its hyphen, a blank line between at most.
      if (cutGivenName(text, start, i)) continue;
      // « … Mme RIGAUD-JURÉ a↵donné pouvoir à … »: so does the « a » of a proxy's verb.
      // (« G. LESCOAT a donné↵pouvoir à S. DOREL »: or after « donné ».)
      if (proxyVerbCut(text.slice(Math.max(start, p - 24), p + 1), text.slice(i + 1, i + 40))) continue;
      // « … Absents excusés : Groupe Liste↵d Union pour un nouveau souffle pour Versailles Mme RIGAUD-JURÉ … »: the name of a
      // political group wrapped before its members.
      if (POLITICAL_GROUP_AT_END.test(text.slice(Math.max(start, i - 100), i).trimEnd())) continue;
      // « Mme ZENAÏDI↵donne pouvoir à↵M. BEAUPERIN »: a proxy phrase at the end of a line goes on below; so does the « à »
      // of a proxy after a name (« Madame Pascale MINIERE (Boulay les Barres) à↵Monsieur Jean-Guy ROBLIN (Bricy), »).
      // (« … Abdallah CHIBI à↵↵Vasilica CHARNAY, … »: a blank line between, the paragraphs of a page set apart.)
      const upTo = text.slice(Math.max(start, i - 48), i).replace(/\n[ \u00a0\t\r]*$/, '');
      // (« … MODRIC pouvoir à M↵Jacques SEVRAIN »: so with a civility written without its full stop after the « à ».)
      // (« … CHARBONNEAUX Eddy par↵CLÉMENT Marie »: so the « par » of a substitute after a name.)
      if (PHRASE_END.test(upTo.slice(-40)) || /[\p{L})][ \u00a0]+(?:à|par)(?:[ \u00a0]+(?:M|Mme|Mlle))?[ \u00a0\t\r]*$/u.test(upTo.slice(-10))) continue;
      // « M LARAIZE Olivier↵suppléant M. DUPECHOT Jean-Claude (Le Brethon) ; »: so does the member a substitute replaces.
      if (/^[ \u00a0\t]*(?:suppléante?|remplaçante?)(?:[ \u00a0]+(?:de|du))?[ \u00a0]+(?:M\.?|Mme|Monsieur|Madame)[ \u00a0]/i.test(text.slice(i + 1, i + 40)) && p >= start && !/[,;.:\-–—]/.test(text[p])) continue;
      // « … à Madame Marie-Hélène CHASTRE↵à partir du rapport n°15. »: so does the report from or until which it holds.
      if (pointTimeBelow(text.slice(Math.max(start, p - 1), p + 1), text.slice(i + 1, i + 40))) continue;
      // « …, jusqu'à↵20 heures 15. »: so does the phrase of a time.
      if (TIME_END.test(text.slice(Math.max(start, i - 20), i))) continue;
      // (« Nicolas LE REGENT à partir du point↵n°8, Sylvie SCULO »: so a report's time cut before its number.)
      if (POINT_TIME_CUT.test(text.slice(Math.max(start, i - 40), i)) && /^[ \u00a0\t]*(?:n[ \u00a0]*°|n°|no)?[ \u00a0]*\d/.test(text.slice(i + 1, i + 12))) continue;
      // « M.↵DUPONT »: a civility alone at the end of a line belongs to the name below.
      // « M. V.↵JOVEVSKI », « Mme M.P.↵PIALLAT »: nor do a civility and initials, whose surname is below.
      // (« Monsieur Monsieur↵Mickaël D’HUIT »: a civility written twice.)
      if (/^(?:(?:M\.|MM\.|Mme\.?|Mmes\.?|Mlle\.?|Monsieur|Madame)(?:[ \u00a0]+(?:Monsieur|Madame))?|(?:(?:M\.|Mme\.?|Mlle\.?|Monsieur|Madame)[ \u00a0]+)?\p{Lu}\.(?:-?\p{Lu}\.)*)$/u.test(text.slice(start, i).trim())) continue;
      // « … a donné pouvoir à Mme↵GIFFORD. »: nor does one after the words of the entry.
      // (« … Mme LAJAT à Mme↵↵SERCOMANENS. »: nor over a blank line, a page's paragraphs set a line apart.)
      if (/[ \u00a0](?:M\.|Mme\.?|Mlle\.?|Monsieur|Madame)[ \u00a0\t\r]*\n?[ \u00a0\t\r]*$/.test(text.slice(Math.max(start, i - 14), i))) continue;
      // (« M. Luc GRIS représenté(e)↵par Mme Anne ROSE »: so a participle of a proxy or a substitute, « par » below.)
      if (/[ \u00a0](?:représentée?|remplacée?)[ \u00a0\t\r]*$/.test(text.slice(Math.max(start, i - 16), i)) && /^[ \u00a0\t]*par[ \u00a0]/.test(text.slice(i + 1, i + 8))) continue;
      // « … RAULO et DIARD-MARTIN conseillères↵municipales. »: so does a function cut by the line's end.
      if (FUNCTION_CUT.test(text.slice(Math.max(start, i - 30), i)) && FUNCTION_END_OPENS.test(text.slice(i + 1, i + 40))) continue;
      // « …, JEAN DESLANDES, CLAUDE↵ERMOGENI, CAMILLE FALQUE … », « …, JOHANNA↵BERREBI PAR SANDIE VESVRE, … », « … PAR
      // LILIANE↵GAUDUBOIS, … »: in a list whose entries, parted by commas, are names of two words or more, one word alone
      // before the line's end (or a holder's one word after « par » or « à ») and the rest of the entry up to the next
      // comma or full stop below: a name the line's end cut.
      const below = commas ? ENTRY_REST.exec(text.slice(i + 1, i + 80)) : null;
      // (« … MANUEL ZACKLAD↵PAR CHRISTOPHE PAQUIS. »: so the holder's « par » opening the line below.)
      // (Not « Etaient présents : Yannick BOËDEC, Président↵Hugues PORTELLI, … », a function before the line's end; nor
      // before a civility, the next entry's.)
      const word = below && !CIVILITY_RE.test(below[0].trimStart()) ? ONE_WORD.exec(text.slice(start, i)) : null;
      if (below && ((word && !FUNCTION_ALONE.test(word[0].trim())) || (!below[1] && HOLDER_WORD_AT_END.test(text.slice(Math.max(start, i - 40), i))) || PAR_OPENS.test(below[0])) && (twoWordEntries ??= mostlyTwoWords(text, from, to))) continue;
      cut(i, i + 1);
      continue;
    }
    // « Bernadette GEHIN aux points 1, 2 et 24, Laure PEQUEGNOT »: the commas between the numbers of points part no
    // entries.
    if ((c === ',' || (c === 'e' && text[i + 1] === 't')) && pointsGoOn(text, start, i)) { if (c === 'e') i++; continue; }
    // (« Nicole MORERE, Administratrice qui a donné pouvoir à M GAUDY »: the function of the entry, then its proxy; « M.
    // RIFAIT, Conseiller Municipal, par M. BRIAULT »: the comma after the function too.)
    const fnThenProxy = c === ',' ? FUNCTION_THEN_PROXY.exec(text.slice(i + 1, i + 80)) : null;
    if (fnThenProxy) { i += fnThenProxy[0].length; continue; }
    // (« M. Emmanuel DURET, représenté par sa suppléante, Mme Christine HUET ; »: the substitute after a comma.)
    if (c === ',' && SUBSTITUTE_WORD_END.test(text.slice(Math.max(start, i - 40), i))) continue;
    // (« Mme MUNOZ représentée par M, ACHOURI »: an OCR's comma for the full stop of a civility, after a word in small
    // letters and before a surname in capitals; not « BIRON M, CHEVEUX M », an initial after a surname.)
    if (c === ',' && /(?:^|[ \u00a0])\p{Ll}+[ \u00a0]+M$/u.test(text.slice(Math.max(start, i - 16), i)) && /^[ \u00a0]+\p{Lu}{2}/u.test(text.slice(i + 1, i + 6))) continue;
    if (c === ',' || c === ';' || c === '•') { cut(i, i + 1); continue; }
    // « ANZY LE DUC ...... M. Jean-Marc POMMIER ...... M. Eric NEVERS BAUGY ...... »: the dotted leaders of a table's row
    // between blanks separate its cells.
    if (c === '.' && text[i + 1] === '.' && text[i + 2] === '.' && (i === from || /[ \u00a0\t]/.test(text[i - 1]))) {
      let e = i;
      while (e < to && text[e] === '.') e++;
      if (e === to || /[ \u00a0\t\r\n]/.test(text[e])) { cut(i, e); i = e - 1; continue; }
    }
    // (« Monsieur Denis SPIELBERGER - Erstein > procuration à Madame Colette ALIZON Monsieur Joseph … »: a « > » between
    // blanks before the proxy of the entry.)
    if (c === '>' && i > start && /[ \u00a0]/.test(text[i - 1]) && /^[ \u00a0]+(?:procuration|pouvoir|mandat|délégation)[ \u00a0]/i.test(text.slice(i + 1, i + 16))) { cut(i, i + 1); continue; }
    // (« M. ECHEVEST à MME LE MAIRE N. || MME LE COTTON à M. HAMON »: a doubled bar between entries.)
    if (c === '|' && text[i + 1] === '|') { cut(i, i + 2); i++; continue; }
    // (« · Laurence RESNAIS, qui a donné pouvoir à Noël ADAM · Sophie ACLOQUE … »: a middle dot between blanks, the
    // bullet of each entry run into one line.)
    if (c === '·' && (i === from || /[ \u00a0\t\n]/.test(text[i - 1])) && (i + 1 === to || /[ \u00a0\t\r\n]/.test(text[i + 1]))) { cut(i, i + 1); continue; }
    // « M. DUCRETTET* Mme ROBERT* M. GYSELINCK* »: an asterisk after each entry.
    if (c === '*' && i > start && !/[\s\u00a0*]/.test(text[i - 1]) && (i + 1 === to || /[ \u00a0\t\r\n]/.test(text[i + 1]))) { cut(i, i + 1); continue; }
    // « … Alain SALOMON Madame : Marie-Claire BOSSEZ »: the civility of the names that follow, before a colon, starts a
    // piece.
    if (c === 'M' && i > start && /[ \u00a0]/.test(text[i - 1]) && CIVILITY_GROUP.test(text.slice(i, i + 16))) { cut(i, i); continue; }
    // « … Raphaël 2. BLASER … »: the number of the next entry of a numbered list starts a piece.
    if (c >= '0' && c <= '9' && i > start && /[ \u00a0]/.test(text[i - 1]) && NUMBERED.test(text.slice(i, i + 10))) { cut(i, i); continue; }
    const blankBefore = i > from && /[ \u00a0\t]/.test(text[i - 1]);
    // (« ROMERO B. –↵OLMOS M. »: a dash at the end of a line separates too.)
    const blankAfter = i + 1 < to && /[ \u00a0\t\r\n]/.test(text[i + 1]);
    // « M BADOC Claude–– Mme BASSANELLI Magali », « Mme CASTEAU Isabel ––– M. CLEMENT David »: a run of two or three en
    // or em dashes separates, stuck to the name before or not.
    if ((c === '–' || c === '—') && text[i - 1] !== '–' && text[i - 1] !== '—') {
      let e = i;
      while (e < to && e - i < 4 && (text[e] === '–' || text[e] === '—')) e++;
      if (e - i >= 2 && e - i <= 3 && (e === to || /[ \u00a0\t\r\n]/.test(text[e]))) { cut(i, e); i = e - 1; continue; }
    }
    // « Procurations : de M. Pierre NOIR à M. Bernard BLANC de Mme Marie ROSE à Mme Sylvie VERT »: after a holder, « de »
    // and a civility open the next proxy.
    if (c === 'd' && blankBefore && text.startsWith('de ', i) && CIVILITY_AFTER.test(text.slice(i + 2, i + 15)) && /[ \u00a0]à[ \u00a0]+(?:M\.|Mme|Monsieur|Madame)[ \u00a0]/.test(text.slice(start, i))) { cut(i, i + 2); i++; continue; }
    // « Madame Maryse LAVIE- CAMBOT - CD 16 Monsieur Jean-Claude GODINEAU - CD 17 … »: the code of the body a member comes
    // from after a dash parts the entries, no name of its own.
    if ((c === '-' || c === '–' || c === '—') && blankBefore) {
      const code = BODY_CODE.exec(text.slice(i - 1, Math.min(to, i + 24)));
      if (code) { cut(i, i - 1 + code[0].length); i += code[0].length - 2; continue; }
    }
    // « ROQUERE P. -- CHABBERT R »: a doubled dash; « SABARTHES G.– PETHERBRIDGE S. »: a dash stuck to an initial.
    // (« RALLU Philippe –– MONNIER Pascal »: so two en dashes.)
    // (« Mme Marie-Laure COUPEAU -– M. Yves SERIE »: a hyphen and an en dash; « Jean-Pierre PLUS –- Michel VAILLIES »: the
    // other way round.)
    if ((c === '-' || c === '–') && (text[i + 1] === c || (c === '-' && (text[i + 1] === '–' || text[i + 1] === '—')) || (c === '–' && text[i + 1] === '-')) && blankBefore && i + 2 < to && /[ \u00a0\t]/.test(text[i + 2])) { cut(i, i + 2); i++; continue; }
    // (« Claude FERRON– Titulaire », « Nathalie BROCHUT– Titulaire »: an en dash stuck to a surname in capitals.)
    if ((c === '–' || c === '—') && (text[i - 1] === '.' || (i - 2 >= start && /\p{Lu}{2}/u.test(text.slice(i - 2, i)))) && blankAfter) { cut(i, i + 1); continue; }
    // (« GENON – CHAPUIS – SAINT GERMAIN –REFFET Patrick– BURTIN – … »: in a list set out with dashes between blanks, an
    // en or em dash with a blank on one side only, a capital after it or a letter before it, separates too: a name's own
    // dash is a hyphen.)
    if ((c === '–' || c === '—') && dashes && blankBefore !== blankAfter && (blankBefore ? /\p{Lu}/u.test(text[i + 1] ?? '') : /\p{L}/u.test(text[i - 1] ?? ''))) { cut(i, i + 1); continue; }
    // « … VISSE M et WIART A. * Etaient excusés : … »: an asterisk between blanks parts the lists of a flattened page.
    if (c === '*' && blankBefore && (blankAfter || i + 1 === to)) { cut(i, i + 1); continue; }
    // A dash between blanks separates names; in a list separated by commas, a hyphen between blanks is one a PDF
    // extraction spaced out inside a name (« BROCA - LANNAUD Marie - Thérèse »), unless a civility follows (« Mme Anne
    // REY - M. Luc BAILLY »: a list set out with dashes whose lines end with commas).
    // (« Pierre GEORGET, Maire - Catherine VESIEZ, … »: after a function, a dash separates too.)
    // « MM. LAGARDE - CHENINA - ARRIVE »: after a plural civility, a dash before a surname in capitals alone (no given
    // name after it) separates (each a member), even in a list separated by commas; not « BROCA - LANNAUD Marie ».
    if (c === '-' && blankBefore && blankAfter && /\p{Lu}{2}[\p{Lu}'’-]*[ \u00a0]*$/u.test(text.slice(Math.max(start, i - 40), i)) && LONE_SURNAME_AFTER.test(text.slice(i + 1, i + 60)) && pluralBefore(text, Math.max(from, i - 200), i)) { cut(i, i + 1); continue; }
    // (« VERMEULEN J.P./ FYVEY L. », « FRANCKE C/ GHISKIER P. », « Mme Evelyne TOUSSAINT/ M Hervé VAXELAIRE »: a slash
    // stuck to the initial or the surname before it.)
    // (Not « LA FERTE S/ JOUARRE »: « S/ » abbreviates « sur » or « sous » in a commune's name.)
    if (c === '/' && !blankBefore && blankAfter && i > start && !/[\s\u00a0][Ss]$/.test(text.slice(i - 2, i)) && /(?:^|[\s\u00a0])\p{Lu}{2,}[\p{Lu}'’-]*(?:[ \u00a0]+(?:\p{Lu}\.?)+)?$/u.test(text.slice(Math.max(start, i - 40), i))) { cut(i, i + 1); continue; }
    // (« BESSEY : M. X - Mme Véronique CUILLERON - LA CHAPELLE-VILLARS : … »: a dash before the next commune's label ends
    // the group's last name, whatever the list's separators.)
    if ((c === '-' || c === '–' || c === '—' || c === '/') && (blankBefore || i === start) && (blankAfter || i + 1 === to) && !(c === '-' && commas && i > start && !givenThenSurname(text, i, start, to) && !CIVILITY_AFTER.test(text.slice(i + 1, i + 14)) && !(INITIAL_DOT_NAME_AFTER.test(text.slice(i + 1, i + 40)) && INITIAL_NAME_BEFORE.test(text.slice(Math.max(start, i - 40), i))) && !FUNCTION_ALONE.test(text.slice(start, i).trim()) && !(to - i <= 40 && to < text.length && text[to] !== '\n' && text[to] !== '\r' && /^[ \u00a0\t]*$/.test(text.slice(i + 1, to))))) { cut(i, i + 1); continue; }
    // « NOURRISSON Isabelle- GLOAGUEN Frédérik », « (arrivée à 22h30)- GORIAUX Christine »: a dash stuck to the end of
    // an entry, before one written surname first (« Marie- LACOSTE ; », « Jean- Pierre BOUVIER » are names cut); or stuck
    // to the next entry (« LAMOOT Julie -STAHL Arlette »).
    const stuckToNext = blankBefore && !blankAfter;
    if ((c === '-' || c === '–') && i > start && /[\p{Ll})]/u.test(stuckToNext ? text[i - 2] ?? '' : text[i - 1]) && ENTRY_SURNAME_FIRST.test(`${stuckToNext ? ' ' : ''}${text.slice(i + 1, i + 80)}`)) { cut(i, i + 1); continue; }
    // (« MAS J-P- CONSTANT J-P- LESENEY A- SALOU N- … »: so after an initial without its full stop, before a surname in
    // capitals and its initial.)
    if (c === '-' && blankAfter && i > start + 1 && /(?:^|[ \u00a0-])\p{Lu}$/u.test(text.slice(Math.max(start, i - 2), i)) && /\p{Lu}{2,}[\p{Lu}'’-]*[ \u00a0]+\p{Lu}(?:-\p{Lu})?$/u.test(text.slice(Math.max(start, i - 40), i)) && SURNAME_INITIAL_NEXT.test(text.slice(i + 1, i + 60))) { cut(i, i + 1); continue; }
    // « Lionel DEBELLE- Francis BORDERIEUX », « Monsieur Didier TOURNAY- Madame Lydie GARNIER »: so after a surname in
    // capitals, before a given name and a surname, or a civility (« J.S. LALOY- F. SZYPULA »: or an initial).
    if ((c === '-' || c === '–') && i > start + 1 && /\p{Lu}{2}$/u.test(text.slice(i - 2, i)) && (ENTRY_GIVEN_FIRST.test(text.slice(i + 1, i + 80)) || CIVILITY_AFTER.test(text.slice(i + 1, i + 14)) || INITIAL_DOT_NAME_AFTER.test(text.slice(i + 1, i + 40)))) { cut(i, i + 1); continue; }
    // « Monsieur PULLEUX Sébastien– Madame MENARD GAULTIER Valérie »: an en dash stuck to a given name, before a civility.
    if ((c === '–' || c === '—') && i > start && /\p{Ll}/u.test(text[i - 1]) && CIVILITY_AFTER.test(text.slice(i + 1, i + 14))) { cut(i, i + 1); continue; }
    // « Mme Nicole BONNEFOY -MM. Franck BONNET »: a dash stuck to the civility of the next entry.
    // (« M. Grégory VAIZAND (arrivé à 20h15)- Mme Sylvie DELANGLE »: so a dash stuck to a closing parenthesis.)
    if ((c === '-' || c === '–') && (blankBefore || i === start || (text[i - 1] === ')' && i > start)) && CIVILITY_AFTER.test(` ${text.slice(i + 1, i + 13)}`)) { cut(i, i + 1); continue; }
    // (« … ROUX - DUPREZ- GIMBERT –BOURGEOIS – FASSENET … »: in a list of surnames separated by dashes, a dash stuck to one
    // of two surnames in capitals lost its blank; not in a list separated by commas, « RIBEIRO- GONCALVES », nor after a
    // given name, « Christian RAULT- ECHIRE » (a delegate's commune), « Fabrice RUEL- PROCURATION » (a table's column),
    // nor before one, « Mme RACCHINI- DANJAUME Géraldine ».)
    if (dashes && (c === '-' || c === '–' || c === '—') && blankBefore !== blankAfter && i > start + 1 && i - start <= 60 && /\p{Lu}{2}[ \u00a0]?$/u.test(text.slice(i - 3, i)) && LONE_SURNAME_AFTER.test(` ${text.slice(i + 1, i + 60)}`) && LONE_SURNAME_PIECE.test(text.slice(start, i))) { cut(i, i + 1); continue; }
    // (« Gilles PASSOT (arrivé en cours de séance)- Philippe Perron »: and before any name; no name holds « )- ».)
    if ((c === '-' || c === '–') && text[i - 1] === ')' && i > start && blankAfter && /^[ \u00a0]+\p{Lu}/u.test(text.slice(i + 1, i + 4))) { cut(i, i + 1); continue; }
    // (« … Jacques FORTIN↵et Eric DUTHOIT »: « et » opening a line too.)
    if (c === 'e' && (blankBefore || text[i - 1] === '\n') && text[i + 1] === 't' && (i + 2 >= to || /[ \u00a0\t]/.test(text[i + 2]))) { cut(i, i + 2); i++; continue; }
    // (« Mesdames … et Peggy LUTON ainsi que Messieurs Patrick RAYTON, … »: « ainsi que » as « et ».)
    if (c === 'a' && blankBefore && text.startsWith('insi', i + 1) && /^ainsi[ \u00a0]+que[ \u00a0]/.test(text.slice(i, i + 11))) { const n = /^ainsi[ \u00a0]+que/.exec(text.slice(i, i + 11))![0].length; cut(i, i + n); i += n - 1; continue; }
    // « BOUTEILLE ET GRETTNER »: « ET » in capitals between surnames in capitals.
    // (Not between civilities before their names: « MMES ET MS : ALIGNOL Jocelyne, … ».)
    if (c === 'E' && blankBefore && text[i + 1] === 'T' && i + 3 < to && /[ \u00a0]/.test(text[i + 2]) && /\p{Lu}/u.test(text[i + 3]) && /\p{Lu}/u.test(text[i - 2] ?? '') && !CIVILITIES_JOINED.test(text.slice(Math.max(start, i - 12), i + 16))) { cut(i, i + 2); i++; continue; }
    if (c === '.' && (i + 1 >= to || /[\s\u00a0]/.test(text[i + 1]))) {
      // After an initial (« J. », « J-Ph. »), a civility (« M. », « Mme. ») or an abbreviation, a full stop ends nothing.
      // The word before the stop, looked for back to the start of the piece only (never over the whole text).
      let wordStart = i;
      while (wordStart > start && !/[\s\u00a0]/.test(text[wordStart - 1])) wordStart--;
      const w = text.slice(wordStart, i);
      // (« … GUILLOTREAU (arrivée au point 8). Lavalette : … »: after a parenthesis, it does.)
      // (« LEMOINE M-T. ROBY C. »: the initial that ends an entry written surname first, before the next such entry, its
      // comma lost.)
      if (text[i - 1] !== ')' && (w.length <= 2 || /^(?:Mme|Mlle|Mmes|MM|Melle|Mr|Mrs|Mes|Dr|St|Ste|cf|p|n°)$/i.test(w) || /^\p{Lu}\p{Ll}?(?:[.-]+\p{Lu}\p{Ll}?)*$/u.test(w))) {
        if (/^\p{Lu}(?:[.-]+\p{Lu})*$/u.test(w) && i - start <= 60 && SURNAME_INITIAL.test(text.slice(start, i + 1).trim()) && SURNAME_INITIAL_NEXT_STOP.test(text.slice(i + 1, i + 60))) cut(i + 1, i + 1);
        continue;
      }
      // « Étaient présents : Collège des élus Mesdames et Messieurs X, Y. Collège des professionnels et personnalités
      // qualifiées Mesdames et Messieurs Z, … »: a group of members named in words then a plural civility after the
      // stop: the list goes on with the names after it.
      const group = groupEnd(text, i + 1, to);
      if (group !== undefined) {
        cut(i, group);
        i = group - 1;
        continue;
      }
      cut(i, i + 1, true);
      continue;
    }
    // « ALTEYRAC.TIEBOT.Mmes PEREZ.DUMAS »: surnames in capitals separated by full stops with no space.
    // (« BARRABES.M »: a single capital after the stop is an initial.)
    if (c === '.' && i > start && /\p{Lu}/u.test(text[i + 1] ?? '') && /\p{Lu}/u.test(text[i - 1]) && /[\p{L}.]/u.test(text[i + 2] ?? '')) {
      let wordStart = i;
      // (« AbelMIGNÉ.OBJET »: a given name glued to it too.)
      while (wordStart > start && /\p{L}|['’-]/u.test(text[wordStart - 1])) wordStart--;
      if (/\p{Lu}{3,}$/u.test(text.slice(wordStart, i)) && (wordStart === start || /[\s\u00a0]/.test(text[wordStart - 1])) && !/^(?:MME|MMES|MLLE)$/.test(text.slice(wordStart, i))) cut(i, i + 1);
    }
  }
  cut(to, to);
  return out;
}

/**
 * « MARQUES Karine - JUGE Didier », « Thierry RUF - Stéphane CHAMPAY »: a spaced hyphen between a given name and a
 * surname in capitals, or a surname in capitals and a full name, separates two people (inside a name it joins two
 * surnames, « BROCA - LANNAUD », or two given names, « Marie - Thérèse »).
 */
function givenThenSurname(text: string, dash: number, from: number, to: number): boolean {
  let a = dash - 1;
  while (a > from && /[ \u00a0\t]/.test(text[a])) a--;
  let s = a;
  while (s > from && dash - s < 40 && !/[\s\u00a0]/.test(text[s - 1])) s--;
  let b = dash + 1;
  while (b < to && /[ \u00a0\t]/.test(text[b])) b++;
  let e = b;
  while (e < to && e - b < 40 && !/[\s\u00a0,;]/.test(text[e])) e++;
  if (CAP_WORD.test(text.slice(s, a + 1)) && CAPS_WORD.test(text.slice(b, e)) && !INITIALS.test(text.slice(b, e))) return true;
  // (« Renaud CALVAT, représenté par Thierry RUF - Stéphane CHAMPAY, … »: a surname in capitals, then a given name and
  // a surname in capitals.)
  return CAPS_WORD.test(text.slice(s, a + 1)) && !INITIALS.test(text.slice(s, a + 1)) && CAP_WORD.test(text.slice(b, e)) && NAME_IN_CAPS_AFTER.test(text.slice(e, e + 40));
}
const NAME_IN_CAPS_AFTER = /^[ \u00a0]+\p{Lu}{2}/u;

/**
 * Whether the words before a line break are a name not finished (« Mme Anne », « Isabelle BULTE- »), which the next
 * line completes; not a name whole (« Jean DUPONT », « Jean Dupont ») nor a function (« Maire »).
 */
/** An entry written surname first, after a separator: « , MAURY Dominique ». */
// (« , ROUGE Anne 3ème adjoint, »: a function may follow.)
// (« … : BOULEAU Bernard - GROLLEAU-MOULIN↵Milaine / … »: between dashes, slashes and commune labels too.)
// (« Mesdames GRENET Mireille, LAMBLA↵Patricia, LE BARS Béatrice »: a plural civility before the first; a surname of
// several words.)
const SURNAME_GIVEN = /(?:^|[,;:/]|[ \u00a0][-–—](?=[ \u00a0]))[ \u00a0]*(?:(?:M\.|Mme\.?|Mlle|Messieurs|Mesdames|MM\.|Mmes)[ \u00a0]+)?\p{Lu}{2,}[\p{Lu}'’-]*(?:[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*){0,2}[ \u00a0]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?=[ \u00a0]*[,;.\n/]|[ \u00a0]+[-–—][ \u00a0]|[ \u00a0]+[\d\p{Ll}])/gu;
/** A surname alone in capitals (its civility perhaps). */
// (« ; Bricy M. AUBERT↵Dominique, »: so after the commune of the delegate, without its colon.)
const LONE_SURNAME = /^[ \u00a0]*(?:\p{Lu}\p{Ll}+(?:[ \u00a0]+(?:\p{Lu}\p{Ll}+|le|la|les|lez|lès|sur|sous|en|de|du))*[ \u00a0]+(?=(?:M\.|Mme|Mlle)[ \u00a0]))?(?:(?:M\.|Mme\.?|Mlle)[ \u00a0]+|(?:Messieurs|Mesdames|MM\.|Mmes)[ \u00a0]*:?[ \u00a0]+)?\p{Lu}{2,}[\p{Lu}'’-]*(?:[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*){0,2}[ \u00a0\t\r]*$/u;
/** A surname in capitals after a given name, at a line's end: « CONAN Marie-Noëlle LE BAIL ». */
const SURNAME_AFTER_NAME = /\p{Ll}[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*(?:[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*){0,2}[ \u00a0\t\r]*$/u;
/** A given name alone at a line's start, before a separator: « Isabelle, ». */
const GIVEN_ALONE_BELOW = /^[ \u00a0\t]*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0]*[,;.]/u;
const CAPS_IN_LIST = /(?<![\p{L}])[A-ZÀ-Þ]{3,}(?![\p{L}])/gu;

function incomplete(fragment: string, surnamesInCaps = false): boolean {
  // « Mme TIFRA donne pouvoir à Anne↵REVEYRAND »: after a proxy phrase, the name of the holder is what may go on.
  const holder = HOLDER_AT_END.exec(fragment.slice(-200));
  const t = (holder ? holder[1] : fragment).trim();
  if (!t || COUNT_BOX.test(t)) return false;
  // « Géraldine BASTIEN↵à↵Jean-Pierre BRENAS »: a proxy's « à » ends no entry.
  // (« NARCISSE NGAKA PAR↵CHRISTIAN LAGRANGE »: so « PAR » in a text in capitals.)
  if (/(?:^|\s)(?:à|par|PAR)$/.test(t)) return true;
  if (t.endsWith('-')) return true;
  // « Manuela FERREIRA DE↵SOUSA », « R. LE↵BARON »: a particle ends no name.
  if (PARTICLES.has((t.split(/[\s\u00a0]+/).pop() ?? '').toLowerCase())) return true;
  if (FUNCTION.test(t)) return false;
  const words = t.replace(CIVILITY_RE, '').split(/[\s\u00a0]+/).filter(Boolean);
  if (words.length === 0) return true;
  if (words.some((w) => (CAPS_WORD.test(w) && !INITIALS.test(w)) || STUCK_INITIAL.test(w))) return false;
  const named = words.filter((w) => CAP_WORD.test(w) && !NOT_NAMES.has(foldAccents(w).toLowerCase())).length;
  return named <= 1 || (surnamesInCaps && named === words.length && named <= 3);
}

/** One entry of a list: a person with what qualifies them (a proxy, a substitute, an arrival or a departure). */
function readEntry(text: string, from: number, to: number, b: NameMaker, role: ListRole, commune: CommuneLabelNode | undefined, enumeration = false, underGroup = false): { entry?: ListEntry; prose?: number; next?: number } {
  // « Procurations : de X à Y »: « de » says who gives.
  if (role === 'givers') {
    // (Not « DE LA PAUMELIERE Agnès à CABON Herveline »: a particle in capitals opening a surname.)
    const de = /^(?:de|du|De|Du)\s+(?=\S)/.exec(text.slice(from, Math.min(to, from + 4)));
    if (de && /\s(?:à|a)\s/.test(text.slice(from, to))) from += de[0].length;
  }
  const first = readPerson(text.slice(from, to), from, b, enumeration);
  if (!first) return {};
  const entry: ListEntry = { offset: first.person.offset, end: first.person.end, range: first.person.range, person: first.person, qualifiers: [], commune };
  let at = from + first.length;
  // What follows the name: parentheses, a proxy or substitute phrase, a function, a status; else prose.
  for (let guard = 0; guard < 8 && at < to; guard++) {
    const restRaw = text.slice(at, to);
    const rest = restRaw.trimStart();
    if (!rest.trim()) break;
    const here = at + (restRaw.length - rest.length);
    if (rest[0] === '(') {
      const close = rest.indexOf(')');
      const inner = close > 0 ? rest.slice(1, close) : rest.slice(1);
      readParenthesis(inner.trim(), here + 1 + (inner.length - inner.trimStart().length), entry, b, role, close > 0);
      at = here + (close > 0 ? close + 1 : rest.length);
      entry.end = at;
      continue;
    }
    // « Bernadette GEHIN aux points 1, 2 et 24 », « Nadine HUSTACHE sauf aux points 23 et 25 »: for some points only.
    // (The time of a proxy is read below, as the proxy's.)
    const pointsRead = entry.proxyTo ? 0 : points(rest, here, entry, b);
    if (pointsRead > 0) {
      at = here + pointsRead;
      entry.end = at;
      // (« … pour les points 23 et 25. »: a full stop closes the entry.)
      if (/^[ \u00a0]*[.;,]?[ \u00a0\t\r\n]*$/.test(text.slice(at, to))) break;
      // (« Bénédicte GARDIN sauf à la délibération 41 - Nicolas GRELET »: a dash after the figure, then the next entry.)
      const dash = /^[ \u00a0]+[-–—][ \u00a0]+/.exec(text.slice(at, Math.min(to, at + 6)));
      if (dash && readPerson(text.slice(at + dash[0].length, to), at + dash[0].length, b)) return { entry, next: at + dash[0].length };
      continue;
    }
    // « MELER Norbert présent jusqu’à la délibération N°7 puis procuration à BORDES Marine, »: present until a report,
    // then represented (a proxy in force after it).
    const until = !entry.proxyTo && role === 'present' ? PRESENT_UNTIL.exec(rest) : null;
    if (until) {
      const q = qualifier(until[1], b.span(here, here + until[0].trimEnd().length));
      at = here + until[0].length;
      entry.end = here + until[0].trimEnd().length;
      const read = phrase(text.slice(at, to), at, entry, b, role, false);
      if (read > 0) {
        at += read;
        entry.end = at;
        timed({ ...q, kind: q.kind === 'from' ? 'until' : 'from', exclusive: !q.exclusive }, entry, role);
      } else entry.qualifiers.push(q);
      continue;
    }
    // « Joël PATIN à partir de la délibération n° B-D2022-249, Hélène MENOU à partir de la délibération n° 250, »: from
    // which report a member sat, without parentheses.
    const reportTime = !entry.proxyTo && role === 'present' ? REPORT_TIME.exec(rest) : null;
    if (reportTime) {
      timed(reportTimeQualifier(reportTime, b.span(here, here + reportTime[0].length)), entry, role);
      at = here + reportTime[0].length;
      entry.end = at;
      continue;
    }
    // « Claude ROUGE à Pascale BLANC jusqu’à la question 1/2 Patrick JAUNE à Eric VERT »: the time of the proxy, then
    // the next entry, its separator lost.
    const proxyTime = entry.proxyTo ? REPORT_TIME.exec(rest) : null;
    const gap = proxyTime && /^[ \u00a0]*[,;.]?[ \u00a0]+/.exec(rest.slice(proxyTime[0].length, proxyTime[0].length + 8));
    if (proxyTime && gap) {
      const next = here + proxyTime[0].length + gap[0].length;
      if (PERSON_AHEAD.test(text.slice(next, next + 80)) && readPerson(text.slice(next, to), next, b)) {
        timed(reportTimeQualifier(proxyTime, b.span(here, here + proxyTime[0].length)), entry, role);
        entry.end = here + proxyTime[0].length;
        return { entry, next };
      }
    }
    // « X a donné pouvoir à Y jusqu’au rapport n 14. »: the time of the proxy, without parentheses; « M. BARRE
    // (Oissel) à partir de 17 h 16, »: so the hour a member came or left.
    if (entry.proxyTo ? TIME.test(rest) : rest.length <= 60 && TIME.test(rest) && AT_HOUR.test(rest.trimEnd().replace(/[.;,]$/, ''))) {
      // (« M. Gérard CARRIER à M. David LELUBRE à partir de 19h30 Mme Evelyne BOCQUET à Mme … »: the next entry, its
      // separator lost, after the time.)
      const next = NEXT_AFTER_TIME.exec(rest);
      if (next && readPerson(rest.slice(next.index + next[1].length), here + next.index + next[1].length, b)) {
        const t = rest.slice(0, next.index).trimEnd();
        timed(qualifier(t, b.span(here, here + t.length)), entry, role);
        entry.end = here + t.length;
        return { entry, next: here + next.index + next[1].length };
      }
      const t = rest.trimEnd().replace(/[.;,]$/, '');
      timed(qualifier(t, b.span(here, here + t.length)), entry, role);
      at = here + rest.length;
      entry.end = here + t.length;
      break;
    }
    // « PARTIS EN COURS DE SÉANCE : Mme X à 22h45 (a donné pouvoir à M. Y) »: among those who gave a proxy, the bare
    // hour after the name is when the proxy starts.
    const hour = role === 'givers' && !entry.proxyTo ? GAVE_AT_HOUR.exec(rest) : null;
    if (hour) {
      entry.qualifiers.push(qualifier(hour[0], b.span(here, here + hour[0].length)));
      at = here + hour[0].length;
      entry.end = at;
      continue;
    }
    const proxy = PROXY_PHRASE.exec(rest) ?? (role === 'givers' || role === 'excused' ? GIVER_PHRASE.exec(rest) : null);
    // « X donne procuration à Y » in a list of those present: the text has gone on to the proxies without a label
    // (a line break lost): the list of those present ends before X.
    // (Not in a roll by member body, « Communauté de Communes Arve et Salève ↵ M. Cyril PELLEVAT – M. Noël JACQUEMOUD
    // donne pouvoir à M. Cyril PELLEVAT »: there, as after a comma, a member of the group away, who gave a proxy.)
    const awayInGroup = proxy && role === 'present' && underGroup && PRESENT_GAVE.test(rest);
    if (proxy && role === 'present' && !awayInGroup && !REPRESENTED_BY.test(rest)) return { prose: from };
    // « Mme X : pouvoir à Mme Y »: a colon before the proxy.
    const colon = /^:[ \u00a0]*(?=(?:pouvoir|procuration|mandat|donne|a\s+donné|ayant\s+donné)\s)/i.exec(rest);
    if (colon) { at = here + colon[0].length; continue; }
    // « … Mme CHAZE : Adjoints. Mme PASSERAT, … : Conseillers Municipaux. »: the function of the names before, after a
    // colon, closed by its full stop.
    const roleOfNames = /^:[ \u00a0]*/.exec(rest) ? FUNCTION.exec(rest.replace(/^:[ \u00a0]*/, '')) : null;
    if (roleOfNames) {
      const length = rest.length - rest.replace(/^:[ \u00a0]*/, '').length + roleOfNames[0].length;
      const tail = /^(?:[ \u00a0]+(?:municipa(?:l|le|ux|les)|communautaires?))*[ \u00a0]*[.;,]?/i.exec(rest.slice(length))![0];
      entry.end = here + length + tail.length;
      break;
    }
    // « … M. VINCENT : Je souhaite faire le constat … »: a speaker of the minutes, after the lists: they end before him.
    // (Not the time or the status of the member: « DEBRUYNE Odile : arrivée à 18 H.30 ».)
    if (/^:[ \u00a0]+(?:\p{Lu}\p{Ll}*[ \u00a0]+\p{Ll}{2,}|\p{Ll}{2,}[ \u00a0]+\p{Ll})/u.test(rest)) {
      const said = rest.replace(/^:[ \u00a0]+/, '');
      if (!TIME.test(said) && !STATUS.test(said)) return { prose: from };
    }
    // « X ayant donné procuration à Y », « X remplacée par sa suppléante Y », « X suppléante de Y ».
    const holder = entry.proxyTo;
    const read = phrase(rest, here, entry, b, role, role === 'givers' || role === 'excused');
    if (read < 0) return {};
    // (« Anne NOIR Luc ROSE à donné pouvoir à Eva GRIS à donné pouvoir à Paul BLANC »: a second proxy after the holder,
    // no giver between, a table of proxies flattened column by column: who gave to whom is not read.)
    if (read > 0 && holder && proxy && entry.proxyTo !== holder && GAVE_VERB.test(proxy[0])) return {};
    if (read > 0) {
      if (awayInGroup && entry.proxyTo) entry.away = 'excused';
      at = here + read;
      entry.end = at;
      continue;
    }
    // « Mme Laure X qui n’a pas donné de pouvoir - Mme Anne Y … »: no proxy, said of the entry.
    const noProxy = NO_PROXY_TAIL.exec(rest);
    if (noProxy) {
      at = here + noProxy[0].length;
      entry.end = at;
      continue;
    }
    // « COMPAGNON Laetitia quitte la séance à 18h38 et rentre à 18h42 »: a departure at an hour (the return, after
    // « et », is a piece of its own: « rentre à 18h42 » qualifies the entry before).
    const leaves = LEAVES.exec(rest);
    if (leaves) {
      entry.qualifiers.push(qualifier(`départ à ${leaves[1]}`, b.span(here, here + leaves[0].length)));
      at = here + leaves[0].length;
      entry.end = at;
      continue;
    }
    // « … Jean-Louis LAURENCE absent excusé Eric AUBIN … »: in a table of those present, a member marked away.
    // (Among the absent, « Daniel X Excusé Ali Y Excusé … », the status each entry repeats.)
    const mark = AWAY_MARK.exec(rest);
    if (mark) {
      if (role === 'present') entry.away = /excus/i.test(mark[0]) ? 'excused' : 'absent';
      at = here + mark[0].length;
      entry.end = here + mark[0].trimEnd().length;
      continue;
    }
    // « X ayant donné pouvoir à Y en date du 26 février 2018, »: the date of the proxy, part of the entry.
    const dated = /^en[ \u00a0]+date[ \u00a0]+du[ \u00a0]+\d{1,2}(?:er)?[ \u00a0]+\p{L}+[ \u00a0]+\d{4}/iu.exec(rest);
    if (dated) {
      at = here + dated[0].length;
      entry.end = at;
      continue;
    }
    // « Mme LACAILLE Marie Claire née PITOU (7 Adjoint) », « Mme Diana JOJE épouse PANSA »: the maiden or married name,
    // part of the entry, and of the name as written when it follows it (the surname and given names stay those read).
    const born = MAIDEN_NAME.exec(rest);
    if (born) {
      at = here + born[0].length;
      entry.end = at;
      const p = entry.person;
      if (here - p.end <= 3 && /^[ \u00a0]*$/.test(text.slice(p.end, here))) {
        const s = b.span(p.offset, at);
        entry.person = { type: 'person', offset: s.offset, end: s.end, range: s.range, text: p.text + text.slice(p.end, at), civility: p.civility, given: p.given, surname: p.surname };
      }
      continue;
    }
    // « Mme BONIN de – Mme CUCCA de CHAPEAU »: so with its name lost by the extraction, a dash after it; « … Françoise
    // ROSALIE : - Eric VERITE … »: so a commune label (the next one's, its name lost) after the last name of a commune.
    if (/^(?:de|du|d['’]|[:：])[ \u00a0]*$/.test(rest) && /^[ \u00a0]*[-–—][ \u00a0]/.test(text.slice(to, to + 3))) {
      entry.end = here + rest.trimEnd().length;
      at = to;
      continue;
    }
    // « MM DURAND et P. ALLARD pour BREHEMONT »: the commune the delegate sits for.
    // (« M. Gérard TRESCH commune de Bourbon l'Archambault, », « M. Yves PETIOT commune de Noyant d’, », « M. Luc ROY
    // commune de , »: so after the word « commune », its name as written, or lost by the extraction.)
    // (« M. Alban SAUVAGET de Corcoué sur Logne ; M. … »: so a commune the official list knows, in small letters.)
    const known = b.communes ? FROM_KNOWN_COMMUNE.exec(rest) : null;
    const pour = FOR_COMMUNE.exec(rest) ?? FROM_COMMUNE.exec(rest) ?? COMMUNE_AFTER_NAME.exec(rest) ?? (known && b.communes!(known[1]) ? known : null);
    if (pour) {
      at = here + pour[0].length;
      entry.end = here + pour[0].trimEnd().length;
      continue;
    }
    // « Nicole MORERE, Administratrice qui a donné pouvoir à M GAUDY »: the member's function, then the proxy; so « M. X,
    // Conseiller Municipal, par M. Y ».
    const fnThenProxy = rest[0] === ',' ? FUNCTION_THEN_PROXY.exec(rest.slice(1)) : null;
    if (fnThenProxy) {
      at = here + 1 + fnThenProxy[0].length;
      entry.end = here + 1 + fnThenProxy[0].trimEnd().length;
      continue;
    }
    // (« M. Jacques HOUSSIN - Maire, »: the function after a dash.)
    const dashed = /^[-–—][ \u00a0]+/.exec(rest)?.[0].length ?? 0;
    const status = STATUS.exec(rest.slice(dashed)) ?? FUNCTION.exec(rest.slice(dashed));
    // « Mme Dolorès RAGOT Adjoints au Maire Mrs GUILLOT Eric, … »: the function's words end at the civility of the next
    // entry, its separator lost.
    // (Not « Absente Mme MC. BARTHES Secrétaire de séance Mme F. SAVY »: there the function is the label of who follows.)
    const civilityAfter = status && !/^secr[ée]taire/i.test(status[0]) ? CIVILITY_IN_TAIL.exec(rest.slice(dashed + status[0].length, dashed + status[0].length + 40)) : null;
    if (status && civilityAfter && /^[\s\p{L}'’.°-]*$/u.test(rest.slice(dashed + status[0].length, dashed + status[0].length + civilityAfter.index))) {
      const at = dashed + status[0].length + civilityAfter.index;
      if (readPerson(rest.slice(at), here + at, b)) {
        entry.end = here + rest.slice(0, at).trimEnd().length;
        return { entry, next: here + at };
      }
    }
    if (status && /^[\s,;)]*$/.test(rest.slice(dashed + status[0].length).replace(/^(?:[\s\p{L}'’.°-]+)?/u, (s) => (s.length < 40 ? '' : s)))) {
      entry.end = here + rest.trimEnd().length;
      break;
    }
    // « … – Pouvoir à M. MARTINEZ 1 M. Franck TOURREL (Mas de Londres) … »: a page's number that a PDF extraction ran
    // into the list, between an entry and the civility of the next.
    const pageNumber = PAGE_NUMBER.exec(rest);
    if (pageNumber && readPerson(rest.slice(pageNumber[0].length), here + pageNumber[0].length, b)) return { entry, next: here + pageNumber[0].length };
    // Anything else after a name: another name (a separator lost), prose (the list ends after the name), or words
    // that are not read.
    if (readPerson(rest, here, b)) return { entry, next: here };
    // (« … et Jean-Luc DUPOUX A été nommé secrétaire : M. Julien DÉLIX »: a sentence opened without a full stop.)
    // (« … madame NIESON Nathalie moniseur RASCLARD Hervé monsieur ROLLAND Christian »: a word in small letters, then
    // the next names with their civilities: a word not read, not the end of the list.)
    if (/^[a-zà-ÿ]/.test(rest) && WORD_THEN_CIVILITY.test(rest.slice(0, 60))) return {};
    if (/^[a-zà-ÿ]/.test(rest) || /^[.:]/.test(rest) || SENTENCE.test(rest) || /^(?:A|Ont)[ \u00a0]+été(?![\p{L}])/u.test(rest) || RUNNING_HEADER.test(rest)) return { entry, prose: here };
    return {};
  }
  return { entry };
}

/** « absent excusé », « absente », « excusé » right after a name, before the next name, a separator or the end. */
/** « qui n’a pas donné de pouvoir », « sans procuration » after a name: the member gave no proxy. */
const NO_PROXY_TAIL = new RegExp(String.raw`^,?[ \u00a0]*(?:${NOT_GIVEN}|sans[ \u00a0]+)(?:pouvoir|procuration)(?![\p{L}])`, 'u');
const AWAY_MARK = /^(?:[aA]bsente?|[eE]xcusée?)(?:[ \u00a0]+(?:et[ \u00a0]+)?excusée?)?(?=[ \u00a0]+\p{Lu}|[ \u00a0]*(?:[,;.]|\r?\n|$))[ \u00a0]*/u;
/** The civility or the given name and surname that open an entry. */
// (« … à M. CANDAT jusqu’à 19h35 N. BLANPAIN a délégué son mandat à … »: or an initial and a surname in capitals.)
const PERSON_AHEAD_SOURCE = String.raw`(?:M\.|Mme|Mlle|Monsieur|Madame)[ \u00a0]+\p{Lu}|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\p{Lu}?[ \u00a0]+\p{Lu}{2}|\p{Lu}{1,2}\.(?:-?\p{Lu}\.)?[ \u00a0]?\p{Lu}{2}`;
const PERSON_AHEAD = new RegExp(`^(?:${PERSON_AHEAD_SOURCE})`, 'u');
/** After the hour of a time (« à partir de 19h30 »), the next entry. */
const NEXT_AFTER_TIME = new RegExp(String.raw`(?<=\d[ \u00a0]*(?:h|H|heures?)[ \u00a0]*\d{0,2})([ \u00a0]*[,;.]?[ \u00a0]+)(?=${PERSON_AHEAD_SOURCE})`, 'u');
/** A civility, singular or plural, then a colon: the heading of the names after it (« Madame : », « Messieurs : »). */
// (« - MM. : X, Y - MME. : Z », « - M. : X - MMES. : Y »: in capitals, singular or plural, a full stop before the colon.)
const CIVILITY_GROUP = /^(?:MM\.?|MMES?\.?|Mmes?\.?|M\.|Messieurs|Mesdames|Madame|Monsieur)[ \u00a0]*:[ \u00a0]+\p{Lu}/u;
/** Two plural civilities joined by « et » before a colon (« MMES ET MS : »), the civilities of the names after it. */
const CIVILITIES_JOINED_SOURCE = String.raw`(?:MMES|Mmes|MM|MESDAMES|Mesdames)\.?[ \u00a0]+(?:ET|et)[ \u00a0]+(?:MS|MM|Ms|MESSIEURS|Messieurs)\.?[ \u00a0]*:`;
const CIVILITIES_JOINED = new RegExp(`(?:^|[\\s\\u00a0])${CIVILITIES_JOINED_SOURCE}`);
/**
 * « MM : GANTY Jean Maire, LEVEILLE Patricia… »: the civility of all the names that follow, before a colon (« Madame :
 * Marie-Claire BOSSEZ », one name after it; « Mesdames et Messieurs : ATTIGNY : … », both; « MMES ET MS : », two joined).
 */
const GROUP_CIVILITIES = new RegExp(String.raw`^[\s\u00a0]*(?:MM\.?|Mmes?\.?|MMES?\.?|M\.|Messieurs|Mesdames|Mrs\.?|Madame|Monsieur|Mesdames,?[ \u00a0]+(?:et[ \u00a0]+)?Messieurs|Messieurs,?[ \u00a0]+(?:et[ \u00a0]+)?Mesdames)[ \u00a0]*:[ \u00a0]*(?=\S)|^[\s\u00a0]*${CIVILITIES_JOINED_SOURCE}[ \u00a0]*(?=\S)`);
/** One word in small letters, then a name with its civility (« moniseur RASCLARD Hervé monsieur ROLLAND »). */
const WORD_THEN_CIVILITY = /^[a-zà-ÿ]+[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*[ \u00a0]+\p{Lu}\p{Ll}+[ \u00a0]+(?:monsieur|madame|M\.|Mme|Monsieur|Madame)[ \u00a0]/u;
/** A civility opening the next entry inside the words after a function (« … Adjoints au Maire Mrs GUILLOT Eric »). */
const CIVILITY_IN_TAIL = /(?<![\p{L}.])(?:M\.|MM\.|Mme\.?|Mmes\.?|Mlle\.?|Mrs\.?|Mr\.?|Monsieur|Madame|Messieurs|Mesdames)[ \u00a0]+(?=\p{Lu})/u;

/** « (pouvoir à X) », « (remplace X) », « (remplacée par X) », « (arrivée au point 2) », « (2) », « (Maire) ». */
function readParenthesis(written: string, offset: number, entry: ListEntry, b: NameMaker, role: ListRole, closed = true) {
  const span = b.span(offset - 1, offset + written.length + 1);
  // (A parenthesis wrapped over lines reads as on one: each line break a space, so that offsets stay.)
  const inner = written.includes('\n') ? written.replace(/\r?\n/g, (m) => ' '.repeat(m.length)) : written;
  // « (sauf aux points 23 et 25) », « (aux points 1 et 2) ».
  if (POINTS_PHRASE.test(inner) && points(inner, offset, entry, b) === inner.length) return;
  // « (de l’ouverture de la séance à la délibération n°9 et de la délibération n°11 à la fin de la séance) »: present for
  // ranges of reports, not placed against the order (it restricts nothing, and the counts that rest on it are not
  // compared).
  // (« (entre en séance après le vote du point n° 1.1) », « (quitte la séance aux points n°s 7.1 et 7.2 et entre en
  // séance au point n° 7.3) », « (pour l'approbation du compte rendu du Conseil Municipal du 26 juin 2006) »: so for an
  // arrival, a departure or a return told against the votes, or for the minutes' approval alone.)
  // (« (présent pour l’examen des points de l’ordre du jour n° 8 à 14 …) », « (absent excusé pour l’examen des points … n° 1
  // à 7) »: so for a range of points said in a sentence.)
  if (RANGE.test(inner) || PART_OF_SEANCE.test(inner) || POINTS_SENTENCE.test(inner)) {
    entry.qualifiers.push({ offset: span.offset, end: span.end, range: span.range, text: `(${inner})`, kind: 'only', reports: [] });
    return;
  }
  if (TIME.test(inner)) {
    // « (jusqu’à 11 h 50 - délégation de vote à Marc BERNIER) »: the time, then the proxy.
    // (« (arrivée 18 H 38 pouvoir à Mme EMIN pour les délibérations n°1-2-3) »: the proxy right after the time.)
    const sep = /[ \u00a0]+[-–—][ \u00a0]+|[ \u00a0]*[,;][ \u00a0]+/.exec(inner) ?? /[ \u00a0]+(?=(?:pouvoir|procuration)[ \u00a0]+(?:à|a)[ \u00a0]+(?:M\.|Mme|Monsieur|Madame)[ \u00a0])/i.exec(inner);
    const rest = sep ? sep.index + sep[0].length : -1;
    if (sep && phrase(inner.slice(rest), offset + rest, entry, b, role, false) > 0) return timed(qualifier(inner.slice(0, sep.index), span), entry, role);
    entry.qualifiers.push(qualifier(inner, span));
    return;
  }
  // « (Délégué titulaire de Saint Etienne d’Estrechoux) »: the commune the delegate sits for. (« du Pradal », « des
  // Aires » hold the article of the commune's name, contracted: left unread.)
  const of = DELEGATE_OF.exec(inner);
  if (of && !entry.commune) {
    const name = inner.slice(of[0].length).trim();
    const at = offset + of[0].length;
    const s = b.span(at, at + name.length);
    entry.commune = { offset: s.offset, end: s.end, range: s.range, name, mention: true };
    return;
  }
  // « (présent du point 1 à 9 puis pouvoir à M. ALLARD du point 10 à 31) »: present until a report, represented after it.
  const range = role === 'present' && !entry.proxyTo ? PRESENT_RANGE.exec(inner) : null;
  if (range && phrase(inner.slice(range[0].length), offset + range[0].length, entry, b, role, true) > 0) {
    timed({ offset: span.offset, end: span.end, range: span.range, text: `(${inner.slice(0, range[0].length).trim()})`, kind: 'from', report: range[1], exclusive: true }, entry, role);
    return;
  }
  // « (commune de Bossendorf qui donne procuration à Monsieur X) »: the commune the delegate sits for, then the proxy.
  const commune = COMMUNE_THEN_PROXY.exec(inner);
  if (commune && phrase(inner.slice(commune[0].length), offset + commune[0].length, entry, b, role, true) > 0) {
    const at = offset + commune.index + commune[0].indexOf(commune[1]);
    const s = b.span(at, at + commune[1].length);
    entry.commune ??= { offset: s.offset, end: s.end, range: s.range, name: commune[1], mention: true };
    return;
  }
  // « (excusée pouvoir à Gérard COIGNAC) », « (excusée, pouvoir à M. X) »: the member's status, then the proxy.
  const away = AWAY_THEN_PROXY.exec(inner);
  if (away && phrase(inner.slice(away[0].length), offset + away[0].length, entry, b, role, true) > 0) {
    if (role === 'present') entry.away ??= /excus/i.test(away[0]) ? 'excused' : 'absent';
    return;
  }
  const read = phrase(inner, offset, entry, b, role, true);
  // « POUVOIR(S) ↵ Christian BAILLY (P. CARRIER) »: under the label of the proxies, the holder alone in the parentheses.
  // (A person by a given name or an initial and a surname in capitals, not a commune: « (Saint Péravy la Colombe) ».)
  if (read === 0 && role === 'givers' && !entry.proxyTo && HOLDER_ALONE.test(inner)) {
    const holder = readPerson(inner, offset, b);
    if (holder && !inner.slice(holder.length).trim()) entry.proxyTo = holder.person;
    return;
  }
  // « (pouvoir à M. X à partir de 10 h 50) », « (a reçu pouvoir de Y jusqu'à son arrivée à 19h15) »: the proxy runs
  // for part of the séance only.
  const after = read > 0 ? inner.slice(read).trim() : '';
  if (TIME.test(after)) timed(qualifier(after, span), entry, role);
  // « HUOT (Emagny) », « GADY-DUQUESNE Patricia (Le Tronquet) »: a place's name and nothing else, the commune the
  // delegate sits for (not a function, a status, nor a person written in capitals).
  const place = inner.trim();
  // (Not one the text's end cuts, « Denis PYPE (Ourcel Maiso »: its letters are not all there.)
  // (« M. JEANNELLE (SAULCES-MOCLIN) »: so in capitals; whether it is a commune, its list says: checks/communes.ts.)
  const capitals = !PLACE_ALONE.test(place) && PLACE_IN_CAPITALS.test(place);
  // (« M. DUKAN (Créteil) à M. FRANCESCHI (Afortville) »: after the holder of the entry's proxy, the holder's commune.)
  const holders = !!entry.commune && !!entry.proxyTo && offset > entry.proxyTo.end && !entry.holderCommune;
  if (closed && read === 0 && (!entry.commune || holders) && (capitals || PLACE_ALONE.test(place)) && !FUNCTION.test(place) && !STATUS.test(place) && !NOT_NAMES.has(foldAccents(place).toLowerCase())) {
    const at = offset + (inner.length - inner.trimStart().length);
    const s = b.span(at, at + place.length);
    const node: CommuneLabelNode = { offset: s.offset, end: s.end, range: s.range, name: place, mention: true, ...(capitals ? { capitals } : {}) };
    if (holders) entry.holderCommune = node;
    else entry.commune = node;
  }
}

/** « présent du point 1 à 9 puis »: present over a range of reports, up to the last one's number. */
const PRESENT_RANGE = /^présente?[ \u00a0]+du[ \u00a0]+(?:point|rapport|question|dossier|délibération)[ \u00a0]*(?:n[ \u00a0]*°|n°)?[ \u00a0]*\d+(?:\.\d+)*[ \u00a0]+(?:à|au)[ \u00a0]+(?:(?:point|rapport|question|dossier|délibération)[ \u00a0]*)?(?:n[ \u00a0]*°|n°)?[ \u00a0]*(\d+(?:\.\d+)*)[ \u00a0]*,?[ \u00a0]*(?:puis[ \u00a0]+)?/i;
/** « commune de Bossendorf qui donne procuration à »: a commune's name, then the words of a proxy. */
const COMMUNE_THEN_PROXY = new RegExp(`^(?:[Cc]ommune|[Vv]ille)[ \\u00a0]+(?:de[ \\u00a0]+|d['’][ \\u00a0]?)([${UP}][\\p{L}'’-]*(?:[ \\u00a0-](?:[${UP}][\\p{L}'’-]*|sur|sous|en|de|du|des|la|le|les|lès|lez|et|aux?)){0,5})[ \\u00a0]*,?[ \\u00a0]+(?=(?:qui[ \\u00a0]+(?:a[ \\u00a0]+)?donn|ayant[ \\u00a0]+donn)[ée]?)`, 'u');
/** A status before a proxy inside a parenthesis: « excusée pouvoir à », « absent excusé, procuration à ». */
const AWAY_THEN_PROXY = /^(?:absente?|excusée?)(?:[ \u00a0]+excusée?)?[ \u00a0]*[,;]?[ \u00a0]*(?=(?:pouvoir|procuration|donne|a[ \u00a0]+donné|ayant[ \u00a0]+donné)[ \u00a0])/iu;

/** A place's name in capitals, its particles maybe too (« SAULCES-MONCLIN », « LA NEUVILLE LES WASIGNY »). */
const PLACE_IN_CAPITALS = new RegExp(`^[${UP}][${UP}'’]+(?:(?:-|[ \\u00a0]+)[${UP}][${UP}'’]*)*$`, 'u');
/** A place's name as written in small letters after its capitals: « Emagny », « Le Tronquet », « Balleroy-sur-Drôme ». */
const PLACE_ALONE = new RegExp(`^(?:(?:Le|La|Les)[ \\u00a0]+|L['’][ \\u00a0]?)?[${UP}][${LOW}'’]+(?:(?:-|[ \\u00a0]+)(?:(?:sur|sous|en|de|du|des|la|le|les|lès|lez|et|aux?)(?:-|[ \\u00a0]+)|[dl]['’][ \\u00a0]?)*[${UP}][${LOW}'’]+)*$`, 'u');

/** A holder named alone: « P. CARRIER », « M.COUTIN », « Mme Anne NOIR », « NOIR Anne ». */
const HOLDER_ALONE = /^(?:(?:M\.|Mme|Monsieur|Madame)[ \u00a0]*)?(?:\p{Lu}\.[ \u00a0]*|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0]+)\p{Lu}{2,}[\p{Lu}'’ -]*$|^\p{Lu}{2,}[\p{Lu}'’-]*[ \u00a0]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
// (« (DT Alembon) », « (DS Sanghen) »: délégué titulaire, suppléant.)
// (« Bruno VALENTE (Commune d'Amouville), Jean-Luc HERKAT (Commune de BONNEUIL-EN-FRANCE) »: « Commune de » too; not a
// name the extraction cut, « (Commune de GARGES-LÈS- ) ».)
const DELEGATE_OF = new RegExp(`^(?:(?:(?:[Dd][ée]l[ée]gu[ée]|[Cc]onseill[eè]r)e?(?:\\s+(?:titulaire|suppléante?|communautaire|municipale?))*|D[TS])\\s+(?:de\\s+|d['’]\\s*)?(?=[${UP}][${LOW}${UP}'’ -]{1,60}$)|Commune\\s+(?:de\\s+|d['’]\\s*)(?=[${UP}][${LOW}${UP}'’ -]{0,59}[${LOW}${UP}]\\s*$))`, 'u');

/**
 * « aux points 1, 2 et 24 », « pour les points 23 et 25 » (for those reports only), « sauf aux points 23 et 25 »,
 * « sauf le 24 » (for all but those), « à partir du point 3 », « jusqu'au point 12 » (from or until a report):
 * presence, or absence, for some points of the agenda. Groups: the word of an exception, of a time, the numbers.
 */
const POINTS_SOURCE = String.raw`(?:(sauf|saufs|excepté|hormis)[ \u00a0]+(?:(?:pour[ \u00a0]+)?(?:aux?|les?|du|des|à[ \u00a0]+la|à[ \u00a0]+l['’])[ \u00a0]*)?(?:(?:points?|délibérations?)[ \u00a0]+)?|(?:aux?|pour[ \u00a0]+les?|durant[ \u00a0]+les?|pendant[ \u00a0]+les?)[ \u00a0]+(?:points?|délibérations?)[ \u00a0]+|([àa][ \u00a0]+partir[ \u00a0]+du|jusqu['’][ \u00a0]*au)[ \u00a0]+points?[ \u00a0]+)(?:n°s?[ \u00a0]*)?(\d{1,3}(?:\.\d{1,3})*(?:[ \u00a0]*(?:,|et|&)[ \u00a0]*(?:n°s?[ \u00a0]*)?\d{1,3}(?:\.\d{1,3})*)*)(?![\d\p{L}])`;
const POINTS_PHRASE = new RegExp(`^${POINTS_SOURCE}`, 'iu');
/** The same opening a line, in small letters (the rest of an entry, not a heading « Pour les points 1 à 3 : »). */
// (« … Étaient absents: Meriem ABKOUI↵(aux points 3, 4, 5,6) Delphine ROSSSARD … »: so in parentheses.)
const POINTS_BELOW = new RegExp(`^[ \\u00a0\\t]*(?:\\([ \\u00a0]*${POINTS_SOURCE}[ \\u00a0]*\\)|${POINTS_SOURCE})[ \\u00a0]*[,;]?`, 'u');
/**
 * The length of the words on some points that open a line (« saufs au points 23 et 25, Bernadette GEHIN … »: those of
 * the entry that ends the line above), with the comma after them, when a name or nothing follows; else 0.
 */
export function pointsOpening(line: string): number {
  const m = POINTS_BELOW.exec(line);
  if (!m) return 0;
  const rest = line.slice(m[0].length).replace(/^[ \u00a0]*(?:(?:M\.|Mme|Monsieur|Madame)[ \u00a0]+)?/, '');
  return rest.trim() === '' || NAME_START.test(rest) ? m[0].length : 0;
}
/** The same anywhere in a text (« Anne VERT aux points 1 et 2 »): words about a presence, not prose. */
const POINTS_IN_TEXT = new RegExp(`(?<![\\p{L}])${POINTS_SOURCE}`, 'giu');

const POINTS_SENTENCE = /^(?:présente?|absente?|excusée?)(?:[ \u00a0]+(?:et[ \u00a0]+)?excusée?)?[ \u00a0]+pour[ \u00a0]+(?:l['’][ \u00a0]?examen[ \u00a0]+d[eu]s?[ \u00a0]+)?(?:points?|questions?|dossiers?|délibérations?)[^()]{0,60}?\d/iu;
// (« M. Jean-Yves KERAUDY (pour partie) »: present, or represented, for part of the séance, which is not said.)
const PART_OF_SEANCE = /^(?:(?:entre|rentre|revient|rejoint|quitte|sort)[ \u00a0]+(?:en|la|de[ \u00a0]+la)[ \u00a0]+séance(?![\p{L}])|pour[ \u00a0]+(?:partie|une[ \u00a0]+partie[ \u00a0]+de[ \u00a0]+la[ \u00a0]+séance)$|pour[ \u00a0]+l['’][ \u00a0]?approbation[ \u00a0]+d[ue][ \u00a0]+(?:compte[- \u00a0]rendu|procès[- \u00a0]verbal))/iu;
const RANGE = /^(?:de|depuis|du)[ \u00a0]+(?:l['’][ \u00a0]?ouverture|la[ \u00a0]+délibération|le[ \u00a0]+point|la[ \u00a0]+question|le[ \u00a0]+rapport|la[ \u00a0]+séance)/i;

/** The qualifiers of a points phrase at the start of `text` (see POINTS_PHRASE), and the length read; 0 for none. */
function points(text: string, offset: number, entry: ListEntry, b: NameMaker): number {
  const m = POINTS_PHRASE.exec(text);
  if (!m) return 0;
  const s = b.span(offset, offset + m[0].length);
  if (m[2]) entry.qualifiers.push(qualifier(m[0], s));
  else entry.qualifiers.push({ offset: s.offset, end: s.end, range: s.range, text: m[0], kind: m[1] ? 'except' : 'only', reports: m[3].split(/[^\d.]+/).filter(Boolean) });
  return m[0].length;
}

/** The time of a proxy: that of the entry's presence or absence, and of the proxy of a member listed present. */
/**
 * The qualifier of a REPORT_TIME match (« à partir de la délibération n° 250 »); a report numbered with letters
 * (« n° B-D2022-249 ») is one the checks cannot place: no report is kept for it.
 */
function reportTimeQualifier(m: RegExpExecArray, s: Span): Qualifier {
  const q = qualifier(m[0], s);
  if (/\p{L}/u.test(m[1])) q.report = undefined;
  return q;
}

/** A time read in a piece of its own, which qualifies the entry before it (its end moved over the time). */
function timeEntryBefore(entries: ListEntry[], q: Qualifier, role: ListRole) {
  const before = entries[entries.length - 1];
  timed(q, before, role);
  before.end = Math.max(before.end, q.end);
}

function timed(q: Qualifier, entry: ListEntry, role: ListRole) {
  if (role !== 'present' || !entry.proxyTo) { entry.qualifiers.push(q); return; }
  // Listed present with a proxy from a point on (« procuration donnée à Y à compter du point 39 »): X sits until
  // the proxy starts, and the other way round for a proxy until a point.
  entry.proxyQualifiers = [q];
  entry.qualifiers.push({ ...q, kind: q.kind === 'from' ? 'until' : 'from', exclusive: !q.exclusive });
}

/** « à 22h45 » right after a name, before its proxy in parentheses or the end of the entry. */
const GAVE_AT_HOUR = new RegExp(`^(?:à|a)[ \\u00a0]+${TIME_SOURCE}(?=\\s*(?:\\(|[,;.]|$))`, 'iu');

const PRESENT_UNTIL = /^présente?[ \u00a0]+((?:jusqu['’][ \u00a0]*(?:à|au)|à[ \u00a0]+partir[ \u00a0]+d[eu])[ \u00a0]+(?:la[ \u00a0]+|l['’][ \u00a0]?)?(?:délibération|point|rapport|question|dossier)[ \u00a0]*(?:n[ \u00a0]*°|N°|n°)?[ \u00a0]*\d+(?:\.\d+)*)[ \u00a0]*,?[ \u00a0]*(?:puis[ \u00a0]+)?/i;

/** « BASTIAN Frédéric (mandataire TAVARD Agnès à son départ 20h01) »: the holder named without a civility. */
const MANDATAIRE = /^mandataire[ \u00a0]*:?[ \u00a0]+(?=\p{Lu}{2})/u;

/** « (absente) », « (absent) » right after the holder of a proxy. */
const HOLDER_ABSENT = /^[ \u00a0]*\((?:absente?s?|non présente?s?)\)/iu;

/**
 * A phrase after a name, in parentheses or not, and the person it names: a proxy (« ayant donné procuration à Y »,
 * « pouvoir à Y », or « à Y », « par Y » where `bare`), a replacement (« remplacée par [sa suppléante] Y »: among
 * those present, Y sits), a substitute (« suppléante de Y », « remplace Y »). The length read; 0 for no phrase;
 * -1 for a phrase without a person after it.
 */
/** Between commas after an entry, what it is: « excusé », « n’est pas représenté », « ni suppléé ». */
const ENTRY_STATUS = /^(?:excusée?s?|absente?s?|n['’][ \u00a0]?est[ \u00a0]+pas[ \u00a0]+(?:représentée?|suppléée?|excusée?)|ni[ \u00a0]+(?:représentée?|suppléée?)|non[ \u00a0]+(?:représentée?|excusée?|suppléée?))\.?$/i;

/** Whether a person is written given name first (« Nicole MORERE », not « RIGAUD Nicole »). */
function givenFirst(p: PersonNode): boolean {
  return !!p.given && p.text.replace(CIVILITY_RE, '').trimStart().startsWith(p.given);
}

function phrase(text: string, offset: number, entry: ListEntry, b: NameMaker, role: ListRole, bare: boolean): number {
  const found = (re: RegExp | null, then: (p: PersonNode) => void, holder = false): number => {
    const m = re?.exec(text);
    if (!m) return 0;
    // (« Anne-Marie (pouvoir donné à Yves) »: where the entry names its person by one capitalised word, so may the phrase.)
    let p = readPerson(text.slice(m[0].length), offset + m[0].length, b, oneWordPerson(entry.person));
    if (!p) return -1;
    // « Véronique X, Administrateur qui a donné pouvoir à M. RIGAUD Nicole MORERE, … »: in entries written given name
    // first, a holder read surname first before a surname in capitals is the holder's surname, then the next entry.
    if (holder && givenFirst(entry.person) && p.person.given && !givenFirst(p.person) && /^[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*(?![\p{L}])/u.test(text.slice(m[0].length + p.length))) {
      const given = text.lastIndexOf(p.person.given, m[0].length + p.length);
      const shorter = given > m[0].length ? readPerson(text.slice(m[0].length, given).trimEnd(), offset + m[0].length, b) : undefined;
      if (shorter) p = shorter;
    }
    then(p.person);
    let length = m[0].length + p.length;
    // « pouvoir à Mme Y (absente) »: the text itself says the holder is absent.
    const absent = holder ? HOLDER_ABSENT.exec(text.slice(length)) : null;
    if (absent) {
      const at = offset + length + absent[0].indexOf('(');
      entry.holderAbsent = b.span(at, offset + length + absent[0].length);
      length += absent[0].length;
    }
    return length;
  };
  // « Anthony REY a donné pouvoir à partir du point 2 à Olivier PETIT »: the time of the proxy before its holder.
  const timedProxy = PROXY_TIMED.exec(text);
  if (timedProxy) {
    const when = timedProxy[1];
    const at = offset + timedProxy[0].indexOf(when);
    const read = found(PROXY_TIMED, (p) => (entry.proxyTo = p), true);
    if (read > 0) timed(qualifier(when, b.span(at, at + when.length)), entry, role);
    return read;
  }
  return (
    // « Suppléés : X par Y »: Y sits in X's seat.
    found(role === 'replaced' ? REPLACED_BARE : null, (p) => (entry.replacedBy = p)) ||
    // (« Présents titulaires : … M. Jean-Pierre FOUILLOUX représenté par Mme Annick GROSROYAT, … »: among those present,
    // the one who sits for a titulaire, as « remplacé par »; elsewhere a proxy.)
    found(role === 'present' ? REPRESENTED_BY : null, (p) => {
      entry.substituteOf = entry.person;
      entry.person = p;
      entry.sitsOrHolds = true;
    }) ||
    found(PROXY_PHRASE, (p) => (entry.proxyTo = p), true) ||
    found(MANDATAIRE, (p) => (entry.proxyTo = p), true) ||
    found(role !== 'present' ? BARE_PROXY : null, (p) => (entry.proxyTo = p), true) ||
    // (Not among the absent: « … sauf … CONTARDO Régis Pouvoir de Madame FIAT↵à Monsieur GIRAUD », the next proxy's own
    // words, its label cut by the line's end; an absent member holds no proxy.)
    found(role === 'absent' || role === 'excused' ? null : HOLDER_PHRASE, (p) => (entry.proxyFrom = p)) ||
    // (« PRESENTS : Vincent NOIR (procuration pour Joachim BLANC) ; … »: among those present, the proxy held for Y.)
    found(role === 'present' ? HOLDER_FOR : null, (p) => (entry.proxyFrom = p)) ||
    found(HOLDER_BARE, (p) => (entry.proxyFrom = p)) ||
    found(bare ? GIVER_PHRASE : null, (p) => (entry.proxyTo = p), true) ||
    found(REPLACED_PHRASE, (p) => {
      // Among the absent, « Mme X (remplacée par M. Y) »: Y sits in X's seat, and is listed present (or not at all).
      if (role !== 'present') {
        entry.replacedBy = p;
        return;
      }
      entry.substituteOf = entry.person;
      entry.person = p;
    }) ||
    found(SUBSTITUTE_PHRASE, (p) => (entry.substituteOf = p)) ||
    found(STANDING_IN, (p) => (entry.substituteOf = p)) ||
    // « Pouvoirs : BOURGET Vincent (pour DELALEX Audrey) »: the holder, for the giver; « Suppléants remplaçant de droit
    // titulaires absents : MURE Irénée (pour DELAPLACETTE Philippe) »: the substitute, for the titulaire.
    found(bare && (role === 'givers' || role === 'present') ? FOR_PERSON : null, (p) => {
      if (role === 'givers') { entry.proxyFrom = p; entry.eitherWay = true; }
      else entry.substituteOf = p;
    })
  );
}
const REPLACED_BARE = /^(?:(?:était|a\s+été|est)\s+(?:représentée?|remplacée?|suppléée?)\s+)?par\s+/i;
const FOR_PERSON = /^pour[ \u00a0]+(?=(?:M\.|Mme|Monsieur|Madame)?[ \u00a0]*\p{Lu}{2})/u;

/** The words that name a report of the séance (« point », « rapport », « question », …). */
export const REPORT_WORD = String.raw`(?:point|rapport|question|dossier|délibération|affaire)s?`;
/** A report named with its number (« point n° 14 », « question 2/1 »). */
const REPORT_NUMBER = new RegExp(String.raw`${REPORT_WORD}\s*(?:n\s*°?|n°|no)?\s*(\d+(?:[./]\d+)*)`, 'i');

/**
 * « (à partir du 1.2.2) », « (arrivée après le 3.4) »: present from a report; « (jusqu'au 3.2) », « (départ
 * après 3.4) », « (départ avant 5.1) »: present until one. « après » and « avant » exclude the report named. An
 * hour (« à partir de 11 h 50 ») names no report.
 */
function qualifier(text: string, s: Span): Qualifier {
  const arrival = /arriv|partir|compter|rentre|revient/i.test(text);
  const until = !arrival && /départ|jusqu|parti|sorti|avant/i.test(text);
  const exclusive = until ? /avant/i.test(text) : /après/i.test(text);
  const hour = /\d\s*h\b|\d\s*h\s*\d|heures?/i.test(text);
  // (« présente à 19h, à partir du point n° 8 »: an hour, and the report named after it; « question 2/1 »: numbered
  // with a slash.)
  const point = REPORT_NUMBER.exec(text)?.[1];
  const report = point ?? (hour ? undefined : /(\d+(?:\.\d+)*)/.exec(text)?.[1]);
  const q: Qualifier = { offset: s.offset, end: s.end, range: s.range, text: `(${text})`, kind: until ? 'until' : 'from', report };
  if (exclusive) q.exclusive = true;
  return q;
}
