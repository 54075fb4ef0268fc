// The lexer and parser: line kinds, attendance lists, people, qualifiers, tables, references, marks, line
// endings and positions. Every input line has a node, and the nodes give the input back.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type DocumentNode, type Line, type ListLine, type ListEntry, type ReferenceNode, type RowLine, type PersonNode } from '../core/syntax/index';
import { hasInlines } from '../core/syntax/tree';
import { accentsMended } from '../core/syntax/positions';
import { formatText } from '../core/features/format';
import { Lexer } from 'chevrotain';
import { lexer, lexerDefinition } from '../core/syntax/lexer';
import { readTextFile } from '../cli/input';
import { analyzeText, corpus, cursor, findingsOf, textAt } from './helpers/doc';
import { repoPath } from './helpers/paths';

function lineAt(doc: DocumentNode, n: number): Line {
  return doc.lines[n];
}

function list(text: string): ListLine {
  const l = parse(text).lines[0];
  assert.equal(l.type, 'list', `a list line: ${text}`);
  return l as ListLine;
}

function entry(text: string, surname: string): ListEntry {
  const e = list(text).entries.find((x) => x.person.surname === surname);
  assert.ok(e, `${surname} among ${list(text).entries.map((x) => x.person.surname).join(', ')}`);
  return e;
}

function references(text: string): ReferenceNode[] {
  const out: ReferenceNode[] = [];
  for (const l of parse(text).lines) if (hasInlines(l)) for (const i of l.inlines) if (i.type === 'reference') out.push(i);
  return out;
}

function persons(text: string): PersonNode[] {
  const out: PersonNode[] = [];
  for (const l of parse(text).lines) if (hasInlines(l)) for (const i of l.inlines) if (i.type === 'person') out.push(i);
  return out;
}

describe('syntax: line kinds', () => {
  const text = [
    'Étaient présents : M. Jean DUPONT, Mme Anne MARTIN', // 0 list
    'Charges\tMontant', // 1 row
    'Article 1 - Objet', // 2 article
    'Annexe 2 : budget prévisionnel', // 3 annex
    'II. Rappel des axes', // 4 heading
    '- un point de la liste', // 5 bullet
    'Objet : Restauration scolaire', // 6 field
    'Le conseil approuve la convention.', // 7 prose
    '', // 8 blank
    'Présents : 15', // 9 a declared count is a field, not a list
    'Secrétaire de séance :', // 10 a label ending its line is a field
    'Le Conseil, après en avoir délibéré :', // 11 a sentence ending with a colon is prose
  ].join('\n');
  const doc = parse(text);

  it('gives each line its kind', () => {
    assert.deepEqual(
      doc.lines.map((l) => l.type),
      ['list', 'row', 'article', 'annex', 'heading', 'bullet', 'field', 'prose', 'blank', 'field', 'field', 'prose'],
    );
  });

  it('reads the numbers and titles of articles and annexes, and the labels of fields', () => {
    const art = lineAt(doc, 2);
    assert.ok(art.type === 'article');
    assert.equal(art.number, '1');
    assert.equal(art.title, 'Objet');
    const annex = lineAt(doc, 3);
    assert.ok(annex.type === 'annex');
    assert.equal(annex.number, '2');
    assert.equal(annex.title, 'budget prévisionnel');
    const field = lineAt(doc, 6);
    assert.ok(field.type === 'field');
    assert.equal(field.label, 'Objet');
    assert.equal(textAt(text, field.labelSpan.range), 'Objet :');
  });

  it('reads « Article premier » and « Article 1^{er} » as article 1', () => {
    for (const head of ['Article premier - Objet', 'Article 1^{er} - Objet', 'ARTICLE 1 : OBJET']) {
      const l = parse(head).lines[0];
      assert.ok(l.type === 'article', head);
      assert.equal(l.number, '1', head);
    }
  });

  it('does not take « article 3 » inside a sentence for a heading', () => {
    const l = parse('Selon l’article 3 ci-dessus, la subvention est versée.').lines[0];
    assert.equal(l.type, 'prose');
  });

  it('groups articles and annexes with their lines, and consecutive rows into tables', () => {
    const d = parse('Article 1 - Objet\nTexte un.\n\nArticle 2 - Montant\nTexte deux.\n\nAnnexe 1 : budget\n\nA\tB\nC\t1 €\n\nFin.');
    assert.deepEqual(d.articles.map((a) => a.heading.number), ['1', '2']);
    assert.deepEqual(d.articles[0].lines.map((l) => l.text), ['Article 1 - Objet', 'Texte un.']);
    assert.equal(d.annexes.length, 1);
    assert.equal(d.tables.length, 1);
    assert.equal(d.tables[0].rows.length, 2);
    assert.equal(d.annexes[0].tables[0], d.tables[0]);
  });
});

