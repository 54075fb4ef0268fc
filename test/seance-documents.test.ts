// The documents of a séance and of a year (core/export/documents.ts, seance-pv.ts, registre.ts; `delib seance`,
// `delib registre`): what a secretary checks in the draft procès-verbal (the presidency, the secretary, who sat, the
// proxies, each deliberation in number order with its rapporteur and its vote) and in the registre (every act of the
// year in date then number order, after their table, each from a new page), read back from HTML, PDF and Word.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { registreDocument, renderBody, renderHtml, renderLayoutAs, seanceDocuments, type ActsInput, type DocumentsFailure, type Layout, type RegistreDocument, type SeanceDocuments } from '../core/export/index';
import { repoPath } from './helpers/paths';

const SAMPLE = readFileSync(repoPath('samples', 'extrait-municipal.delib'), 'utf8');
const COMMUNAUTAIRE = readFileSync(repoPath('samples', 'extrait-communautaire.delib'), 'utf8');

/** Replaces each piece, which must be there (an edit that matches nothing would make a test pass for nothing). */
const edit = (text: string, edits: readonly [string, string][]) =>
  edits.reduce((t, [a, b]) => {
    assert.ok(t.includes(a), `not in the act: ${a}`);
    return t.replace(a, b);
  }, text);
/** The sample act with another number and the edits given. */
const act = (number: string, edits: [string, string][] = []) => edit(SAMPLE, [['Délibération n°2025-047', `Délibération n°${number}`], ...edits]);

const RAPPORTEUR = "Rapporteur : Mme Nathalie CHAPPAZ, Adjointe à l'enfance et à la jeunesse\n\n";
const VOTE = 'Pour : 22\n\nContre : 2 (M. Julien FALCOZ, Mme Aline GIROUD)\n\nAbstention : 1 (M. Kevin HUGONNARD)\n\n';
const OBJECT = "Objet : Accueil de loisirs - Tarifs de l'été 2025";
const objectIs = (o: string): [string, string] => [OBJECT, `Objet : ${o}`];
const seanceOn = (d: string): [string, string] => ['Séance du lundi 23 juin 2025', `Séance du ${d}`];

/** 048: unanimity without counts, no rapporteur, 27 members in office (the first act, 047, says 29). */
const A048 = act('2025-048', [objectIs('Cimetière - Reprise de concessions'), [RAPPORTEUR, ''], [VOTE, ''], ['à la majorité', 'à l’unanimité'], ['Nombre de conseillers en exercice : 29', 'Nombre de conseillers en exercice : 27']]);
/** 049: rejected, the names of those for. */
const A049 = act('2025-049', [
  objectIs('Voirie - Dénomination de la rue des Vignes'),
  [RAPPORTEUR, 'Rapporteur : M. Roger EXERTIER, Adjoint à la voirie\n\n'],
  [VOTE, 'Pour : 3 (M. Julien FALCOZ, Mme Aline GIROUD, M. Kevin HUGONNARD)\n\nContre : 22\n\n'],
]);
/** The séance: 048 and 049 in a register, 047 (the first of the séance) in a file of its own, given last. */
const SEANCE: ActsInput[] = [
  { name: 'registre.delib', text: `${A048}\n\n${A049}` },
  { name: 'a.delib', text: act('2025-047') },
];

/** The text a reader sees in the HTML: tags dropped, entities decoded, spaces squashed. */
const textOf = (layout: Layout) =>
  renderBody(layout)
    .replace(/<(?:br|\/p|\/h\d|\/li|\/tr)>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t\u00a0\u202f]+/g, ' ')
    .replace(/ *\n[ \n]*/g, '\n')
    .trim();
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function documents(inputs: readonly ActsInput[], options: Parameters<typeof seanceDocuments>[1] = {}): SeanceDocuments {
  const made = seanceDocuments(inputs, options);
  assert.ok(!('problem' in made), 'problem' in made ? made.message : '');
  return made;
}
function registre(inputs: readonly ActsInput[], options: Parameters<typeof registreDocument>[1] = {}): RegistreDocument {
  const made = registreDocument(inputs, options);
  assert.ok(!('problem' in made), 'problem' in made ? made.message : '');
  return made;
}
const problemOf = (made: object) => ('problem' in made ? (made as DocumentsFailure) : assert.fail('a problem was expected'));

const has = (tool: string) => spawnSync(tool, ['-v'], { stdio: 'ignore' }).error === undefined;

