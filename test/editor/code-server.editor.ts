// The packaged extension in a real VS Code: the .vsix is installed into a private code-server (VS Code 1.100 served to
// a browser), which Debian's Chromium shows headless, driven by playwright-core. The workspace holds only copies of
// the samples: the extension works from the .vsix alone. Each step leaves a screenshot in test-output/editor/.
// Run: npm run test:editor (after scripts/setup-editors.sh).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodeServer, QUIET_SETTINGS, Sandbox } from './code-server';
import { applyEdits, byPosition, CLI_PATH, cliFindings, listSamples, serverView, SEVERITY_RANK, type CliFinding, type ServerView } from './oracle';
import { Workbench, type PanelMarker } from './workbench';
import { repoPath } from '../helpers/paths';

const SCREENSHOTS = repoPath('test-output/editor');
const SETTINGS = {
  ...QUIET_SETTINGS,
  'outline.collapseItems': 'alwaysExpand',
  'extensions.ignoreRecommendations': true,
};

/** What the Problems panel lists: every finding but hints, which VS Code does not list there. */
function panelExpectation(findings: CliFinding[]): PanelMarker[] {
  return findings
    .filter((f) => f.severity !== 'hint')
    .map(({ severity, message, code, line, column }) => ({ severity: severity as PanelMarker['severity'], message, code, line, column }));
}

function sortMarkers(markers: PanelMarker[]): PanelMarker[] {
  return [...markers].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));
}

const samples = listSamples();

