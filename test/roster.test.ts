// The roster (tableau des membres): its YAML format and errors, the extraction from extracts (Grand Besançon corpus:
// 129 members, their communes, the suppléants), `delib roster extract`, and the checks member-unknown / member-mismatch.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../core/analyze';
import { loadCommuneIndex } from '../core/communes/index';
import { parseRoster, type Roster } from '../core/roster/index';
import { rosterFromModels, rosterToYaml } from '../core/roster/extract';
import { territoryOf } from '../core/roster/territory';
import type { Finding } from '../core/types';
import { personHover } from '../core/features/people-hover';
import { CORPUS_DIR, repoPath } from './helpers/paths';

const CORPUS = CORPUS_DIR;
const GB = join(CORPUS, 'grand-besancon-2017-003854.delib');
const CLI = repoPath('dist/cli.js');

const VALID = `assemblee: Conseil municipal de Pouilley-les-Vignes
type: conseil municipal
commune: Pouilley-les-Vignes
en_exercice: 2
siret: "212 104 630 00018"
membres:
  - civilite: Mme
    prenom: Hélène
    nom: MARCHAND
    fonctions: [maire]
  - civilité: M.
    prénom: Bruno
    nom: VERNIER
    fonctions: 1er adjoint
`;

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length - 1;
}

function delib(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], (error, stdout, stderr) => done({ status: error ? Number(error.code) : 0, stdout, stderr }));
  });
}

