// VS Code side: starts the language server (dist/server.js) over IPC for documents of language `deliberation`.
import { commands, window, workspace, Uri, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { disposePreviews, followActiveEditor, showPreview } from './preview';
import { exportActive, exportFolder } from './export';
import { registreCommand, seanceDocumentsCommand } from './seance';
import { newDeliberation } from './new-deliberation';
import { reflowActive } from './reflow';
import { registerFactsView } from './facts';
import { registerStatusItem } from './status';
import { EXTRACT_ROSTER_REQUEST, SERVER_NODE_OPTIONS, type ExtractRosterResult } from '../shared/protocol';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS] } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'deliberation' }],
    synchronize: { configurationSection: 'deliberation' },
  };
  client = new LanguageClient('deliberation', 'Délibérations', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push(commands.registerCommand('deliberation.extractRoster', extractRoster));
  context.subscriptions.push(commands.registerCommand('deliberation.newDeliberation', newDeliberation));
  context.subscriptions.push(commands.registerCommand('deliberation.reflow', reflowActive));
  // The view « Délibérations : ce qui est lu » in the Explorer (client/facts.ts).
  context.subscriptions.push(registerFactsView(client));
  // The status bar item of the active .delib (client/status.ts).
  context.subscriptions.push(registerStatusItem(client));
  context.subscriptions.push(
    commands.registerCommand('deliberation.preview', showPreview),
    followActiveEditor(),
    commands.registerCommand('deliberation.export', exportActive),
    commands.registerCommand('deliberation.exportFolder', exportFolder),
    // The documents made from several acts (client/seance.ts).
    commands.registerCommand('deliberation.seanceDocuments', seanceDocumentsCommand),
    commands.registerCommand('deliberation.registre', registreCommand),
    { dispose: disposePreviews },
  );
}

/** « Délibérations : extraire le tableau des membres »: the server writes the roster of the open extract. */
async function extractRoster(): Promise<void> {
  const editor = window.activeTextEditor;
  if (!client || !editor || editor.document.languageId !== 'deliberation') {
    void window.showWarningMessage('Ouvrez un extrait (.delib) pour en extraire le tableau des membres.');
    return;
  }
  const uri = editor.document.uri.toString();
  let result = await client.sendRequest<ExtractRosterResult>(EXTRACT_ROSTER_REQUEST, { uri });
  if ('exists' in result) {
    const replace = 'Remplacer';
    if ((await window.showWarningMessage(`${result.exists} existe déjà.`, { modal: true }, replace)) !== replace) return;
    result = await client.sendRequest<ExtractRosterResult>(EXTRACT_ROSTER_REQUEST, { uri, force: true });
  }
  if ('error' in result) void window.showErrorMessage(`Tableau des membres : ${result.error}`);
  else if ('written' in result) {
    await window.showTextDocument(await workspace.openTextDocument(Uri.file(result.written)));
    void window.showInformationMessage(`${result.members} membres écrits dans ${result.written}.`);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