describe('syntax: attendance lists', () => {
  const present =
    "Étaient présents : Besançon : M. Jean-Louis FOUSSERET, Mme Myriam EL YASSA (à partir du 1.2.2), M. Gérard VAN HELLE (jusqu'au 3.2) " +
    'Avanne-Aveney : Mme Marie-Jeanne BERNABEU suppléante de M. Alain PARIS Amagney : M. Thomas JAVAUX';

  it('reads the people under their commune labels', () => {
    const l = list(present);
    assert.equal(l.label, 'Étaient présents');
    assert.deepEqual(l.communes.map((c) => c.name), ['Besançon', 'Avanne-Aveney', 'Amagney']);
    assert.deepEqual(
      l.entries.map((e) => [e.person.surname, e.commune?.name]),
      [['FOUSSERET', 'Besançon'], ['EL YASSA', 'Besançon'], ['VAN HELLE', 'Besançon'], ['BERNABEU', 'Avanne-Aveney'], ['JAVAUX', 'Amagney']],
    );
    assert.deepEqual(l.unread, []);
  });

  it('splits a person into civility, given name and surname', () => {
    const cases: [string, string | undefined, string | undefined, string][] = [
      ['M. Jean-Louis FOUSSERET', 'M.', 'Jean-Louis', 'FOUSSERET'],
      ['JL. FOUSSERET', undefined, 'JL.', 'FOUSSERET'],
      ['Y.M. DAHOUI', undefined, 'Y.M.', 'DAHOUI'],
      ['Mme Myriam EL YASSA', 'Mme', 'Myriam', 'EL YASSA'],
      ['M. Gérard VAN HELLE', 'M.', 'Gérard', 'VAN HELLE'],
      ['Mme Catherine COMTE-DELEUZE', 'Mme', 'Catherine', 'COMTE-DELEUZE'],
    ];
    for (const [written, civility, given, surname] of cases) {
      const p = list(`Mandants : ${written}, A. AUTRE`).entries[0].person;
      assert.deepEqual([p.civility, p.given, p.surname], [civility, given, surname], written);
      assert.equal(p.text, written);
    }
  });

  it('reads a substitute (« suppléante de M. … ») as one entry replacing the member', () => {
    const e = entry(present, 'BERNABEU');
    assert.equal(e.substituteOf?.surname, 'PARIS');
    assert.equal(e.substituteOf?.given, 'Alain');
    assert.ok(!list(present).entries.some((x) => x.person.surname === 'PARIS'), 'the replaced member is no entry');
  });

  it('reads arrivals and departures against the ordre de passage', () => {
    assert.deepEqual(entry(present, 'EL YASSA').qualifiers.map((q) => [q.kind, q.report]), [['from', '1.2.2']]);
    assert.deepEqual(entry(present, 'VAN HELLE').qualifiers.map((q) => [q.kind, q.report]), [['until', '3.2']]);
    assert.deepEqual(entry(present, 'FOUSSERET').qualifiers, []);
  });

  it('reads an inline proxy (« pouvoir à … ») on the giver', () => {
    const text = 'Étaient absents excusés : M. Éric COLIN (pouvoir à Mme Hélène MARCHAND), Mme Valérie TISSOT (pouvoir à M. Bruno VERNIER), M. Franck PAGNOT';
    const l = list(text);
    assert.deepEqual(l.entries.map((e) => [e.person.surname, e.proxyTo?.surname]), [['COLIN', 'MARCHAND'], ['TISSOT', 'VERNIER'], ['PAGNOT', undefined]]);
  });

  it('reads the other ways of writing proxies and attendance: « à », « représenté par », « Mmes et MM. », qualifiers with « après » and « avant »', () => {
    const proxies = list('Absents ayant donné procuration : Mme Julie ROUX à M. Pierre MARTIN, M. Jean BLANC représenté par Mme Anne DURAND');
    assert.equal(proxies.label, 'Absents ayant donné procuration');
    assert.deepEqual(proxies.entries.map((e) => [e.person.surname, e.proxyTo?.surname]), [['ROUX', 'MARTIN'], ['BLANC', 'DURAND']]);
    const plural = list('Étaient présents : Mmes et MM. Jean DUPONT, Anne MARTIN');
    assert.deepEqual(plural.entries.map((e) => e.person.surname), ['DUPONT', 'MARTIN']);
    assert.deepEqual(plural.unread, []);
    const q = list('Étaient présents : M. Jean DUPONT (arrivée après le 1.1), Mme Anne MARTIN (départ avant le 2.1), M. Luc PETIT (départ après 3.4)');
    assert.deepEqual(q.entries.map((e) => e.qualifiers.map((x) => [x.kind, x.report, !!x.exclusive])), [[['from', '1.1', true]], [['until', '2.1', true]], [['until', '3.4', false]]]);
  });

  it('reads a list that goes on over the next lines, after its label or after a comma', () => {
    const doc = parse('Étaient présents :\nM. Jean DUPONT, Mme Anne MARTIN,\n- M. Luc PETIT\n\nSecrétaire de séance : M. Jean DUPONT');
    const head = doc.lines[0] as ListLine;
    assert.deepEqual(head.entries.map((e) => e.person.surname), ['DUPONT', 'MARTIN', 'PETIT']);
    assert.equal(doc.lines[4].type, 'field', 'a known label ends the list');
    const wrapped = parse('Étaient présents : M. Jean DUPONT,\nMme Anne MARTIN, M. Luc PETIT').lines[0] as ListLine;
    assert.equal(wrapped.entries.length, 3);
  });

  it('reads paired proxy lists with initials and qualifiers, and a trailing comma', () => {
    const l = list("Mandants : J. ACARD, T. BIZE (jusqu'au 1.2.1), JS. LEUBA, J.C. ZEISSER,");
    assert.equal(l.label, 'Mandants');
    assert.deepEqual(l.entries.map((e) => `${e.person.given} ${e.person.surname}`), ['J. ACARD', 'T. BIZE', 'JS. LEUBA', 'J.C. ZEISSER']);
    assert.deepEqual(l.entries[1].qualifiers.map((q) => [q.kind, q.report]), [['until', '1.2.1']]);
  });

  it('keeps the range of each person and of the entry with its qualifier', () => {
    const e = entry(present, 'EL YASSA');
    assert.equal(textAt(present, e.person.range), 'Mme Myriam EL YASSA');
    assert.equal(textAt(present, e.range), 'Mme Myriam EL YASSA (à partir du 1.2.2)');
    const label = list(present).communes[1];
    assert.equal(textAt(present, label.range), 'Avanne-Aveney');
  });
});

