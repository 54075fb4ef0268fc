// Completion of communes and councillors (core/features/completion.ts): where each is offered, territory ranking,
// accent-insensitive matching, no duplicates of people already listed, and the form each place uses.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { analyze } from '../core/analyze';
import { loadCommuneIndex, type CommuneIndex } from '../core/communes/index';
import { completion, type CompletionItem, type CompletionContext } from '../core/features/completion';
import { parseRoster, type Roster } from '../core/roster/index';
import { rosterFromModels } from '../core/roster/extract';
import { expandSnippet, tabStops, withDefaults } from '../core/text/snippets';
import type { Position } from '../core/types';
import { corpusPath, repoPath } from './helpers/paths';
import { CURSOR, cursorAt } from './helpers/cursor';

const GB = corpusPath('grand-besancon-2017-003854.delib');
function complete(marked: string, ctx: CompletionContext): { items: CompletionItem[]; text: string; position: Position } {
  const { text, position } = cursorAt(marked);
  const items = completion(analyze(text, { communes: ctx.communes, roster: ctx.roster }), position, ctx).sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));
  return { items, text, position };
}

/** The document text after applying an item. */
function apply(text: string, item: CompletionItem): string {
  const lines = text.split('\n');
  const { start, end } = item.textEdit.range;
  assert.equal(start.line, end.line);
  const l = lines[start.line];
  lines[start.line] = l.slice(0, start.character) + item.textEdit.newText + l.slice(end.character);
  return lines.join('\n');
}

const HEAD_GB = 'Extrait du Registre des délibérations du Conseil de Communauté\n\nConseillers communautaires en exercice : 129\n\n';

describe('completion of communes', () => {
  let communes: CommuneIndex;
  before(() => (communes = loadCommuneIndex()));

  it('finds École-Valentin from « ecole », accents and case ignored, first in the territory', () => {
    const { items, text } = complete(`${HEAD_GB}Étaient présents : Amagney : M. Thomas JAVAUX Arguel : M. André AVIS Devecey : M. Michel JASSEY ecole${CURSOR}`, { communes });
    const communesOnly = items.filter((i) => i.kind === 'commune');
    assert.equal(communesOnly[0].label, 'École-Valentin');
    assert.equal(communesOnly[0].textEdit.newText, 'École-Valentin : ');
    assert.ok(communesOnly.some((i) => i.label === 'École'), 'other communes of France come after');
    assert.match(apply(text, communesOnly[0]), /JASSEY École-Valentin : $/);
  });

  it('ranks the communes of the assembly’s EPCI first, then its département', () => {
    const ctx = { communes };
    const { items } = complete(`${HEAD_GB}Étaient présents : Amagney : M. Thomas JAVAUX Arguel : M. André AVIS Audeux : Mme Françoise GALLIOU Cha${CURSOR}`, ctx);
    const names = items.filter((i) => i.kind === 'commune').map((i) => i.label);
    const gb = communes.epci(communes.inferTerritory(['Amagney', 'Arguel', 'Audeux']).epci!)!;
    const members = new Set(gb.members.map((c) => c.name));
    const inEpci = names.filter((n) => members.has(n));
    assert.ok(inEpci.length >= 5, names.join());
    assert.deepEqual(names.slice(0, inEpci.length), inEpci, 'EPCI members first');
    assert.ok(inEpci.includes('Chalèze') && inEpci.includes('Champagney') && inEpci.includes('Chaucenne'));
    // The same prefix in a Savoie community council: its own communes first.
    const savoie = complete('COMMUNAUTÉ D\'AGGLOMÉRATION GRAND CHAMBÉRY\n\nÉtaient présents : Barby : M. Éric FLANDIN Bassens : Mme Danièle DAVIET Cha' + CURSOR, ctx);
    assert.deepEqual(savoie.items.filter((i) => i.kind === 'commune').slice(0, 2).map((i) => i.label), ['Chambéry', 'Challes-les-Eaux']);
  });

  it('completes the collectivity of the header and the parties of a convention', () => {
    const header = complete(`RÉPUBLIQUE FRANÇAISE\nDÉPARTEMENT DU DOUBS\nCOMMUNE DE POUILLEY-LES${CURSOR}`, { communes });
    assert.equal(header.items[0].textEdit.newText, 'POUILLEY-LES-VIGNES');
    const party = complete(`Entre\n\nLa commune de Pouilley-les-V${CURSOR}`, { communes });
    assert.equal(party.items[0].label, 'Pouilley-les-Vignes');
    assert.deepEqual(party.items[0].textEdit.range.start, { line: 2, character: 14 });
  });

  it('offers no commune where a person is expected, nor in prose', () => {
    assert.deepEqual(complete(`${HEAD_GB}Étaient présents : Amagney : M. Th${CURSOR}`, { communes }).items.filter((i) => i.kind === 'commune'), []);
    // « Commune : M »: the civility being typed, not yet its full stop (« M » is the start of no commune here).
    assert.deepEqual(complete(`${HEAD_GB}Étaient présents : Amagney : M${CURSOR}`, { communes }).items.filter((i) => i.kind === 'commune'), []);
    assert.deepEqual(complete(`${HEAD_GB}Étaient présents : Amagney : M. Thomas JAVAUX Arguel : Mm${CURSOR}`, { communes }).items.filter((i) => i.kind === 'commune'), []);
    // After a name, the next commune label may begin.
    assert.ok(complete(`${HEAD_GB}Étaient présents : Amagney : M. Thomas JAVAUX Argu${CURSOR}`, { communes }).items.some((i) => i.kind === 'commune' && i.label === 'Arguel'));
    assert.deepEqual(complete(`Le conseil se réunit à Bes${CURSOR}`, { communes }).items, []);
  });
});

