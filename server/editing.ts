// The editing side of the server: navigation (definition, references, folding, workspace symbols), rename,
// document links, formatting, semantic tokens and inlay hints. Each handler is a thin call into core/features/.
// Workspace symbols come from a cheap index of the *.delib files of the workspace folders: scanned at start in the
// background (a file per turn of the event loop, so that requests are answered meanwhile), and brought up to date
// (directory walk, files re-read only when their size or time changed) on each request.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ErrorCodes,
  InlayHintKind,
  ResponseError,
  SymbolKind,
  type Connection,
  type InitializeParams,
  type ServerCapabilities,
  type TextDocuments,
  type WorkspaceSymbol as LspWorkspaceSymbol,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from '../core/types';
import { atLine, isAnalysis, stripBom, type Analysis } from '../core/analyze';
import { clampPosition } from './convert';
import type { Locale } from '../core/types';
import { definition, references } from '../core/features/navigation';
import { prepareRename, rename } from '../core/features/rename';
import { foldingRanges } from '../core/features/folding';
import { documentLinks } from '../core/features/links';
import { formatEdits } from '../core/features/format';
import { encodeTokens, semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from '../core/features/semantic-tokens';
import { inlayHints } from '../core/features/inlay-hints';
import { actsSymbols, matchSymbols, type WorkspaceSymbol } from '../core/features/workspace-symbols';
import { parse, splitActs } from '../core/syntax/index';
import { buildModel } from '../core/model/index';
import { ActIndex, summarize } from '../core/workspace/index';

export interface EditingSettings {
  locale: Locale;
  /** Setting `deliberation.inlayHints.enabled`. */
  inlayHints?: boolean;
}

export interface EditingHost {
  analysisOf(document: TextDocument): Promise<Partial<Analysis>>;
  settingsFor(uri: string): Promise<EditingSettings>;
  guard<P extends unknown[], R>(name: string, handler: (...args: P) => R | Promise<R>): (...args: P) => Promise<R | ResponseError<never>>;
}

/** Bounds of the workspace scan: a workspace is a folder of acts, not a disk. */
const MAX_FILES = 2000;
const MAX_ENTRIES = 20000;
const MAX_FILE_BYTES = 2 * 1024 * 1024;
const SKIP = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);

interface IndexedFile {
  mtimeMs: number;
  size: number;
  symbols: WorkspaceSymbol[];
}

const uriOf = (path: string) => pathToFileURL(path).toString();

