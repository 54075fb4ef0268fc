// The page column of the registre's table of the acts (core/export/registre.ts, pdf.ts, docx.ts): in the PDF, the
// page on which each act starts, read back with poppler page by page; in Word, a bookmark at each act's start and a
// PAGEREF field to it in each row, Word working out the pages when it opens the file; none in the HTML.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { registreDocument, renderDocument, renderHtml, renderLayoutAs, type ActsInput, type RegistreDocument } from '../core/export/index';
import { analyze } from '../core/analyze';
import { repoPath } from './helpers/paths';

const SAMPLE = readFileSync(repoPath('samples', 'extrait-municipal.delib'), 'utf8');

/** The sample act with another number, object and séance, and the edits given (each must match). */
function act(number: string, object: string, seance: string, edits: [string, string][] = []): string {
  const all: [string, string][] = [
    ['Délibération n°2025-047', `Délibération n°${number}`],
    ["Objet : Accueil de loisirs - Tarifs de l'été 2025", `Objet : ${object}`],
    ['Séance du lundi 23 juin 2025', `Séance du ${seance}`],
    ...edits,
  ];
  return all.reduce((t, [a, b]) => {
    assert.ok(t.includes(a), `not in the act: ${a}`);
    return t.replace(a, b);
  }, SAMPLE);
}

/** A paragraph of the sample, written 45 times over: the act takes more than two pages. */
const COST = 'Le coût prévisionnel de la période estivale est de 128 600 € TTC. Il est couvert par les familles à hauteur de 41 200 €, par la caisse d\'allocations familiales à hauteur de 33 900 € et par la commune pour 53 500 €.';
const LONG: [string, string] = [COST, Array.from({ length: 45 }, () => COST).join('\n\n')];

/** Five acts of 2025 given out of order, the second of the year long. */
const YEAR: ActsInput[] = [
  { name: 'juin.delib', text: [act('2025-048', 'Affaire 48', 'lundi 23 juin 2025'), act('2025-047', 'Affaire 47', 'lundi 23 juin 2025')].join('\n\n') },
  { name: 'mars.delib', text: act('2025-013', 'Affaire 13', 'lundi 10 mars 2025', [LONG]) },
  { name: 'janvier.delib', text: act('2025-001', 'Affaire 1', 'lundi 27 janvier 2025') },
  { name: 'juillet.delib', text: act('2025-060', 'Affaire 60', 'lundi 7 juillet 2025') },
];
const NUMBERS = ['2025-001', '2025-013', '2025-047', '2025-048', '2025-060'];

function registre(inputs: readonly ActsInput[]): RegistreDocument {
  const made = registreDocument(inputs);
  assert.ok(!('problem' in made), 'problem' in made ? made.message : '');
  return made;
}

const has = (tool: string) => spawnSync(tool, ['-v'], { stdio: 'ignore' }).error === undefined;

