// The preview and the export of the packaged extension in a real VS Code (code-server in headless Chromium, see
// code-server.editor.ts): the preview beside the editor shows the act as printed, follows the typing and the
// cursor, with a strict policy; the export command writes the PDF, and a second export does not replace it.
// Run: npm run test:editor (after scripts/setup-editors.sh). Screenshots in test-output/editor/.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { CodeServer, QUIET_SETTINGS, Sandbox } from './code-server';
import { Workbench } from './workbench';
import { repoPath } from '../helpers/paths';

const SCREENSHOTS = repoPath('test-output/editor');
const SAMPLE = 'extrait-municipal.delib';
const OTHER = 'convention-subvention.delib';
const SETTINGS = QUIET_SETTINGS;

describe('preview and export in code-server, seen in Chromium', function () {
  this.timeout(120_000);
  let sandbox: Sandbox;
  let server: CodeServer | undefined;
  let wb: Workbench;

  before(async function () {
    this.timeout(240_000);
    ({ sandbox } = CodeServer.sandboxWith([{ path: repoPath('samples', SAMPLE), name: SAMPLE }, { path: repoPath('samples', OTHER), name: OTHER }]));
    server = await CodeServer.start(sandbox, SETTINGS);
    wb = await Workbench.open(server.url, sandbox, SCREENSHOTS);
    await wb.openFromExplorer(SAMPLE);
    await wb.until(async () => (await wb.languageMode()) === 'Délibération', 'the language mode Délibération');
  });

  after(async function () {
    this.timeout(30_000);
    await wb?.close().catch(() => undefined);
    await server?.stop();
  });

  /** The frame of the preview: the webview's inner document, the one that holds the act. */
  async function previewFrame(): Promise<Frame> {
    return wb.until(async () => {
      for (const frame of wb.page.frames()) {
        if (await frame.locator('main.act').count().catch(() => 0)) return frame;
      }
      return undefined;
    }, 'the preview of the act');
  }

  it('opens the preview beside the editor, the act as printed', async () => {
    await wb.command("Délibérations : aperçu de l'acte imprimé");
    const frame = await previewFrame();
    await wb.until(async () => /EXTRAIT DU REGISTRE/.test((await frame.locator('main.act h1').first().textContent()) ?? ''), 'the title in the preview');
    const source = readFileSync(repoPath('samples', SAMPLE), 'utf8');
    const pour = /^Pour : (\d+)/m.exec(source)![1];
    assert.ok((await frame.locator('table.vote td.num').first().textContent())?.includes(pour));
    // The preview opened beside the editor, which keeps the focus.
    assert.equal(await wb.page.locator(`.editor-group-container.active .tab.active[data-resource-name="${SAMPLE}"]`).count(), 1);
    assert.equal(await wb.page.locator('.editor-group-container').count(), 2);
    await wb.screenshot('preview-opened');
  });

  it('has a strict policy: only the host script, with a nonce', async () => {
    const frame = await previewFrame();
    const csp = await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp ?? '', /default-src 'none'/);
    assert.match(csp ?? '', /script-src 'nonce-[^']+'/);
    // VS Code injects its own bootstrap into the frame; of the page's scripts, only the host's carries the nonce.
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp ?? '')![1];
    assert.equal(await frame.locator(`script[nonce="${nonce}"]`).count(), 1);
  });

  it('follows the typing', async () => {
    await wb.goTo(1, 1);
    await wb.page.keyboard.type('Texte ajouté <b>à l’aperçu</b>\n\n');
    const frame = await previewFrame();
    await wb.until(async () => (await frame.locator('main.act').textContent())?.includes('Texte ajouté <b>à l’aperçu</b>'), 'the typed text, escaped, in the preview');
    assert.equal(await frame.locator('main.act b').count(), 0, 'the text is shown, not interpreted');
    await wb.screenshot('preview-typed');
  });

  it('scrolls with the cursor and marks the block of the cursor line', async () => {
    const lines = readFileSync(repoPath('samples', SAMPLE), 'utf8').split('\n');
    const vote = lines.findIndex((l) => /^Pour : \d+/.test(l)) + 1 + 2; // two lines typed above
    await wb.goTo(vote, 1);
    const frame = await previewFrame();
    await wb.until(async () => (await frame.locator('.blk.cursor table.vote').count()) > 0, 'the vote marked as the cursor block');
    const inView = () => frame.locator('.blk.cursor').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= (globalThis as unknown as { innerHeight: number }).innerHeight;
    });
    await wb.until(inView, 'the preview scrolled to the vote');
    await wb.screenshot('preview-cursor');
  });

  it('marks a finding in the margin as soon as the language server reports it', async () => {
    const lines = readFileSync(repoPath('samples', SAMPLE), 'utf8').split('\n');
    const vote = lines.findIndex((l) => /^Pour : \d+/.test(l)) + 1 + 2;
    await wb.goTo(vote, 8);
    await wb.page.keyboard.press('Shift+End');
    await wb.page.keyboard.type('999');
    const frame = await previewFrame();
    const mark = frame.locator('.blk.finding-error .mark.error');
    await wb.until(async () => (await mark.count()) > 0, 'an error marked in the margin of the preview');
    // In words, not by its code: « Erreur » in the margin, the message of the Problems panel under the block.
    assert.equal((await mark.first().textContent())?.trim(), 'Erreur');
    assert.match((await frame.locator('.blk.finding-error .note.error').first().textContent()) ?? '', /^Les votes totalisent \d+/);
    await wb.screenshot('preview-finding');
    await wb.page.keyboard.press('Control+Z');
    await wb.until(async () => (await mark.count()) === 0, 'the mark gone after undo');
  });

  it('is one preview, which follows the act made active, and a second command opens no second tab', async () => {
    const tabs = wb.page.locator('.tab', { hasText: /^Aperçu / });
    await wb.until(async () => (await tabs.count()) === 1, 'one preview tab');
    await wb.openFromExplorer(OTHER);
    await wb.until(async () => (await wb.page.locator('.tab', { hasText: `Aperçu ${OTHER}` }).count()) === 1, `the preview titled after ${OTHER}`);
    const frame = await previewFrame();
    await wb.until(async () => /CONVENTION/i.test((await frame.locator('main.act').textContent()) ?? ''), 'the convention in the preview');
    await wb.command("Délibérations : aperçu de l'acte imprimé");
    assert.equal(await tabs.count(), 1, 'still one preview tab');
    await wb.screenshot('preview-followed');
    await wb.openFromExplorer(SAMPLE);
    await wb.until(async () => (await wb.page.locator('.tab', { hasText: `Aperçu ${SAMPLE}` }).count()) === 1, `the preview back on ${SAMPLE}`);
  });

  it('exports the PDF beside the act, and writes a new name rather than replace it', async () => {
    const exportOnce = async () => {
      await wb.startCommand('Délibérations : exporter (Word, PDF, HTML, CSV)…', 'exporter (Word, PDF, HTML, CSV)', 'the export command');
      await wb.visible(wb.page.locator('.quick-input-widget .quick-input-title', { hasText: 'Exporter en…' }), 'the format picker');
      await wb.page.keyboard.press('Enter'); // PDF is picked by default
    };
    const pdf = join(sandbox.workspace, SAMPLE.replace(/\.delib$/, '.pdf'));
    await exportOnce();
    await wb.until(async () => existsSync(pdf), 'the PDF written beside the act');
    assert.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
    await exportOnce();
    const rename = wb.page.locator('.monaco-dialog-box .monaco-button', { hasText: 'Écrire sous un nouveau nom' });
    await wb.visible(rename, 'the question about the existing file');
    await wb.screenshot('export-exists');
    await rename.click();
    await wb.until(async () => existsSync(pdf.replace(/\.pdf$/, ' (2).pdf')), 'the second PDF under a new name');
  });

  it('writes the list of the séance’s deliberations and the draft procès-verbal from the command, the séance picked', async () => {
    // The folder holds acts of two séances (the sample of 23 June, the convention's of 28 April): the command asks which.
    await wb.startCommand('Délibérations : documents de la séance', 'documents de la séance', 'the command of the séance documents');
    await wb.visible(wb.page.locator('.quick-input-widget .quick-input-title', { hasText: 'Séance' }), 'the séance picker');
    const june = wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'lundi 23 juin 2025' });
    await wb.visible(june, 'the séance of 23 June 2025 among the choices');
    await wb.screenshot('seance-picker');
    await june.click();
    await wb.visible(wb.page.locator('.quick-input-widget .quick-input-title', { hasText: 'Écrire en…' }), 'the format picker');
    await wb.page.keyboard.press('Enter'); // PDF is picked by default
    const liste = join(sandbox.workspace, 'liste-deliberations-2025-06-23.pdf');
    const pv = join(sandbox.workspace, 'proces-verbal-2025-06-23.pdf');
    await wb.until(async () => existsSync(liste) && existsSync(pv), 'the list and the procès-verbal written in the folder');
    // Read by poppler: the list names the sample's deliberation and its result, and nothing of the other séance.
    const source = readFileSync(repoPath('samples', SAMPLE), 'utf8');
    const number = /Délibération n°\s*(\S+)/.exec(source)![1];
    const text = (f: string) => execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const list = await wb.until(async () => { try { return text(liste); } catch { return undefined; } }, 'the list readable by pdftotext');
    assert.match(list, /Liste des délibérations examinées en séance du lundi 23 juin 2025/i);
    assert.ok(list.includes(number), list);
    assert.match(list, /Adoptée par \d+ voix pour/);
    assert.match(text(pv), /Procès-verbal de la séance du lundi 23 juin 2025/i);
    await wb.screenshot('seance-documents-written');
  });
});
