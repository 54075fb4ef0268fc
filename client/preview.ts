// The live preview: a webview beside the editor that shows the act as it will be printed (the HTML renderer of
// the export), updated as the drafter types (lightly debounced), scrolled with the cursor, with the findings
// of the language server marked in the margin. Strict Content-Security-Policy: only the host's script, with a
// nonce; nothing of the document is ever run (every text is escaped by the renderer).
import { randomBytes } from 'node:crypto';
import {
  Disposable, DiagnosticSeverity, Range, Selection, TextEditorRevealType, ViewColumn, languages, window, workspace,
  type Diagnostic, type TextDocument, type Uri, type WebviewPanel,
} from 'vscode';
import { parse, splitActs } from '../core/syntax/index';
import { buildModel } from '../core/model/index';
import { buildFileLayout, type Layout } from '../core/export/layout';
import { renderBody, renderHtml } from '../core/export/html';
import type { Finding, Locale, Severity } from '../core/types';
import { DIAGNOSTIC_SOURCE } from '../shared/protocol';
import { normalizeSettings } from '../shared/settings';

const DEBOUNCE_MS = 150;

const SEVERITY: Record<DiagnosticSeverity, Severity> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

/** The language server's findings on a document, as the core's findings. */
export function findingsOf(uri: Uri): Finding[] {
  return languages
    .getDiagnostics(uri)
    .filter((d: Diagnostic) => d.source === DIAGNOSTIC_SOURCE)
    .map((d) => ({
      code: typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? ''),
      severity: SEVERITY[d.severity],
      message: d.message,
      range: { start: { line: d.range.start.line, character: d.range.start.character }, end: { line: d.range.end.line, character: d.range.end.character } },
    }));
}

export function localeSetting(): Locale {
  return normalizeSettings({ locale: workspace.getConfiguration('deliberation').get('locale') }).locale;
}

// The host's script: replaces the content on `update`, scrolls to the block of the cursor's line on `line`,
// and asks the editor to reveal the source of a block the user double-clicks.
const SCRIPT = `
const vscode = acquireVsCodeApi();
const main = document.querySelector('main');
let current = -1;
function blockAt(line) {
  let best = null;
  for (const el of document.querySelectorAll('[data-line]')) {
    if (Number(el.dataset.line) <= line) best = el; else break;
  }
  return best;
}
function mark(line, scroll) {
  current = line;
  document.querySelectorAll('.blk.cursor').forEach((el) => el.classList.remove('cursor'));
  const el = blockAt(line);
  if (!el) return;
  el.classList.add('cursor');
  if (scroll) el.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
window.addEventListener('message', (event) => {
  const m = event.data;
  if (m.type === 'update') { main.innerHTML = m.html; if (current >= 0) mark(current, false); }
  else if (m.type === 'line') mark(m.line, true);
});
document.addEventListener('dblclick', (event) => {
  const el = event.target.closest('[data-line]');
  if (el) vscode.postMessage({ type: 'reveal', line: Number(el.dataset.line) });
});
`;

class Preview {
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: Disposable[] = [];

  constructor(readonly panel: WebviewPanel, private document: TextDocument, private readonly onDispose: () => void) {
    const nonce = randomBytes(16).toString('base64');
    const webview = panel.webview;
    const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${webview.cspSource} data:`;
    const locale = localeSetting();
    webview.html = renderHtml(this.layout(), { locale, csp, script: { nonce, code: SCRIPT }, sourceLines: true, findings: findingsOf(document.uri) });
    this.disposables.push(
      workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.schedule();
      }),
      languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => u.toString() === this.document.uri.toString())) this.schedule();
      }),
      window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document === this.document) void webview.postMessage({ type: 'line', line: e.selections[0].active.line });
      }),
      webview.onDidReceiveMessage((m: { type?: string; line?: unknown }) => {
        if (m.type === 'reveal' && typeof m.line === 'number') void this.reveal(m.line);
      }),
      // A hidden webview loses its content: it comes back with the first page, brought up to date here.
      panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.visible) this.update();
      }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  private made: { document: TextDocument; version: number; layout: Layout } | undefined;

  /**
   * The layout of the document's current version, made once per version (a change of the findings alone only marks
   * them again). It needs the tree and the model, no check: the findings shown come from the language server.
   */
  private layout(): Layout {
    const { document } = this;
    if (this.made?.document !== document || this.made.version !== document.version) {
      const acts = splitActs(parse(document.getText())).map(buildModel);
      this.made = { document, version: document.version, layout: buildFileLayout(acts) };
    }
    return this.made.layout;
  }

  private schedule() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), DEBOUNCE_MS);
  }

  private update() {
    this.timer = undefined;
    try {
      const html = renderBody(this.layout(), { locale: localeSetting(), sourceLines: true, findings: findingsOf(this.document.uri) });
      void this.panel.webview.postMessage({ type: 'update', html });
    } catch (err) {
      // Never break the editor: the preview keeps its last content.
      console.error('deliberation preview:', err);
    }
  }

  private async reveal(line: number) {
    const editor = await window.showTextDocument(this.document, { viewColumn: ViewColumn.One, preserveFocus: false });
    const at = new Range(line, 0, line, 0);
    editor.selection = new Selection(at.start, at.start);
    editor.revealRange(at, TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Shows `document` in this preview; `reveal`: bring the panel forward too (the command), not when following. */
  show(document: TextDocument, reveal = true) {
    if (reveal) this.panel.reveal(ViewColumn.Beside, true);
    if (document !== this.document) {
      this.document = document;
      this.panel.title = titleOf(document);
      this.update();
    }
  }

  dispose() {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
    this.onDispose();
  }
}

function titleOf(document: TextDocument): string {
  const name = document.uri.path.split('/').pop() ?? document.uri.path;
  return localeSetting() === 'en' ? `Preview ${name}` : `Aperçu ${name}`;
}

/** One preview: it follows the active act (a second command shows it again rather than open another tab). */
let preview: Preview | undefined;

/** « Délibérations : aperçu de l'acte imprimé »: opens (or shows) the preview of the active .delib beside it. */
export function showPreview(): void {
  const editor = window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'deliberation') {
    void window.showWarningMessage(localeSetting() === 'en' ? 'Open an act (.delib) to preview it.' : 'Ouvrez un acte (.delib) pour en voir l\'aperçu.');
    return;
  }
  const document = editor.document;
  if (preview) {
    preview.show(document);
    return;
  }
  const panel = window.createWebviewPanel('deliberation.preview', titleOf(document), { viewColumn: ViewColumn.Beside, preserveFocus: true }, {
    enableScripts: true,
    enableFindWidget: true,
    localResourceRoots: [],
    retainContextWhenHidden: false,
  });
  const made = new Preview(panel, document, () => {
    if (preview === made) preview = undefined;
  });
  preview = made;
}

/** The preview follows the act the drafter turns to (another .delib made active); other files leave it as it is. */
export function followActiveEditor(): Disposable {
  return window.onDidChangeActiveTextEditor((editor) => {
    if (preview && editor?.document.languageId === 'deliberation') preview.show(editor.document, false);
  });
}

export function disposePreviews(): void {
  preview?.panel.dispose();
}
