// The language server's logic: wires a Connection (documents, diagnostics, symbols, quick fixes, settings).
// main.ts only creates the connection, so tests and other hosts can drive startServer() with any transport.
import {
  CodeActionKind,
  Connection,
  DidChangeConfigurationNotification,
  ErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyze, analyzeInTurns, isAnalysis, type Analysis } from '../core/analyze';
import { tryLoadCommuneIndex, type CommuneIndex } from '../core/communes/index';
import type { Roster } from '../core/roster/types';
import { range, type CancellationToken, type Finding, type Locale } from '../core/types';
import {
  findingToDiagnostic,
  outlineToDocumentSymbols,
  outlineToSymbolInformation,
  quickFixes,
} from './convert';
import { codeHref } from './code-docs';
import { Names } from './names';
import { Editing } from './editing';
import { summariesOf } from '../core/workspace/index';
import { registerFacts } from './facts';
import { REFLOW_KIND, reflowActions, wantsKind } from './reflow';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../shared/settings';
import { FIX_ALL_KIND, fixAllAction } from './fix-all';
import { WorkspaceDiagnostics } from './workspace-diagnostics';
import { compactDocuments } from './compact-documents';

/** Documents above this size are not analysed (one diagnostic says so). */
const MB = 1024 * 1024;
export const MAX_DOCUMENT_BYTES = 5 * MB;
/**
 * Above this size (characters), a document's whole analysis (when there is no earlier one to keep acts from) runs act
 * by act between turns of the event loop; code actions do not analyse it.
 */
export const LARGE_DOCUMENT_CHARS = 256 * 1024;

/**
 * Analysis of a text, or a single `syntax` finding instead when the text is too large or binary: the core is
 * written for documents of a few hundred kilobytes and for text.
 */
export type DocumentAnalysis = Pick<Analysis, 'findings' | 'outline'> & Partial<Analysis>;

/** `previous`: the analysis of an earlier text of the document, whose acts the edit left alone are kept (core/analyze.ts). */
export function analyzeDocumentText(text: string, settings: Settings, communes?: CommuneIndex, roster?: Roster, previous?: DocumentAnalysis): DocumentAnalysis {
  const refusal = refuseText(text, settings.locale);
  if (refusal) return { findings: [refusal], outline: [] };
  return analyze(text, { locale: settings.locale, severities: settings.severities, communes, roster, previous: previous && isAnalysis(previous) ? previous : undefined });
}

/** The same, act by act between turns of the event loop (core/analyze.ts `analyzeInTurns`); undefined if cancelled. */
async function analyzeDocumentInTurns(text: string, settings: Settings, token: CancellationToken, communes?: CommuneIndex, roster?: Roster, previous?: DocumentAnalysis): Promise<DocumentAnalysis | undefined> {
  const refusal = refuseText(text, settings.locale);
  if (refusal) return { findings: [refusal], outline: [] };
  return analyzeInTurns(text, { locale: settings.locale, severities: settings.severities, communes, roster, token, previous: previous && isAnalysis(previous) ? previous : undefined });
}

function refuseText(text: string, locale: Locale): Finding | undefined {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_DOCUMENT_BYTES) {
    const size = (bytes / MB).toFixed(1);
    const limit = MAX_DOCUMENT_BYTES / MB;
    const message =
      locale === 'en'
        ? `File too large (${size} MB, limit ${limit} MB): it is not analysed.`
        : `Fichier trop volumineux (${size.replace('.', ',')} Mo, limite ${limit} Mo) : il n'est pas analysé.`;
    return { code: 'syntax', severity: 'error', message, range: range(0, 0, 0, 0) };
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const message =
      locale === 'en'
        ? 'Binary file (it contains a NUL byte): it is not analysed.'
        : "Fichier binaire (il contient un octet nul) : il n'est pas analysé.";
    const lines = text.slice(0, nul).split(/\r\n|\r|\n/);
    const line = lines.length - 1;
    const character = lines[line].length;
    return { code: 'syntax', severity: 'error', message, range: range(line, character, line, character + 1) };
  }
  return undefined;
}