export class Editing {
  private roots: string[] = [];
  private readonly files = new Map<string, IndexedFile>();
  /**
   * The acts of the workspace as the checks across acts compare them (core/workspace): each file's summary, from the
   * disk for the files not open, from the current text for those that are (server.ts sets them).
   */
  readonly acts = new ActIndex();
  /** Called when the acts of a file not open changed on disk: the open documents' findings across acts may change. */
  onActsChanged: () => void = () => undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
  ) {}

  initialize(params: InitializeParams): ServerCapabilities {
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.roots = folders.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    return {
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      foldingRangeProvider: true,
      workspaceSymbolProvider: true,
      documentLinkProvider: { resolveProvider: false },
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
      semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] }, full: true },
      inlayHintProvider: true,
    };
  }

  /**
   * Scans the workspace folders for *.delib files (at start, and before answering workspace symbols). The folders are
   * listed at once (bounded), then each file is read and indexed in a turn of its own: requests (hover, completion,
   * diagnostics) are answered between two files, never after the whole workspace. One scan at a time: a second call
   * waits for the one running, then looks again (only files changed since are read).
   */
  scan(): Promise<void> {
    const previous = this.scanning ?? Promise.resolve();
    const next = previous.then(() => this.scanOnce());
    this.scanning = next;
    void next.finally(() => {
      if (this.scanning === next) this.scanning = undefined;
    });
    return next;
  }
  private scanning: Promise<void> | undefined;

  /** The .delib files of the workspace folders (paths), once the scan running, if any, is over. */
  async indexedFiles(): Promise<string[]> {
    await this.scanning?.catch(() => undefined);
    return [...this.files.keys()];
  }

  private async scanOnce(): Promise<void> {
    const seen: string[] = [];
    let entries = 0;
    const walk = (dir: string) => {
      let list;
      try {
        list = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of list) {
        if (++entries > MAX_ENTRIES || seen.length >= MAX_FILES) return;
        if (e.isDirectory()) {
          if (!SKIP.has(e.name) && !e.name.startsWith('.')) walk(join(dir, e.name));
        } else if (e.isFile() && e.name.endsWith('.delib')) seen.push(join(dir, e.name));
      }
    };
    for (const r of this.roots) walk(r);
    for (const path of seen) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      this.indexFile(path);
    }
    const kept = new Set(seen);
    for (const path of [...this.files.keys()]) {
      if (kept.has(path)) continue;
      this.files.delete(path);
      if (!this.isOpen(uriOf(path))) this.acts.delete(uriOf(path));
    }
    if (this.changed) this.onActsChanged();
    this.changed = false;
  }
  private changed = false;

  private isOpen(uri: string): boolean {
    return this.documents.get(uri) !== undefined;
  }

  /** A document closed: its acts are those of the file on disk again. */
  closed(uri: string): void {
    if (!uri.startsWith('file:')) {
      this.acts.delete(uri);
      return;
    }
    const path = fileURLToPath(uri);
    this.files.delete(path);
    this.indexFile(path);
    if (!this.files.has(path)) this.acts.delete(uri);
  }

  private indexFile(path: string): void {
    try {
      const st = statSync(path);
      const known = this.files.get(path);
      if (known && known.mtimeMs === st.mtimeMs && known.size === st.size) return;
      const acts = st.size > MAX_FILE_BYTES ? [] : splitActs(parse(stripBom(readFileSync(path, 'utf8')))).map(buildModel);
      this.files.set(path, { mtimeMs: st.mtimeMs, size: st.size, symbols: actsSymbols(acts) });
      // An open document's acts are its current text's, set by the server on each analysis.
      if (!this.isOpen(uriOf(path))) {
        this.acts.set({ uri: uriOf(path), acts: acts.map(summarize) });
        this.changed = true;
      }
    } catch (err) {
      this.connection.console.error(`Lecture impossible de ${path} : ${String(err)}`);
      this.files.delete(path);
      if (!this.isOpen(uriOf(path))) this.acts.delete(uriOf(path));
    }
  }

  /** Every deliberation of the workspace; open documents with their current text (their analysis). */
  async workspaceSymbols(query: string, host: EditingHost): Promise<LspWorkspaceSymbol[]> {
    await this.scan();
    const all: { uri: string; s: WorkspaceSymbol }[] = [];
    const open = new Set(this.documents.all().map((d) => d.uri));
    for (const [path, f] of this.files) {
      const uri = pathToFileURL(path).toString();
      if (!open.has(uri)) all.push(...f.symbols.map((s) => ({ uri, s })));
    }
    for (const d of this.documents.all()) {
      if (d.languageId !== 'deliberation' && !d.uri.endsWith('.delib')) continue;
      const acts = (await host.analysisOf(d)).acts ?? [];
      all.push(...actsSymbols(acts).map((s) => ({ uri: d.uri, s })));
    }
    return matchSymbols(all.map((x) => ({ name: x.s.name, x })), query).map(({ x }) => ({
      name: x.s.name,
      kind: x.s.kind === 'convention' ? SymbolKind.Class : SymbolKind.Module,
      location: { uri: x.uri, range: x.s.range },
    }));
  }

  register(host: EditingHost): void {
    const { connection, documents } = this;
    const guard = host.guard;
    /** The document's analysis, or undefined when it is not open or not analysed (too large, binary). */
    // With a position, the analysis is seen from the act (of a register) that holds it.
    // The position, if any, is clamped to the document (a client may send one past the end of a line).
    const analysisFor = async (uri: string, position?: Position): Promise<{ a: Analysis; document: TextDocument; at: Position } | undefined> => {
      const document = documents.get(uri);
      if (!document) return undefined;
      const a = await host.analysisOf(document);
      if (!isAnalysis(a)) return undefined;
      const at = clampPosition(document, position ?? { line: 0, character: 0 });
      return { a: position ? atLine(a as Analysis, at.line, at.character) : (a as Analysis), document, at };
    };

    connection.onDefinition(guard('definition', async (params, token) => {
      const x = await analysisFor(params.textDocument.uri, params.position);
      return x ? definition(x.a, x.at, token).map((range) => ({ uri: params.textDocument.uri, range })) : null;
    }));

    connection.onReferences(guard('references', async (params, token) => {
      const x = await analysisFor(params.textDocument.uri, params.position);
      return x ? references(x.a, x.at, params.context?.includeDeclaration === true, token).map((range) => ({ uri: params.textDocument.uri, range })) : null;
    }));

    connection.onPrepareRename(guard('prepareRename', async (params) => {
      const x = await analysisFor(params.textDocument.uri, params.position);
      return x ? (prepareRename(x.a, x.at) ?? null) : null;
    }));

    connection.onRenameRequest(guard('rename', async (params, token) => {
      const x = await analysisFor(params.textDocument.uri, params.position);
      if (!x) return null;
      const { locale } = await host.settingsFor(params.textDocument.uri);
      const r = rename(x.a, x.at, params.newName, locale, token);
      if (r.error) return new ResponseError<never>(ErrorCodes.InvalidRequest, r.error);
      return { changes: { [params.textDocument.uri]: r.edits ?? [] } };
    }));

    connection.onFoldingRanges(guard('foldingRanges', async (params, token) => {
      const x = await analysisFor(params.textDocument.uri);
      return x ? foldingRanges(x.a.outline, token) : null;
    }));

    connection.onWorkspaceSymbol(guard('workspaceSymbol', (params) => this.workspaceSymbols(params.query, host)));

    connection.onDocumentLinks(guard('documentLinks', async (params, token) => {
      const x = await analysisFor(params.textDocument.uri);
      return x ? documentLinks(x.a.doc, token) : null;
    }));

    // Formatting works on the text, but not on a text the server refuses to analyse (too large, binary). The tree of
    // the analysis is reused when it is of the very text formatted (the document may have changed meanwhile).
    const parsedAs = (x: { a: Analysis; document: TextDocument }) => (x.a.text === x.document.getText() ? x.a.doc : undefined);
    connection.onDocumentFormatting(guard('formatting', async (params, token) => {
      const x = await analysisFor(params.textDocument.uri);
      return x ? formatEdits(x.document.getText(), { token, doc: parsedAs(x) }) : null;
    }));

    connection.onDocumentRangeFormatting(guard('rangeFormatting', async (params, token) => {
      const x = await analysisFor(params.textDocument.uri);
      if (!x) return null;
      const document = x.document;
      const end = params.range.end.character === 0 && params.range.end.line > params.range.start.line ? params.range.end.line - 1 : params.range.end.line;
      return formatEdits(document.getText(), { startLine: params.range.start.line, endLine: end, token, doc: parsedAs(x) });
    }));

    connection.languages.semanticTokens.on(guard('semanticTokens', async (params, token) => {
      const x = await analysisFor(params.textDocument.uri);
      return { data: x ? encodeTokens(semanticTokens(x.a, token)) : [] };
    }));

    connection.languages.inlayHint.on(guard('inlayHints', async (params, token) => {
      const settings = await host.settingsFor(params.textDocument.uri);
      if (!settings.inlayHints) return [];
      const x = await analysisFor(params.textDocument.uri);
      if (!x) return [];
      return inlayHints(x.a, params.range, settings.locale, token).map((h) => ({ position: h.position, label: h.label, tooltip: h.tooltip, kind: InlayHintKind.Parameter, paddingLeft: true }));
    }));
  }

  /** After a configuration change: the client asks again for inlay hints (the setting may have changed). */
  async refresh(canRefreshInlayHints: boolean): Promise<void> {
    if (canRefreshInlayHints) await this.connection.languages.inlayHint.refresh();
  }
}
