// The status bar item of the active .delib: reading, then its errors and warnings and the roster in use (from the
// server, request deliberation/status); a click shows the view « ce qui est lu ». Asked again when the active editor
// changes, when the document changes (shown as reading until the server has analysed it) and when the server
// publishes diagnostics; never on a timer.
import { CancellationTokenSource, Disposable, StatusBarAlignment, commands, languages, window, workspace, type TextDocument } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { STATUS_REQUEST, type StatusParams, type StatusResult } from '../shared/protocol';
import { readingText, statusText } from './status-text';
import { localeSetting } from './preview';
import { FACTS_VIEW } from './facts';

export const SHOW_FACTS_COMMAND = 'deliberation.showFacts';
const ASK_MS = 150;

export function registerStatusItem(client: LanguageClient): Disposable {
  const item = window.createStatusBarItem('deliberation.status', StatusBarAlignment.Right, 50);
  item.name = localeSetting() === 'en' ? 'Deliberation' : 'Délibération';
  item.command = SHOW_FACTS_COMMAND;
  let current: TextDocument | undefined;
  let asked = 0;
  let pending: CancellationTokenSource | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function ask(): Promise<void> {
    timer = undefined;
    pending?.cancel();
    pending?.dispose();
    pending = undefined;
    const document = current;
    if (!document) return;
    const mine = ++asked;
    const source = (pending = new CancellationTokenSource());
    try {
      const params: StatusParams = { uri: client.code2ProtocolConverter.asUri(document.uri) };
      const status = await client.sendRequest<StatusResult>(STATUS_REQUEST, params, source.token);
      if (mine !== asked || document !== current) return;
      const { text, tooltip } = statusText(status, localeSetting());
      item.text = text;
      item.tooltip = tooltip;
    } catch {
      // Cancelled by a newer question, or the server is restarting: the next event asks again.
    }
  }

  const schedule = (reading: boolean) => {
    if (!current) return;
    if (reading) {
      const { text, tooltip } = readingText(localeSetting());
      item.text = text;
      item.tooltip = tooltip;
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void ask(), ASK_MS);
  };

  const follow = () => {
    const editor = window.activeTextEditor;
    if (editor && editor.document.uri.scheme === 'output') return;
    const next = editor?.document.languageId === 'deliberation' ? editor.document : undefined;
    if (next === current) return;
    current = next;
    asked++;
    if (current) {
      schedule(true);
      item.show();
    } else item.hide();
  };

  follow();
  return Disposable.from(
    item,
    commands.registerCommand(SHOW_FACTS_COMMAND, () => commands.executeCommand(`${FACTS_VIEW}.focus`)),
    window.onDidChangeActiveTextEditor(follow),
    workspace.onDidChangeTextDocument((e) => {
      if (e.document === current && e.contentChanges.length) schedule(true);
    }),
    languages.onDidChangeDiagnostics((e) => {
      if (current && e.uris.some((u) => u.toString() === current!.uri.toString())) schedule(false);
    }),
    workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('deliberation')) schedule(false);
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