describe('roster format', () => {
  it('reads a valid roster, accents in keys allowed', () => {
    const { roster, findings } = parseRoster(VALID);
    assert.deepEqual(findings, []);
    assert.ok(roster);
    assert.equal(roster.name, 'Conseil municipal de Pouilley-les-Vignes');
    assert.equal(roster.kind, 'conseil municipal');
    assert.equal(roster.membersInOffice, 2);
    assert.equal(roster.siret, '212 104 630 00018');
    assert.deepEqual(roster.members.map((m) => [m.civility, m.given, m.surname, m.functions]), [
      ['Mme', 'Hélène', 'MARCHAND', ['maire']],
      ['M.', 'Bruno', 'VERNIER', ['1er adjoint']],
    ]);
    assert.equal(roster.members[1].range?.start.line, lineOf(VALID, 'civilité: M.'));
  });

  it('reads the sample roster, consistent with the community sample', () => {
    const text = readFileSync(repoPath('samples/conseil.yaml'), 'utf8');
    const { roster, findings } = parseRoster(text);
    assert.deepEqual(findings, []);
    assert.equal(roster?.members.length, roster?.membersInOffice);
    const sample = readFileSync(repoPath('samples/extrait-communautaire.delib'), 'utf8');
    const a = analyze(sample, { communes: loadCommuneIndex(), roster });
    assert.deepEqual(a.findings.filter((f) => f.code.startsWith('member-')), []);
  });

  it('reports a YAML syntax error with its position, and gives no roster', () => {
    const text = 'assemblee: Conseil\nmembres:\n  - nom: [DUPONT\n    prenom: Jean\n';
    const { roster, findings } = parseRoster(text);
    assert.equal(roster, undefined);
    assert.ok(findings.length >= 1);
    assert.ok(findings.every((f) => f.code === 'roster' && f.severity === 'error'));
    assert.ok(findings[0].range.start.line >= 2, JSON.stringify(findings[0].range));
  });

  it('reports a SIRET whose check digit is wrong, on its value', () => {
    const { findings } = parseRoster(VALID.replace('212 104 630 00018', '212 104 630 00014'));
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /SIRET « 212 104 630 00014 » : la clé de contrôle est fausse/);
    assert.equal(findings[0].range.start.line, lineOf(VALID, 'siret:'));
  });

  it('reads the prefecture and the address of the acts for the open data, and reports wrong ones on their value', () => {
    const withOpenData = VALID.replace('siret: "212 104 630 00018"', 'siret: "212 104 630 00018"\nprefecture: PREF025\nurl_actes: "https://www.pouilley.fr/actes/{DELIB_ID}.pdf"');
    const { roster, findings } = parseRoster(withOpenData);
    assert.deepEqual(findings, []);
    assert.equal(roster?.prefecture, 'PREF025');
    assert.equal(roster?.actsUrl, 'https://www.pouilley.fr/actes/{DELIB_ID}.pdf');
    const wrong = parseRoster(withOpenData.replace('PREF025', 'Besançon').replace('https://www.pouilley.fr', 'www.pouilley.fr'));
    assert.equal(wrong.roster, undefined);
    assert.deepEqual(wrong.findings.map((f) => f.range.start.line), [lineOf(withOpenData, 'prefecture:'), lineOf(withOpenData, 'url_actes:')]);
    assert.match(wrong.findings[0].message, /Préfecture « Besançon » : PREFNNN/);
  });

  it('reports schema errors on the offending node, and gives no roster', () => {
    const text = [
      'assemblee: Conseil',
      'en_exercice: douze',
      'membres:',
      '  - prenom: Jean',
      '    commune: Arguel',
      '  - civilite: Docteur',
      '    prenom: Anne',
      '    nom: MARTIN',
      '  - prenom: Paul',
      '    nom: DURAND',
      '    suppleant: Marie',
      '',
    ].join('\n');
    const { roster, findings } = parseRoster(text);
    assert.equal(roster, undefined);
    const at = (needle: string) => findings.filter((f) => f.range.start.line === lineOf(text, needle)).map((f) => f.message);
    assert.match(at('douze').join(), /en_exercice/);
    assert.match(at('- prenom: Jean').join(), /nom/);
    assert.match(at('Docteur').join(), /Civilité « Docteur »/);
    assert.match(at('suppleant: Marie').join(), /suppleant/);
  });

  it('keeps the roster with unknown keys (a warning), and warns when the count differs', () => {
    const text = 'assemblee: Conseil\nen_exercice: 3\ncouleur: bleu\nmembres:\n  - prenom: Jean\n    nom: DUPONT\n';
    const { roster, findings } = parseRoster(text, 'en');
    assert.equal(roster?.members.length, 1);
    assert.deepEqual(findings.map((f) => [f.severity, f.range.start.line]), [['warning', 2], ['warning', 1]]);
    assert.match(findings[0].message, /Unknown key “couleur”/);
  });

  it('never throws on odd input', () => {
    for (const text of ['', '42', '- a\n- b', 'membres: 3', 'assemblee: [x]\nmembres: []', '\t:\n', 'membres:\n  - null\n']) {
      const r = parseRoster(text);
      assert.equal(r.roster, undefined, text);
      assert.ok(r.findings.length > 0, text);
    }
  });
});

describe('roster format: functions', () => {
  it('writes a function as the extracts give it, so that both compare (« 1^{er} Vice-Président »)', () => {
    const { roster } = parseRoster(VALID.replace('fonctions: 1er adjoint', 'fonctions: [ "1^{er}  Vice-Président", Maire ]'));
    assert.deepEqual(roster?.members[1].functions, ['1er vice-président', 'maire']);
  });
});

