// The names side of the server: the roster file (setting `deliberation.roster`, default conseil.yaml at the
// workspace root; watched; its problems published as diagnostics on it), completion, hover, and the request
// `deliberation/extractRoster` behind the VS Code command « Délibérations : extraire le tableau des membres ».
import { existsSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CompletionItemKind,
  DidChangeWatchedFilesNotification,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem as LspCompletionItem,
  type CompletionList,
  type Connection,
  type Hover,
  type InitializeParams,
  type TextDocuments,
  type ResponseError,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { atLine, isAnalysis, stripBom, type Analysis } from '../core/analyze';
import type { CommuneIndex } from '../core/communes/index';
import type { Model } from '../core/model/types';
import type { Locale } from '../core/types';
import { parseRoster, type Roster } from '../core/roster/index';
import { rosterFromModels, rosterToYaml } from '../core/roster/extract';
import { completion, type CompletionItem } from '../core/features/completion';
import { hover } from '../core/features/hover';
import type { ActIndex } from '../core/workspace/cross';
import { clampPosition, findingToDiagnostic } from './convert';
import { MAX_ROSTER_BYTES, readBoundedFile, type FileProblem } from '../core/text/files';
import { writeAtomic } from '../core/export/write';
import type { Finding } from '../core/types';

import { DEFAULT_ROSTER, EXTRACT_ROSTER_REQUEST, STATUS_REQUEST, type ExtractRosterParams, type ExtractRosterResult, type StatusParams, type StatusResult } from '../shared/protocol';
import { rosterApplies } from '../core/roster/territory';

interface NamesSettings {
  locale: Locale;
  roster?: string;
}

interface Loaded {
  path: string;
  mtimeMs: number;
  size: number;
  roster?: Roster;
  locale: Locale;
}

export interface NamesHost {
  analysisOf(document: TextDocument): Promise<Partial<Analysis>>;
  settingsFor(uri: string): Promise<NamesSettings>;
  communes(): CommuneIndex | undefined;
  /** Models of the other open documents, as already analysed. */
  otherModels(uri: string): Model[];
  /** The acts of the workspace (the next free deliberation number). */
  acts?: ActIndex;
  /** Files of acts changed on disk: the workspace is scanned again. */
  actsChanged?(): Promise<void>;
  /** Re-analyses and republishes every open document (the roster changed). */
  refresh(): Promise<void>;
  /** The server's guard around every handler (logs an exception and answers an error). */
  guard<P extends unknown[], R>(name: string, handler: (...args: P) => R | Promise<R>): (...args: P) => Promise<R | ResponseError<never>>;
}

export function completionItemToLsp(item: CompletionItem): LspCompletionItem {
  return {
    label: item.label,
    kind: item.kind === 'commune' ? CompletionItemKind.Module : item.kind === 'person' ? CompletionItemKind.Value : CompletionItemKind.Snippet,
    ...(item.detail ? { detail: item.detail } : {}),
    ...(item.documentation ? { documentation: { kind: MarkupKind.Markdown, value: item.documentation } } : {}),
    textEdit: item.textEdit,
    insertTextFormat: item.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    ...(item.filterText ? { filterText: item.filterText } : {}),
    sortText: item.sortText,
  };
}

export class Names {
  private roots: string[] = [];
  private loaded = new Map<string, Loaded>();
  /** Every roster path a document has asked for, present or not: a change elsewhere concerns no analysis. */
  private readonly rosterPaths = new Set<string>();
  private published = new Map<string, string>();

  constructor(private readonly connection: Connection, private readonly documents: TextDocuments<TextDocument>) {}

  private canWatch = false;

  initialize(params: InitializeParams): void {
    this.canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.roots = folders.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
  }

  /** Asks the client to report changes of YAML files (the roster), when it can register watchers. */
  async watch(): Promise<void> {
    if (!this.canWatch) return;
    // The rosters, and the acts (the checks across acts compare an open act with the files of the workspace).
    await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml}' }, { globPattern: '**/*.delib' }] });
  }

  /**
   * The roster file of a setting: absolute, or relative to the (first) workspace folder, else to the document. Without
   * a setting, the conseil.yaml nearest the document — in its folder or a parent, up to its workspace folder — so that
   * a workspace holds one roster per collectivity (« commune/conseil.yaml », « communauté/conseil.yaml »).
   */
  rosterPath(setting: string | undefined, documentUri?: string): string | undefined {
    const file = setting?.trim() || DEFAULT_ROSTER;
    if (isAbsolute(file)) return file;
    if (!setting?.trim() && documentUri?.startsWith('file:')) {
      const near = this.nearestRoster(fileURLToPath(documentUri));
      if (near) return near;
    }
    if (this.roots[0]) return join(this.roots[0], file);
    if (documentUri?.startsWith('file:')) return join(dirname(fileURLToPath(documentUri)), file);
    return undefined;
  }

  /** The roster for a document's settings, re-read when the file changed; its problems are published on it. */
  roster(settings: NamesSettings, documentUri?: string): Roster | undefined {
    const path = this.rosterPath(settings.roster, documentUri);
    if (!path) return undefined;
    this.rosterPaths.add(path);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      this.loaded.delete(path);
      this.publish(path, '', []);
      return undefined;
    }
    const cached = this.loaded.get(path);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size && cached.locale === settings.locale) return cached.roster;
    // The workspace is not trusted (a cloned repository): a link that leads out of its folders is not followed, unless
    // the setting names that very file; only a regular file of a roster's size is read.
    const outside = this.leavesWorkspace(path, settings.roster);
    const read = outside ? undefined : readBoundedFile(path, MAX_ROSTER_BYTES);
    if (!read || 'problem' in read) {
      const problem: FileProblem | 'outside' = read && 'problem' in read ? read.problem : 'outside';
      this.loaded.set(path, { path, mtimeMs: stat.mtimeMs, size: stat.size, locale: settings.locale });
      this.publish(path, '', [refusal(problem, settings.locale)]);
      return undefined;
    }
    const text = new TextDecoder('utf-8').decode(read.bytes);
    const { roster, findings } = parseRoster(stripBom(text), settings.locale);
    this.loaded.set(path, { path, mtimeMs: stat.mtimeMs, size: stat.size, roster, locale: settings.locale });
    this.publish(path, text, findings);
    return roster;
  }

  /** conseil.yaml in the document's folder or the nearest parent that has one, within the document's workspace folder. */
  private nearestRoster(document: string): string | undefined {
    const root = this.roots.find((r) => document !== r && within(r, document));
    if (!root) return undefined;
    for (let dir = dirname(document); ; dir = dirname(dir)) {
      const candidate = join(dir, DEFAULT_ROSTER);
      if (existsSync(candidate)) return candidate;
      if (dir === root || dirname(dir) === dir) return undefined;
    }
  }

  /**
   * Whether the roster file is reached through a link that leads out of the workspace folders (a path the setting
   * names itself, as an absolute path, is the user's choice).
   */
  private leavesWorkspace(path: string, setting: string | undefined): boolean {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      return false;
    }
    if (real === path && setting && isAbsolute(setting.trim())) return false;
    const roots = this.roots.flatMap((r) => { try { return [realpathSync(r)]; } catch { return []; } });
    if (roots.length === 0) return real !== path;
    return !roots.some((root) => within(root, real));
  }

  private publish(path: string, text: string, findings: ReturnType<typeof parseRoster>['findings']): void {
    const uri = pathToFileURL(path).toString();
    const key = `${text.length}:${JSON.stringify(findings)}`;
    if (this.published.get(uri) === key) return;
    if (!this.published.has(uri) && findings.length === 0) {
      this.published.set(uri, key);
      return;
    }
    this.published.set(uri, key);
    this.connection.sendDiagnostics({ uri, diagnostics: findings.map((f) => findingToDiagnostic(f, uri)) });
  }

  register(host: NamesHost): void {
    const { connection, documents } = this;
    const guard = host.guard;
    const rosterOf = async (uri: string) => {
      const settings = await host.settingsFor(uri);
      return { settings, roster: this.roster(settings, uri) };
    };

    connection.onCompletion(guard('completion', async (params, token): Promise<CompletionList | null> => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return null;
      const analysis = await host.analysisOf(document);
      if (!isAnalysis(analysis)) return { isIncomplete: false, items: [] };
      const { roster } = await rosterOf(document.uri);
      const at = clampPosition(document, params.position);
      const items = completion(atLine(analysis as Analysis, at.line, at.character), at, { communes: host.communes(), roster, workspace: host.otherModels(document.uri), acts: host.acts, token });
      // Incomplete: the server filters without accents, so the editor asks again as the word grows.
      return { isIncomplete: true, items: items.map(completionItemToLsp) };
    }));

    connection.onHover(guard('hover', async (params): Promise<Hover | null> => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return null;
      const analysis = await host.analysisOf(document);
      if (!isAnalysis(analysis)) return null;
      const { settings, roster } = await rosterOf(document.uri);
      const at = clampPosition(document, params.position);
      const h = hover(atLine(analysis as Analysis, at.line, at.character), at, { roster, locale: settings.locale });
      return h ? { contents: { kind: MarkupKind.Markdown, value: h.contents }, range: h.range } : null;
    }));

    connection.onDidChangeWatchedFiles(guard('didChangeWatchedFiles', async (params) => {
      // An act changed, created or deleted on disk: the workspace's acts are looked at again (only what changed is read).
      if (params.changes.some((c) => c.uri.endsWith('.delib'))) void host.actsChanged?.();
      const rosters = params.changes.filter((c) => c.uri.startsWith('file:') && this.rosterPaths.has(fileURLToPath(c.uri)));
      if (rosters.length === 0) return;
      for (const c of rosters) this.loaded.delete(fileURLToPath(c.uri));
      await host.refresh();
    }));

    connection.onRequest(STATUS_REQUEST, guard('status', async (params: StatusParams | null): Promise<StatusResult> => {
      const document = typeof params?.uri === 'string' ? documents.get(params.uri) : undefined;
      if (!document) return { findings: null, roster: null };
      const analysis = await host.analysisOf(document);
      const findings = isAnalysis(analysis) ? { error: 0, warning: 0, information: 0, hint: 0 } : null;
      for (const f of findings ? analysis.findings! : []) findings![f.severity]++;
      const settings = await host.settingsFor(document.uri);
      const path = this.rosterPath(settings.roster, document.uri);
      if (!path || !existsSync(path)) return { findings, roster: null };
      const roster = this.roster(settings, document.uri);
      const applies = !!roster && (analysis.acts ?? []).some((m) => rosterApplies(m, roster));
      return { findings, roster: { path, members: roster ? roster.members.length : null, applies } };
    }));

    connection.onRequest(EXTRACT_ROSTER_REQUEST, guard('extractRoster', async (params: ExtractRosterParams): Promise<ExtractRosterResult> => {
      const document = documents.get(params.uri);
      if (!document) return { error: 'document not open' };
      const settings = await host.settingsFor(document.uri);
      const path = this.rosterPath(settings.roster, document.uri);
      if (!path) return { error: settings.locale === 'en' ? 'no folder to write the roster in' : 'aucun dossier où écrire le tableau des membres' };
      if (existsSync(path) && !params.force) return { exists: path };
      const analysis = await host.analysisOf(document);
      if (!isAnalysis(analysis)) return { error: settings.locale === 'en' ? 'the document is not analysed' : 'le document n’est pas analysé' };
      const roster = rosterFromModels([analysis.model], { communes: host.communes() });
      if (roster.members.length === 0) return { error: settings.locale === 'en' ? 'no member found in the attendance lists' : 'aucun membre trouvé dans les listes de présence' };
      const header = settings.locale === 'en'
        ? ` Roster extracted from ${fileURLToPathSafe(document.uri)}. To review: functions and substitutes appear only where the extract gives them. Format: docs/roster.md.`
        : ` Tableau des membres extrait de ${fileURLToPathSafe(document.uri)}. À relire : fonctions et suppléants ne figurent que si l’extrait les donne. Format : docs/roster.md.`;
      // Replaced atomically, and a link at that name is replaced itself: nothing is written through it.
      const yaml = rosterToYaml(roster, header);
      if (params.force) writeAtomic(path, yaml, 'replace');
      else writeFileSync(path, yaml, { flag: 'wx' });
      this.loaded.delete(path);
      await host.refresh();
      return { written: path, members: roster.members.length };
    }));
  }
}

