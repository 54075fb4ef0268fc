// What the editors must show, computed without an editor: the samples to open, the CLI's findings on each
// (`node dist/cli.js check --format json`), and the language server's own answers over stdio (outline, quick fixes),
// so that the editor suites compare what a drafter sees with what the product computes, not with copied numbers.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CompletionRequest,
  HoverRequest,
  type CompletionItem,
  type CompletionList,
  type Hover,
  type MarkupContent,
  type CodeAction,
  type Command,
  type Diagnostic,
  type DocumentSymbol,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { LspTestClient } from '../helpers/lsp-client';
import { CORPUS_DIR, REPO_ROOT, repoPath } from '../helpers/paths';
import type { Severity } from '../../core/types';
import type { JsonFinding } from '../../cli/format';

export interface Sample {
  name: string;
  path: string;
}

/**
 * The documents the editor suites open: every samples/*.delib, and the corpus documents of ../shared/corpus when
 * that folder is present. DELIB_SAMPLES (a folder) replaces both.
 */
export function listSamples(): Sample[] {
  const folders = process.env.DELIB_SAMPLES
    ? [resolve(process.env.DELIB_SAMPLES)]
    : [repoPath('samples'), CORPUS_DIR];
  const samples = folders
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.delib'))
        .sort()
        .map((f) => ({ name: basename(f), path: join(dir, f) })),
    );
  if (samples.length === 0) throw new Error(`No .delib sample found in ${folders.join(' or ')}`);
  // The editor suites copy the samples side by side into one workspace folder.
  const names = samples.map((s) => s.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new Error(`Two samples are named ${twice}: give them different names`);
  return samples;
}

export type { Severity };
/** One finding as `delib check --format json` prints it (1-based lines and columns). */
export type CliFinding = JsonFinding;

export const CLI_PATH = repoPath('dist/cli.js');
/** Node itself: inside VS Code's extension host process.execPath is Electron, which is not Node without a flag. */
const NODE = process.versions.electron ? (process.env.NODE_BINARY ?? 'node') : process.execPath;

/** `cli`: another build of the CLI, e.g. the one inside the installed .vsix, so that both sides are one build. */
export function cliFindings(file: string, cli = CLI_PATH, locale = 'fr'): CliFinding[] {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first.`);
  let stdout: string;
  try {
    stdout = execFileSync(NODE, [cli, 'check', '--format', 'json', '--locale', locale, file], { encoding: 'utf8' });
  } catch (err) {
    const e = err as { status?: number; stdout?: string; stderr?: string };
    if (e.status !== 1 || !e.stdout) throw new Error(`delib check ${basename(file)} failed (status ${e.status}): ${e.stderr ?? err}`);
    stdout = e.stdout; // status 1: at least one error finding
  }
  return JSON.parse(stdout) as CliFinding[];
}

/** Position order, as an editor lists the findings of one file. */
export function byPosition(a: CliFinding, b: CliFinding): number {
  return a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** A quick fix the server offers for one of its diagnostics, with its single-file edits. */
export interface ServerFix {
  diagnostic: Diagnostic;
  title: string;
  edits: TextEdit[];
}

export interface ServerView {
  diagnostics: Diagnostic[];
  symbols: DocumentSymbol[];
  fixes: ServerFix[];
  capabilities: Record<string, unknown>;
  /** Where a drafter starts writing the attendance list (after « Étaient présents : »), if the document has one. */
  attendance?: { line: number; character: number };
  /** The server's completion items and hover text there (null when it has none). */
  completion: CompletionItem[];
  /** The server's hover text on the first word of the attendance list that has one, and where. */
  hover: string | null;
  hoverAt?: { line: number; character: number };
}

/** The position just after « Étaient présents : » (0-based), where the first name of the list begins. */
export function attendancePosition(text: string): { line: number; character: number } | undefined {
  const lines = text.split('\n');
  for (let line = 0; line < lines.length; line++) {
    // A list of names, not a count (« Présents : 15 »).
    const m = /^(?:Étaient présents|Présents)\s*:\s*(?=\p{L})/u.exec(lines[line]);
    if (m) return { line, character: m[0].length };
  }
  return undefined;
}

function hoverText(hover: Hover | null): string | null {
  if (!hover) return null;
  const parts = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
  return parts.map((p) => (typeof p === 'string' ? p : (p as MarkupContent).value)).join('\n');
}

/** Opens `file` in the bundled server (dist/server.js, or `server`) over stdio and collects its diagnostics, outline and fixes. */
/** `root`: the workspace folder the editor under test is opened on (the roster nearest the act is found within it). */
export async function serverView(file: string, server?: string, root?: string): Promise<ServerView> {
  const client = LspTestClient.start(server);
  try {
    const init = await client.initialize({
      textDocument: {
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
      },
    }, root);
    const uri = pathToFileURL(file).href;
    const text = readFileSync(file, 'utf8');
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    const symbols = ((await client.documentSymbols(uri)) ?? []) as DocumentSymbol[];
    const fixes: ServerFix[] = [];
    for (const diagnostic of diagnostics) {
      const actions = await client.request<(CodeAction | Command)[] | null>(CodeActionRequest.method, {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      });
      for (const action of actions ?? []) {
        const edits = 'edit' in action ? action.edit?.changes?.[uri] : undefined;
        if (edits?.length) fixes.push({ diagnostic, title: action.title, edits });
      }
    }
    const capabilities = init.capabilities as Record<string, unknown>;
    const attendance = attendancePosition(text);
    let completion: CompletionItem[] = [];
    let hover: string | null = null;
    let hoverAt: { line: number; character: number } | undefined;
    if (attendance && capabilities.completionProvider) {
      const answer = await client.request<CompletionList | CompletionItem[] | null>(CompletionRequest.method, { textDocument: { uri }, position: attendance });
      completion = Array.isArray(answer) ? answer : (answer?.items ?? []);
    }
    if (attendance && capabilities.hoverProvider) {
      // The first word of the attendance list on which the server has something to say.
      const line = text.split('\n')[attendance.line];
      for (const m of line.slice(attendance.character).matchAll(/\p{L}[\p{L}'’-]*/gu)) {
        const position = { line: attendance.line, character: attendance.character + m.index + 1 };
        hover = hoverText(await client.request<Hover | null>(HoverRequest.method, { textDocument: { uri }, position }));
        if (hover) {
          hoverAt = position;
          break;
        }
        if (m.index > 400) break;
      }
    }
    await client.shutdown();
    return { diagnostics, symbols, fixes, capabilities, attendance, completion, hover, hoverAt };
  } finally {
    client.dispose();
  }
}

/** The names of an outline in the order a tree view lists them when every node is expanded. */
export function preorderNames(symbols: DocumentSymbol[]): string[] {
  return symbols.flatMap((s) => [s.name, ...preorderNames(s.children ?? [])]);
}

/** `text` with `edits` applied (LSP ranges: 0-based lines, UTF-16 columns; edits do not overlap). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }) => Math.min(lineStarts[p.line] ?? text.length, text.length) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
