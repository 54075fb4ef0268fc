// « Remettre en lignes le texte collé d'un PDF » (core/features/reflow.ts): an act flattened into one paragraph,
// with the running headers of its pages, laid out again line by line — through the core, the language server (a
// code action) and the command line (`delib reflow`). What a user checks: the labels back at the start of their
// lines, the séance, the counts and the attendance read as from the act typed line by line, and not one word lost.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CodeActionRequest, type ClientCapabilities, type CodeAction, type InitializeResult } from 'vscode-languageserver-protocol';
import { analyze } from '../core/analyze';
import type { Model } from '../core/model/types';
import { flattenedLines, isFlattened, reflow, reflowEdits, reflowText } from '../core/features/reflow';
import { applyEdits, corpus } from './helpers/doc';
import { LspTestClient } from './helpers/lsp-client';
import { repoPath } from './helpers/paths';
import { LARGE, MAX_RATIO, SMALL, timePerRun } from './helpers/timing';

const sample = (name: string) => readFileSync(repoPath('samples', name), 'utf8');
/** What a paste from a PDF often gives: every line of the act joined into one paragraph. */
const flatten = (text: string) => text.split('\n').join(' ');
const words = (text: string) => text.split(/\s+/).filter(Boolean);
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** A municipal act as pasted from its PDF: one paragraph, page numbers of the running headers and footers in it. */
const PASTED = [
  "RÉPUBLIQUE FRANÇAISE DÉPARTEMENT DE LA SAVOIE COMMUNE DE SAINT-PIERRE-D'ALBIGNY Page | 1 /3",
  'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL Séance du mardi 14 janvier 2025',
  'Date de convocation : 7 janvier 2025 Nombre de membres en exercice : 19 Présents : 14 Pouvoirs : 2 Votants : 16',
  "L'an deux mille vingt-cinq, le quatorze janvier à vingt heures, le Conseil municipal, régulièrement convoqué, s'est réuni à la mairie sous la présidence de M. Jean-Marc DUCRET, Maire.",
  'Etaient présents : M. Jean-Marc DUCRET, Mme Annie BOUVIER, M. Pierre COLLOMB, Mme Sylvie ROUX, M. Olivier CHAPUIS, Mme Claire MOLLIER, M. Henri GUILLOT, Mme Odile JACQUIER, M. Bruno TISSOT, Mme Nadia BERTHIER, M. Marc VIAL, Mme Julie PERRIER, M. Alain GAY, Mme Rose BOCH',
  'Absents excusés : Mme Lucie PERRET (pouvoir à M. Jean-Marc DUCRET), M. Hugo MARTIN (pouvoir à Mme Annie BOUVIER), M. Paul REY Absents : M. Louis FAVRE, Mme Eva GIROD',
  'Secrétaire de séance : Mme Annie BOUVIER Délibération n° 2025-003',
  "Objet : Rénovation énergétique de l'école – demande de subvention",
  'Le Maire rappelle que les élus qui sont présents à la réunion du 3 décembre ont approuvé le projet lors de la Séance du 3 décembre 2024.',
  "Vu le Code général des collectivités territoriales, Vu la délibé- ration n° 2024-087 du 3 décembre 2024, Considérant que le coût des travaux s'élève à 184 500 € HT, COMMUNE DE SAINT-PIERRE-D'ALBIGNY - 2 -",
  "Considérant l'avis favorable de la commission des finances (Pour : 6 ; Contre : 0), Le Conseil municipal, après en avoir délibéré, DÉCIDE : Article 1 : D'approuver le plan de financement présenté.",
  "Article 2 : De solliciter une subvention de 73 800 € auprès de l'État au titre de la DETR. Page 3 sur 3 Article 3 : D'autoriser le Maire à signer toute pièce relative à ce dossier.",
  'Pour : 15 Contre : 1 (M. Marc VIAL) Abstention : 0 Fait et délibéré les jour, mois et an susdits. Pour extrait conforme, Le Maire, Jean-Marc DUCRET',
].join(' ');