/** Edits closer than this are a burst (a paste, a replay), analysed once it ends. */
const BURST_MS = 8;
/** The longest a burst defers the analysis of its document. */
const BURST_MAX_MS = 250;

interface Analysed {
  version: number;
  /** The text analysed: a client that reuses a version number for another text gets a new analysis. */
  text: string;
  /** Settings generation the analysis was made with: a configuration change makes older entries stale. */
  generation: number;
}

/**
 * What every open document keeps of its latest analysis: its own findings (few), whether it holds acts. Not the text
 * itself (a document not in use keeps its text deflated: server/compact-documents.ts), but its length and a hash of it,
 * so that a client that reuses a version number for another text still gets a new analysis.
 */
interface Findings {
  version: number;
  generation: number;
  length: number;
  hash: number;
  findings: Finding[];
  hasActs: boolean;
}

/** The whole analysis (trees and models), kept for the documents used most recently only. */
interface CachedAnalysis extends Analysed {
  analysis: DocumentAnalysis;
}

/**
 * How many documents keep their whole analysis between requests: an act's trees weigh tens of times its text, and
 * an editor may hold hundreds of acts open. The others keep their findings (the diagnostics are republished from
 * them when another act changes) and their acts' summaries (core/workspace); a request on one of them analyses it
 * again (a few milliseconds for an act).
 */
const KEPT_ANALYSES = 16;
/** Findings across acts of the other open documents are republished once edits pause this long. */
const REPUBLISH_MS = 50;

const sameAnalysed = (a: Analysed | undefined, version: number, text: string, generation: number) =>
  a !== undefined && a.version === version && a.text === text && a.generation === generation;

/** A hash of a text (FNV-1a over its UTF-16 code units): what `Findings` keeps of the text analysed. */
function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
const sameFindings = (f: Findings | undefined, version: number, text: string, generation: number) =>
  f !== undefined && f.version === version && f.generation === generation && f.length === text.length && f.hash === textHash(text);
const findingsRecord = (a: Analysed, findings: Finding[], hasActs: boolean): Findings =>
  ({ version: a.version, generation: a.generation, length: a.text.length, hash: textHash(a.text), findings, hasActs });

/** How long after the last document opened or closed the memory their analyses left is given back. */
const COLLECT_AFTER_CLOSE_MS = 2000;
let collector: (() => void) | undefined;
let collectTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Once documents have opened or closed and none has for a while, two full garbage collections (the second lets V8
 * shrink the heap the first emptied): the trees of the analyses no longer kept are garbage, but the heap they grew
 * stays the process's until major collections, which an idle server may not run for a long time.
 */
function collectSoon(): void {
  clearTimeout(collectTimer);
  collectTimer = setTimeout(() => {
    try {
      if (!collector) {
        setFlagsFromString('--expose_gc');
        collector = runInNewContext('gc') as () => void;
      }
      // (Compacting: the pages that the texts and trees of documents just opened left half empty are emptied and given
      // back, not kept as the heap's free space.)
      setFlagsFromString('--compact-on-every-full-gc');
      collector();
      collector();
      setFlagsFromString('--no-compact-on-every-full-gc');
    } catch {
      // No collector on this runtime: the memory is given back when V8 decides.
    }
  }, COLLECT_AFTER_CLOSE_MS);
  collectTimer.unref?.();
}