describe('roster extraction', function () {
  before(function () {
    if (!existsSync(GB)) this.skip();
  });

  let roster: Roster;
  before(function () {
    if (!existsSync(GB)) return;
    roster = rosterFromModels([analyze(readFileSync(GB, 'utf8'), { phases: [] }).model], { communes: loadCommuneIndex() });
  });
  const find = (surname: string, given?: string) => roster.members.filter((m) => m.surname === surname && (!given || m.given === given));

  it('gives the 129 members in office of the Grand Besançon extract', () => {
    assert.equal(roster.members.length, 129);
    assert.equal(roster.membersInOffice, 129);
    assert.equal(roster.kind, 'conseil communautaire');
    assert.match(roster.epci ?? '', /Grand Besançon/);
    assert.equal(new Set(roster.members.map((m) => `${m.given} ${m.surname}`)).size, 129);
  });

  it('gives each member the commune of their list, in its official spelling', () => {
    assert.equal(find('JAVAUX')[0].commune, 'Amagney');
    assert.equal(find('FOUSSERET')[0].commune, 'Besançon');
    assert.equal(find('GUYEN')[0].commune, 'École-Valentin');
    assert.equal(find('LORIGUET')[0].commune, 'Thise');
    assert.equal(find('ZEISSER')[0].commune, 'Villars-Saint-Georges');
    assert.equal(find('RUTKOWSKI')[0].commune, 'Les Auxons');
    assert.equal(roster.members.filter((m) => m.commune === 'Besançon').length, 55);
    assert.ok(roster.members.every((m) => m.commune && m.civility));
  });

  it('keeps the titular member and records the suppléant who sat', () => {
    assert.deepEqual(find('PARIS', 'Alain')[0].substitute, { civility: 'Mme', given: 'Marie-Jeanne', surname: 'BERNABEU' });
    assert.equal(find('PARIS', 'Alain')[0].commune, 'Avanne-Aveney');
    assert.equal(find('PREIONI')[0].substitute?.surname, 'GILLET');
    assert.equal(find('PETITJEAN')[0].substitute?.surname, 'BOUTARD');
    assert.equal(find('BERNABEU').length, 0);
    assert.equal(roster.members.filter((m) => m.substitute).length, 3);
  });

  it('reads the functions the text gives', () => {
    assert.deepEqual(find('FOUSSERET')[0].functions, ['président']);
    assert.deepEqual(find('BLESSEMAILLE')[0].functions, ['vice-président']);
    assert.deepEqual(find('BAULIEU')[0].functions, ['1er vice-président']);
    assert.deepEqual(find('JAVAUX')[0].functions, []);
  });

  it('writes YAML that reads back to the same roster', () => {
    const back = parseRoster(rosterToYaml(roster, ' header'));
    assert.deepEqual(back.findings, []);
    const strip = (r: Roster) => r.members.map(({ range: _range, ...m }) => m);
    assert.deepEqual(strip(back.roster!), strip(roster));
  });
});

