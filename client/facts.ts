// The view « Délibérations : ce qui est lu » in the Explorer, beside the outline: what the reader understood of each
// act of the active .delib (séance, convocation, stated counts, attendance, proxies, deliberations and votes,
// articles, annexes, tables) and what it could not read, each fact a link to its line. The facts come from the
// language server (request deliberation/facts, server/facts.ts), asked again when the active editor changes and when
// the server publishes the diagnostics of a new version (debounced while the drafter types); never on a timer.
// The tree itself is built by client/facts-tree.ts (pure, tested without VS Code).
import {
  CancellationTokenSource, Disposable, EventEmitter, Position, Range, TextEditorRevealType, ThemeColor, ThemeIcon, TreeItem,
  TreeItemCollapsibleState, Uri, commands, languages, window, workspace,
  type TextDocument, type TreeDataProvider,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FACTS_REQUEST, type FactsParams, type FactsResult } from '../shared/protocol';
import { factsTree, type FactNode } from './facts-tree';
import { localeSetting } from './preview';

export const FACTS_VIEW = 'deliberation.facts';
/** Context key of the view's `when` clause: a .delib editor is active (views cannot test editorLangId). */
export const FACTS_CONTEXT = 'deliberation.factsAvailable';
/** The command behind each fact: reveals a line (0-based) of a document (its URI), the cursor at its start. */
export const REVEAL_LINE_COMMAND = 'deliberation.revealLine';

const REFRESH_MS = 300;

class FactsProvider implements TreeDataProvider<FactNode> {
  private roots: FactNode[] = [];
  private uri: Uri | undefined;
  /** What is shown, to tell a new tree from the same one asked again. */
  private shown = '';
  private readonly changed = new EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  /** Shows `roots`; the same facts of the same document leave the view as it is (no flicker, no row replaced under
   * the mouse while the drafter clicks it). */
  set(roots: FactNode[], uri: Uri | undefined): void {
    const key = `${uri?.toString() ?? ''}\n${JSON.stringify(roots)}`;
    if (key === this.shown) return;
    this.shown = key;
    this.roots = roots;
    this.uri = uri;
    this.changed.fire();
  }

  getChildren(node?: FactNode): FactNode[] {
    return node ? (node.children ?? []) : this.roots;
  }

  getTreeItem(node: FactNode): TreeItem {
    const state = !node.children?.length ? TreeItemCollapsibleState.None : node.expanded ? TreeItemCollapsibleState.Expanded : TreeItemCollapsibleState.Collapsed;
    const item = new TreeItem(node.label, state);
    item.id = node.id;
    if (node.description) item.description = node.description;
    if (node.tooltip) item.tooltip = node.tooltip;
    if (node.icon) item.iconPath = new ThemeIcon(node.icon, node.icon === 'warning' ? new ThemeColor('list.warningForeground') : undefined);
    if (node.line !== undefined && this.uri) {
      const title = localeSetting() === 'en' ? `Go to line ${node.line}` : `Aller à la ligne ${node.line}`;
      item.command = { command: REVEAL_LINE_COMMAND, title, arguments: [this.uri.toString(), node.line - 1] };
    }
    return item;
  }
}

/** Reveals `line` (0-based) of the document `uri`, in the editor that shows it if any, the cursor at the line. */
export async function revealLine(uri: string, line: number): Promise<void> {
  const document = await workspace.openTextDocument(Uri.parse(uri));
  const at = new Position(Math.max(0, Math.min(line, document.lineCount - 1)), 0);
  const shown = window.visibleTextEditors.find((e) => e.document === document);
  const editor = await window.showTextDocument(document, { viewColumn: shown?.viewColumn, preserveFocus: false, selection: new Range(at, at) });
  editor.revealRange(new Range(at, at), TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Creates the view and keeps it up to date with the active .delib editor. */
export function registerFactsView(client: LanguageClient): Disposable {
  const provider = new FactsProvider();
  const view = window.createTreeView(FACTS_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  let current: TextDocument | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: CancellationTokenSource | undefined;
  /** The view was hidden when something changed: it asks again once shown. */
  let stale = false;
  let asked = 0;

  const titles = () => {
    const en = localeSetting() === 'en';
    view.title = en ? 'Deliberations: what is read' : 'Délibérations : ce qui est lu';
    view.description = current ? current.uri.path.split('/').pop() : undefined;
  };

  async function refresh(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    pending?.cancel();
    pending?.dispose();
    pending = undefined;
    titles();
    const document = current;
    if (!document) {
      asked++;
      provider.set([], undefined);
      view.message = undefined;
      return;
    }
    if (!view.visible) {
      stale = true;
      return;
    }
    stale = false;
    const mine = ++asked;
    const source = (pending = new CancellationTokenSource());
    const params: FactsParams = { uri: client.code2ProtocolConverter.asUri(document.uri) };
    try {
      const acts = await client.sendRequest<FactsResult>(FACTS_REQUEST, params, source.token);
      if (mine !== asked) return; // a newer question was asked meanwhile
      const locale = localeSetting();
      provider.set(factsTree(acts, locale), document.uri);
      view.message = acts.length ? undefined : locale === 'en' ? 'Nothing is read of this document.' : 'Rien n’est lu de ce document.';
    } catch (err) {
      if (mine !== asked || source.token.isCancellationRequested) return;
      view.message = `${localeSetting() === 'en' ? 'Facts unavailable' : 'Faits indisponibles'} : ${err instanceof Error ? err.message : String(err)}`;
    }
  }

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void refresh(), REFRESH_MS);
  };

  /** The document of the view: the active .delib; kept while the focus is elsewhere (a webview) and it stays visible. */
  const follow = () => {
    const editor = window.activeTextEditor;
    let next = current;
    if (editor && editor.document.uri.scheme !== 'output') next = editor.document.languageId === 'deliberation' ? editor.document : undefined;
    else if (current && (current.isClosed || !window.visibleTextEditors.some((e) => e.document === current))) next = undefined;
    void commands.executeCommand('setContext', FACTS_CONTEXT, next !== undefined);
    if (next === current) return;
    current = next;
    void refresh();
  };

  follow();
  return Disposable.from(
    view,
    commands.registerCommand(REVEAL_LINE_COMMAND, revealLine),
    window.onDidChangeActiveTextEditor(follow),
    window.onDidChangeVisibleTextEditors(follow),
    workspace.onDidCloseTextDocument((d) => {
      if (d === current) follow();
    }),
    // The server published the findings of a new version: its analysis (and so the facts) is ready.
    languages.onDidChangeDiagnostics((e) => {
      if (current && e.uris.some((u) => u.toString() === current!.uri.toString())) schedule();
    }),
    workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('deliberation.locale')) schedule();
    }),
    view.onDidChangeVisibility((e) => {
      if (e.visible && stale) void refresh();
    }),
    {
      dispose: () => {
        if (timer) clearTimeout(timer);
        pending?.cancel();
        pending?.dispose();
      },
    },
  );
}