describe('the draft procès-verbal of a séance', () => {
  const made = documents(SEANCE);
  const pv = textOf(made.pv);
  const line = (label: string) => pv.split('\n').find((l) => l.startsWith(label));

  it('is titled with the séance’s date and marked as a draft, under the collectivity', () => {
    assert.equal(made.date, '2025-06-23');
    assert.deepEqual(made.fileNames, { liste: 'liste-deliberations-2025-06-23', pv: 'proces-verbal-2025-06-23' });
    assert.equal(made.deliberations, 3);
    assert.deepEqual(made.sources, ['registre.delib', 'a.delib']);
    assert.match(pv, /^COMMUNE DE CHALLES-LES-EAUX\nProcès-verbal de la séance du lundi 23 juin 2025\nProjet — à compléter/m);
    assert.equal(made.pv.collectivity, 'Commune de Challes-les-Eaux');
  });

  it('comes with the list of the deliberations examined, in the same order', () => {
    const table = made.liste.blocks.find((b) => b.kind === 'table');
    assert.ok(table && table.kind === 'table');
    assert.deepEqual(table.rows.slice(1).map((r) => r.cells), [
      ['2025-047', "Accueil de loisirs - Tarifs de l'été 2025", 'Adoptée par 22 voix pour, 2 contre, 1 abstention'],
      ['2025-048', 'Cimetière - Reprise de concessions', 'Adoptée à l’unanimité'],
      ['2025-049', 'Voirie - Dénomination de la rue des Vignes', 'Rejetée par 3 voix pour, 22 contre'],
    ]);
    assert.match(textOf(made.liste), /Affichée le : …+\nMise en ligne le : …+/);
  });

  it('names the president, the secretary, the members in office, present, absent and represented', () => {
    assert.equal(line('Présidence :'), 'Présidence : M. André SIMOND');
    assert.equal(line('Secrétaire de séance :'), 'Secrétaire de séance : Mme Audrey SIBILLE');
    assert.equal(line('Date de convocation :'), 'Date de convocation : 17 juin 2025');
    const present = line('Présents :')!;
    for (const name of ['M. André SIMOND', 'Mme Sophie BRANCHE', 'Mme Léa JANIN', 'M. Paul MOLLARET']) assert.ok(present.includes(name), name);
    assert.equal(present.split(', ').length, 22);
    assert.equal(line('Absents excusés :'), 'Absents excusés : M. Robert ARMAND, Mme Odette BERTHET, M. Yann COUTAZ, Mme Pauline DUCRET, M. Samuel PILLET');
    assert.equal(line('Absents :'), 'Absents : Mme Inès RAMBAUD, M. Théo VUILLET');
    assert.match(pv, /Pouvoirs :\nM\. Robert ARMAND a donné pouvoir à Mme Sophie BRANCHE\nMme Odette BERTHET a donné pouvoir à M\. Luc DELAVENAY\nM\. Yann COUTAZ a donné pouvoir à Mme Marion LAFFIN\n/);
  });

  it('takes the first act’s value where the acts of the séance disagree, and adds nothing else', () => {
    // 048, the first act given, says 27; 047, the first of the séance, 29.
    assert.equal(line('Membres en exercice :'), 'Membres en exercice : 29');
    assert.ok(!/\b27\b/.test(pv));
  });

  it('gives each deliberation in number order, with its object, its rapporteur, room for the debates and its vote', () => {
    const headings = pv.split('\n').filter((l) => l.startsWith('Délibération n°'));
    assert.deepEqual(headings, [
      "Délibération n°2025-047 – Accueil de loisirs - Tarifs de l'été 2025",
      'Délibération n°2025-048 – Cimetière - Reprise de concessions',
      'Délibération n°2025-049 – Voirie - Dénomination de la rue des Vignes',
    ]);
    const [d47, d48, d49] = pv.split(/^Délibération n°/m).slice(1);
    assert.match(d47, /\nRapporteur : Mme Nathalie CHAPPAZ, Adjointe à l'enfance et à la jeunesse\n/);
    assert.match(d47, /\nDébats :\n…{40}\n…{40}\n…{40}\n/);
    assert.match(d47, /\nVote : Adoptée par 22 voix pour, 2 contre, 1 abstention\n/);
    assert.match(d47, /Contre : 2 M\. Julien FALCOZ, Mme Aline GIROUD\n/);
    assert.match(d47, /Abstentions : 1 M\. Kevin HUGONNARD\n/);
    assert.match(d48, /\nVote : Adoptée à l’unanimité\n/);
    assert.ok(!/Pour :|Contre :/.test(d48), 'no counts stated, none printed');
    assert.match(d49, /\nRapporteur : M\. Roger EXERTIER, Adjoint à la voirie\n/);
    assert.match(d49, /\nVote : Rejetée par 3 voix pour, 22 contre\n/);
    assert.match(d49, /Pour : 3 M\. Julien FALCOZ, Mme Aline GIROUD, M\. Kevin HUGONNARD\n/);
  });

  it('leaves a place to fill where the acts state nothing, never a value of its own', () => {
    assert.match(line('Lieu :')!, /^Lieu : …+$/, 'the model reads no place');
    const [, d48] = pv.split(/^Délibération n°/m).slice(1);
    assert.match(d48, /\nRapporteur : …+\n/);
    const bare = edit(SAMPLE, [['Secrétaire de séance : Mme Audrey SIBILLE\n\n', ''], ['Nombre de conseillers en exercice : 29\n', ''], ['Date de convocation : 17 juin 2025\n', ''], [VOTE, ''], [', à la majorité', '']]);
    const text = textOf(documents([{ name: 'a.delib', text: bare }]).pv);
    const at = (label: string) => text.split('\n').find((l) => l.startsWith(label));
    for (const label of ['Secrétaire de séance :', 'Membres en exercice :', 'Date de convocation :', 'Vote :']) assert.match(at(label)!, new RegExp(`^${label} …+$`), label);
    assert.ok(!/non indiqué|Adoptée|Rejetée/.test(text));
    // The signatures: the president named, the secretary left to fill.
    assert.match(text, /Le Président de séance,\s*M\. André SIMOND\s*Le Secrétaire de séance,\s*…+/);
  });

  it('says who arrives, leaves or gives a proxy at an item, where the ordre de passage places it', () => {
    // Report 4.1: M. GAUDIN sits « jusqu'au 3.2 » and gives his proxy « à partir du 4.1 ».
    const at41 = textOf(documents([{ name: 'c.delib', text: COMMUNAUTAIRE }]).pv);
    assert.match(at41, /Présents : [^\n]*M\. Jacques CATTIN \(à partir du 1\.3\)/);
    assert.match(at41, /Délibération n°2025-0412 \(rapport n°4\.1\)[^\n]*\n(?:[^\n]*\n){1,2}Départ : M\. Cédric GAUDIN \(jusqu'au 3\.2\)\nPouvoir donné : C\. GAUDIN a donné pouvoir à T\. GROS \(à partir du 4\.1\)\n/);
    assert.ok(!/Arrivée/.test(at41));
    const at21 = textOf(documents([{ name: 'c.delib', text: edit(COMMUNAUTAIRE, [['Rapport n°4.1', 'Rapport n°2.1']]) }]).pv);
    assert.match(at21, /\nArrivée : Mme Elsa DESCHAMPS \(à partir du 2\.1\)\n/);
    assert.ok(!/Départ :/.test(at21));
    const at11 = textOf(documents([{ name: 'c.delib', text: edit(COMMUNAUTAIRE, [['Rapport n°4.1', 'Rapport n°1.1']]) }]).pv);
    assert.ok(!/Arrivée|Départ :|Pouvoir donné/.test(at11), 'the first item: the attendance above says it');
  });

  it('says who leaves, comes back or gives a proxy between two acts of the séance, from their lists', () => {
    // 048 lists M. MOLLARET absent, with a proxy to M. RUBOD; 049 present again.
    const gone: [string, string][] = [['M. Paul MOLLARET, ', ''], ['Présents : 22', 'Présents : 21'], ['Étaient absents excusés : ', 'Étaient absents excusés : M. Paul MOLLARET (pouvoir à M. Christian RUBOD), ']];
    const pv3 = textOf(documents([{ name: 'a.delib', text: act('2025-047') }, { name: 'b.delib', text: act('2025-048', gone) }, { name: 'c.delib', text: act('2025-049') }]).pv);
    const [d47, d48, d49] = pv3.split(/^Délibération n°/m).slice(1);
    assert.ok(!/Arrivée|Départ|Pouvoir donné/.test(d47), d47);
    assert.match(d48, /\nDépart : M\. Paul MOLLARET\n/);
    assert.match(d48, /\nPouvoir donné : M\. Paul MOLLARET a donné pouvoir à M\. Christian RUBOD\n/);
    assert.match(d49, /\nArrivée : M\. Paul MOLLARET\n/);
    assert.ok(!/Départ|Pouvoir donné/.test(d49), d49);
  });

  it('speaks English when asked', () => {
    const en = textOf(documents(SEANCE, { locale: 'en' }).pv);
    assert.match(en, /Minutes of the séance of lundi 23 juin 2025\nDraft — to complete/);
    assert.match(en, /\nPresiding: M\. André SIMOND\n/);
    assert.match(en, /M\. Robert ARMAND gave a proxy to Mme Sophie BRANCHE/);
    assert.match(en, /\nVote: Adopted by 22 for, 2 against, 1 abstaining\n/);
    assert.match(en, /The Secretary of the séance,/);
  });

  it('prints in Word and PDF with the same facts', async function () {
    this.timeout(30_000);
    const word = squash((await mammoth.extractRawText({ buffer: Buffer.from(await renderLayoutAs(made.pv, 'docx')) })).value);
    for (const s of ['Procès-verbal de la séance du lundi 23 juin 2025', 'Présidence : M. André SIMOND', 'M. Robert ARMAND a donné pouvoir à Mme Sophie BRANCHE', 'Délibération n°2025-049', 'Rapporteur : M. Roger EXERTIER', 'Le Secrétaire de séance,']) {
      assert.ok(word.replace(/\u00a0/g, ' ').includes(s), `Word: ${s}`);
    }
    const pdf = await renderLayoutAs(made.pv, 'pdf');
    assert.equal(Buffer.from(pdf.subarray(0, 5)).toString(), '%PDF-');
    if (!has('pdftotext')) return;
    const dir = mkdtempSync(join(tmpdir(), 'delib-pv-'));
    try {
      writeFileSync(join(dir, 'pv.pdf'), pdf);
      const text = squash(execFileSync('pdftotext', [join(dir, 'pv.pdf'), '-'], { encoding: 'utf8' })).replace(/\u00a0/g, ' ');
      assert.ok(text.includes('PROCÈS-VERBAL DE LA SÉANCE DU LUNDI 23 JUIN 2025'), 'the title, in capitals');
      for (const s of ['Secrétaire de séance : Mme Audrey SIBILLE', 'Débats :', 'Rejetée par 3 voix pour, 22 contre']) assert.ok(text.includes(s), `PDF: ${s}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops on acts of no séance date, of several séances without a date, of no act that day, or of two collectivities', () => {
    const march = act('2025-050', [seanceOn('lundi 10 mars 2025')]);
    const several = problemOf(seanceDocuments([...SEANCE, { name: 'b.delib', text: march }]));
    assert.deepEqual(several.problem, { kind: 'several-dates', dates: ['2025-03-10', '2025-06-23'] });
    assert.equal(several.message, 'ces actes sont de plusieurs séances (2025-03-10, 2025-06-23) : précisez --date');
    assert.equal(documents([...SEANCE, { name: 'b.delib', text: march }], { date: '2025-03-10' }).deliberations, 1);
    assert.equal(problemOf(seanceDocuments(SEANCE, { date: '2025-07-01' })).problem.kind, 'no-seance');
    assert.equal(problemOf(seanceDocuments([{ name: 'x.delib', text: 'Rien de daté.\n' }])).problem.kind, 'no-date');
    const barby = problemOf(seanceDocuments([...SEANCE, { name: 'b.delib', text: act('2025-050', [['COMMUNE DE CHALLES-LES-EAUX', 'COMMUNE DE BARBY']]) }], { locale: 'en' }));
    assert.equal(barby.problem.kind, 'several-bodies');
    assert.match(barby.message, /^the acts of this séance are of several collectivities \(.*BARBY.*\): give the files of one$/);
  });
});

describe('the registre of a year', () => {
  /** Four acts of 2025 out of order in three files, one of 2024. */
  const YEAR: ActsInput[] = [
    { name: 'a.delib', text: act('2025-048', [objectIs('Affaire 48')]) },
    { name: 'registre.delib', text: [act('2025-050', [objectIs('Affaire 50'), seanceOn('lundi 30 juin 2025')]), act('2025-012', [objectIs('Affaire 12'), seanceOn('lundi 10 mars 2025')]), act('2024-112', [objectIs('Affaire 112'), seanceOn('lundi 24 juin 2024')])].join('\n\n') },
    { name: 'c.delib', text: act('2025-047', [objectIs('Affaire 47')]) },
  ];

  it('lists the acts of the year in date then number order in its table, under its title', () => {
    const made = registre(YEAR, { year: '2025' });
    assert.equal(made.acts, 4);
    assert.equal(made.fileName, 'registre-2025');
    const text = textOf(made.layout);
    assert.match(text, /^COMMUNE DE CHALLES-LES-EAUX\nRegistre des délibérations — Commune de Challes-les-Eaux — année 2025\n4 actes, du 10 mars 2025 au 30 juin 2025\.\nTable des actes\n/m);
    const table = made.layout.blocks.find((b) => b.kind === 'table');
    assert.ok(table && table.kind === 'table');
    assert.deepEqual(table.rows.map((r) => r.cells), [
      ['N°', 'Date de la séance', 'Objet'],
      ['2025-012', '10 mars 2025', 'Affaire 12'],
      ['2025-047', '23 juin 2025', 'Affaire 47'],
      ['2025-048', '23 juin 2025', 'Affaire 48'],
      ['2025-050', '30 juin 2025', 'Affaire 50'],
    ]);
    assert.ok(!text.includes('2024-112'), 'an act of another year');
  });

  it('prints each act whole, in that order, each from a new page', () => {
    const made = registre(YEAR, { year: '2025' });
    const breaks = made.layout.blocks.flatMap((b, i) => (b.pageBreakBefore ? [i] : []));
    assert.equal(breaks.length, 4);
    const acts = breaks.map((start, k) => textOf({ ...made.layout, blocks: made.layout.blocks.slice(start, breaks[k + 1]) }));
    assert.deepEqual(acts.map((a) => /Délibération n°(\S+)/.exec(a)?.[1]), ['2025-012', '2025-047', '2025-048', '2025-050']);
    for (const a of acts) {
      assert.match(a, /^RÉPUBLIQUE FRANÇAISE\n/, `from its header: ${a.slice(0, 80)}`);
      assert.match(a, /Pour extrait conforme/, 'to its signature');
    }
    assert.equal((renderHtml(made.layout).match(/class="header page-break"/g) ?? []).length, 4);
  });

  it('takes the only year of the acts, and stops on several years, a year without acts, two collectivities', () => {
    const years = problemOf(registreDocument(YEAR));
    assert.deepEqual(years.problem, { kind: 'several-years', years: ['2024', '2025'] });
    assert.equal(years.message, 'ces actes sont de plusieurs années (2024, 2025) : précisez --year');
    assert.equal(registre(YEAR, { year: '2024' }).acts, 1);
    assert.equal(registre([YEAR[0], YEAR[2]]).year, '2025');
    assert.equal(problemOf(registreDocument(YEAR, { year: '2023' })).problem.kind, 'no-year');
    const two = problemOf(registreDocument([...YEAR, { name: 'b.delib', text: act('2025-049', [['COMMUNE DE CHALLES-LES-EAUX', 'COMMUNE DE BARBY']]) }], { year: '2025' }));
    assert.equal(two.problem.kind, 'several-bodies');
    assert.match(two.message, /^les actes de l’année 2025 sont de plusieurs collectivités \(.*BARBY.*\) : donnez les fichiers d’une seule$/);
    const undated = registre([...YEAR, { name: 'x.delib', text: act('2025-051', [['Séance du lundi 23 juin 2025', 'Séance'], ["L'an deux mille vingt-cinq, le vingt-trois juin", "L'an deux mille vingt-cinq"]]) }], { year: '2025' });
    assert.deepEqual([undated.acts, undated.undated], [4, 1]);
  });

  it('starts each act on a new page of the PDF, and prints in Word', async function () {
    this.timeout(60_000);
    const made = registre(YEAR, { year: '2025' });
    const word = squash((await mammoth.extractRawText({ buffer: Buffer.from(await renderLayoutAs(made.layout, 'docx')) })).value);
    assert.ok(word.includes('Registre des délibérations — Commune de Challes-les-Eaux — année 2025'));
    assert.deepEqual([...word.matchAll(/Délibération n°(\S+)/g)].map((m) => m[1]), ['2025-012', '2025-047', '2025-048', '2025-050']);
    const pdf = await renderLayoutAs(made.layout, 'pdf');
    if (!has('pdftotext')) return;
    const dir = mkdtempSync(join(tmpdir(), 'delib-registre-'));
    try {
      writeFileSync(join(dir, 'r.pdf'), pdf);
      const pages = execFileSync('pdftotext', [join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
      assert.match(pages[0], /Table des actes/);
      // Each act's first page holds its header and its number, and no page holds two acts.
      const starts = pages.flatMap((p, i) => (/RÉPUBLIQUE FRANÇAISE/.test(p) ? [i] : []));
      assert.equal(starts.length, 4);
      assert.deepEqual(starts.map((i) => /Délibération n°(\S+)/.exec(pages[i])?.[1]), ['2025-012', '2025-047', '2025-048', '2025-050']);
      for (const p of pages.slice(1)) assert.ok((p.match(/Délibération n°/g) ?? []).length <= 1, p.slice(0, 200));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('delib seance and delib registre', function () {
  this.timeout(60_000);
  let dir = '';
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'delib-documents-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, [repoPath('dist', 'cli.js'), ...args], { encoding: 'utf8', cwd: dir });
    return { status: r.status, out: r.stdout, err: r.stderr };
  };

  it('delib seance writes the list and the draft procès-verbal, and nothing at all over an existing file without --overwrite', () => {
    for (const { name, text } of SEANCE) writeFileSync(join(dir, name), text);
    const run = cli('seance', '.', '--to', 'html,pdf,docx');
    assert.equal(run.status, 0, run.err);
    for (const f of ['liste-deliberations-2025-06-23', 'proces-verbal-2025-06-23']) {
      for (const ext of ['html', 'pdf', 'docx']) assert.ok(existsSync(join(dir, `${f}.${ext}`)), `${f}.${ext}`);
      assert.match(run.out, new RegExp(`écrit : ${f}\\.html \\(3 délibérations\\)`));
    }
    assert.match(readFileSync(join(dir, 'proces-verbal-2025-06-23.html'), 'utf8'), /Procès-verbal de la séance du lundi 23 juin 2025/);
    // One of the files exists in -o DIR: status 2, it is named, and neither is written.
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'proces-verbal-2025-06-23.html'), 'mine');
    const refused = cli('seance', '.', '--to', 'html', '-o', 'out');
    assert.equal(refused.status, 2);
    assert.match(refused.err, /proces-verbal-2025-06-23\.html existe déjà : rien n’est écrit ; ajoutez --overwrite/);
    assert.ok(!existsSync(join(dir, 'out', 'liste-deliberations-2025-06-23.html')), 'nothing written');
    assert.equal(readFileSync(join(dir, 'out', 'proces-verbal-2025-06-23.html'), 'utf8'), 'mine');
    const replaced = cli('seance', '.', '--to', 'html', '-o', 'out', '--overwrite');
    assert.equal(replaced.status, 0, replaced.err);
    assert.match(readFileSync(join(dir, 'out', 'proces-verbal-2025-06-23.html'), 'utf8'), /Secrétaire de séance/);
    assert.ok(existsSync(join(dir, 'out', 'liste-deliberations-2025-06-23.html')));
  });

  it('delib registre writes the registre of the year, refuses an existing file, asks for --year among several', () => {
    writeFileSync(join(dir, 'a.delib'), act('2025-048'));
    writeFileSync(join(dir, 'b.delib'), act('2025-012', [seanceOn('lundi 10 mars 2025')]));
    const run = cli('registre', '.', '--to', 'html,pdf');
    assert.equal(run.status, 0, run.err);
    assert.match(run.out, /écrit : registre-2025\.html \(2 actes\)/);
    assert.ok(existsSync(join(dir, 'registre-2025.pdf')));
    const html = readFileSync(join(dir, 'registre-2025.html'), 'utf8');
    assert.ok(html.indexOf('2025-012') < html.indexOf('2025-048'));
    const again = cli('registre', '.', '--to', 'html,docx');
    assert.equal(again.status, 2);
    assert.match(again.err, /registre-2025\.html existe déjà/);
    assert.ok(!existsSync(join(dir, 'registre-2025.docx')), 'nothing written');
    writeFileSync(join(dir, 'c.delib'), act('2024-112', [seanceOn('lundi 24 juin 2024')]));
    const several = cli('registre', '.', '--to', 'html');
    assert.equal(several.status, 2);
    assert.match(several.err, /plusieurs années \(2024, 2025\) : précisez --year/);
    const y2024 = cli('registre', '.', '--year', '2024', '--to', 'html', '--locale', 'en');
    assert.equal(y2024.status, 0, y2024.err);
    assert.match(y2024.out, /written: registre-2024\.html \(1 act\)/);
    assert.equal(cli('registre', '.', '--year', '24', '--to', 'html').status, 2);
    assert.match(cli('--help').out, /delib registre PATH… \[--year AAAA\] --to/);
  });
});
