// Templates offered by completion, in LSP snippet syntax (tab stops, choices, today's date): a whole extract,
// a communal extract (declared counts, date in words), a subsidy convention with the articles the law requires
// (loi n° 2000-321 art. 10, décret n° 2001-495) and its budget annex, one article numbered after the last, a
// budget table with its TOTAL row, a vote block, an attendance block. Each is offered where it makes sense.
import type { Analysis } from '../analyze';
import type { CancellationToken, CompletionItem, Locale, Position, Range } from '../types';
import { MONTHS_FR, WEEKDAYS_FR, formatDateFr, weekdayOf } from '../text/dates';
import { numberToWords } from '../text/numbers';
import { runAt } from '../syntax/numbering';
import type { Roster, RosterMember, RosterPerson } from '../roster/types';
import { withDefaults } from '../text/snippets';
import { CLAUSES } from '../text/clauses';

export interface TemplateCompletion {
  label: string;
  detail: string;
  documentation: string;
  /** LSP snippet text. */
  snippet: string;
  /** The text it replaces: what was typed on the line before the cursor. */
  range: Range;
  filterText: string;
  sortText: string;
}

export interface TemplateOptions {
  locale?: Locale;
  /** Today (for the dates of the templates); default: now. */
  today?: Date;
  token?: CancellationToken;
  /** The roster of the assembly: its members fill the attendance of the templates instead of placeholders. */
  roster?: Roster;
}

interface Day { year: number; month: number; day: number }