describe('delib roster extract', function () {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'roster-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const MUNICIPAL = 'COMMUNE DE PUGEY\n\nExtrait du registre des délibérations du Conseil municipal\n\nÉtaient présents : M. Frank LAIDIE, Mme Anne PETIT\n\nÉtaient absents : M. Paul MARTIN\n';

  it('writes the roster, and never overwrites without --overwrite (the flag of the same meaning in delib export)', async () => {
    const input = join(dir, 'a.delib');
    const out = join(dir, 'conseil.yaml');
    writeFileSync(input, MUNICIPAL);
    const first = await delib('roster', 'extract', input, '-o', out);
    assert.equal(first.status, 0, first.stderr);
    const { roster, findings } = parseRoster(readFileSync(out, 'utf8'));
    assert.deepEqual(findings, []);
    assert.deepEqual(roster?.members.map((m) => m.surname), ['LAIDIE', 'PETIT', 'MARTIN']);
    assert.equal(roster?.commune, 'Pugey');
    writeFileSync(out, 'mine');
    const second = await delib('roster', 'extract', input, '-o', out);
    assert.equal(second.status, 2);
    assert.match(second.stderr, /conseil\.yaml existe déjà : ajoutez --overwrite pour le remplacer/);
    assert.equal(readFileSync(out, 'utf8'), 'mine');
    // --force means « despite errors » in delib export; here it is no option at all.
    const forced = await delib('roster', 'extract', input, '-o', out, '--force');
    assert.equal(forced.status, 2);
    assert.match(forced.stderr, /option inconnue : --force/);
    assert.equal(readFileSync(out, 'utf8'), 'mine');
    const third = await delib('roster', 'extract', input, '-o', out, '--overwrite');
    assert.equal(third.status, 0, third.stderr);
    assert.match(readFileSync(out, 'utf8'), /LAIDIE/);
  });

  it('replaces with --overwrite a roster that is a link, never writing through it', async () => {
    const input = join(dir, 'a.delib');
    writeFileSync(input, MUNICIPAL);
    const target = join(dir, 'elsewhere.txt');
    writeFileSync(target, 'kept');
    const out = join(dir, 'conseil.yaml');
    symlinkSync(target, out);
    assert.equal((await delib('roster', 'extract', input, '-o', out)).status, 2, 'not without --overwrite');
    const forced = await delib('roster', 'extract', input, '-o', out, '--overwrite');
    assert.equal(forced.status, 0, forced.stderr);
    assert.equal(readFileSync(target, 'utf8'), 'kept');
    assert.ok(!lstatSync(out).isSymbolicLink());
    assert.match(readFileSync(out, 'utf8'), /LAIDIE/);
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left');
  });

  it('prints to standard output without -o, and fails clearly without members or files', async () => {
    const input = join(dir, 'a.delib');
    writeFileSync(input, MUNICIPAL);
    const r = await delib('roster', 'extract', input);
    assert.equal(r.status, 0);
    assert.equal(parseRoster(r.stdout).roster?.members.length, 3);
    writeFileSync(input, 'Article 1 - Objet\n');
    assert.equal((await delib('roster', 'extract', input)).status, 1);
    assert.equal((await delib('roster', 'extract')).status, 2);
    assert.equal((await delib('roster', 'extract', join(dir, 'missing.delib'))).status, 2);
  });

  it('lets `delib check --roster` report members, and go on without a broken roster', async () => {
    const input = join(dir, 'a.delib');
    const roster = join(dir, 'conseil.yaml');
    writeFileSync(input, MUNICIPAL);
    assert.equal((await delib('roster', 'extract', input, '-o', roster)).status, 0);
    writeFileSync(input, MUNICIPAL.replace('Anne PETIT', 'Anne PETTI'));
    const checked = await delib('check', input, '--roster', roster);
    assert.match(checked.stdout, /:5:\d+ warning member-unknown .*PETTI/);
    writeFileSync(roster, 'assemblee: x\n');
    const broken = await delib('check', input, '--roster', roster);
    assert.doesNotMatch(broken.stdout, /member-unknown/);
    assert.match(broken.stderr, /conseil\.yaml:1:1 error roster/);
    assert.equal((await delib('check', input, '--roster', join(dir, 'none.yaml'))).status, 2);
  });
});

