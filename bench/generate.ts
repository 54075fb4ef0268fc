// A deterministic generator of .delib documents for the benchmark: a register of deliberations built in
// memory from varied building blocks (séance headers, attendance lists with communes and qualifiers, proxies
// paired and inline, reports, votes, conventions with articles, annex tables with totals). Seeded PRNG: the
// same seed gives the same text, so timings compare across runs and machines. The figures are kept
// consistent (votes add up, totals are sums, instalments make the subsidy) so that the checks run their
// ordinary paths, not their error paths. Names of people are invented; communes are those of one real EPCI.

/** mulberry32: a small, fast, seeded 32-bit PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** k distinct elements, in a random order. */
  sample<T>(xs: readonly T[], k: number): T[] {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a.slice(0, Math.min(k, a.length));
  }
}

// ---------------------------------------------------------------- vocabulary

/** The communes of the CA du Grand Chambéry (Savoie), official spelling. */
const COMMUNES = [
  'Chambéry', 'La Motte-Servolex', 'La Ravoire', 'Cognin', 'Saint-Alban-Leysse', 'Challes-les-Eaux', 'Barberaz',
  'Bassens', 'Jacob-Bellecombette', 'Barby', 'Saint-Baldoph', 'Vimines', 'Sonnaz', 'Saint-Jeoire-Prieuré',
  "Saint-Jean-d'Arvey", 'Montagnole', 'Saint-Cassin', 'Les Déserts', 'Saint-Sulpice', 'Lescheraines',
  'Bellecombe-en-Bauges', 'Curienne', 'Le Châtelard', 'Verel-Pragondran', 'La Motte-en-Bauges', 'Thoiry', 'Arith',
  'Aillon-le-Jeune', 'Puygros', 'La Thuile', 'École', 'La Compôte', 'Jarsy', 'Aillon-le-Vieux', 'Le Noyer',
  'Saint-François-de-Sales', 'Sainte-Reine', 'Doucy-en-Bauges',
];

const GIVEN_F = ['Agathe', 'Bérénice', 'Camille', 'Delphine', 'Élodie', 'Fanny', 'Gaëlle', 'Hélène', 'Inès', 'Josiane', 'Karine', 'Laetitia', 'Maud', 'Nathalie', 'Odile', 'Pascale', 'Roseline', 'Solène', 'Thérèse', 'Valérie', 'Yvette', 'Anne-Laure', 'Marie-Claire'];
const GIVEN_M = ['Aurélien', 'Bastien', 'Cyril', 'Denis', 'Étienne', 'Fabrice', 'Gilles', 'Hervé', 'Jérôme', 'Kévin', 'Lionel', 'Marc', 'Noël', 'Olivier', 'Pierre-Yves', 'Régis', 'Sylvain', 'Thierry', 'Urbain', 'Vincent', 'Xavier', 'Jean-Marc', 'Paul-Henri'];
const SURNAMES = [
  'ABRIAL', 'BALMAIN', 'BERTHIER', 'BOCHATON', 'BONNEFOY', 'CARRON', 'CHABERT', 'CHAMIOT', 'COLLOMB', 'CURTET', 'DARVEY',
  'DENARIÉ', 'DUCRET', 'DUNAND', 'FAVRE-BULLE', 'FOLLIET', 'GACHET', 'GENOUD', 'GIROD', 'GROGNIET', 'GUILLERMET',
  'JACQUIER', 'JOLLY', 'LACHENAL', 'LAVOREL', 'MAILLET', 'MARCOZ', 'MARTINOD', 'MOLLARD', 'MONTMAYEUR', 'MUGNIER',
  'NICOUD', 'PACCARD', 'PERRET', 'PETIT-JEAN', 'PICCOLO', 'PIGNIER', 'PONCET', 'RAVIER', 'REVIL', 'ROSSET', 'ROUX-VOLLON',
  'SALOMON', 'SIBUET', 'TARDY', 'TISSOT-DUPONT', 'TOURNIER', 'TROSSET', 'VACHOUX', 'VIALLET', 'VUILLERMET', 'ZANARDI',
  'AGUETTAZ', 'BLANC-TAILLEUR', 'CHEVALLIER', 'DOMENGE', 'EXCOFFIER', 'FONTAINE', 'GRANGE', 'HUDRY', 'JANIN', 'LONGERAY',
  'MERMET', 'NOVEL', 'OLLIER', 'PASQUIER', 'QUEMIN', 'RICHARD', 'SAVEY', 'TERRIER', 'URVOY', 'VERDET', 'WALTER', 'YVRARD',
  'BAL', 'COSTE', 'DE LA FONTAINE', 'DUPRAZ', 'GAIDDON', 'LE GOFF', 'MASSON', 'PERRIER', 'RAMUS', 'SERRAZ', 'VIAL',
];
const ASSOCIATIONS = ['Ludothèque des Bauges', 'Compagnie théâtrale du Nivolet', 'Club de ski nordique du Revard', 'Maison de quartier des Hauts', 'Atelier vélo solidaire', 'Jardins partagés du Bout du Monde', 'Harmonie municipale', 'Festival des arts de la rue'];
const THEMES = ['mobilités actives', 'gestion des eaux pluviales', 'transition énergétique', 'politique de la ville', 'développement économique', 'tourisme de montagne', 'culture et patrimoine', 'collecte des déchets', 'habitat et logement', 'petite enfance'];
const COMMISSIONS = ['Finances, administration générale', 'Aménagement, mobilités et transports', 'Environnement, eau et assainissement', 'Solidarités, habitat et politique de la ville', 'Économie, tourisme et enseignement supérieur'];
const EXPENSES = ['Personnel', 'Charges sociales', 'Achats de fournitures', 'Location de salles', 'Communication', 'Déplacements', 'Prestations extérieures', 'Assurances', 'Entretien du matériel', 'Frais de structure'];
const RECEIPTS = ['Cotisations des adhérents', 'Billetterie', 'Subvention de la Région', 'Subvention du Département de la Savoie', 'Mécénat', 'Autofinancement', 'Produits des activités', 'Fonds européens'];

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const UNITS = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const TENS = ['', '', 'vingt', 'trente'];