/** Wires every handler on the connection, then starts listening. */
export function startServer(connection: Connection): void {
  // (Documents not in use keep their text deflated: server/compact-documents.ts.)
  const documents = new TextDocuments(compactDocuments);
  // Every open document's findings; the whole analyses of the most recently used (a Map's order: oldest first).
  const own = new Map<string, Findings>();
  const analyses = new Map<string, CachedAnalysis>();
  // The analysis in turns of a register, while it runs (one per document).
  const running = new Map<string, { analysed: Analysed; token: { isCancellationRequested: boolean }; done: Promise<DocumentAnalysis | undefined> }>();
  // The roster, completion and hover of names (server/names.ts).
  const names = new Names(connection, documents);
  // Navigation, rename, formatting, links, semantic tokens, inlay hints (server/editing.ts).
  const editing = new Editing(connection, documents);
  let canRefreshInlayHints = false;
  const settingsByUri = new Map<string, Promise<Settings>>();
  let globalSettings = DEFAULT_SETTINGS;
  let generation = 0;
  let canPullConfiguration = false;
  let canRegisterConfiguration = false;
  let hierarchicalSymbols = false;
  /** The link to a code's documentation, for a client that shows it (codeDescriptionSupport). */
  let describeCode: ((code: string) => string | undefined) | undefined;
  // The official list of communes, loaded on first use; without it the commune checks are skipped.
  let communeIndex: { index?: CommuneIndex; error?: string } | undefined;
  function communes(): CommuneIndex | undefined {
    if (!communeIndex) {
      communeIndex = tryLoadCommuneIndex();
      if (communeIndex.error) connection.console.error(`Liste des communes indisponible : ${communeIndex.error}`);
    }
    return communeIndex.index;
  }

  /**
   * The one guard around every handler: an exception is logged and answered with a ResponseError (ignored
   * for notifications), and the server keeps running.
   */
  function guard<P extends unknown[], R>(name: string, handler: (...args: P) => R | Promise<R>) {
    return async (...args: P): Promise<R | ResponseError<never>> => {
      try {
        return await handler(...args);
      } catch (err) {
        const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
        connection.console.error(`Erreur dans « ${name} » : ${detail}`);
        return new ResponseError<never>(ErrorCodes.InternalError, `Erreur interne du serveur Délibérations (${name}) : ${String(err)}`);
      }
    };
  }

  function settingsFor(uri: string): Promise<Settings> {
    if (!canPullConfiguration) return Promise.resolve(globalSettings);
    let settings = settingsByUri.get(uri);
    if (!settings) {
      settings = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'deliberation' })
        .then(normalizeSettings, (err) => {
          connection.console.error(`Lecture de la configuration impossible : ${String(err)}`);
          return DEFAULT_SETTINGS;
        });
      settingsByUri.set(uri, settings);
    }
    return settings;
  }

  /** The analysis of the document's current version, computed once per version, text and settings generation. */
  async function analysisOf(document: TextDocument): Promise<DocumentAnalysis> {
    const uri = document.uri;
    const startGeneration = generation;
    const settings = await settingsFor(uri);
    const cached = analyses.get(uri);
    const text = document.getText();
    if (cached && sameAnalysed(cached, document.version, text, startGeneration)) {
      analyses.delete(uri); // the most recently used now
      analyses.set(uri, cached);
      return cached.analysis;
    }
    const analysed = { version: document.version, text, generation: startGeneration };
    // The analysis of an earlier version (same settings): the acts of a register that the edits left alone are kept,
    // only those they touch are read again (core/analyze.ts), in a few milliseconds whatever the register's size.
    const previous = cached?.generation === startGeneration ? cached.analysis : undefined;
    let analysis: DocumentAnalysis;
    if (text.length < LARGE_DOCUMENT_CHARS) {
      analysis = analyzeDocumentText(text, settings, communes(), names.roster(settings, uri), previous);
    } else {
      // A register: analysed act by act between turns of the event loop, once per version (requests asked meanwhile
      // wait for that same analysis, not for another); a new version cancels it. (Keeping the acts of the previous
      // analysis is one step: the acts read again are few.)
      let run = running.get(uri);
      if (run && !sameAnalysed(run.analysed, analysed.version, text, startGeneration)) {
        run.token.isCancellationRequested = true;
        run = undefined;
      }
      if (!run) {
        const token = { isCancellationRequested: false };
        run = { analysed, token, done: analyzeDocumentInTurns(text, settings, token, communes(), names.roster(settings, uri), previous) };
        running.set(uri, run);
      }
      const done = await run.done;
      if (running.get(uri) === run) running.delete(uri);
      // Cancelled: the document changed meanwhile; its latest version is what is asked for now.
      if (!done) return documents.get(uri) === document ? analysisOf(document) : { findings: [], outline: [] };
      const again = analyses.get(uri);
      if (again && sameAnalysed(again, analysed.version, text, startGeneration)) return again.analysis; // kept by another request
      analysis = done;
    }
    analyses.delete(uri);
    analyses.set(uri, { ...analysed, analysis });
    for (const oldest of analyses.keys()) {
      if (analyses.size <= KEPT_ANALYSES) break;
      analyses.delete(oldest);
    }
    if (documents.get(uri) === document && document.version === analysed.version) {
      own.set(uri, findingsRecord(analysed, analysis.findings, isAnalysis(analysis)));
      // The checks across acts compare this document's current acts with the workspace's (core/workspace): when
      // what they compare changed, the open documents that share a number, a series or a séance with it, before or
      // after the change, are told again.
      if (isAnalysis(analysis)) republishLater(editing.acts.affectedBy(uri, () => editing.acts.set({ uri, acts: summariesOf(analysis) })));
    }
    return analysis;
  }

  /** The document's own findings of its current version: kept, or from a new analysis. */
  async function findingsOf(document: TextDocument): Promise<Findings> {
    const kept = own.get(document.uri);
    if (sameFindings(kept, document.version, document.getText(), generation)) return kept!;
    const analysis = await analysisOf(document);
    return own.get(document.uri) ?? findingsRecord({ version: document.version, text: document.getText(), generation }, analysis.findings, isAnalysis(analysis));
  }

  // What was last published for each open document: its own findings (the kept list itself) and those across acts.
  const published = new Map<string, { findings: Finding[]; cross: string }>();

  async function publishDiagnostics(document: TextDocument): Promise<void> {
    const { findings, hasActs } = await findingsOf(document);
    if (documents.get(document.uri) !== document) return; // closed meanwhile
    const settings = await settingsFor(document.uri);
    const cross = hasActs ? editing.acts.findings(document.uri, settings.locale, settings.severities) : [];
    // The same findings as those the client has: nothing to tell it.
    const last = published.get(document.uri);
    const crossKey = JSON.stringify(cross);
    if (last && last.findings === findings && last.cross === crossKey) return;
    published.set(document.uri, { findings, cross: crossKey });
    connection.sendDiagnostics({
      uri: document.uri,
      version: document.version,
      diagnostics: [...findings, ...cross].map((f) => findingToDiagnostic(f, document.uri, describeCode)),
    });
  }

  // The documents whose findings across acts may have changed, republished together once edits pause: opening a
  // hundred acts, or typing in one, tells each related document once, not once per change.
  const toRepublish = new Set<string>();
  let republishTimer: ReturnType<typeof setTimeout> | undefined;
  function republishLater(uris: Iterable<string>): void {
    for (const u of uris) toRepublish.add(u);
    if (toRepublish.size === 0) return;
    clearTimeout(republishTimer);
    republishTimer = setTimeout(() => {
      republishTimer = undefined;
      const uris = [...toRepublish];
      toRepublish.clear();
      void (async () => {
        for (const u of uris) {
          const d = documents.get(u);
          // A document waiting for its own analysis is published when it comes.
          if (d && !waiting.has(u)) await publishLater(d);
        }
      })();
    }, REPUBLISH_MS);
  }

  function republishOthers(): void {
    republishLater(documents.all().map((d) => d.uri));
  }

  connection.onInitialize(
    guard('initialize', (params) => {
      const capabilities = params.capabilities;
      canPullConfiguration = capabilities.workspace?.configuration === true;
      canRegisterConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
      hierarchicalSymbols = capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
      if (capabilities.textDocument?.publishDiagnostics?.codeDescriptionSupport === true) describeCode = codeHref;
      names.initialize(params);
      const editingCapabilities = editing.initialize(params);
      canRefreshInlayHints = capabilities.workspace?.inlayHint?.refreshSupport === true;
      const pullsDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
      return {
        capabilities: {
          textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
          documentSymbolProvider: { label: 'Délibérations' },
          codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, REFLOW_KIND, FIX_ALL_KIND] },
          completionProvider: { triggerCharacters: [' ', ':'] },
          hoverProvider: true,
          ...editingCapabilities,
          // The files not open, for the Problems panel (server/workspace-diagnostics.ts).
          ...WorkspaceDiagnostics.capability(pullsDiagnostics),
        },
        serverInfo: { name: 'deliberation-language-server' },
      };
    }),
  );

  connection.onInitialized(
    guard('initialized', async () => {
      if (canRegisterConfiguration) await connection.client.register(DidChangeConfigurationNotification.type, undefined);
      await names.watch();
      // In the background: requests are answered while it runs (server/editing.ts).
      // Once the workspace's acts are known (or change on disk), the open documents' findings across acts follow.
      editing.onActsChanged = () => republishOthers();
      void editing.scan().catch((err: unknown) => connection.console.error(`Index de l’espace de travail : ${String(err)}`));
    }),
  );

  connection.onDidChangeConfiguration(
    guard('didChangeConfiguration', async (params) => {
      if (!canPullConfiguration) globalSettings = normalizeSettings((params.settings as { deliberation?: unknown } | null)?.deliberation);
      settingsByUri.clear();
      generation++;
      await Promise.all(documents.all().map((d) => publishDiagnostics(d)));
      await editing.refresh(canRefreshInlayHints);
    }),
  );

  // Every keystroke is analysed at once: an act in a few milliseconds, a register too once it has been analysed whole
  // (only the acts an edit touches are read again, core/analyze.ts; a whole analysis, when needed, runs act by act
  // between turns of the event loop and a new version cancels it).
  // A burst of edits (a paste, a client replaying changes, a macro) is coalesced: the edits already received are all
  // applied before the document is analysed, once, in its latest version; the versions they supersede are never
  // analysed, and requests asked meanwhile are answered from that latest version (analysisOf), not queued behind them.
  // One analysis waiting per document (at once, after a burst, or after a pause), and when its edits arrive.
  const waiting = new Map<string, ReturnType<typeof setTimeout>>();
  const edits = new Map<string, { last: number; burstSince?: number }>();
  const publishLater = guard('diagnostics', publishDiagnostics);
  const publishLatest = (uri: string) => {
    waiting.delete(uri);
    const e = edits.get(uri);
    if (e) e.burstSince = undefined;
    // The latest version of the document (the event's may have been superseded since).
    const latest = documents.get(uri);
    if (latest) void publishLater(latest);
  };
  /** A change or a close: nothing waits to analyse the version before, and its analysis in turns stops. */
  const stopWaiting = (uri: string) => {
    clearTimeout(waiting.get(uri));
    waiting.delete(uri);
    const run = running.get(uri);
    if (run) run.token.isCancellationRequested = true;
  };
  // Documents opened or closed by the hundred leave garbage behind: collected once the server is idle (collectSoon).
  documents.onDidOpen(() => collectSoon());
  documents.onDidChangeContent(
    guard('didChangeContent', (event) => {
      const document = event.document;
      const uri = document.uri;
      stopWaiting(uri);
      // A keystroke is analysed at once; an edit that follows another within a few milliseconds is part of a burst:
      // it waits for the burst to end (or, in a long burst, for a quarter of a second at most).
      const now = Date.now();
      const e = edits.get(uri);
      if (!e || now - e.last >= BURST_MS) {
        edits.set(uri, { last: now });
        waiting.set(uri, setTimeout(() => publishLatest(uri), 0));
        return;
      }
      e.last = now;
      e.burstSince ??= now;
      waiting.set(uri, setTimeout(() => publishLatest(uri), now - e.burstSince >= BURST_MAX_MS ? 0 : BURST_MS * 2));
    }),
  );

  documents.onDidClose(
    guard('didClose', (event) => {
      const uri = event.document.uri;
      event.document.release();
      analyses.delete(uri);
      own.delete(uri);
      published.delete(uri);
      toRepublish.delete(uri);
      settingsByUri.delete(uri);
      stopWaiting(uri);
      edits.delete(uri);
      connection.sendDiagnostics({ uri, diagnostics: [] });
      collectSoon();
      // Its acts are those of the file on disk again (or none, for a document never saved).
      republishLater(editing.acts.affectedBy(uri, () => editing.closed(uri)));
    }),
  );

  connection.onDocumentSymbol(
    guard('documentSymbol', async (params) => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return null;
      const { outline } = await analysisOf(document);
      return hierarchicalSymbols ? outlineToDocumentSymbols(outline) : outlineToSymbolInformation(outline, document.uri);
    }),
  );

  connection.onCodeAction(
    guard('codeAction', async (params, token) => {
      // The context comes from the client: a malformed one (diagnostics not a list, entries null, no range) gets the
      // actions that can be made of what is well formed, never an error.
      const uri = typeof params?.textDocument?.uri === 'string' ? params.textDocument.uri : undefined;
      if (!uri) return [];
      const context: Partial<typeof params.context> = params.context && typeof params.context === 'object' ? params.context : {};
      const only = Array.isArray(context.only) ? context.only.filter((k): k is string => typeof k === 'string') : undefined;
      const diagnostics = Array.isArray(context.diagnostics) ? context.diagnostics.filter((d) => d !== null && typeof d === 'object') : [];
      const actions = wantsKind(only, CodeActionKind.QuickFix) ? quickFixes(diagnostics, uri) : [];
      // « Remettre en lignes le texte collé d'un PDF » (server/reflow.ts), when the act under the cursor is flattened.
      const document = documents.get(uri);
      const line = params.range?.start?.line;
      if (document && wantsKind(only, REFLOW_KIND) && Number.isInteger(line)) {
        // The acts of a register from its analysis; a large file is not analysed for this (only when typing pauses).
        const large = document.getText().length >= LARGE_DOCUMENT_CHARS;
        const [analysis, settings] = await Promise.all([large ? {} : analysisOf(document), settingsFor(document.uri)]);
        actions.push(...reflowActions(document, analysis, Math.max(0, Math.min(line, document.lineCount - 1)), settings.locale, token));
      }
      // « Fix all » only when asked by name (on save, or the Source Action menu): never in the light bulb.
      if (document && wantsKind(only, FIX_ALL_KIND, true)) {
        const [analysis, settings] = await Promise.all([analysisOf(document), settingsFor(document.uri)]);
        const action = fixAllAction(analysis.findings, uri, settings.locale);
        if (action && !token.isCancellationRequested) actions.push(action);
      }
      return actions;
    }),
  );

  editing.register({ analysisOf, settingsFor, guard });
  // The findings of the files not open (workspace pull diagnostics), for a client that pulls.
  new WorkspaceDiagnostics(connection, documents, {
    files: () => editing.indexedFiles(),
    acts: editing.acts,
    findingsOf: async (uri, text) => {
      const settings = await settingsFor(uri);
      return analyzeDocumentText(text, settings, communes(), names.roster(settings, uri)).findings;
    },
    settingsFor,
    generation: () => generation,
    describeCode: () => describeCode,
    guard,
  }).register();
  // The request behind the view « Délibérations : ce qui est lu » (server/facts.ts).
  registerFacts(connection, documents, { analysisOf, settingsFor, guard });

  names.register({
    analysisOf,
    settingsFor,
    communes,
    guard,
    acts: editing.acts,
    actsChanged: () => editing.scan().catch((err: unknown) => connection.console.error(`Index de l’espace de travail : ${String(err)}`)),
    otherModels: (uri) => [...analyses].filter(([u]) => u !== uri).flatMap(([, c]) => (c.analysis.model ? [c.analysis.model] : [])),
    refresh: async () => {
      generation++;
      await Promise.all(documents.all().map((d) => publishDiagnostics(d)));
    },
  });

  documents.listen(connection);
  connection.listen();
}