describe('syntax: people in running text', () => {
  it('finds people with a civility', () => {
    const ps = persons('Le Président, M. Jean DUPONT, et Mme Anne MARTIN, présents.');
    assert.deepEqual(ps.map((p) => [p.civility, p.given, p.surname]), [['M.', 'Jean', 'DUPONT'], ['Mme', 'Anne', 'MARTIN']]);
  });

  it('finds the names of a vote line', () => {
    const ps = persons('Contre : 1 (M. Damien JEANNIN)');
    assert.deepEqual(ps.map((p) => p.surname), ['JEANNIN']);
  });
});

describe('syntax: tables', () => {
  it('reads tab-separated rows with the amounts of each cell', () => {
    const d = parse('Charges\tMontant\nLoyer\t1 200,50 €\nTOTAL\t1 200,50 €');
    const rows = d.tables[0].rows;
    assert.ok(rows.every((r) => r.separator === 'tab'));
    assert.deepEqual(rows[1].cells.map((c) => c.text), ['Loyer', '1 200,50 €']);
    assert.deepEqual(rows[1].cells[1].amounts.map((a) => a.cents), [120050]);
    assert.deepEqual(rows[0].cells[1].amounts, []);
  });

  it('reads pipe tables, without an empty cell for the closing pipe', () => {
    const text = '| Poste | Montant |\n| Loyer | 1 200 € |\n| Frais | 300 € |';
    const rows = parse(text).tables[0].rows;
    assert.ok(rows.every((r) => r.separator === 'pipe'));
    assert.deepEqual(rows.map((r) => r.cells.map((c) => c.text)), [['Poste', 'Montant'], ['Loyer', '1 200 €'], ['Frais', '300 €']]);
    assert.equal(rows[2].cells[1].amounts[0].cents, 30000);
    assert.equal(textAt(text, rows[1].cells[1].range), '1 200 €');
  });

  it('reads pipe tables without outer pipes', () => {
    const text = 'Dépenses | Montant\nCharpente | 8 300 €\nTotal | 8 300 €\n\nLe tableau ci-dessus est indicatif.';
    const doc = parse(text);
    assert.equal(doc.tables.length, 1);
    assert.deepEqual(doc.tables[0].rows.map((r) => r.cells.map((c) => c.text)), [['Dépenses', 'Montant'], ['Charpente', '8 300 €'], ['Total', '8 300 €']]);
    assert.equal(doc.tables[0].rows[2].cells[1].amounts[0].cents, 830000);
  });

  it('reads amounts of a cell with text around them, and several amounts in one cell', () => {
    const row = parse('Budget\tMontant prévu : 400 000 € Montant de l’opération : 41 000 €').lines[0] as RowLine;
    assert.deepEqual(row.cells[1].amounts.map((a) => a.cents), [40000000, 4100000]);
  });

  it('reports a row with more cells than the header as a syntax error at the extra cell', () => {
    const text = 'Poste\tMontant\nLoyer\t100 €\t200 €';
    const f = findingsOf(text, 'syntax');
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.line, 1);
    assert.equal(textAt(text, f[0].range), '200 €');
    assert.match(f[0].message, /3 cellules.*2/);
  });

  it('mends accents garbled by a wrong encoding one character for one, every line and what follows each word in place', () => {
    const text = 'Absent(s) excusĂ©(s) : Mme RenĂ©e Fauque\nPrÃ©sents : 7 – Jean-RenĂ© NOIR\nAÃ';
    const mended = accentsMended(text);
    assert.equal(mended.length, text.length);
    assert.deepEqual(mended.split('\n').map((l) => l.length), text.split('\n').map((l) => l.length));
    assert.equal(mended, 'Absent(s) excusé (s) : Mme Renée  Fauque\nPrésents  : 7 – Jean-René  NOIR\nAÃ');
    assert.equal(mended.indexOf('Fauque'), text.indexOf('Fauque'));
    assert.equal(accentsMended('Présents : Mme Anne NOIR'), 'Présents : Mme Anne NOIR');
  });

  it('does not count the cells of a scanned table whose borders an OCR read as pipes stuck to the word before', () => {
    const text = 'IR-775-020 : Produits des cessions 0,00 €| 0,00 €| 100 000,00 €\n|R-021-020 : Virement de la section 0,00 €| 0,00 €| 0,00 €| 213 101,00 €| ITOTAL';
    assert.deepEqual(findingsOf(text, 'syntax'), []);
    // Written as a table, the same row is one cell too many.
    assert.equal(findingsOf('| Poste | Montant |\n| Loyer | 100 € | 200 € |', 'syntax').length, 1);
    // Nor are such rows aligned as a table by the formatter: formatting twice changes nothing more.
    const scanned = '[TOTAL R77 : Produits 0,00€ 0,00€ 100 000,00 €| 100 000,00 € Total\n22.000,00 €| 363101,008 — 107847,00€\n|R-021-020 : Virement 0,00 ¢| 0,00 €| 213 101,00 €| ITOTAL\n';
    const once = formatText(scanned);
    assert.equal(formatText(once), once);
    assert.ok(!/\| {2,}/.test(once), once);
    // (A mark opening a cell, right after a pipe: no no-break space before it, which the alignment would turn into a
    // plain blank once the line reads as a table.)
    for (const t of ['! |:', 'Total |: 3', 'Vote |! X']) {
      const first = formatText(t);
      assert.equal(formatText(first), first, t);
    }
  });

  it('accepts rows with fewer cells than the header (empty trailing cells)', () => {
    assert.deepEqual(findingsOf('Poste\tMontant\tRemarque\nLoyer\t100 €', 'syntax'), []);
  });
});