/** The same act laid out as printed (what reflow must give back). */
const LAID_OUT = [
  'RÉPUBLIQUE FRANÇAISE',
  'DÉPARTEMENT DE LA SAVOIE',
  "COMMUNE DE SAINT-PIERRE-D'ALBIGNY",
  'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
  'Séance du mardi 14 janvier 2025',
  'Date de convocation : 7 janvier 2025',
  'Nombre de membres en exercice : 19',
  'Présents : 14',
  'Pouvoirs : 2',
  'Votants : 16',
  "L'an deux mille vingt-cinq, le quatorze janvier à vingt heures, le Conseil municipal, régulièrement convoqué, s'est réuni à la mairie sous la présidence de M. Jean-Marc DUCRET, Maire.",
  'Etaient présents : M. Jean-Marc DUCRET, Mme Annie BOUVIER, M. Pierre COLLOMB, Mme Sylvie ROUX, M. Olivier CHAPUIS, Mme Claire MOLLIER, M. Henri GUILLOT, Mme Odile JACQUIER, M. Bruno TISSOT, Mme Nadia BERTHIER, M. Marc VIAL, Mme Julie PERRIER, M. Alain GAY, Mme Rose BOCH',
  'Absents excusés : Mme Lucie PERRET (pouvoir à M. Jean-Marc DUCRET), M. Hugo MARTIN (pouvoir à Mme Annie BOUVIER), M. Paul REY',
  'Absents : M. Louis FAVRE, Mme Eva GIROD',
  'Secrétaire de séance : Mme Annie BOUVIER',
  'Délibération n° 2025-003',
  // No label begins « Le Maire rappelle … »: the sentence stays after the object (a missing break, not a wrong one);
  // « présents » and « la Séance du » inside it are no labels.
  "Objet : Rénovation énergétique de l'école – demande de subvention Le Maire rappelle que les élus qui sont présents à la réunion du 3 décembre ont approuvé le projet lors de la Séance du 3 décembre 2024.",
  'Vu le Code général des collectivités territoriales,',
  'Vu la délibé- ration n° 2024-087 du 3 décembre 2024,',
  // The running header's words stay: only its page number is furniture.
  "Considérant que le coût des travaux s'élève à 184 500 € HT, COMMUNE DE SAINT-PIERRE-D'ALBIGNY",
  // The vote inside the parentheses is no label.
  "Considérant l'avis favorable de la commission des finances (Pour : 6 ; Contre : 0), Le Conseil municipal, après en avoir délibéré,",
  'DÉCIDE :',
  "Article 1 : D'approuver le plan de financement présenté.",
  "Article 2 : De solliciter une subvention de 73 800 € auprès de l'État au titre de la DETR.",
  "Article 3 : D'autoriser le Maire à signer toute pièce relative à ce dossier.",
  'Pour : 15',
  'Contre : 1 (M. Marc VIAL)',
  'Abstention : 0',
  'Fait et délibéré les jour, mois et an susdits.',
  'Pour extrait conforme,',
  'Le Maire, Jean-Marc DUCRET',
].join('\n');

/** What a user checks in an act: the séance, its counts, who was there, the proxies, the votes. */
function facts(m: Model) {
  const s = m.seance;
  return {
    collectivity: s.collectivity?.name,
    date: s.date?.text,
    dateInWords: s.dateInWords && [s.dateInWords.day, s.dateInWords.month, s.dateInWords.year],
    convocation: s.convocation?.text,
    inOffice: s.membersInOffice?.value,
    present: s.declaredPresent?.value,
    voters: s.declaredVoters?.value,
    represented: s.declaredRepresented?.value,
    president: s.president?.text,
    secretary: s.secretary?.text,
    order: s.order.map((o) => o.number),
    stamps: s.stamps.map((x) => `${x.kind} ${x.date.text}`),
    attendance: m.members.map((x) => `${x.civility ?? ''} ${x.given ?? ''} ${x.surname} ${x.attendance}${x.from ? ` from ${x.from.text}` : ''}${x.until ? ` until ${x.until.text}` : ''}`),
    proxies: m.proxies.map((p) => `${p.giver.text} → ${p.holder.text}`),
    votes: m.reports.filter((r) => r.vote).map((r) => [r.number, r.vote!.pour?.value, r.vote!.contre?.value, r.vote!.abstention?.value, r.vote!.nppv?.value]),
  };
}