describe('completion of councillors', function () {
  let communes: CommuneIndex;
  let roster: Roster;
  let gb: string;
  before(function () {
    communes = loadCommuneIndex();
    if (!existsSync(GB)) this.skip();
    gb = readFileSync(GB, 'utf8');
    roster = rosterFromModels([analyze(gb, { phases: [] }).model], { communes });
  });

  it('after « Commune : », offers the commune’s members first, and not those already listed', () => {
    const { items } = complete(`${HEAD_GB}Étaient présents : Amagney : M. Thomas JAVAUX Besançon : M. Frédéric ALLEMANN, ${CURSOR}\n\nÉtaient absents : Besançon : M. Julien ACARD`, { communes, roster });
    const labels = items.map((i) => i.label);
    assert.ok(!labels.includes('M. Frédéric ALLEMANN') && !labels.includes('M. Julien ACARD') && !labels.includes('M. Thomas JAVAUX'));
    const besancon = roster.members.filter((m) => m.commune === 'Besançon').length;
    assert.equal(items.length, roster.members.length - 3);
    assert.ok(items.slice(0, besancon - 2).every((i) => i.detail?.startsWith('Besançon')), 'Besançon first');
    assert.ok(!items[besancon - 2].detail?.startsWith('Besançon'));
  });

  it('writes « M. Given SURNAME » in attendance lists and replaces what was typed', () => {
    const { items, text } = complete(`${HEAD_GB}Étaient présents : Amagney : M. Tho${CURSOR}`, { communes, roster });
    const javaux = items.find((i) => i.label === 'M. Thomas JAVAUX')!;
    assert.equal(javaux.textEdit.newText, 'M. Thomas JAVAUX');
    assert.equal(items[0], javaux, 'the member of Amagney first');
    assert.match(apply(text, javaux), /Amagney : M\. Thomas JAVAUX$/);
    const bySurname = complete(`${HEAD_GB}Étaient présents : Besançon : M. Frédéric ALLEMANN, zob${CURSOR}`, { communes, roster });
    assert.deepEqual(bySurname.items.map((i) => i.textEdit.newText), ['Mme Christiane ZOBENBULLER']);
    const byGiven = complete(`${HEAD_GB}Étaient présents : Besançon : jean-l${CURSOR}`, { communes, roster });
    assert.deepEqual(byGiven.items.filter((i) => i.kind === 'person').map((i) => i.textEdit.newText), ['M. Jean-Louis FOUSSERET']);
  });

  it('writes initials in the proxy lists of a document that uses them', () => {
    const lines = gb.split('\n');
    const i = lines.findIndex((l) => l.startsWith('Mandataires'));
    lines[i] = lines[i].replace('P. MOUGIN, ', `P. MOU${CURSOR}`).replace(/, D\. SCHAUSS/, '');
    const { items } = complete(lines.join('\n'), { communes, roster });
    assert.equal(items.find((x) => x.label === 'M. Philippe MOUGIN')?.textEdit.newText, 'P. MOUGIN');
    const j = lines.findIndex((l) => l.startsWith('Mandants'));
    const withJl = [...lines];
    withJl[i] = withJl[i].replace(CURSOR, '');
    withJl[j] = withJl[j].replace('J. ACARD, ', `J.L. FOU${CURSOR}`);
    const dotted = complete(withJl.join('\n'), { communes, roster });
    assert.equal(dotted.items.find((x) => x.label === 'M. Jean-Louis FOUSSERET')?.textEdit.newText, 'J.L. FOUSSERET');
  });

  it('offers people after « pouvoir à », Rapporteur, « sous la présidence de », Secrétaire, named votes and interested councillors', () => {
    const ctx = { communes, roster };
    const rapporteur = complete(`Rapporteur : M. Alain BL${CURSOR}`, ctx).items;
    assert.deepEqual(rapporteur.map((i) => i.textEdit.newText), ['M. Alain BLESSEMAILLE']);
    const president = complete(`Le Conseil s'est réuni sous la présidence de M. Jean${CURSOR}`, ctx).items;
    assert.equal(president[0].label, 'M. Jean-Louis FOUSSERET', 'the président first');
    assert.deepEqual(complete(`Secrétaire de séance : duche${CURSOR}`, ctx).items.map((i) => i.textEdit.newText), ['M. Pascal DUCHEZEAU']);
    assert.deepEqual(complete(`Contre : 1 (M. Pascal DUCH${CURSOR}`, ctx).items.map((i) => i.textEdit.newText), ['M. Pascal DUCHEZEAU']);
    const interested = complete(`MM. JL. FOUSSERET et D. SCH${CURSOR}`, ctx).items;
    assert.deepEqual(interested.map((i) => i.textEdit.newText), ['D. SCHAUSS']);
  });

  it('without a roster, offers the people named in the workspace', () => {
    const other = analyze('Étaient présents : Mme Hélène MARCHAND, M. Bruno VERNIER\n\nÉtaient absents : M. Éric COLIN\n').model;
    const ctx: CompletionContext = { communes, workspace: [other] };
    const { items } = complete(`Étaient présents : Mme Hélène MARCHAND, ${CURSOR}`, ctx);
    assert.deepEqual(items.map((i) => i.textEdit.newText).sort(), ['M. Bruno VERNIER', 'M. Éric COLIN']);
    const proxy = complete(`Étaient absents : M. Éric COLIN (pouvoir à Mme Hél${CURSOR}`, ctx).items;
    assert.deepEqual(proxy.map((i) => i.textEdit.newText), ['Mme Hélène MARCHAND']);
  });

  it('merges the items of the providers', () => {
    const extra = { label: 'extra', kind: 'template' as const, textEdit: { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'x' }, sortText: 'z' };
    const { items } = complete(`Rapporteur : M. Alain BL${CURSOR}`, { communes, roster, providers: [() => [extra]] });
    assert.deepEqual(items.map((i) => i.label), ['M. Alain BLESSEMAILLE', 'extra']);
  });

  it('uses the sample roster for the sample community extract', () => {
    const sampleRoster = parseRoster(readFileSync(repoPath('samples/conseil.yaml'), 'utf8')).roster!;
    const text = readFileSync(repoPath('samples/extrait-communautaire.delib'), 'utf8');
    const marked = text.replace('Barby : M. Éric FLANDIN', `Barby : ${CURSOR}`);
    const { items } = complete(marked, { communes, roster: sampleRoster });
    assert.equal(items[0].textEdit.newText, 'M. Éric FLANDIN');
  });
});