describe('syntax: references', () => {
  it('tells references to this document from references to other texts', () => {
    const text = [
      'Vu la loi n°2000-321 du 12 avril 2000, et notamment son article 10,',
      "Conformément à l'article 10 de la loi n°2000-321, l'association produit un compte rendu.",
      "Conformément à l'article L 1611-4 du CGCT, la CAGB contrôle.",
      "Vu le Code Général des Collectivités Territoriales, et notamment son article L 1611-4",
      "Le remboursement se fait dans les conditions de l'article 7 de la présente convention.",
      "Le programme figure en annexe 1 ; voir les articles 6 et 9 et l'article 1^{er}.",
    ].join('\n');
    const refs = references(text);
    const byText = (s: string) => refs.filter((r) => r.text === s);
    assert.deepEqual(byText('article 10').map((r) => r.external), [true], 'son article 10');
    assert.deepEqual(byText("l'article 10").map((r) => r.external), [true], 'article 10 de la loi');
    assert.ok(refs.filter((r) => /L 1611-4/.test(r.text)).every((r) => r.external && r.numbers.length === 0), 'code articles');
    const internal = refs.filter((r) => !r.external);
    assert.deepEqual(
      internal.map((r) => [r.target, r.numbers]),
      [['article', ['7']], ['annex', ['1']], ['article', ['6', '9']], ['article', ['1']]],
    );
  });

  it('reads « article 6574 » of a budget as a line of the accounting nomenclature, not an article of the act', () => {
    const doc = parse('Article 1 - Objet\n\nLes crédits sont inscrits au budget primitif, article 6574, et à l\'article 2 ci-dessous.');
    const refs = doc.lines.flatMap((l) => (hasInlines(l) ? l.inlines : [])).filter((i): i is ReferenceNode => i.type === 'reference');
    assert.deepEqual(refs.map((r) => [r.numbers.join(), r.external]), [['6574', true], ['2', false]]);
  });

  it('puts a reference at its place in the line', () => {
    const text = 'Titre\nRésiliation selon les articles 6 et 9.';
    const [r] = references(text);
    assert.deepEqual(r.range, { start: { line: 1, character: 22 }, end: { line: 1, character: 37 } });
    assert.equal(textAt(text, r.range), 'articles 6 et 9');
  });
});