describe('reflow: text pasted from a PDF', () => {
  it('lays out a pasted act line by line, drops its page numbers and lists them', () => {
    assert.ok(isFlattened(PASTED));
    const result = reflowText(PASTED);
    assert.equal(result.text, LAID_OUT);
    assert.deepEqual(result.removed.map((r) => r.text), ['Page | 1 /3', '- 2 -', 'Page 3 sur 3']);
    for (const r of result.removed) {
      assert.equal(PASTED.slice(r.offset, r.offset + r.text.length), r.text);
      assert.deepEqual([r.line, r.character], [0, r.offset]);
    }
    assert.equal(result.breaks, LAID_OUT.split('\n').length - 1);
    assert.equal(reflow(LAID_OUT), LAID_OUT, 'laid out once is laid out');
    assert.ok(!isFlattened(LAID_OUT));
  });

  it('gives the laid-out act its séance, counts, attendance, proxies and vote', () => {
    const m = analyze(reflow(PASTED)).model;
    const f = facts(m);
    assert.equal(f.collectivity, "SAINT-PIERRE-D'ALBIGNY");
    assert.equal(f.date, 'mardi 14 janvier 2025');
    assert.deepEqual(f.dateInWords, [14, 1, 2025]);
    assert.equal(f.convocation, '7 janvier 2025');
    assert.deepEqual([f.inOffice, f.present, f.represented, f.voters], [19, 14, 2, 16]);
    assert.equal(f.secretary, 'Mme Annie BOUVIER');
    const by = (attendance: string) => m.members.filter((x) => x.attendance === attendance).map((x) => x.surname);
    assert.equal(by('present').length, 14);
    assert.deepEqual(by('excused'), ['PERRET', 'MARTIN', 'REY']);
    assert.deepEqual(by('absent'), ['FAVRE', 'GIROD']);
    assert.deepEqual(f.proxies, ['Mme Lucie PERRET → M. Jean-Marc DUCRET', 'M. Hugo MARTIN → Mme Annie BOUVIER']);
    assert.deepEqual(f.votes.map((v) => v.slice(1, 4)), [[15, 1, 0]]);
    // The same paragraph, not laid out, is one line of prose (the pipe of its running header makes no table row): its
    // counts are read there too.
    const flat = analyze(PASTED).model.seance;
    assert.deepEqual([flat.membersInOffice?.value, flat.declaredPresent?.value, flat.declaredRepresented?.value, flat.declaredVoters?.value], [19, 14, 2, 16]);
  });

  for (const name of ['extrait-municipal.delib', 'extrait-communautaire.delib', 'erreurs/extrait-avec-erreurs.delib']) {
    it(`brings back the labels of samples/${name} flattened, and reads it as the original`, () => {
      const original = sample(name);
      const flat = flatten(original);
      assert.ok(isFlattened(flat));
      assert.ok(!isFlattened(original));
      const laid = reflow(flat);
      const lines = laid.split('\n').map((l) => l.trimEnd());
      // Every header and label line of the original is a line of its own again.
      const labelled = original.split('\n').filter((l) =>
        /^(?:RÉPUBLIQUE|DÉPARTEMENT|COMMUNE|COMMUNAUTÉ|EXTRAIT|Extrait du registre|Séance du|Date de convocation|Nombre de|Conseillers|Membres du|Présents :|Votants :|Secrétaire de séance|Procurations|Délibération n°|Objet :|Pour :|Contre :|Abstention :|Ne prennent|Fait et délibéré|Pour extrait conforme|Transmis|Publié|Ordre de passage|La séance est ouverte)/.test(l));
      assert.ok(labelled.length >= 10, name);
      for (const l of labelled) assert.ok(lines.includes(l), `${name}: « ${l.slice(0, 60)} » is not a line of its own`);
      // Lists start their lines.
      for (const l of original.split('\n').filter((x) => /^(?:Étaient|Mandants|Mandataires)/.test(x))) {
        assert.ok(lines.some((x) => x.startsWith(l)), `${name}: « ${l.slice(0, 40)} » does not start a line`);
      }
      assert.deepEqual(facts(analyze(laid).model), facts(analyze(original).model));
      assert.deepEqual(words(laid), words(flat));
      assert.equal(reflow(laid), laid);
    });
  }

  it('leaves acts typed line by line as they are, and offers nothing on them', () => {
    const docs = [
      ...readdirSync(repoPath('samples')).filter((f) => f.endsWith('.delib')).map(sample),
      sample('erreurs/extrait-avec-erreurs.delib'),
      ...(corpus() ?? []).map((d) => d.text),
    ];
    assert.ok(docs.length >= 4);
    for (const text of docs) {
      assert.equal(reflow(text), text);
      assert.ok(!isFlattened(text));
      assert.deepEqual(flattenedLines(text), []);
      assert.deepEqual(reflowEdits(text), []);
    }
  });

  it('breaks only where a label begins a clause', () => {
    // Labels inside sentences, after a function word, without their colon, in parentheses or guillemets.
    for (const text of [
      'Les élus qui sont présents à la réunion ont approuvé le projet présenté lors de la Séance du 3 décembre.',
      "Il rappelle la Délibération n° 2024-12 et l'Article 3 - alinéa 2 de la convention pour les membres présents.",
      'La commission (Pour : 6 ; Contre : 0 ; Abstention : 1) a rendu un avis favorable au projet.',
      'Le club « Présents : tous les samedis » propose des activités, Contre toute attente.',
      'Il est proposé au conseil de se prononcer pour le projet, présents et représentés.',
      'Les crédits sont inscrits au budget 2025 - 2 - 3 - 4 du programme.',
    ]) {
      const long = `${text} ${'Le conseil en prend acte sans autre observation. '.repeat(10)}`;
      assert.equal(reflow(long), long);
      assert.ok(!isFlattened(long));
    }
    // A page number of a footer comes out, wherever it is; the words around it stay.
    assert.equal(reflow('au titre de la DETR Page 2 / 12 pour 2025'), 'au titre de la DETR pour 2025');
    assert.equal(reflow('au titre de la DETR PAGE 2 sur 12 pour 2025'), 'au titre de la DETR pour 2025');
    assert.equal(reflow('une ligne\n3/12\nune autre\r\n'), 'une ligne\nune autre\r\n');
    assert.equal(reflow('le 3/12 de la part'), 'le 3/12 de la part');
    assert.equal(reflow('Page 12 / 3 du rapport'), 'Page 12 / 3 du rapport');
  });

  it('keeps the line endings of the text and lays out only the lines asked', () => {
    const crlf = `Première ligne\r\n${PASTED}\r\nDernière ligne\r\n`;
    const laid = reflow(crlf);
    assert.equal(laid, `Première ligne\r\n${LAID_OUT.split('\n').join('\r\n')}\r\nDernière ligne\r\n`);
    const two = `${PASTED}\n\n${PASTED}\n`;
    assert.deepEqual(flattenedLines(two), [0, 2]);
    const edits = reflowEdits(two, { startLine: 2, endLine: 2 });
    assert.equal(applyEdits(two, edits), `${PASTED}\n\n${LAID_OUT}\n`);
    assert.equal(applyEdits(two, reflowEdits(two)), reflow(two));
    // Old Mac line endings (a carriage return alone) end lines as in editors: the lines asked are those the editor
    // numbers, and the laid-out lines take the same line ending (the protocol's property test found a range off).
    const cr = `Première ligne\r${PASTED}\rDernière ligne\r`;
    assert.deepEqual(flattenedLines(cr), [1]);
    assert.equal(reflow(cr), `Première ligne\r${LAID_OUT.split('\n').join('\r')}\rDernière ligne\r`);
    const [edit] = reflowEdits(cr);
    assert.equal(edit.range.start.line, 1);
    assert.equal(applyEdits(cr, [edit]), reflow(cr));
  });

  it('gives the text back unchanged when cancelled', () => {
    const cancelled = { isCancellationRequested: true };
    assert.equal(reflow(PASTED, cancelled), PASTED);
    assert.deepEqual(reflowEdits(PASTED, { token: cancelled }), []);
  });

  it('changes nothing but blanks, except the page furniture it lists (property, generated texts)', () => {
    let seed = 20250614;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    const FRAGMENTS = [
      // Labels, as they come in acts.
      'EXTRAIT DU REGISTRE', 'Séance du lundi 3 mars 2025', "L'an deux mille vingt-cinq", 'Date de convocation :', 'Nombre de conseillers en exercice :',
      'Présents :', 'Présents:', 'Etaient présents :', 'Absents excusés :', 'Absents :', 'Pouvoirs :', 'Procurations de vote :', 'Représentés :',
      'Secrétaire de séance :', 'Objet :', 'Délibération n°2025-012', 'Vu le', 'Vu', 'Considérant que', 'DÉCIDE :', '**DÉCIDE**', 'Article 1 :', 'Article 2 -',
      'Pour : 12', 'Pour :', 'Contre : 0', 'Abstentions : 2', 'Votants : 14', 'Fait et délibéré', 'Pour extrait conforme,', 'Le Maire,', 'COMMUNE DE',
      'RÉPUBLIQUE FRANÇAISE', 'Transmis au', 'Publié le', 'I.', 'A/', '-', '–', '•', 'Annexe 2 :',
      // Words, names, figures, marks.
      'la', 'de', 'commune', 'présents', 'qui', 'sont', 'séance', 'M.', 'Mme', 'Jean-Marc', 'DUCRET', 'Bilan', 'Le', '(pouvoir', 'à', 'M. X)', '(', ')',
      '«', '»', 'délibé-', 'ration', '12', '2025', '184 500 €', 'n°', ':', ',', '.', ';', '|', '**', '*', 'l’an', 'M.I.', 'J.-L.', 'etc.',
      // Page furniture and what looks like it.
      'Page', '/', 'sur', '3/12', '- 3 -', 'Page | 2 /12', 'Page 1 / 12', 'Page 2 sur 5', '| Page 4/4 |', 'Page 9/3', '2 - 3 - 4',
    ];
    const BLANKS = [' ', ' ', ' ', '  ', '\u00a0', '\u202f', '\t', '\n', '\r\n', ''];
    // One piece of furniture, or several in a row (« - 3 - Page 2 sur 5 »).
    const FURNITURE = /^(?:\|?(?:Page|PAGE)\|?\d{1,4}(?:(?:\/|sur|de)\d{1,4})?\|?|[-–—]\d{1,3}[-–—]|\d{1,4}(?:\/|sur)\d{1,4})+$/;
    for (let n = 0; n < 400; n++) {
      let text = '';
      const length = 1 + Math.floor(random() * 120);
      for (let i = 0; i < length; i++) text += pick(FRAGMENTS) + pick(BLANKS);
      const result = reflowText(text);
      // The furniture removed is furniture, and it was in the text where it says.
      let kept = '';
      let at = 0;
      for (const r of result.removed) {
        assert.equal(text.slice(r.offset, r.offset + r.text.length), r.text, JSON.stringify(text));
        assert.match(squeeze(r.text), FURNITURE, JSON.stringify(r.text));
        assert.ok(r.offset >= at);
        kept += `${text.slice(at, r.offset)} `;
        at = r.offset + r.text.length;
      }
      kept += text.slice(at);
      // Whitespace removed, the laid-out text plus the furniture removed is the original text…
      assert.equal(squeeze(result.text), squeeze(kept), JSON.stringify(text));
      // … and no two words were joined or split.
      assert.deepEqual(words(result.text), words(kept), JSON.stringify(text));
      // Breaks replace blanks only: as many line breaks as before, plus one per break, minus those of lines removed.
      const breaks = (s: string) => s.split('\n').length - 1;
      assert.ok(breaks(result.text) <= breaks(text) + result.breaks, JSON.stringify(text));
      assert.equal(reflowText(text).text, result.text, 'deterministic');
    }
  });

  it('removes the page numbers that fell anywhere in a flattened act, and only them (generated)', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (const name of ['extrait-municipal.delib', 'extrait-communautaire.delib']) {
      const flat = flatten(sample(name));
      const laid = reflow(flat);
      for (let n = 0; n < 30; n++) {
        const tokens = flat.split(' ');
        const inserted: string[] = [];
        // Three places between two words, apart from each other, filled from the last (the others stay where they are).
        const places = new Set<number>();
        while (places.size < 3) {
          const i = 2 + Math.floor(random() * (tokens.length - 4));
          if (tokens[i - 1] && tokens[i] && !places.has(i - 1) && !places.has(i + 1)) places.add(i);
        }
        for (const [p, i] of [...places].sort((a, b) => b - a).entries()) {
          const page = 3 - p;
          const forms = [`Page ${page} / 12`, `Page | ${page} /12`, `Page ${page} sur 12`, `PAGE ${page}/12`];
          // « - 3 - » is a page number only between words (« 2025 - 3 - 4 » is not one).
          if (!/[\d\-–—]$/.test(tokens[i - 1]) && !/^[\d\-–—]/.test(tokens[i])) forms.push(`- ${page} -`);
          tokens.splice(i, 0, forms[Math.floor(random() * forms.length)]);
        }
        const pasted = tokens.join(' ');
        for (const t of tokens) if (/^(?:Page|PAGE|-) /.test(t)) inserted.push(t);
        const result = reflowText(pasted);
        assert.deepEqual(result.removed.map((r) => r.text), inserted, pasted);
        assert.equal(result.text, laid);
      }
    }
  });

  it('takes a time linear in the length of the text (128 KB against 1 MB)', function () {
    this.timeout(60000);
    // Realistic text and the worst cases of the scan: unclosed brackets, label words in a row, stars, long tokens.
    const unit = `${flatten(sample('extrait-communautaire.delib'))} Page 2 / 12 ( « Nombre de de de de de de de de ****Pour : 12 **** .......a Vu le ${'x'.repeat(3000)} - 3 - SIMOND DÉCIDE Le Maire, `;
    const make = (size: number) => {
      let s = '';
      while (s.length < size) s += unit;
      return s.slice(0, size);
    };
    let breaks = 0;
    const time = (text: string) => timePerRun(() => {
      breaks = reflowText(text).breaks;
      isFlattened(text);
    });
    const small = make(SMALL);
    const large = make(LARGE);
    time(make(16 * 1024)); // warm up
    const ratio = time(large) / time(small);
    assert.ok(breaks > 0);
    // Linear: about 8; quadratic: about 64.
    assert.ok(ratio < MAX_RATIO, `1 MB took ${ratio.toFixed(1)} times as long as 128 KB`);
  });
});