describe('member-unknown and member-mismatch', function () {
  before(function () {
    if (!existsSync(GB)) this.skip();
  });
  let text: string;
  let roster: Roster;
  const communes = () => loadCommuneIndex();
  before(function () {
    if (!existsSync(GB)) return;
    text = readFileSync(GB, 'utf8');
    roster = rosterFromModels([analyze(text, { phases: [] }).model], { communes: communes() });
  });
  const members = (t: string, r: Roster | null = roster): Finding[] =>
    analyze(t, { communes: communes(), roster: r ?? undefined }).findings.filter((f) => f.code.startsWith('member-u') || f.code === 'member-mismatch');

  it('finds nothing on the extract the roster comes from, nor without a roster', () => {
    assert.deepEqual(members(text), []);
    assert.deepEqual(members(text.replace('M. Thomas JAVAUX', 'M. Thomas JAVEAU'), null), []);
  });

  it('reports a councillor not in the roster, with the closest member as a quick fix', () => {
    const t = text.replace('M. Thomas JAVAUX', 'M. Thomas JAVEAU');
    const found = members(t);
    assert.equal(found.length, 1, JSON.stringify(found));
    const f = found[0];
    assert.equal(f.code, 'member-unknown');
    assert.equal(f.severity, 'warning');
    assert.equal(f.range.start.line, lineOf(t, 'JAVEAU'));
    assert.equal(t.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), 'M. Thomas JAVEAU');
    assert.equal(f.fixes?.[0].edits[0].newText, 'M. Thomas JAVAUX');
  });

  it('checks proxies, rapporteur and interested councillors, in their own form', () => {
    const t = text.replace('P. MOUGIN,', 'P. MOUGEN,').replace('Rapporteur : Alain BLESSEMAILLE', 'Rapporteur : Alain BLESSEMAIL').replace('MM. JL. FOUSSERET', 'MM. JL. FOUSSERAT');
    const fixes = members(t).map((f) => [f.code, f.fixes?.[0].edits[0].newText]);
    assert.deepEqual(fixes.sort(), [['member-unknown', 'Alain BLESSEMAILLE'], ['member-unknown', 'JL. FOUSSERET'], ['member-unknown', 'P. MOUGIN']].sort());
  });

  it('reports someone far from every member without a fix', () => {
    const t = text.replace('Secrétaire de séance : M. Pascal DUCHEZEAU', 'Secrétaire de séance : M. Zébulon QUIXOTTE');
    const found = members(t);
    assert.equal(found.length, 1);
    assert.equal(found[0].fixes, undefined);
  });

  it('reports a civility or a commune that disagrees with the roster (member-mismatch)', () => {
    const t = text.replace('Amagney : M. Thomas JAVAUX', 'Amagney : Mme Thomas JAVAUX').replace('Deluz : M. Fabrice TAILLARD', 'Devecey : M. Fabrice TAILLARD');
    const found = members(t);
    assert.deepEqual(found.map((f) => f.code), ['member-mismatch', 'member-mismatch']);
    assert.equal(found[0].fixes?.[0].edits[0].newText, 'M.');
    assert.match(found[1].message, /Deluz/);
  });

  it('does not apply a community roster to a municipal extract', () => {
    const municipal = 'COMMUNE DE PUGEY\n\nExtrait du registre des délibérations du Conseil municipal\n\nÉtaient présents : M. Paul INCONNU\n';
    assert.deepEqual(members(municipal), []);
  });
});

describe('hover on a person', function () {
  before(function () {
    if (!existsSync(GB)) this.skip();
  });
  let text: string;
  let roster: Roster;
  before(function () {
    if (!existsSync(GB)) return;
    text = readFileSync(GB, 'utf8');
    roster = rosterFromModels([analyze(text, { phases: [] }).model], { communes: loadCommuneIndex() });
  });
  const hoverAt = (needle: string, lineStart: string, r: Roster | undefined = roster, locale: 'fr' | 'en' = 'fr') => {
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith(lineStart));
    return personHover(analyze(text), { line, character: lines[line].indexOf(needle) + 1 }, r, locale);
  };

  it('shows commune, functions and presence at the report', () => {
    const h = hoverAt('M. Jean-Louis FOUSSERET,', 'Étaient présents')!;
    assert.match(h.contents, /\*\*M\. Jean-Louis FOUSSERET\*\*/);
    assert.match(h.contents, /Commune : Besançon/);
    assert.match(h.contents, /Fonctions : président/);
    assert.match(h.contents, /\*\*Présent\*\* au rapport 3\.5/);
  });

  it('shows who represents an absent member, and arrivals', () => {
    assert.match(hoverAt('ACARD', 'Étaient absents')!.contents, /\*\*Absent\*\* au rapport 3\.5, représenté par P\. MOUGIN/);
    assert.match(hoverAt('GONON', 'Étaient présents')!.contents, /arrivé à partir du 1\.2\.2/);
    assert.match(hoverAt('T. JAVAUX', 'Mandataires')!.contents, /pouvoir de P\. CORNE/);
    assert.match(hoverAt('S. RUTKOWSKI', 'Mandants')!.contents, /représenté par J\. CANAL/);
  });

  it('shows the suppléant who sits, and speaks English when asked', () => {
    const paris = hoverAt('M. Alain PARIS', 'Étaient présents')!;
    assert.match(paris.contents, /Suppléante : Mme Marie-Jeanne BERNABEU/);
    assert.match(paris.contents, /Remplacé en séance par Marie-Jeanne BERNABEU/);
    assert.match(hoverAt('BERNABEU', 'Étaient présents', roster, 'en')!.contents, /Substitute of M\. Alain PARIS/);
    assert.equal(hoverAt('Étaient', 'Étaient présents'), undefined);
  });
});