describe('syntax: marks', () => {
  it('pairs bold, italic and superscript marks without error', () => {
    const d = parse('Le conseil **approuve** la *convention* du 1^{er} mars.\n*Co-animation\nsuite de l’italique*');
    assert.deepEqual(d.errors, []);
  });

  it('points at an unclosed bold mark as a hint (a pasted asterisk is no mistake of the act), in French and English', () => {
    const text = 'Article 1 - Objet\nLe conseil **approuve la convention.\n\nSuite.';
    const [f] = findingsOf(text, 'syntax');
    assert.equal(f.severity, 'hint');
    assert.deepEqual(f.range, { start: { line: 1, character: 11 }, end: { line: 1, character: 13 } });
    assert.match(f.message, /gras/);
    assert.match(findingsOf(text, 'syntax', { locale: 'en' })[0].message, /Unclosed bold/);
  });

  it('reports an unclosed italic mark and an unclosed superscript', () => {
    const f = findingsOf('Le *programme est joint.\n\nLe 1^{er septembre 2025.', 'syntax');
    assert.deepEqual(f.map((x) => x.range.start), [{ line: 0, character: 3 }, { line: 2, character: 4 }]);
  });

  it('closes marks per paragraph: a blank line ends the paragraph', () => {
    assert.equal(findingsOf('Début **gras\n\nfin** ici.', 'syntax').length, 2);
  });
});

