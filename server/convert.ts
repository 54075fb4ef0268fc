// Pure conversions between the core's results and LSP types. No connection, no state: unit-testable.
// Positions need no conversion: the core already uses 0-based lines and UTF-16 columns, like LSP.
import {
  CodeAction,
  CodeActionKind,
  Diagnostic,
  DiagnosticSeverity,
  DocumentSymbol,
  SymbolInformation,
  SymbolKind,
} from 'vscode-languageserver/node';
import type { OutlineSymbol } from '../core/analyze';
import type { Finding, Fix, Position, Range, Severity, TextEdit } from '../core/types';
import { comparePositions } from '../core/types';
// Code actions only consider the diagnostics of this source.
import { DIAGNOSTIC_SOURCE } from '../shared/protocol';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const SYMBOL_KINDS: Record<OutlineSymbol['kind'], SymbolKind> = {
  seance: SymbolKind.Namespace,
  deliberation: SymbolKind.Module,
  report: SymbolKind.Module,
  convention: SymbolKind.Class,
  article: SymbolKind.Method,
  annex: SymbolKind.Struct,
  table: SymbolKind.Array,
  section: SymbolKind.String,
};

/** What the server keeps in `Diagnostic.data`: the finding's fixes, turned into quick fixes on request. */
export interface DiagnosticData {
  fixes: Fix[];
}

/** `describe`: the link to a code's documentation (codeDescription), for clients that support it. */
export function findingToDiagnostic(finding: Finding, uri: string, describe?: (code: string) => string | undefined): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITIES[finding.severity],
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  const href = describe?.(finding.code);
  if (href) diagnostic.codeDescription = { href };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri: r.uri ?? uri, range: r.range }, message: r.message }));
  }
  if (finding.fixes?.length) {
    const data: DiagnosticData = { fixes: finding.fixes };
    diagnostic.data = data;
  }
  return diagnostic;
}

/** Hierarchical symbols. VS Code rejects empty names and selection ranges outside the range: both are repaired. */
export function outlineToDocumentSymbols(outline: readonly OutlineSymbol[]): DocumentSymbol[] {
  return outline.map((s) => ({
    name: symbolName(s),
    detail: s.detail,
    kind: SYMBOL_KINDS[s.kind],
    range: s.range,
    selectionRange: contains(s.range, s.selectionRange) ? s.selectionRange : s.range,
    children: outlineToDocumentSymbols(s.children),
  }));
}

/** Flat symbols for clients without hierarchical document symbol support. */
export function outlineToSymbolInformation(outline: readonly OutlineSymbol[], uri: string, container?: string): SymbolInformation[] {
  return outline.flatMap((s) => [
    { name: symbolName(s), kind: SYMBOL_KINDS[s.kind], location: { uri, range: s.range }, containerName: container },
    ...outlineToSymbolInformation(s.children, uri, symbolName(s)),
  ]);
}

function symbolName(symbol: OutlineSymbol): string {
  return symbol.name.trim() || '…';
}

/** Quick fixes carried by our diagnostics (`data.fixes`), one code action per fix. */
export function quickFixes(diagnostics: readonly Diagnostic[], uri: string): CodeAction[] {
  return diagnostics.flatMap((diagnostic) => {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) return [];
    const fixes = fixesOf(diagnostic.data);
    return fixes.map((fix) => ({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: fixes.length === 1,
      edit: { changes: { [uri]: fix.edits } },
    }));
  });
}

/** `data` comes back from the client: check its shape instead of trusting it. */
function fixesOf(data: unknown): Fix[] {
  const fixes = (data as Partial<DiagnosticData> | undefined)?.fixes;
  if (!Array.isArray(fixes)) return [];
  return fixes.filter(
    (f): f is Fix => typeof f?.title === 'string' && Array.isArray(f.edits) && f.edits.every(isTextEdit),
  );
}

function isTextEdit(e: unknown): e is TextEdit {
  const edit = e as Partial<TextEdit> | undefined;
  return typeof edit?.newText === 'string' && isRange(edit.range);
}

function isRange(r: unknown): r is Range {
  const range = r as Partial<Range> | undefined;
  return [range?.start, range?.end].every((p) => Number.isInteger(p?.line) && Number.isInteger(p?.character));
}

function contains(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

/**
 * A position sent by the client, inside the document: clients send positions past the end of a line or of the text
 * after an edit races a request; every range the server answers must lie inside the document.
 */
export function clampPosition(document: { offsetAt(p: Position): number; positionAt(o: number): Position }, p: unknown): Position {
  const q = p as Partial<Position> | undefined;
  if (!Number.isInteger(q?.line) || !Number.isInteger(q?.character)) return { line: 0, character: 0 };
  return document.positionAt(document.offsetAt({ line: Math.max(0, q!.line!), character: Math.max(0, q!.character!) }));
}