describe('hover on a person named in running text only', () => {
  it('shows whoever the editor highlights, with their presence (a signature alone on its line)', () => {
    const text = readFileSync(repoPath('samples', 'extrait-municipal.delib'), 'utf8');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => /^\S+ [A-ZÀ-Þ]{2,}\s*$/.test(l) && lines.slice(0, lines.indexOf(l)).some((x) => /Étaient présents.*\b/.test(x) && x.includes(l.trim())));
    assert.ok(line > 0, 'a signatory alone on a line, listed present');
    const h = personHover(analyze(text), { line, character: 2 });
    assert.ok(h, 'a hover');
    assert.match(h.contents, new RegExp(`\\*\\*${lines[line].trim()}\\*\\*`));
    // The agreement follows the civility of the list (« Présente » for a Mme), whatever the signature says.
    assert.match(h.contents, /\*\*Présente?\*\* à la séance/);
  });

  it('agrees in gender with the civility of the list, and keeps the inclusive form where none is written', () => {
    const text = 'Séance du lundi 3 mars 2025\n\nÉtaient présents : Mme Anne PETIT, M. Paul MARTIN, Claude DUBOIS\n\nÉtaient absents excusés : Mme Lucie DALBAN (pouvoir à M. Paul MARTIN)\n';
    const a = analyze(text);
    const at = (name: string, from = 0) => {
      const lines = text.split('\n');
      const line = lines.findIndex((l, i) => i >= from && l.includes(name));
      return personHover(a, { line, character: lines[line].indexOf(name) + 1 })!.contents;
    };
    assert.match(at('PETIT'), /\*\*Présente\*\* à la séance/);
    assert.match(at('MARTIN'), /\*\*Présent\*\* à la séance ; pouvoir de Lucie DALBAN/);
    assert.match(at('DUBOIS'), /\*\*Présent·e\*\* à la séance/);
    assert.match(at('DALBAN'), /\*\*Absente excusée\*\* à la séance, représentée par Paul MARTIN/);
  });
});

describe('roster: the territory names are ranked and checked against', () => {
  const communes = loadCommuneIndex();
  const model = (text: string) => analyze(text, { phases: [] }).model;
  const besancon = model('Étaient présents : Besançon : M. Jean DUPONT, Thise : Mme Anne MARTIN, Pirey : M. Paul PETIT');
  const chambery = model('Étaient présents : Chambéry : M. Jean DUPONT, Challes-les-Eaux : Mme Anne MARTIN, La Motte-Servolex : M. Paul PETIT');
  const rosterOf = (epci: string) => parseRoster(`assemblee: Conseil communautaire\ntype: conseil communautaire\nepci: ${epci}\nmembres:\n  - civilite: M.\n    prenom: Jean\n    nom: DUPONT\n`).roster!;
  const epciOf = (m: typeof besancon, roster?: Roster) => communes.epci(territoryOf(m, communes, roster).epci ?? '')?.name;

  it('comes from the communes the document lists, even beside a roster of another assembly', () => {
    assert.match(epciOf(besancon) ?? '', /Besançon/);
    assert.match(epciOf(chambery) ?? '', /Chambéry/);
    assert.match(epciOf(besancon, rosterOf('Grand Chambéry')) ?? '', /Besançon/);
  });

  it('comes from the roster when the document lists no commune', () => {
    assert.match(epciOf(model('Séance du jeudi 6 mars 2025'), rosterOf('Grand Chambéry')) ?? '', /Chambéry/);
  });

  it('is never one document\'s for another when the roster names no territory found', () => {
    const nowhere = rosterOf('Communauté de Nulle Part');
    assert.match(epciOf(besancon, nowhere) ?? '', /Besançon/);
    assert.match(epciOf(chambery, nowhere) ?? '', /Chambéry/);
  });
});