function fileURLToPathSafe(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  } catch {
    return uri;
  }
}

/** The one finding on a roster file that is not read: why, never what it holds. */
function refusal(problem: FileProblem | 'outside', locale: Locale): Finding {
  const en = locale === 'en';
  const message =
    problem === 'outside'
      ? en
        ? 'The roster is a link to a file outside the workspace: it is not read. Name the file in the setting deliberation.roster to use it.'
        : "Le tableau des membres est un lien vers un fichier hors de l'espace de travail : il n'est pas lu. Nommez ce fichier dans le réglage deliberation.roster pour l'utiliser."
      : problem.kind === 'not-a-file'
        ? en
          ? 'The roster is not a regular file (a device, a pipe or a socket): it is not read.'
          : "Le tableau des membres n'est pas un fichier ordinaire (périphérique, tube ou socket) : il n'est pas lu."
        : problem.kind === 'too-large'
          ? en
            ? `The roster is too large (${Math.round(problem.size / 1024)} KB; a roster is a few KB, at most ${problem.max / 1024} KB): it is not read.`
            : `Le tableau des membres est trop volumineux (${Math.round(problem.size / 1024)} Ko ; un tableau fait quelques Ko, au plus ${problem.max / 1024} Ko) : il n'est pas lu.`
          : en
            ? `The roster cannot be read (${problem.kind === 'unreadable' ? problem.reason : 'missing'}).`
            : `Le tableau des membres ne peut être lu (${problem.kind === 'unreadable' ? problem.reason : 'introuvable'}).`;
  return { code: 'roster', severity: 'error', message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

/** Whether `path` is `root` or lies below it. */
function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
