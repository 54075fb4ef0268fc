// Findings of the files that are not open, for the Problems panel: LSP pull diagnostics of workspace scope
// (`workspace/diagnostic`), for a client that pulls (VS Code). Open documents keep their diagnostics pushed as they
// are typed (server.ts: coalesced, every client), so a pull of an open document, in the document or the workspace
// report, answers an empty report: the pushed one stands.
//
// A file not open is read from the disk, analysed once per size, time and settings generation (its own findings kept,
// not its tree), one file per turn of the event loop; the findings across acts come from the workspace index each
// time. A report unchanged since the client's previous one is answered « unchanged » by its result id. A client that
// does not pull (Neovim) sees the files not open through `delib check`.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DocumentDiagnosticReportKind, type ResponseError, type Connection, type Diagnostic, type TextDocuments, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { stripBom } from '../core/analyze';
import type { Finding, Locale, Severity } from '../core/types';
import type { ActIndex } from '../core/workspace/index';
import { findingToDiagnostic } from './convert';

export interface WorkspaceDiagnosticsHost {
  /** The .delib files of the workspace the index knows (paths), once the scan running is over. */
  files(): Promise<string[]>;
  acts: ActIndex;
  /** The file's own findings (the analysis of its text), with its settings. */
  findingsOf(uri: string, text: string): Promise<Finding[]>;
  settingsFor(uri: string): Promise<{ locale: Locale; severities: Record<string, Severity | 'off'> }>;
  /** Bumped when the settings, the roster or the list of communes change: the cached findings are stale. */
  generation(): number;
  describeCode(): ((code: string) => string | undefined) | undefined;
  guard<P extends unknown[], R>(name: string, handler: (...args: P) => R | Promise<R>): (...args: P) => Promise<R | ResponseError<never>>;
}

/** Above this size a file is not analysed for the Problems panel (the editor's own limit is larger, for one file). */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

interface Cached {
  mtimeMs: number;
  size: number;
  generation: number;
  own: Finding[];
}

const uriOf = (path: string) => pathToFileURL(path).toString();

/** A short stable digest of a report (FNV-1a): the result id the client sends back. */
function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length.toString(36)}-${(h >>> 0).toString(36)}`;
}

export class WorkspaceDiagnostics {
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly host: WorkspaceDiagnosticsHost,
  ) {}

  /** The capability to announce: only to a client that pulls diagnostics. */
  static capability(pulls: boolean) {
    return pulls ? { diagnosticProvider: { identifier: 'deliberations', interFileDependencies: true, workspaceDiagnostics: true } } : {};
  }

  register(): void {
    const { connection, host } = this;
    connection.languages.diagnostics.on(
      host.guard('documentDiagnostic', async (params) => {
        const uri = params.textDocument.uri;
        // An open document's diagnostics are pushed as it is typed.
        if (this.documents.get(uri)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        return { kind: DocumentDiagnosticReportKind.Full, items: (await this.diagnosticsOf(uri)) ?? [] };
      }),
    );
    connection.languages.diagnostics.onWorkspace(
      host.guard('workspaceDiagnostic', async (params, token) => {
        const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
        const items: WorkspaceDocumentDiagnosticReport[] = [];
        const reported = new Set<string>();
        for (const path of await host.files()) {
          if (token.isCancellationRequested) break;
          const uri = uriOf(path);
          // An open document: an empty report, so that what the file held while closed is not shown beside what is
          // pushed (the client keeps its document pull instead, when it makes one).
          const diagnostics = this.documents.get(uri) ? [] : await this.diagnosticsOf(uri);
          if (!diagnostics) continue;
          reported.add(uri);
          const resultId = digest(JSON.stringify(diagnostics));
          items.push(previous.get(uri) === resultId ? { kind: DocumentDiagnosticReportKind.Unchanged, uri, resultId, version: null } : { kind: DocumentDiagnosticReportKind.Full, uri, resultId, version: null, items: diagnostics });
        }
        // A file reported before and gone since (deleted, or no longer a file): its findings go with it.
        if (!token.isCancellationRequested) {
          for (const uri of previous.keys()) {
            if (!reported.has(uri) && !this.documents.get(uri)) items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
          }
        }
        return { items };
      }),
    );
  }

  /** The findings of a file not open, as diagnostics; undefined when it cannot be read as an act file. */
  private async diagnosticsOf(uri: string): Promise<Diagnostic[] | undefined> {
    if (!uri.startsWith('file:')) return undefined;
    let path: string;
    try {
      path = fileURLToPath(uri);
    } catch {
      return undefined;
    }
    let own: Finding[];
    try {
      const st = statSync(path);
      if (!st.isFile() || st.size > MAX_FILE_BYTES) {
        this.cache.delete(uri);
        return undefined;
      }
      const generation = this.host.generation();
      const known = this.cache.get(uri);
      if (known && known.mtimeMs === st.mtimeMs && known.size === st.size && known.generation === generation) own = known.own;
      else {
        // One file per turn: requests asked meanwhile are answered between two files.
        await new Promise<void>((resolve) => setImmediate(resolve));
        own = await this.host.findingsOf(uri, stripBom(readFileSync(path, 'utf8')));
        this.cache.set(uri, { mtimeMs: st.mtimeMs, size: st.size, generation, own });
      }
    } catch {
      this.cache.delete(uri);
      return undefined;
    }
    const settings = await this.host.settingsFor(uri);
    const cross = this.host.acts.findings(uri, settings.locale, settings.severities);
    const describe = this.host.describeCode();
    return [...own, ...cross].map((f) => findingToDiagnostic(f, uri, describe));
  }
}