describe('test helper: cursor marker', () => {
  it('gives the text without « <|> » and the position of the cursor', () => {
    const c = cursor('Article 1 - Objet\r\nLa sub<|>vention');
    assert.equal(c.text, 'Article 1 - Objet\r\nLa subvention');
    assert.deepEqual(c.position, { line: 1, character: 6 });
    assert.equal(c.text.slice(c.offset, c.offset + 7), 'vention');
  });
});

describe('syntax: line endings, BOM, positions, text kept', () => {
  const lf = [
    'Séance du jeudi 16 novembre 2017',
    'Présents : M. Jean DUPONT, Mme Anne MARTIN',
    '',
    '| Poste | Montant |',
    '| Loyer | 1 200 € |',
    '### ??? ¤¤ {bizarre}',
    'CONVENTION DE SUBVENTION',
    'Article 1 - Objet',
    'Renvoi à l’article 2.',
  ].join('\n');

  it('gives the same lines and positions with CRLF as with LF', () => {
    const a = parse(lf);
    const b = parse(lf.replace(/\n/g, '\r\n'));
    assert.deepEqual(b.lines.map((l) => [l.type, l.text, l.range]), a.lines.map((l) => [l.type, l.text, l.range]));
    assert.ok(!b.lines.some((l) => l.text.includes('\r')));
    const refA = analyzeText(lf).findings.map((f) => [f.code, f.range]);
    const refB = analyzeText(lf.replace(/\n/g, '\r\n')).findings.map((f) => [f.code, f.range]);
    assert.deepEqual(refB, refA);
    assert.ok(refA.some(([c]) => c === 'ref-unresolved'), 'the reference to the missing article 2 is found in both');
  });

  it('reads old Mac line endings (a carriage return alone) as line breaks, with the same findings at the same places', () => {
    for (const name of ['extrait-communautaire.delib', 'extrait-municipal.delib', 'erreurs/extrait-avec-erreurs.delib']) {
      const text = readFileSync(repoPath('samples', name), 'utf8');
      const cr = text.replace(/\r?\n/g, '\r');
      const lf = text.replace(/\r?\n/g, '\n');
      const findings = (t: string) => analyzeText(t).findings.map((f) => [f.code, f.range, f.message]);
      assert.deepEqual(findings(cr), findings(lf), name);
      assert.ok(!findings(cr).some(([code]) => code === 'syntax'), name);
    }
  });

  it('keeps every line: one node per input line, their texts give the input back', () => {
    for (const text of [lf, lf.replace(/\n/g, '\r\n'), lf + '\n', '\n\n', 'seul', '']) {
      const d = parse(text);
      const lines = text.split(/\r?\n/);
      assert.equal(d.lines.length, lines.length, JSON.stringify(text));
      assert.deepEqual(d.lines.map((l) => l.text), lines);
      d.lines.forEach((l, i) => assert.equal(l.range.start.line, i));
    }
  });

  it('keeps text it cannot place as prose', () => {
    const l = parse(lf).lines[5];
    assert.equal(l.type, 'prose');
    assert.equal(l.text, '### ??? ¤¤ {bizarre}');
  });


  it('has positions on the original text once the BOM is dropped (analyze callers strip it)', () => {
    const a = analyzeText('\ufeff' + lf);
    assert.equal(a.text, lf);
    assert.deepEqual(a.findings.filter((f) => f.code === 'syntax'), []);
    const date = a.doc.lines[0];
    assert.ok(hasInlines(date));
    const d = date.inlines.find((i) => i.type === 'date')!;
    assert.deepEqual(d.range, { start: { line: 0, character: 10 }, end: { line: 0, character: 32 } });
  });

  it('the CLI reader drops a UTF-8 BOM', () => {
    const dir = mkdtempSync(join(tmpdir(), 'delib-bom-'));
    try {
      const file = join(dir, 'bom.delib');
      writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lf, 'utf8')]));
      const read = readTextFile(file);
      assert.ok('text' in read);
      assert.equal(read.text, lf);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the CLI reports a BOM + CRLF file at the same places as the text without them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'delib-bom-'));
    try {
      const text = 'Séance du mardi 3 mars 2025\nLe conseil **approuve.\n';
      const file = join(dir, 'bom-crlf.delib');
      writeFileSync(file, '\ufeff' + text.replace(/\n/g, '\r\n'), 'utf8');
      const run = spawnSync(process.execPath, [repoPath('dist/cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
      const got = (JSON.parse(run.stdout) as { line: number; column: number; code: string }[]).map((f) => [f.code, f.line - 1, f.column - 1]);
      const want = analyzeText(text).findings.map((f) => [f.code, f.range.start.line, f.range.start.character]);
      assert.deepEqual(got, want);
      assert.deepEqual(want.map((w) => w[0]), ['weekday-mismatch', 'syntax']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('measures columns in UTF-16 code units', () => {
    const text = 'Le 😀 programme, soit 1 200 € au total.';
    const l = parse(text).lines[0];
    assert.ok(hasInlines(l));
    const a = l.inlines.find((i) => i.type === 'amount')!;
    assert.equal(a.range.start.character, text.indexOf('1 200'));
    assert.equal(textAt(text, a.range), '1 200 €');
  });

  it('never throws on odd input', () => {
    for (const text of ['\t\t\t', '|||', '**', '^{', '}', 'Étaient présents :', 'Mandants : ,,,', 'Article', '\r\r\n', '\u0000']) {
      const d = parse(text);
      assert.equal(d.lines.length, text.split(/\r?\n/).length, JSON.stringify(text));
    }
  });
});

describe('syntax: the lexer\'s first-character hints', () => {
  // Each token declares the characters it can start with, so that chevrotain tries only those tokens at a
  // position. A hint that leaves out a character would silently change the tokens: the same lexer without the
  // optimisation (safeMode) must give the very same tokens, on every document and on mangled ones.
  const plain = new Lexer(lexerDefinition, { positionTracking: 'onlyOffset', safeMode: true });
  const tokens = (l: Lexer, text: string) => l.tokenize(text).tokens.map((t) => `${t.tokenType.name}@${t.startOffset}:${t.image}`);
  const documents = [
    ...(corpus() ?? []).map((d) => d.text),
    ...['samples', 'samples/erreurs'].flatMap((dir) => readdirSync(repoPath(dir)).filter((f) => f.endsWith('.delib')).map((f) => readFileSync(repoPath(dir, f), 'utf8'))),
  ];
  const pieces = ['\t', '|', '**', '*', '^{', '}', '(', ')', ':', ' : ', '\n', '\r\n', '€', '%', '’', '–', '•', '\u00a0', '\u202f', 'Article 3 - ', 'ANNEXE II : ', 'Étaient présents : ', 'Mandants : ', 'TOTAL\t', '(à partir du 9.9)', '(pouvoir à M. X Y)', 'M. ', 'Mme Zoé ÉLAN', '1^{er}', 'l’an deux mille', 'Trente pour cent', '<!-- x -->', 'Pour : ', 'Contre : 3 (M. A B)', 'suppléante de ', ' et ', 'À M. A B'];

  it('gives the same tokens as the lexer without hints on every document', () => {
    assert.ok(documents.length >= 4);
    for (const text of documents) assert.deepEqual(tokens(lexer, text), tokens(plain, text));
  });

  it('gives the same tokens on mangled documents (every character class at every kind of position)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 300; i++) {
      let text = documents[i % documents.length];
      for (let k = 0; k < 40; k++) {
        const at = Math.floor(random() * text.length);
        const r = random();
        if (r < 0.5) text = text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at);
        else if (r < 0.7) text = text.slice(0, at) + text.slice(at + Math.floor(random() * 80));
        else text = text.slice(0, at) + String.fromCharCode(Math.floor(random() * 0x2100)) + text.slice(at);
      }
      assert.deepEqual(tokens(lexer, text), tokens(plain, text), `mangled document ${i}`);
    }
  });
});