// ---------------------------------------------------------------- formatting

/** « 41 000 € », « 1 234,50 € » (cents only when there are some). */
export function euros(cents: number): string {
  const units = Math.floor(cents / 100);
  const rest = cents % 100;
  const grouped = String(units).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${grouped}${rest ? `,${String(rest).padStart(2, '0')}` : ''} €`;
}

interface Day { year: number; month: number; day: number }

function weekday(d: Day): string {
  return WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()];
}

function addDays(d: Day, n: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function dateText(d: Day): string {
  return `${d.day === 1 ? '1^{er}' : d.day} ${MONTHS[d.month - 1]} ${d.year}`;
}

/** 1..31 in words (« trois », « vingt et un », « trente »). */
function dayWords(n: number): string {
  if (n < 20) return n === 1 ? 'premier' : UNITS[n];
  const t = Math.floor(n / 10), u = n % 10;
  return u === 0 ? TENS[t] : u === 1 ? `${TENS[t]} et un` : `${TENS[t]}-${UNITS[u]}`;
}

/** 2000..2039 in words. */
function yearWords(y: number): string {
  const r = y - 2000;
  return r === 0 ? 'deux mille' : `deux mille ${r < 20 ? UNITS[r] : dayWords(r)}`;
}

// ---------------------------------------------------------------- people

interface Person { civ: 'M.' | 'Mme'; given: string; surname: string; commune?: string }

const full = (p: Person) => `${p.civ} ${p.given} ${p.surname}`;
const noCiv = (p: Person) => `${p.given} ${p.surname}`;
/** « Jean-Marc » → « J.M. », « Hélène » → « H. ». */
const initials = (p: Person) => `${p.given.split('-').map((w) => w[0]).join('.')}. ${p.surname}`;

function roster(rng: Rng, n: number, communes: string[] | undefined): Person[] {
  // Surnames are distinct within a council, so that initials always designate one member.
  const names = rng.sample(SURNAMES, Math.min(n, SURNAMES.length));
  const people: Person[] = [];
  for (let i = 0; i < n; i++) {
    const woman = rng.chance(0.5);
    const surname = i < names.length ? names[i] : `${names[i % names.length]}-${rng.pick(SURNAMES)}`;
    people.push({ civ: woman ? 'Mme' : 'M.', given: rng.pick(woman ? GIVEN_F : GIVEN_M), surname, commune: communes?.[i % communes.length] });
  }
  if (communes) people.sort((a, b) => a.commune!.localeCompare(b.commune!, 'fr'));
  return people;
}

// ---------------------------------------------------------------- prose

const OPENINGS = [
  'Dans le cadre de sa politique en matière de {theme}, la collectivité accompagne les porteurs de projets du territoire.',
  'Le présent rapport propose de reconduire le dispositif adopté l’an dernier, dont le bilan est jugé satisfaisant.',
  'Les services ont instruit la demande déposée le {date} et vérifié la complétude du dossier.',
  'Le comité de pilotage réuni le {date} a émis un avis favorable sur les orientations présentées.',
  'Il est rappelé que les crédits correspondants sont inscrits au budget primitif de l’exercice.',
];
const SENTENCES = [
  'Le coût de l’opération est estimé à {operation} et sa réalisation s’étendra sur {n} mois.',
  'La participation sollicitée représente {pct} du coût de l’opération de {operation}, soit {share}.',
  'Une enveloppe de {amount} est réservée aux actions de communication et de concertation.',
  'Conformément à l’article {article} de la convention, un bilan sera transmis avant le {date}.',
  'Le bénéficiaire s’engage à respecter les dispositions de l’article L 2311-7 du CGCT.',
  'La commission {commission} a examiné ce dossier lors de sa séance du {date}.',
  'Le montant de l’opération s’élève à {operation} hors taxes, dont {part} au titre des études préalables.',
  '{person}, référent technique, assurera le suivi de l’action en lien avec les services.',
  'Les indicateurs de suivi figurent en annexe {annex} et seront actualisés chaque semestre.',
  'Plus de {n} habitants ont bénéficié du dispositif au cours de l’année écoulée, dont une part croissante de jeunes.',
  'Une attention particulière sera portée à la **sobriété des moyens** et à la *mutualisation* des équipements.',
];

interface ProseContext { people: Person[]; articles: number; annexes: number; year: number; /** cents, a multiple of 100 € */ operation: number }

function fill(rng: Rng, template: string, ctx: ProseContext): string {
  let pct = 0;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'operation': return euros(ctx.operation);
      case 'part': return euros(Math.floor((ctx.operation * rng.int(5, 40)) / 10000) * 100);
      case 'share': return euros((ctx.operation * pct) / 100);
      case 'theme': return rng.pick(THEMES);
      case 'date': return dateText({ year: ctx.year, month: rng.int(1, 12), day: rng.int(1, 28) });
      case 'amount': return euros(rng.int(10, 9000) * 10000 + (rng.chance(0.2) ? rng.int(1, 99) : 0));
      case 'pct': return `${(pct = rng.int(5, 60))} %`;
      case 'n': return String(rng.int(2, 400));
      case 'article': return String(rng.int(1, Math.max(1, ctx.articles)));
      case 'annex': return String(rng.int(1, Math.max(1, ctx.annexes)));
      case 'commission': return rng.pick(COMMISSIONS);
      case 'person': return full(rng.pick(ctx.people));
      default: return key;
    }
  });
}

function paragraph(rng: Rng, ctx: ProseContext): string {
  const parts = [fill(rng, rng.pick(OPENINGS), ctx)];
  for (let i = rng.int(1, 4); i > 0; i--) parts.push(fill(rng, rng.pick(SENTENCES), ctx));
  return parts.join(' ');
}

function bullets(rng: Rng, ctx: ProseContext): string {
  const out: string[] = [];
  for (let i = rng.int(3, 6); i > 0; i--) out.push(`- ${fill(rng, rng.pick(SENTENCES), ctx).replace(/\.$/, ',')}`);
  return out.join('\n');
}

// ---------------------------------------------------------------- tables

interface Budget { text: string; total: number }

function budgetTable(rng: Rng, labels: string[], header: [string, string], fixed: { label: string; cents: number }[], total?: number, pipes = false): Budget {
  const rows: { label: string; cents: number }[] = [...fixed];
  const free = rng.sample(labels.filter((l) => !fixed.some((f) => f.label === l)), rng.int(3, 6));
  if (total === undefined) {
    for (const label of free) rows.push({ label, cents: rng.int(5, 900) * 10000 });
  } else {
    // Share what remains of the total among the free rows, the last row taking the rest.
    let rest = total - fixed.reduce((n, f) => n + f.cents, 0);
    free.forEach((label, i) => {
      const cents = i === free.length - 1 ? rest : Math.floor((rest * rng.int(15, 40)) / 10000) * 100;
      rows.push({ label, cents });
      rest -= cents;
    });
  }
  const sum = rows.reduce((n, r) => n + r.cents, 0);
  const line = (a: string, b: string) => (pipes ? `| ${a} | ${b} |` : `${a}\t${b}`);
  const text = [line(header[0], header[1]), ...rows.map((r) => line(r.label, euros(r.cents))), line('TOTAL', euros(sum))].join('\n');
  return { text, total: sum };
}

// ---------------------------------------------------------------- one deliberation

export interface DeliberationOptions {
  /** Approximate size of the deliberation in bytes (UTF-8); prose is added until it is reached. */
  targetBytes: number;
  year: number;
  number: number;
}

function convention(rng: Rng, grantor: string, president: Person, subsidy: number, year: number, people: Person[]): { text: string; articles: number } {
  const association = rng.pick(ASSOCIATIONS);
  const head = rng.pick(people);
  const first = rng.pick([30, 40, 50, 60, 70, 80]);
  const programme = Math.round((subsidy * rng.int(3, 8)) / 100000) * 100000 + subsidy;
  const parts: string[] = [
    'CONVENTION',
    `relative au soutien de ${grantor} à l’association « ${association} » pour l’année ${year}`,
    '',
    'Entre',
    '',
    `${grantor}, représentée par ${president.civ === 'Mme' ? 'sa Présidente, Madame' : 'son Président, Monsieur'} ${noCiv(president)}, dûment habilité${president.civ === 'Mme' ? 'e' : ''}, d’une part,`,
    '',
    'Et',
    '',
    `L’association « ${association} », représentée par ${head.civ === 'Mme' ? 'Madame' : 'Monsieur'} ${noCiv(head)}, d’autre part,`,
    '',
    'Vu le Code général des collectivités territoriales, et notamment son article L 1611-4,',
    '',
    'Vu la loi n°2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les administrations,',
    '',
    'Il est convenu ce qui suit :',
    '',
  ];
  const articles: [string, string[]][] = [
    ['Objet', [`La présente convention a pour objet de définir les conditions dans lesquelles ${grantor} soutient le programme d’actions de l’association pour l’année ${year}.`]],
    ['Montant de la subvention', [`${grantor} attribue à l’association une subvention de ${euros(subsidy)} pour un budget prévisionnel de ${euros(programme)} figurant en annexe 1.`]],
    ['Modalités de versement', ['La subvention sera versée de la façon suivante :', '', `- ${first} %, soit ${euros((subsidy * first) / 100)}, à la signature de la présente convention,`, `- le solde de ${100 - first} %, soit ${euros((subsidy * (100 - first)) / 100)}, sur production du compte rendu financier.`]],
    ['Durée', [`La présente convention prend effet à sa signature et cesse au plus tard le 31 décembre ${year + 1}.`]],
    ['Obligations de l’association', ['L’association s’engage à utiliser la subvention exclusivement à la réalisation de l’objet défini à l’article 1.']],
    ['Contrôle', ['L’association produit un compte rendu financier dans les six mois suivant la fin de l’exercice, conformément à l’article 10 de la loi n°2000-321.']],
    ['Résiliation', ['En cas de non-respect des engagements prévus aux articles 2 et 5, la présente convention pourra être résiliée avec un préavis d’un mois.']],
    ['Litiges', ['Tout litige relatif à la présente convention relève du tribunal administratif de Grenoble.']],
  ];
  articles.forEach(([title, body], i) => parts.push(`Article ${i + 1} - ${title}`, '', ...body, ''));
  parts.push(`Fait en deux exemplaires à Chambéry, le ${dateText({ year, month: rng.int(1, 12), day: rng.int(1, 28) })}`, '');
  const expenses = budgetTable(rng, EXPENSES, ['Charges', 'Montant'], [], programme, rng.chance(0.3));
  const receipts = budgetTable(rng, RECEIPTS, ['Produits', 'Montant'], [{ label: `Subvention ${grantor.replace(/^La |^Le /, '')}`, cents: subsidy }], programme, rng.chance(0.3));
  parts.push(`Annexe 1 : budget prévisionnel ${year}`, '', expenses.text, '', receipts.text, '');
  return { text: parts.join('\n'), articles: articles.length };
}

/** One deliberation: community (EPCI) or municipal layout, chosen by the PRNG. */
export function generateDeliberation(rng: Rng, opts: DeliberationOptions): string {
  const community = rng.chance(0.6);
  const { year } = opts;
  const seance: Day = { year, month: rng.int(1, 12), day: rng.int(1, 28) };
  const convocation = addDays(seance, -rng.int(7, 12));
  const communes = community ? rng.sample(COMMUNES, rng.int(20, COMMUNES.length)) : undefined;
  const inOffice = community ? rng.int(60, 90) : rng.pick([19, 23, 27, 29, 33]);
  const people = roster(rng, inOffice, communes);
  const president = people[0];
  const absentCount = rng.int(2, Math.max(3, Math.floor(inOffice / 5)));
  const absentIdx = new Set(rng.sample([...people.keys()].slice(1), absentCount));
  const present = people.filter((_, i) => !absentIdx.has(i));
  const absent = people.filter((_, i) => absentIdx.has(i));
  // Proxies: some absent members give one to distinct present members (one each, CGCT L2121-20).
  const order = Array.from({ length: rng.int(8, 30) }, (_, i) => `${Math.floor(i / 5) + 1}.${(i % 5) + 1}`);
  const reportAt = rng.int(Math.floor(order.length / 2), order.length - 1);
  const report = order[reportAt];
  // Arrivals before the report and departures after it (community layout): everyone listed present sits at
  // the report voted here.
  const qualifiers = new Map<Person, string>();
  if (community) {
    for (const p of present.slice(1)) {
      if (!rng.chance(0.1)) continue;
      qualifiers.set(p, rng.chance(0.5) ? ` (à partir du ${order[rng.int(0, reportAt)]})` : ` (jusqu'au ${order[rng.int(reportAt, order.length - 1)]})`);
    }
  }
  // Proxies: absent members give one each to distinct members present for the whole séance (CGCT L2121-20).
  const givers = absent.slice(0, rng.int(0, absent.length));
  const holders = rng.sample(present.slice(1).filter((p) => !qualifiers.has(p)), givers.length);
  const proxies = givers.map((g, i) => ({ giver: g, holder: holders[i] })).filter((p) => p.holder);
  const out: string[] = [];
  const ctx: ProseContext = { people, articles: 8, annexes: 1, year, operation: rng.int(100, 9000) * 10000 };

  if (community) {
    out.push('Extrait du registre des délibérations du Conseil communautaire', '', `Séance du ${weekday(seance)} ${dateText(seance)}`, '', `Conseillers communautaires en exercice : ${inOffice}`, '');
    out.push(`Le Conseil communautaire, régulièrement convoqué le ${dateText(convocation)}, s’est réuni à l’hôtel de ville de Chambéry, sous la présidence de ${full(president)}.`, '');
    out.push(`Ordre de passage des rapports : ${order.join(', ')}`, '');
    const byCommune = (list: Person[]) => {
      const groups = new Map<string, string[]>();
      for (const p of list) groups.set(p.commune!, [...(groups.get(p.commune!) ?? []), `${full(p)}${qualifiers.get(p) ?? ''}`]);
      return [...groups].map(([c, names]) => `${c} : ${names.join(', ')}`).join(' ');
    };
    out.push(`Étaient présents : ${byCommune(present)}`, '', `Étaient absents : ${byCommune(absent)}`, '');
    out.push(`Secrétaire de séance : ${full(rng.pick(present))}`, '');
    if (proxies.length) {
      out.push('Procurations de vote :', '');
      out.push(`Mandants : ${proxies.map((p) => initials(p.giver)).join(', ')}`, '');
      out.push(`Mandataires : ${proxies.map((p) => initials(p.holder)).join(', ')}`, '');
    }
    out.push(`Délibération n°${year}/${String(opts.number).padStart(6, '0')}`, '');
  } else {
    const commune = rng.pick(COMMUNES);
    const declared = present.length;
    out.push('RÉPUBLIQUE FRANÇAISE', 'DÉPARTEMENT DE LA SAVOIE', `COMMUNE DE ${commune.toUpperCase()}`, '', 'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL', '');
    out.push(`Séance du ${weekday(seance)} ${dateText(seance)}`, '', `Date de convocation : ${dateText(convocation)}`, `Nombre de conseillers en exercice : ${inOffice}`, `Présents : ${declared}`, `Votants : ${declared + proxies.length}`, '');
    out.push(`L'an ${yearWords(year)}, le ${dayWords(seance.day)} ${MONTHS[seance.month - 1]} à vingt heures, le Conseil Municipal de la commune de ${commune}, dûment convoqué, s'est réuni en session ordinaire, à la mairie, sous la présidence de ${full(president)}, Maire.`, '');
    const holderOf = new Map(proxies.map((p) => [p.giver, p.holder]));
    out.push(`Étaient présents : ${present.map(full).join(', ')}`, '');
    out.push(`Étaient absents excusés : ${absent.map((a) => (holderOf.has(a) ? `${full(a)} (pouvoir à ${full(holderOf.get(a)!)})` : full(a))).join(', ')}`, '');
    out.push(`Secrétaire de séance : ${full(rng.pick(present))}`, '', `Délibération n°${year}-${String(opts.number).padStart(3, '0')}`, '');
  }

  const rapporteur = rng.pick(present);
  out.push(`Rapport n°${report} - Soutien à l’association – ${rng.pick(THEMES)}`, '', `Rapporteur : ${full(rapporteur)}`, '', `Commission : ${rng.pick(COMMISSIONS)}`, '');
  const subsidy = rng.int(2, 200) * 100000;
  // The body: headings, paragraphs, bullets and small tables until the target size is reached.
  const body: string[] = [];
  // The convention and the vote that follow the body make about 4 KB.
  let size = out.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0) + 4000;
  let section = 0;
  while (size < opts.targetBytes) {
    const piece = rng.chance(0.12)
      ? `${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][section++ % 8]}. ${fill(rng, 'Orientations en matière de {theme}', ctx)}`
      : rng.chance(0.2) ? bullets(rng, ctx)
        : rng.chance(0.05) ? `Décomposition prévisionnelle des dépenses :\n\n${budgetTable(rng, EXPENSES, ['Poste de dépense', 'Montant'], [], undefined, rng.chance(0.5)).text}`
          : paragraph(rng, ctx);
    body.push(piece, '');
    size += Buffer.byteLength(piece) + 1;
  }
  out.push(...body);
  const interested = community && rng.chance(0.3) ? rng.sample(present.slice(1).filter((p) => p !== rapporteur && !holders.includes(p)), rng.int(1, 2)) : [];
  if (interested.length) {
    out.push(`${interested.map(full).join(' et ')}, ${interested.length > 1 ? 'conseillers intéressés, ne prennent' : 'conseiller intéressé, ne prend'} pas part au vote.`, '');
  }
  const voters = present.length + proxies.length;
  const contre = rng.chance(0.4) ? rng.sample(present.slice(1).filter((p) => !interested.includes(p)), rng.int(1, 3)) : [];
  const abst = rng.chance(0.3) ? rng.sample(present.slice(1).filter((p) => !interested.includes(p) && !contre.includes(p)), rng.int(1, 2)) : [];
  const pour = voters - contre.length - abst.length - interested.length;
  const unanimous = contre.length === 0 && abst.length === 0;
  out.push(`Après en avoir délibéré, le Conseil ${unanimous ? 'à l’unanimité' : 'à la majorité'} :`, '');
  out.push(`- **approuve l’attribution d’une subvention de ${euros(subsidy)} à l’association,**`, '- **autorise la signature de la convention ci-annexée.**', '');
  out.push(`Pour : ${pour}`, '');
  out.push(`Contre : ${contre.length}${contre.length ? ` (${contre.map(full).join(', ')})` : ''}`, '');
  out.push(`Abstention : ${abst.length}${abst.length ? ` (${abst.map(full).join(', ')})` : ''}`, '');
  if (interested.length) out.push(`Ne prennent pas part au vote : ${interested.length}`, '');
  const received = addDays(seance, rng.int(2, 10));
  out.push('Préfecture de la Savoie', '', `Reçu le ${dateText(received)}`, '', 'Pour extrait conforme,', '', community ? 'Le Président,' : 'Le Maire,', '', noCiv(president), '');
  const grantor = community ? 'La Communauté d’agglomération du Grand Chambéry' : 'La Commune';
  out.push(convention(rng, grantor, president, subsidy, year, people).text);
  return out.join('\n');
}

export interface RegisterOptions {
  deliberations: number;
  /** Mean size of one deliberation in bytes (each varies by ±20 %). */
  meanBytes: number;
  seed: number;
}

export const DEFAULT_REGISTER: RegisterOptions = { deliberations: 1000, meanBytes: 40 * 1024, seed: 20171116 };

/** The register: deliberations one after another, separated by a blank line. */
export function generateRegister(opts: RegisterOptions = DEFAULT_REGISTER): string {
  const rng = new Rng(prng(opts.seed));
  const parts: string[] = [];
  for (let i = 0; i < opts.deliberations; i++) {
    const targetBytes = Math.round(opts.meanBytes * (0.8 + 0.4 * rng.next()));
    parts.push(generateDeliberation(rng, { targetBytes, year: 2020 + (i % 6), number: i + 1 }));
  }
  return parts.join('\n\n\n');
}