describe('the page column of the registre’s table', function () {
  // (A year's registre made and printed to PDF: over a minute on a busy 2-core machine; no timing is asserted.)
  this.timeout(180_000);
  const made = registre(YEAR);

  describe('in the PDF', () => {
    let dir = '';
    let file = '';
    before(async function () {
      if (!has('pdftotext')) {
        console.warn('      pdftotext absent (Debian package poppler-utils): PDF page tests skipped');
        this.skip();
      }
      dir = mkdtempSync(join(tmpdir(), 'delib-registre-pages-'));
      file = join(dir, 'registre.pdf');
      writeFileSync(file, await renderLayoutAs(made.layout, 'pdf'));
    });
    after(() => dir && rmSync(dir, { recursive: true, force: true }));

    const pageText = (p: number) => execFileSync('pdftotext', ['-layout', '-f', String(p), '-l', String(p), file, '-'], { encoding: 'utf8' });
    const pageCount = () => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    /** The rows of the table on the first page: number → the page it states. */
    const tableOfContents = () => {
      const rows = [...pageText(1).matchAll(/^\s*(\d{4}-\d{3})\s{2,}.*\S\s{2,}(\d+)\s*$/gm)];
      return new Map(rows.map((m) => [m[1], Number(m[2])]));
    };

    it('states a page for every act, under its title « Page »', () => {
      const first = pageText(1);
      assert.match(first, /N°\s+Date de la séance\s+Objet\s+Page\s*\n/);
      assert.deepEqual([...tableOfContents().keys()], NUMBERS);
      assert.equal(spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stderr, '', 'no syntax warning from poppler');
    });

    it('states the page on which each act’s heading is printed, the long act taking more than one', () => {
      const stated = tableOfContents();
      const n = pageCount();
      // Where each deliberation's heading is read: its page only, each act printing its heading once.
      const found = new Map<string, number>();
      for (let p = 2; p <= n; p++) {
        for (const m of pageText(p).matchAll(/Délibération n°(\d{4}-\d{3})/g)) {
          assert.ok(!found.has(m[1]), `${m[1]} on page ${found.get(m[1])} and on page ${p}`);
          found.set(m[1], p);
        }
      }
      assert.deepEqual(stated, found);
      const pages = NUMBERS.map((k) => stated.get(k)!);
      assert.equal(pages[0], 2, 'the first act right after the table');
      assert.ok(pages[2] - pages[1] >= 3, `the long act on more than two pages: ${pages.join(', ')}`);
      assert.ok(pages[4] <= n);
      // Each act starts its page: its header on top, under the running header.
      for (const p of pages) assert.match(pageText(p), /^\s*Commune de Challes-les-Eaux\s*\n\s*RÉPUBLIQUE FRANÇAISE\n/, `page ${p}`);
    });
  });

  it('has a bookmark at each act’s start in Word, and a PAGEREF field to it in its row', async () => {
    const zip = await JSZip.loadAsync(await renderLayoutAs(made.layout, 'docx'));
    const xml = await zip.file('word/document.xml')!.async('string');
    const bookmarks = [...xml.matchAll(/<w:bookmarkStart\b[^>]*w:name="([^"]+)"/g)].map((m) => ({ name: m[1], at: m.index! }));
    assert.equal(bookmarks.length, NUMBERS.length, 'one per act');
    assert.equal(new Set(bookmarks.map((b) => b.name)).size, NUMBERS.length, 'of different names');
    // Each act's bookmark comes after the heading of the act before it and before its own.
    const headings = NUMBERS.map((k) => xml.indexOf(`Délibération n°${k}`));
    bookmarks.forEach((b, i) => {
      assert.ok(headings[i] > b.at && (i === 0 || headings[i - 1] < b.at), `${b.name} at the start of ${NUMBERS[i]}`);
    });
    // The table's rows, in order: the number, then a page reference to that act's bookmark.
    const table = xml.slice(0, bookmarks[0].at);
    const rows = [...table.matchAll(/<w:t[^>]*>(\d{4}-\d{3})<\/w:t>.*?<w:instrText[^>]*>\s*PAGEREF (\S+)[^<]*<\/w:instrText>/gs)].map((m) => [m[1], m[2]]);
    assert.deepEqual(rows, NUMBERS.map((k, i) => [k, bookmarks[i].name]));
    assert.match(table, /<w:t[^>]*>Page<\/w:t>/, 'the column’s title');
    const settings = await zip.file('word/settings.xml')!.async('string');
    assert.match(settings, /<w:updateFields(?: w:val="(?:true|1)")?\/>/, 'Word updates the fields on opening');
  });

  it('asks Word to update no fields for an act, which has no page column', async () => {
    const zip = await JSZip.loadAsync(await renderDocument(analyze(SAMPLE), 'docx'));
    assert.doesNotMatch(await zip.file('word/settings.xml')!.async('string'), /updateFields/);
    assert.doesNotMatch(await zip.file('word/document.xml')!.async('string'), /PAGEREF|bookmarkStart/);
  });

  it('is left out of the HTML, which has no pages', () => {
    const html = renderHtml(made.layout);
    const head = /<table class="data"><thead><tr>(.*?)<\/tr><\/thead>/.exec(html);
    assert.ok(head, 'the table of the acts');
    assert.deepEqual([...head[1].matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]), ['N°', 'Date de la séance', 'Objet']);
  });
});