function dayOf(d: Date): Day {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

function addDays(d: Day, n: number): Day {
  const x = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
}

const withWeekday = (d: Day) => `${WEEKDAYS_FR[weekdayOf(d.year, d.month, d.day)]} ${formatDateFr(d)}`;

/** « deux mille vingt-cinq » and « trois mars » (« premier mars »). */
export function dateInWords(d: Day): { year: string; dayMonth: string } {
  return { year: numberToWords(d.year) ?? String(d.year), dayMonth: `${d.day === 1 ? 'premier' : numberToWords(d.day)} ${MONTHS_FR[d.month - 1]}` };
}

// ---------------------------------------------------------------- the templates

function budgetTable(first: number, side: 'Charges' | 'Produits', rows: [string, string][], total: string): string {
  let n = first;
  const lines = [`${side}\tMontant`];
  for (const [label, amount] of rows) lines.push(`\${${n++}:${label}}\t\${${n++}:${amount}} €`);
  lines.push(`TOTAL\t\${${n}:${total}} €`);
  return lines.join('\n');
}

export function conventionSnippet(today: Date = new Date()): string {
  const d = dayOf(today);
  const year = d.year;
  const end = formatDateFr({ year: year + 1, month: 6, day: 30 });
  return [
    'CONVENTION D’OBJECTIFS ET DE MOYENS',
    `relative au soutien de \${1:la Commune de Nom} à \${2:l’association « Nom »} pour l’année \${3:${year}}`,
    '',
    'Entre',
    '',
    `\${4:La Commune de Nom}, représentée par \${5:son Maire}, \${6|Monsieur,Madame|} \${7:Prénom NOM}, dûment habilité à signer par délibération n°\${8:${year}-001} en date du \${9:${formatDateFr(d)}}, d’une part,`,
    '',
    'Et',
    '',
    `\${10:L’association « Nom »}, représentée par \${11:sa Présidente}, \${12|Madame,Monsieur|} \${13:Prénom NOM}, d’autre part,`,
    '',
    'Vu la loi n°2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les administrations, et notamment son article 10,',
    '',
    'Vu le décret n°2001-495 du 6 juin 2001,',
    '',
    'Il est convenu ce qui suit :',
    '',
    `Article 1 - ${CLAUSES.objet.title}`,
    '',
    'La présente convention a pour objet de définir les engagements réciproques des parties pour ${14:l’action soutenue}.',
    '',
    `Article 2 - ${CLAUSES.montant.title}`,
    '',
    `La collectivité attribue au bénéficiaire une subvention de fonctionnement de \${15:20 000} € pour l’année \${3}, pour un budget prévisionnel de l’action de \${16:100 000} € figurant en annexe 1.`,
    '',
    `Article 3 - ${CLAUSES.versement.title}`,
    '',
    'La subvention sera versée de la façon suivante :',
    '',
    '- ${17:60} %, soit ${18:12 000} €, à la signature de la présente convention,',
    '- le solde de ${19:40} %, soit ${20:8 000} €, sur production du compte rendu financier prévu à l’article 5.',
    '',
    `Article 4 - ${CLAUSES.utilisation.title}`,
    '',
    'Le bénéficiaire s’engage à utiliser la subvention exclusivement à la réalisation de l’objet défini à l’article 1 et à mentionner le soutien de la collectivité dans ses supports de communication.',
    '',
    `Article 5 - ${CLAUSES['compte-rendu'].title}`,
    '',
    'Conformément à l’article 10 de la loi n°2000-321, le bénéficiaire produit dans les six mois suivant la fin de l’exercice un compte rendu financier attestant de la conformité des dépenses à l’objet de la subvention.',
    '',
    'Article 6 - Durée',
    '',
    `La présente convention prend effet à sa signature et cesse au plus tard le \${21:${end}}.`,
    '',
    'Article 7 - Résiliation',
    '',
    'En cas de non-respect des engagements prévus aux articles 4 et 5, la présente convention pourra être résiliée avec un préavis d’un mois.',
    '',
    `Fait en deux exemplaires à \${22:Nom}, le \${23:${formatDateFr(d)}}`,
    '',
    '${24:Pour l’association, la Présidente},',
    '${13}',
    '',
    '${25:Pour la Commune, le Maire},',
    '${7}',
    '',
    `Annexe 1 : budget prévisionnel de l’action \${3}`,
    '',
    budgetTable(26, 'Charges', [['Rémunérations', '70 000'], ['Frais de fonctionnement', '30 000']], '100 000'),
    '',
    budgetTable(31, 'Produits', [['Ressources propres', '80 000'], ['Subvention ${4}', '20 000']], '100 000'),
    '$0',
  ].join('\n');
}

/**
 * Without a roster, the people of the templates are visible placeholders, never names that look real: each its own
 * (« NOM-UN », « NOM-DEUX »…), so that the filled template reads as a consistent act.
 */
const PLACEHOLDER = (n: number, civility = n % 2 ? 'M.' : 'Mme') => `${civility} Prénom NOM-${['UN', 'DEUX', 'TROIS', 'QUATRE', 'CINQ'][n - 1]}`;

function attendance(first: number): string {
  return [
    `Étaient présents : \${${first}:${PLACEHOLDER(1)}, ${PLACEHOLDER(2)}, ${PLACEHOLDER(3)}}`,
    '',
    `Étaient absents excusés : \${${first + 1}:${PLACEHOLDER(4)} (pouvoir à ${PLACEHOLDER(1)})}`,
    '',
    `Étaient absents : \${${first + 2}:${PLACEHOLDER(5)}}`,
    '',
    `Secrétaire de séance : \${${first + 3}:${PLACEHOLDER(2)}}`,
  ].join('\n');
}

function vote(first: number, expected?: number): string {
  return [`Pour : \${${first}:${expected ?? 0}}`, '', `Contre : \${${first + 1}:0}`, '', `Abstention : \${${first + 2}:0}`].join('\n');
}

export function extractSnippet(today: Date = new Date()): string {
  const d = dayOf(today);
  return [
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU ${1|CONSEIL MUNICIPAL,CONSEIL DE COMMUNAUTÉ,CONSEIL DÉPARTEMENTAL|}',
    '',
    `Séance du \${2:${withWeekday(d)}}`,
    '',
    'Conseillers en exercice : ${3:5}',
    '',
    'Le ${4|Conseil Municipal,Conseil de Communauté,Conseil Départemental|}, régulièrement convoqué, s’est réuni ${5:à la mairie}, sous la présidence de ${6|M.,Mme|} ${7:Prénom NOM-UN}, ${8:Maire}.',
    '',
    attendance(9),
    '',
    `Délibération n°\${13:${d.year}-001}`,
    '',
    'Objet : ${14:objet de la délibération}',
    '',
    `Rapporteur : \${15:${PLACEHOLDER(3)}}`,
    '',
    '${16:Exposé des motifs.}',
    '',
    'Après en avoir délibéré, le ${4}, ${17|à l’unanimité,à la majorité|} :',
    '',
    '- **${18:APPROUVE}** ${19:la proposition ci-dessus}.',
    '',
    vote(20, 4),
    '',
    'Fait et délibéré les jour, mois et an susdits.',
    '',
    'Pour extrait conforme,',
    '',
    '${8},',
    '',
    '${7}',
    '$0',
  ].join('\n');
}

export function communalExtractSnippet(today: Date = new Date()): string {
  const d = dayOf(today);
  const convocation = addDays(d, -7);
  const words = dateInWords(d);
  return [
    'RÉPUBLIQUE FRANÇAISE',
    'DÉPARTEMENT ${1:DE NOM}',
    'COMMUNE DE ${2:NOM}',
    '',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    '',
    `Séance du \${3:${withWeekday(d)}}`,
    '',
    `Date de convocation : \${4:${formatDateFr(convocation)}}`,
    'Nombre de conseillers en exercice : ${5:5}',
    'Présents : ${6:3}',
    'Votants : ${7:4}',
    '',
    `L’an \${8:${words.year}}, le \${9:${words.dayMonth}} à \${10:vingt heures}, le Conseil Municipal de la commune de \${11:Nom}, dûment convoqué, s’est réuni en session ordinaire, à la mairie, sous la présidence de \${12|M.,Mme|} \${13:Prénom NOM-UN}, Maire.`,
    '',
    attendance(14),
    '',
    `Délibération n°\${18:${d.year}-001}`,
    '',
    'Objet : ${19:objet de la délibération}',
    '',
    `Rapporteur : \${20:${PLACEHOLDER(3)}}, \${21:Adjoint}`,
    '',
    '${22:Exposé des motifs.}',
    '',
    'Après en avoir délibéré, le Conseil Municipal, ${23|à l’unanimité,à la majorité|} :',
    '',
    '- **${24:DÉCIDE}** ${25:d’approuver la proposition ci-dessus}.',
    '',
    vote(26, 4),
    '',
    'Fait et délibéré les jour, mois et an susdits.',
    '',
    'Pour extrait conforme,',
    '',
    'Le Maire,',
    '',
    '${13}',
    '',
    `Transmis au représentant de l’État le \${29:${formatDateFr(addDays(d, 3))}}`,
    `Publié le \${30:${formatDateFr(addDays(d, 3))}}`,
    '$0',
  ].join('\n');
}

// ---------------------------------------------------------------- the templates filled from a roster

const person = (m: RosterPerson) => `${m.civility ? `${m.civility} ` : ''}${m.given} ${m.surname}`;

function presidentOf(members: RosterMember[]): RosterMember | undefined {
  return members.find((m) => m.functions.some((f) => /^(?:maire|président|présidente)$/i.test(f))) ?? members[0];
}

export type ExtractTemplate = 'extract' | 'communal' | 'attendance';

/**
 * The tab stops of a template that the members in office fill: all listed present (the drafter moves the absent
 * ones), the counts, the presidency, a secretary and a rapporteur, the votes for. Empty lists stay empty tab stops.
 */
export function rosterValues(template: ExtractTemplate, members: RosterMember[]): Record<number, string> {
  const n = members.length;
  if (n === 0) return {};
  const president = presidentOf(members)!;
  const other = members.find((m) => m !== president) ?? president;
  const list = members.map(person).join(', ');
  if (template === 'attendance') return { 1: list, 2: '', 3: '', 4: person(other) };
  if (template === 'communal') {
    return { 5: String(n), 6: String(n), 7: String(n), 14: list, 15: '', 16: '', 17: person(other), 26: String(n), 12: president.civility ?? 'M.', 13: `${president.given} ${president.surname}`, 20: person(president) };
  }
  const values: Record<number, string> = { 3: String(n), 9: list, 10: '', 11: '', 12: person(other), 20: String(n), 6: president.civility ?? 'M.', 7: `${president.given} ${president.surname}`, 15: person(president) };
  const f = president.functions[0];
  if (f) values[8] = f[0].toUpperCase() + f.slice(1);
  return values;
}

// ---------------------------------------------------------------- where each template is offered

const prefixOf = (line: string) => /^[\p{L}'’]*$/u.exec(line)?.[0];

export function templateCompletions(a: Analysis, position: Position, options: TemplateOptions = {}): TemplateCompletion[] {
  const { doc, model } = a;
  if (options.token?.isCancellationRequested) return [];
  const en = options.locale === 'en';
  const today = options.today ?? new Date();
  const line = doc.lines[position.line];
  const before = (line?.text ?? '').slice(0, position.character);
  if (prefixOf(before) === undefined || (line && line.text.slice(position.character).trim() !== '')) return [];
  const range: Range = { start: { line: position.line, character: 0 }, end: position };
  const offset = line ? line.offset + position.character : doc.text.length;
  const out: TemplateCompletion[] = [];
  const members = options.roster?.members ?? [];
  const fill = (template: ExtractTemplate, snippet: string) => {
    const values = rosterValues(template, members);
    if (template === 'communal' && options.roster?.commune) Object.assign(values, { 2: options.roster.commune.toUpperCase(), 11: options.roster.commune });
    return withDefaults(snippet, values);
  };
  const offer = (rank: number, label: string, filterText: string, fr: string, enDoc: string, snippet: string) =>
    out.push({ label, detail: en ? 'Template' : 'Modèle', documentation: en ? enDoc : fr, snippet, range, filterText, sortText: `0${rank}-${label}` });

  if (doc.text.trim() === '') {
    offer(1, 'extrait du registre des délibérations', 'extrait registre deliberation', 'Extrait complet : en-tête, présences, pouvoirs, délibération, vote, signature.', 'Whole extract: header, attendance, proxies, deliberation, vote, signature.', fill('extract', extractSnippet(today)));
    offer(2, 'extrait communal (effectifs, date en lettres)', 'extrait communal commune', 'Extrait d’un conseil municipal : effectifs déclarés, date écrite en lettres, pouvoirs en ligne.', 'Municipal extract: declared counts, date in words, inline proxies.', fill('communal', communalExtractSnippet(today)));
    offer(3, 'convention de subvention', 'convention subvention', 'Convention avec les articles exigés par la loi n° 2000-321 (art. 10) et le décret n° 2001-495 : objet, montant, modalités de versement, conditions d’utilisation, et son budget en annexe.', 'Convention with the articles required by loi n° 2000-321 (art. 10) and décret n° 2001-495, and its budget annex.', conventionSnippet(today));
    return out;
  }

  const conv = model.convention;
  const inConvention = conv !== undefined && offset >= conv.span.offset;
  const articlesBefore = doc.articles.filter((x) => x.offset < offset);
  const afterConvenu = doc.lines.some((l) => l.offset < offset && /convenu ce qui suit|arrêtent? ce qui suit/i.test(l.text));
  const inAnnex = doc.annexes.some((x) => x.offset < offset);
  if ((articlesBefore.length || afterConvenu) && !inAnnex) {
    const run = articlesBefore.length ? runAt(doc, articlesBefore[articlesBefore.length - 1].offset).filter((x) => x.offset < offset) : [];
    const last = Math.max(0, ...run.map((x) => Number(x.heading.number)).filter(Number.isInteger));
    const n = last + 1;
    offer(0, `article ${n}`, 'article', `Article ${n}, numéroté après le dernier.`, `Article ${n}, numbered after the last.`, `Article \${1:${n}} - \${2:Titre}\n\n\${0:Texte de l’article.}`);
  }
  offer(inAnnex ? 0 : 5, 'tableau budgétaire avec TOTAL', 'tableau budget total', 'Tableau séparé par des tabulations, avec sa ligne TOTAL.', 'Tab-separated table with its TOTAL row.', budgetTable(1, 'Charges', [['Poste 1', '0'], ['Poste 2', '0']], '0') + '\n$0');
  if (!inConvention) {
    const report = model.reports.filter((r) => r.span.offset <= offset).pop();
    const p = model.members.length ? model.presenceAt(report?.number) : undefined;
    offer(3, 'vote', 'vote pour contre abstention', 'Bloc de vote : pour, contre, abstention (les votants attendus en valeur par défaut).', 'Vote block: for, against, abstaining (the expected voters as default).', vote(1, p ? p.present.length + p.proxies.length : undefined) + '\n$0');
    if (model.members.length === 0) offer(4, 'présences', 'presents absents presences', 'Listes des présents, excusés (avec pouvoirs) et absents, secrétaire de séance.', 'Lists of members present, excused (with proxies) and absent, secretary.', fill('attendance', attendance(1)) + '\n$0');
    if (!conv) offer(6, 'convention de subvention', 'convention subvention', 'Convention de subvention annexée à la délibération.', 'Subsidy convention annexed to the deliberation.', conventionSnippet(today));
  }
  return out;
}


/** The templates as completion items (the provider completion.ts merges). */
export function templateItems(a: Analysis, position: Position, ctx: { token?: CancellationToken; locale?: Locale; roster?: Roster } = {}): CompletionItem[] {
  return templateCompletions(a, position, { token: ctx.token, locale: ctx.locale, roster: ctx.roster }).map((t) => ({
    label: t.label,
    kind: 'template' as const,
    detail: t.detail,
    documentation: t.documentation,
    textEdit: { range: t.range, newText: t.snippet },
    snippet: true,
    filterText: t.filterText,
    sortText: t.sortText,
  }));
}