describe('the .vsix in code-server, seen in Chromium', function () {
  this.timeout(120_000);
  let sandbox: Sandbox;
  let extension: string;
  let server: CodeServer | undefined;
  let wb: Workbench | undefined;
  const oracle = new Map<string, { cli: CliFinding[]; lsp: ServerView }>();

  before(async function () {
    this.timeout(240_000);
    // Only the .vsix and copies of the samples: nothing else from the repository.
    ({ sandbox } = CodeServer.sandboxWith(samples));
    // What the editor must show comes from the CLI and the server of the installed .vsix: one build on both sides.
    extension = join(sandbox.extensions, readdirSync(sandbox.extensions).find((d) => d.startsWith('deliberations.deliberations-')) ?? 'missing');
    for (const s of samples) {
      oracle.set(s.name, { cli: cliFindings(s.path, CLI_PATH), lsp: await serverView(s.path, join(extension, 'dist/server.js')) });
    }
    server = await CodeServer.start(sandbox, SETTINGS);
    wb = await Workbench.open(server.url, sandbox, SCREENSHOTS);
    await wb.screenshot('workbench');
  });

  after(async function () {
    this.timeout(30_000);
    await wb?.close().catch(() => undefined);
    await server?.stop();
  });

  it('installs the extension from the .vsix alone', () => {
    const installed = readdirSync(sandbox.extensions).filter((d) => d.startsWith('deliberations.deliberations-'));
    assert.equal(installed.length, 1, `extensions folder: ${readdirSync(sandbox.extensions).join(', ')}`);
    for (const file of ['package.json', 'dist/client.js', 'dist/server.js', 'dist/pdfkit.js', 'dist/docx.js', 'dist/data/communes.json', 'docs/checks.md']) {
      assert.ok(existsSync(join(sandbox.extensions, installed[0], file)), `${file} is in the installed extension`);
    }
    // What the extension does not run is not shipped: no command line, no source maps.
    for (const file of ['dist/cli.js', 'dist/server.js.map', 'dist/client.js.map']) {
      assert.ok(!existsSync(join(sandbox.extensions, installed[0], file)), `${file} is not shipped`);
    }
  });

  it('lists the findings of the files that are not open in the Problems panel (workspace diagnostics)', async () => {
    // Nothing is open yet: every row comes from the workspace report of the server, for each file of the workspace.
    const wbk = wb!;
    await wbk.dismiss();
    await wbk.command('View: Close All Editors');
    let checked = 0;
    for (const sample of samples) {
      const want = sortMarkers(panelExpectation(cliFindings(join(sandbox.workspace, sample.name), CLI_PATH)));
      if (want.length === 0) continue;
      // The first report waits for the server to start and to read the workspace: a minute at most.
      await wbk.problemsOf(sample.name, want.length, checked === 0 ? 60_000 : undefined);
      assert.deepEqual(sortMarkers(await wbk.panelMarkers()), want, sample.name);
      checked++;
    }
    assert.ok(checked > 0, 'a sample with findings');
    await wbk.screenshot('problems-of-closed-files');
  });

  for (const sample of samples) {
    describe(sample.name, () => {
      const expected = () => oracle.get(sample.name)!;
      const workbench = () => wb!;

      before(async () => {
        await workbench().dismiss();
        await workbench().command('View: Close All Editors');
      });

      it('opens from the explorer as a Délibération document', async () => {
        await workbench().openFromExplorer(sample.name);
        // Right after start-up the file may open as Plain Text until the extension's language is registered.
        await workbench().until(async () => (await workbench().languageMode()) === 'Délibération', 'the language mode Délibération in the status bar');
        await workbench().screenshot(`${sample.name}-opened`);
      });

      it('wraps its long lines: the default of the language, not a setting of this test', async function () {
        // An attendance paragraph of hundreds of characters must be read without scrolling sideways.
        const lines = readFileSync(sample.path, 'utf8').split('\n');
        const long = lines.findIndex((l) => l.length > 400);
        if (long < 0) this.skip();
        await workbench().goTo(long + 1, 1);
        // Rows on screen against numbered lines: a line wrapped takes several rows under one number.
        const counts = async () => workbench().page.evaluate(`(() => {
          const editor = document.querySelector('.editor-instance .monaco-editor');
          const rows = editor.querySelectorAll('.view-lines .view-line').length;
          const numbers = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')].filter((n) => n.textContent.trim() !== '').length;
          return { rows, numbers };
        })()`) as Promise<{ rows: number; numbers: number }>;
        const seen = await workbench().until(async () => { const c = await counts(); return c.rows > c.numbers ? c : false; }, 'more rows than line numbers (a long line wrapped)');
        assert.ok(seen.rows > seen.numbers);
        await workbench().screenshot(`${sample.name}-wrapped`);
      });

      it('lists the findings of `delib check` in the Problems panel, with their messages', async () => {
        const want = sortMarkers(panelExpectation(expected().cli));
        if (want.length === 0) {
          // Nothing to wait for: wait for the outline instead (the server has analysed the document), then look.
          await workbench().outlineNames();
          assert.equal(await workbench().page.locator(`.markers-panel .monaco-list-row[aria-label*="in file ${sample.name} "]`).count(), 0);
          return;
        }
        await workbench().problemsOf(sample.name, want.length);
        await workbench().screenshot(`${sample.name}-problems`);
        const shown = sortMarkers(await workbench().panelMarkers());
        assert.deepEqual(shown, want);
      });

      it('draws a squiggle under the first finding and shows its message at Go to Next Problem', async function () {
        const first = expected()
          .cli.filter((f) => f.severity !== 'hint')
          .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || byPosition(a, b))[0];
        if (!first) this.skip();
        const page = workbench().page;
        await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
        await page.keyboard.press('Control+Home');
        await page.keyboard.press('F8');
        const widget = await workbench().visible('.monaco-editor .marker-widget', 'the problem peek widget (F8)');
        await workbench().visible(widget.locator('.message', { hasText: first.message }), `the message "${first.message}" in the peek widget`);
        const squiggle = `.monaco-editor .squiggly-${first.severity === 'information' ? 'info' : first.severity}`;
        await workbench().visible(squiggle, `a ${first.severity} squiggle`);
        await workbench().until(async () => (await workbench().cursorLine()) === first.line, `the cursor on the line of the finding, ${first.line}`);
        await workbench().screenshot(`${sample.name}-squiggle`);
        await page.keyboard.press('Escape');
      });

      it('shows the outline of the server', async function () {
        const want = expected().lsp.symbols;
        if (want.length === 0) this.skip();
        const names = await workbench().outlineNames();
        await workbench().screenshot(`${sample.name}-outline`);
        const preorder = (symbols: typeof want): string[] => symbols.flatMap((s) => [s.name, ...preorder(s.children ?? [])]);
        assert.ok(names.length > 0);
        assert.deepEqual(names, preorder(want).slice(0, names.length));
      });

      it('offers names while typing in the attendance list (completion)', async function () {
        const { lsp } = expected();
        if (!lsp.capabilities.completionProvider) throw new Error('the server declares no completion provider');
        if (!lsp.attendance || lsp.completion.length === 0) this.skip(); // no attendance list, or nothing to offer there
        const wbk = workbench();
        const page = wbk.page;
        await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
        await wbk.goTo(lsp.attendance.line + 1, lsp.attendance.character + 1);
        const rows = page.locator('.editor-widget.suggest-widget .monaco-list-row');
        // Ctrl+Space is sometimes lost by the workbench right after Go to Line (the request never reaches the server,
        // which answers every other at once): pressed again, at most twice, before the list is waited for.
        for (let attempt = 0; attempt < 3; attempt++) {
          await page.keyboard.press('Control+Space');
          if (attempt === 2 || (await rows.first().waitFor({ state: 'visible', timeout: 6_000 }).then(() => true, () => false))) break;
        }
        await wbk.visible(rows, 'the completion list (Ctrl+Space)');
        await wbk.screenshot(`${sample.name}-completion`);
        const labels = await rows.evaluateAll((els) => els.map((el) => el.querySelector('.label-name')?.textContent?.trim() ?? ''));
        const offered = new Set(lsp.completion.map((i) => i.label));
        assert.ok(labels.length > 0);
        for (const label of labels) assert.ok(offered.has(label), `"${label}" is one of the server's items`);
        await wbk.dismiss();
      });

      it('shows the hover of the server on a name of the attendance list', async function () {
        const { lsp } = expected();
        if (!lsp.capabilities.hoverProvider) throw new Error('the server declares no hover provider');
        if (!lsp.hoverAt || !lsp.hover) this.skip(); // the server has nothing to say there
        const wbk = workbench();
        const page = wbk.page;
        await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
        await wbk.goTo(lsp.hoverAt.line + 1, lsp.hoverAt.character + 1);
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        const hover = await wbk.visible('.monaco-editor .monaco-hover .hover-contents', 'the hover (Ctrl+K Ctrl+I)');
        // The server's hover, read alone by the oracle, may word its title differently in the editor (it knows the
        // other open documents): most of its lines, without Markdown marks, must be what the drafter reads.
        const lines = lsp.hover.split('\n').map((l) => l.replace(/[*_`#>\\]/g, '').replace(/\s+/g, ' ').trim()).filter((l) => l.length > 0);
        const shown = ((await hover.textContent()) ?? '').replace(/\s+/g, ' ');
        const found = lines.filter((l) => shown.includes(l));
        assert.ok(found.length > 0 && found.length * 2 >= lines.length, `hover shows "${shown}", the server says ${JSON.stringify(lines)}`);
        await wbk.screenshot(`${sample.name}-hover`);
        await wbk.dismiss();
      });

      it('applies a quick fix from the light bulb, and the finding goes away', async function () {
        const { lsp } = expected();
        const fix = [...lsp.fixes].sort(
          (a, b) => a.diagnostic.range.start.line - b.diagnostic.range.start.line || a.diagnostic.range.start.character - b.diagnostic.range.start.character,
        )[0];
        if (!fix) this.skip(); // the server offers no quick fix on this sample
        const wbk = workbench();
        const page = wbk.page;
        const file = join(sandbox.workspace, sample.name);
        const before = readFileSync(file, 'utf8');
        const start = fix.diagnostic.range.start;
        await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
        await wbk.goTo(start.line + 1, start.character + 1);
        await wbk.visible('.monaco-editor .lightBulbWidget', 'the light bulb at the finding');
        await page.keyboard.press('Control+.');
        await wbk.visible(page.locator('.action-widget .monaco-list-row', { hasText: fix.title }), `the quick fix "${fix.title}" in the light bulb menu`);
        await wbk.screenshot(`${sample.name}-quickfix-menu`);
        await wbk.pickAction(fix.title);
        await page.keyboard.press('Control+S');
        const expectedText = applyEdits(before, fix.edits);
        await wbk.until(async () => readFileSync(file, 'utf8') === expectedText, 'the saved file to hold the fix', 10_000);
        // The panel now lists what the CLI finds in the fixed file, without the finding that was fixed.
        const after = panelExpectation(cliFindings(file, CLI_PATH));
        assert.ok(after.length < panelExpectation(expected().cli).length, 'the fixed finding is gone from the CLI output');
        if (after.length > 0) {
          await wbk.problemsOf(sample.name, after.length);
          assert.deepEqual(sortMarkers(await wbk.panelMarkers()), sortMarkers(after));
        }
        await wbk.screenshot(`${sample.name}-quickfix-applied`);
      });
    });
  }
});
