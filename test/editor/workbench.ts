// Playwright-core driving the VS Code workbench that code-server serves, through what a drafter sees and does:
// the explorer, the editor, the Problems panel, the outline, the light bulb. Every wait is on a selector or a
// condition, bounded, and fails with a message that says what did not appear.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { Sandbox } from './code-server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** One row of the Problems panel. */
export interface PanelMarker {
  severity: 'error' | 'warning' | 'information';
  message: string;
  code: string;
  line: number;
  column: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class Workbench {
  private shot = 0;
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly screenshotDir: string,
  ) {}

  static async open(url: string, sandbox: Sandbox, screenshotDir: string): Promise<Workbench> {
    mkdirSync(screenshotDir, { recursive: true });
    const context = await chromium.launchPersistentContext(sandbox.browserProfile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      env: sandbox.env() as Record<string, string>,
      viewport: { width: 1600, height: 1000 },
      timeout: 60_000,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const wb = new Workbench(context, page, screenshotDir);
    await page.goto(url, { timeout: 60_000 });
    await wb.visible('.monaco-workbench', 'the workbench', 60_000);
    await wb.visible('.explorer-folders-view .monaco-list-row', 'the explorer listing the workspace', 60_000);
    return wb;
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  /** Waits until `selector` is visible; fails with `what` in the message. */
  async visible(selector: string | Locator, what: string, timeout = 20_000): Promise<Locator> {
    const locator = typeof selector === 'string' ? this.page.locator(selector).first() : selector.first();
    try {
      await locator.waitFor({ state: 'visible', timeout });
    } catch {
      await this.screenshot(`timeout-${what.replace(/[^a-z0-9]+/gi, '-')}`);
      throw new Error(`Timeout after ${timeout} ms waiting for ${what} (${typeof selector === 'string' ? selector : 'locator'})`);
    }
    return locator;
  }

  /** Waits until `condition` (evaluated in the page or here) holds; fails with `what`. */
  async until<T>(condition: () => Promise<T | undefined | false>, what: string, timeout = 20_000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await condition();
      if (value) return value;
      if (Date.now() > deadline) {
        await this.screenshot(`timeout-${what.replace(/[^a-z0-9]+/gi, '-')}`);
        throw new Error(`Timeout after ${timeout} ms waiting for ${what}`);
      }
      await this.nextFrame();
    }
  }

  /** Resolves after the page has painted `frames` more frames (an event of the page, not a fixed delay). */
  async nextFrame(frames = 1): Promise<void> {
    await this.page.evaluate(`new Promise((resolve) => { let n = ${frames}; const tick = () => (--n > 0 ? requestAnimationFrame(tick) : resolve(undefined)); requestAnimationFrame(tick); })`);
  }

  /** A numbered screenshot in the screenshot folder; returns its path. */
  async screenshot(name: string): Promise<string> {
    const path = join(this.screenshotDir, `${String(++this.shot).padStart(2, '0')}-${name}.png`);
    // Fade-ins (hover, suggest widget) are finished first, so that the picture shows what the drafter ends up seeing.
    await this.page.screenshot({ path, animations: 'disabled' });
    return path;
  }

  /** Runs a command from the command palette by its title, e.g. "View: Toggle Maximized Panel". */
  async command(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = await this.visible('.quick-input-widget .quick-input-box input', 'the command palette');
    await input.fill(`>${title}`);
    // The palette matches loosely ("File: Save" also finds "Compare Active File with Saved"): move to the row
    // whose label is exactly the title before pressing Enter.
    const rows = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    const exact = rows.filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }) });
    await this.visible(exact, `the command "${title}" in the palette`);
    for (let i = 0; i <= (await rows.count()); i++) {
      if ((await exact.first().getAttribute('class'))?.includes('focused')) {
        await input.press('Enter');
        await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
        return;
      }
      await input.press('ArrowDown');
    }
    throw new Error(`the command "${title}" never got the focus in the palette`);
  }

  /**
   * Runs a command that opens a picker of its own at once (export, documents of the séance): the palette is driven
   * until the command's row has the focus and Enter is pressed, not waited closed.
   */
  async startCommand(title: string, rowText: string, what: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const palette = await this.visible('.quick-input-widget .quick-input-box input', 'the command palette');
    await palette.fill(`>${title}`);
    await this.visible(this.page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: rowText }), what);
    await palette.press('Enter');
  }

  /** Opens a file of the workspace by clicking it in the explorer; resolves when its editor has focus. */
  async openFromExplorer(name: string): Promise<void> {
    await this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`).click();
    await this.visible(`.tabs-container .tab.active[data-resource-name="${name}"]`, `the editor tab of ${name}`);
    await this.visible('.editor-instance .monaco-editor .view-lines', `the text of ${name} in the editor`);
  }

  /** The language shown in the status bar for the active editor. */
  async languageMode(): Promise<string> {
    return (await this.page.locator('[id="status.editor.mode"]').textContent())?.trim() ?? '';
  }

  /** Moves the cursor with "Go to Line/Column" (1-based line and column). */
  async goTo(line: number, column: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const input = await this.visible('.quick-input-widget .quick-input-box input', 'the Go to Line box');
    await input.fill(`:${line}:${column}`);
    await input.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
    // The status bar counts a tab as several columns: only the line is compared.
    await this.until(async () => (await this.cursorLine()) === line, `the cursor on line ${line}`);
  }

  /** The line of the cursor, from the status bar. */
  async cursorLine(): Promise<number | undefined> {
    const text = (await this.page.locator('[id="status.editor.selection"]').textContent()) ?? '';
    const m = /Ln (\d+)/.exec(text);
    return m ? Number(m[1]) : undefined;
  }

  /** Picks the item titled `title` in the open action menu (light bulb) with the keyboard, and applies it. */
  async pickAction(title: string): Promise<void> {
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    await this.visible(rows.filter({ hasText: title }), `"${title}" in the light bulb menu`);
    const count = await rows.count();
    for (let i = 0; i <= count; i++) {
      if ((await rows.filter({ hasText: title }).getAttribute('class'))?.includes('focused')) {
        await this.page.keyboard.press('Enter');
        await this.page.locator('.action-widget').waitFor({ state: 'hidden', timeout: 10_000 });
        return;
      }
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`"${title}" never got the focus in the light bulb menu`);
  }

  /** Closes whatever widget or menu is open (Escape until none is left). */
  async dismiss(): Promise<void> {
    for (let i = 0; i < 3; i++) await this.page.keyboard.press('Escape');
  }

  /**
   * Shows the Problems panel filtered to `file` (the files of the workspace that are not open have their problems
   * there too) and waits for the group of `file` with `count` problems.
   */
  async problemsOf(file: string, count: number, timeout?: number): Promise<Locator> {
    if (!(await this.page.locator('.markers-panel').isVisible())) await this.page.keyboard.press('Control+Shift+M');
    await this.visible('.markers-panel', 'the Problems panel');
    // The filter box: VS Code may draw it twice (in the view's header and in the panel's title), one of them shown.
    const filters = this.page.locator('.part.panel .viewpane-filter input:visible');
    await this.visible(filters.first(), 'the filter of the Problems panel');
    const glob = `**/${file}`;
    let typed = '';
    // The aria label of the file's row: "12 problems in file NAME of folder ." (plural even for one).
    const label = new RegExp(`^${count} problems? in file ${escapeRegExp(file)} `);
    const row = this.page.locator('.markers-panel').getByRole('treeitem', { name: label });
    const list = this.page.locator('.markers-panel .monaco-list').first();
    // The file's row is the first of its group: scroll the (virtual) list to the top until it is rendered, and the
    // filter applied (it is debounced): no other file's group left in the list.
    const fileRows = list.locator('.monaco-list-row[aria-label*=" in file "]');
    let labels: string[] = [];
    await this.until(
      async () => {
        if (await list.isVisible()) {
          await list.hover();
          await this.page.mouse.wheel(0, -1e6);
        }
        // The filter as typed (again, if the panel was drawn anew and lost it).
        const boxes = await filters.all();
        typed = (await Promise.all(boxes.map((f) => f.inputValue()))).join(' / ');
        for (const f of boxes) if ((await f.inputValue()) !== glob) await f.fill(glob);
        labels = await fileRows.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
        if (!(await row.isVisible())) return false;
        return labels.every((l) => l.includes(` in file ${file} `));
      },
      `"${count} problems in file ${file}" alone in the Problems panel`,
      timeout,
    ).catch(async (e: Error) => {
      await this.screenshot(`problems-timeout-${file}`).catch(() => undefined);
      throw new Error(`${e.message}; the filter holds « ${typed} », the panel shows: ${labels.join(' | ') || 'no file'}`);
    });
    return row;
  }

  /**
   * Every problem row of the Problems panel (related-information rows left out), scrolling through the virtual list
   * with the mouse wheel until the rows seen stop changing.
   */
  async panelMarkers(): Promise<PanelMarker[]> {
    const list = this.page.locator('.markers-panel .monaco-list').first();
    // Keyed by content: a row index may be reused while the list is re-rendered.
    const seen = new Map<string, PanelMarker>();
    await list.hover();
    await this.page.mouse.wheel(0, -1e6);
    let lastIndex = '';
    for (let page = 0; page < 200; page++) {
      const rows = await list.locator('.monaco-list-row').evaluateAll((els) =>
        els.map((el) => {
          const icon = el.querySelector('.marker-icon');
          return {
            index: el.getAttribute('data-index') ?? '',
            severity: icon ? (['error', 'warning', 'info'].find((s) => icon.classList.contains(s)) ?? '') : '',
            message: el.querySelector('.marker-message')?.textContent ?? '',
            code: el.querySelector('.marker-code')?.textContent ?? '',
            where: el.querySelector('.marker-line')?.textContent ?? '',
          };
        }),
      );
      for (const r of rows) {
        const m = /Ln (\d+), Col (\d+)/.exec(r.where);
        if (!r.severity || !m) continue;
        const severity = r.severity === 'info' ? 'information' : (r.severity as PanelMarker['severity']);
        const marker = { severity, message: r.message, code: r.code, line: Number(m[1]), column: Number(m[2]) };
        seen.set(JSON.stringify(marker), marker);
      }
      const last = rows.map((r) => r.index).sort((a, b) => Number(a) - Number(b)).at(-1) ?? '';
      if (last === lastIndex) break;
      lastIndex = last;
      await this.page.mouse.wheel(0, 400);
      // Wait for the list to render the rows of the new scroll position.
      await this.nextFrame(2);
    }
    await this.page.mouse.wheel(0, -1e6);
    return [...seen.values()];
  }

  /** The names in the Outline view, top to bottom, as rendered (the view is virtual: the first screenful). */
  async outlineNames(): Promise<string[]> {
    await this.command('Explorer: Focus on Outline View');
    const rows = this.page.locator('.outline-pane .monaco-list-row');
    await this.visible(rows, 'a row in the Outline view');
    return rows.evaluateAll((els) =>
      els
        .sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')))
        .map((el) => el.querySelector('.monaco-icon-label .label-name')?.textContent?.trim() ?? el.getAttribute('aria-label') ?? ''),
    );
  }
}