describe('completion: whole-document templates and the people they name', () => {
  const ROSTER: Roster = parseRoster([
    'assemblee: Conseil municipal de Saint-Vit', 'type: conseil municipal', 'commune: Saint-Vit', 'membres:',
    '  - { civilite: Mme, prenom: Hélène, nom: MARCHAND, fonctions: [maire] }',
    '  - { civilite: M., prenom: Bruno, nom: VERNIER }',
    '  - { civilite: Mme, prenom: Claire, nom: DUBOZ }',
    '  - { civilite: M., prenom: Patrice, nom: ROUSSEL }',
  ].join('\n')).roster!;
  const templates = (ctx: CompletionContext) => complete(CURSOR, ctx).items.filter((i) => i.kind === 'template');
  const filled = (i: CompletionItem) => expandSnippet(i.textEdit.newText);
  const serious = (text: string) => analyze(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.code}: ${f.message}`);

  it('names nobody who looks real without a roster: every person is a visible placeholder, the département too', () => {
    for (const item of templates({}).filter((i) => /^extrait/.test(i.label))) {
      const text = filled(item);
      const people = [...text.matchAll(/\b(?:M\.|Mme) (\p{L}+) ([\p{Lu}-]+)/gu)];
      assert.ok(people.length >= 5, item.label);
      for (const p of people) assert.match(`${p[1]} ${p[2]}`, /^Prénom NOM-[A-Z]+$/, item.label);
      assert.deepEqual(serious(text), [], item.label);
    }
    const communal = filled(templates({}).find((i) => /communal/.test(i.label))!);
    assert.match(communal, /^DÉPARTEMENT DE NOM$/m);
  });

  it('fills the attendance, counts and presidency from the roster, tab stops kept, consistent as written', () => {
    const items = templates({ roster: ROSTER });
    const communal = items.find((i) => /communal/.test(i.label))!;
    assert.ok(tabStops(communal.textEdit.newText).length >= 10, 'still a snippet');
    const text = filled(communal);
    assert.match(text, /^COMMUNE DE SAINT-VIT$/m);
    assert.match(text, /^Étaient présents : Mme Hélène MARCHAND, M\. Bruno VERNIER, Mme Claire DUBOZ, M\. Patrice ROUSSEL$/m);
    assert.match(text, /sous la présidence de Mme Hélène MARCHAND, Maire/);
    assert.match(text, /^Nombre de conseillers en exercice : 4$/m);
    assert.match(text, /^Pour : 4$/m);
    assert.doesNotMatch(text, /NOM-/);
    assert.deepEqual(serious(text), []);
    const whole = filled(items.find((i) => /^extrait du registre/.test(i.label))!);
    assert.match(whole, /^Étaient présents : Mme Hélène MARCHAND/m);
    assert.deepEqual(serious(whole), []);
  });

  it('withDefaults changes defaults and the first choice, and leaves other tab stops and mirrors alone', () => {
    const s = 'A ${1:x} ${2|M.,Mme|} ${3:y} $1 ${2}';
    assert.equal(withDefaults(s, { 1: 'a}b', 2: 'Mme' }), 'A ${1:a\\}b} ${2|Mme,M.|} ${3:y} $1 ${2}');
    assert.equal(expandSnippet(withDefaults(s, { 1: 'a}b', 2: 'Mme' })), 'A a}b Mme y a}b Mme');
    assert.equal(withDefaults(s, { 2: 'Dr' }), 'A ${1:x} ${2:Dr} ${3:y} $1 ${2}');
  });
});