describe('reflow through the language server', function () {
  const URI = 'file:///tmp/colle-du-pdf.delib';
  const CAPABILITIES: ClientCapabilities = { textDocument: { publishDiagnostics: { versionSupport: true } } };
  let client: LspTestClient;
  const actionsAt = (uri: string, line: number, only?: string[]) =>
    client.request<CodeAction[]>(CodeActionRequest.method, {
      textDocument: { uri },
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      context: { diagnostics: [], only },
    });

  beforeEach(() => {
    client = LspTestClient.start();
  });
  afterEach(() => client.dispose());

  it('announces refactor.rewrite beside the quick fixes', async () => {
    const { capabilities }: InitializeResult = await client.initialize(CAPABILITIES);
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'refactor.rewrite', 'source.fixAll.deliberation'] });
  });

  it('offers to lay out a flattened act, with the edit reflow makes', async () => {
    await client.initialize(CAPABILITIES);
    const text = `${PASTED}\n`;
    await client.open(URI, text);
    const actions = await actionsAt(URI, 0);
    assert.equal(actions.length, 1);
    const [action] = actions;
    assert.equal(action.title, "Remettre en lignes le texte collé d'un PDF");
    assert.equal(action.kind, 'refactor.rewrite');
    assert.equal(applyEdits(text, action.edit!.changes![URI]), `${LAID_OUT}\n`);
    // Asked for refactorings, it is there; asked for quick fixes only, it is not.
    assert.equal((await actionsAt(URI, 0, ['refactor'])).length, 1);
    assert.deepEqual(await actionsAt(URI, 0, ['quickfix']), []);
    assert.deepEqual(await actionsAt(URI, 0, ['source']), []);
  });

  it('says it in English with deliberation.locale en', async () => {
    client.settings = { locale: 'en' };
    await client.initialize({ ...CAPABILITIES, workspace: { configuration: true } });
    await client.open(URI, PASTED);
    const [action] = await actionsAt(URI, 0);
    assert.equal(action.title, 'Lay out text pasted from a PDF');
  });

  it('offers nothing on samples/extrait-municipal.delib', async () => {
    await client.initialize(CAPABILITIES);
    const uri = 'file:///tmp/extrait-municipal.delib';
    const text = sample('extrait-municipal.delib');
    await client.open(uri, text);
    for (const line of [0, 6, 18, 40, text.split('\n').length - 1]) assert.deepEqual(await actionsAt(uri, line), []);
  });
});

