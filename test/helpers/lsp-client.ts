// A minimal LSP client for protocol tests: spawns `node dist/server.js --stdio` and speaks JSON-RPC with it.
// Waiting is always on events (notifications, responses, process exit), bounded by a timeout that fails the test.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type ClientCapabilities,
  type ConfigurationParams,
  type DocumentSymbol,
  type InitializeResult,
  type LogMessageParams,
  type PublishDiagnosticsParams,
  type SymbolInformation,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { repoPath } from './paths';
import { SERVER_NODE_OPTIONS } from '../../shared/protocol';
import { pathToFileURL } from 'node:url';

export const SERVER_PATH = repoPath('dist/server.js');
const DEFAULT_TIMEOUT_MS = 5000;

/** Rejects with a clear message when `promise` does not settle within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string | (() => string)): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timeout after ${ms} ms: ${typeof what === 'string' ? what : what()}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface Waiter<T> {
  accepts(item: T): boolean;
  resolve(item: T): void;
}

/** Items received so far, and promises of the next ones matching a predicate. */
class EventLog<T> {
  readonly items: T[] = [];
  private waiters: Waiter<T>[] = [];

  push(item: T): void {
    this.items.push(item);
    const ready = this.waiters.filter((w) => w.accepts(item));
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve(item);
  }

  /** The first item at index ≥ `from` that matches, already received or still to come. */
  waitFor(accepts: (item: T) => boolean, from: number, ms: number, what: () => string): Promise<T> {
    const received = this.items.slice(from).find(accepts);
    if (received) return Promise.resolve(received);
    return withTimeout(new Promise<T>((resolve) => this.waiters.push({ accepts, resolve })), ms, what);
  }
}

export class LspTestClient {
  readonly diagnostics = new EventLog<PublishDiagnosticsParams>();
  readonly logs = new EventLog<LogMessageParams>();
  /** What the client answers to workspace/configuration for the `deliberation` section. */
  settings: unknown = {};
  configurationRequests = 0;
  private stderr = '';
  private readonly exited: Promise<number | null>;

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
  ) {
    process.stderr.on('data', (chunk) => (this.stderr += String(chunk)));
    this.exited = new Promise((resolve) => process.on('exit', (code) => resolve(code)));
    connection.onNotification(PublishDiagnosticsNotification.method, (p: PublishDiagnosticsParams) => this.diagnostics.push(p));
    connection.onNotification(LogMessageNotification.method, (p: LogMessageParams) => this.logs.push(p));
    connection.onRequest(ConfigurationRequest.method, (p: ConfigurationParams) => {
      this.configurationRequests++;
      return p.items.map(() => this.settings);
    });
    connection.listen();
  }

  /** `serverPath`: another build of the server, e.g. the one inside an installed .vsix (test/editor). */
  static start(serverPath = SERVER_PATH): LspTestClient {
    if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing: run \`npm run build\` first.`);
    const child = spawn(process.execPath, [...SERVER_NODE_OPTIONS, serverPath, '--stdio'], { stdio: 'pipe' });
    // Every server started is known to test/zz-cleanup.test.ts, which stops those a failed test left running
    // (each test file is bundled on its own: the registry lives on globalThis).
    const running = ((globalThis as { __delibServers?: Set<ChildProcessWithoutNullStreams> }).__delibServers ??= new Set());
    running.add(child);
    child.on('exit', () => running.delete(child));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    return new LspTestClient(child, connection);
  }

  /** Sends a request, failing after a timeout instead of hanging. */
  request<R>(method: string, params: unknown, ms = DEFAULT_TIMEOUT_MS): Promise<R> {
    return withTimeout(this.connection.sendRequest<R>(method, params), ms, `response to ${method}`);
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** `root`: the workspace folder, as an editor opened on it gives it (none by default). */
  async initialize(capabilities: ClientCapabilities, root?: string): Promise<InitializeResult> {
    const rootUri = root ? pathToFileURL(root).href : null;
    const result = await this.request<InitializeResult>(InitializeRequest.method, {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
      capabilities,
    });
    await this.notify(InitializedNotification.method, {});
    return result;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.notify(DidOpenTextDocumentNotification.method, { textDocument: { uri, languageId: 'deliberation', version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.notify(DidChangeTextDocumentNotification.method, { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): Promise<void> {
    return this.notify(DidCloseTextDocumentNotification.method, { textDocument: { uri } });
  }

  changeConfiguration(settings: unknown): Promise<void> {
    return this.notify(DidChangeConfigurationNotification.method, { settings });
  }

  documentSymbols(uri: string, ms = DEFAULT_TIMEOUT_MS): Promise<DocumentSymbol[] | SymbolInformation[] | null> {
    return this.request(DocumentSymbolRequest.method, { textDocument: { uri } }, ms);
  }

  /** The next publishDiagnostics for `uri` (and `version` if given) among those received from index `from` on. */
  waitForDiagnostics(uri: string, options: { version?: number; from?: number; timeoutMs?: number } = {}): Promise<PublishDiagnosticsParams> {
    const { version, from = 0, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
    return this.diagnostics.waitFor(
      (p) => p.uri === uri && (version === undefined || p.version === version),
      from,
      timeoutMs,
      () => `publishDiagnostics for ${uri}${version === undefined ? '' : ` version ${version}`}${this.stderrNote()}`,
    );
  }

  /** shutdown, exit, then the exit code of the server process. */
  async shutdown(): Promise<number | null> {
    await this.request(ShutdownRequest.method, undefined);
    await this.notify(ExitNotification.method, undefined);
    return withTimeout(this.exited, DEFAULT_TIMEOUT_MS, 'server exit');
  }

  /** Ends the connection and the process if a test left it running. */
  dispose(): void {
    this.connection.dispose();
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill();
  }

  private stderrNote(): string {
    return this.stderr ? ` (server stderr: ${this.stderr.trim()})` : '';
  }
}

/** The resident memory of a process in MB (Linux: /proc), or undefined elsewhere. */
/**
 * The resident memory of a process once it has had time to collect its garbage (the server collects 2 s after
 * documents stop opening or closing): the lowest of samples taken every 250 ms for `ms`.
 */
export async function settledRssMb(pid: number, ms = 4000): Promise<number | undefined> {
  let low = rssMb(pid);
  for (const end = Date.now() + ms; Date.now() < end; ) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = rssMb(pid);
    if (now !== undefined && (low === undefined || now < low)) low = now;
  }
  return low;
}

export function rssMb(pid: number): number | undefined {
  const status = `/proc/${pid}/status`;
  if (!existsSync(status)) return undefined;
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(status, 'utf8'));
  return m ? Number(m[1]) / 1024 : undefined;
}