describe('delib reflow', () => {
  const CLI = repoPath('dist/cli.js');
  let dir: string;
  const delib = (...args: string[]) =>
    new Promise<{ status: number; stdout: string; stderr: string }>((done) => {
      execFile(process.execPath, [CLI, ...args], (error, stdout, stderr) => {
        done({ status: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      });
    });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'delib-reflow-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the act laid out, and on stderr the page numbers removed, where they were', async () => {
    const file = join(dir, 'colle.delib');
    writeFileSync(file, `${PASTED}\n`);
    const run = await delib('reflow', file);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, `${LAID_OUT}\n`);
    assert.deepEqual(run.stderr.trimEnd().split('\n'), [
      `delib: ${file}:1:81 en-tête de page retiré : « Page | 1 /3 »`,
      `delib: ${file}:1:1385 en-tête de page retiré : « - 2 - »`,
      `delib: ${file}:1:1679 en-tête de page retiré : « Page 3 sur 3 »`,
    ]);
    const en = await delib('reflow', file, '--locale', 'en');
    assert.match(en.stderr, /page header removed: “Page \| 1 \/3”/);
  });

  it('writes OUT with -o, never over an existing file', async () => {
    const file = join(dir, 'colle.delib');
    const out = join(dir, 'en-lignes.delib');
    writeFileSync(file, PASTED);
    const run = await delib('reflow', file, '-o', out);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^écrit : .*en-lignes\.delib \(\d+ retours à la ligne ajoutés, 3 en-têtes de page retirés\)\n$/);
    assert.equal(readFileSync(out, 'utf8'), LAID_OUT);

    writeFileSync(out, 'déjà là');
    const again = await delib('reflow', file, '--output', out);
    assert.equal(again.status, 2);
    assert.equal(again.stdout, '');
    assert.match(again.stderr, /en-lignes\.delib existe déjà/);
    assert.equal(readFileSync(out, 'utf8'), 'déjà là');
    assert.match((await delib('reflow', file, '-o', out, '--locale', 'en')).stderr, /already exists/);
  });

  it('leaves an act typed line by line unchanged, and says so', async () => {
    const file = join(dir, 'extrait.delib');
    writeFileSync(file, sample('extrait-municipal.delib'));
    const run = await delib('reflow', file);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, sample('extrait-municipal.delib'));
    assert.match(run.stderr, /aucun paragraphe aplati/);
  });

  it('exits with 2 for bad usage or a file it cannot read', async () => {
    const none = await delib('reflow');
    assert.equal(none.status, 2);
    assert.match(none.stderr, /un fichier à remettre en lignes/);
    const missing = await delib('reflow', join(dir, 'absent.delib'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /absent\.delib : fichier ou dossier introuvable/);
    assert.ok(!existsSync(join(dir, 'absent.delib')));
    assert.equal((await delib('reflow', 'a.delib', 'b.delib')).status, 2);
    assert.match((await delib('--help')).stdout, /delib reflow FILE \[-o OUT\]/);
  });
});
