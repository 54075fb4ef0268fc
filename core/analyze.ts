// The pipeline of the core: text → syntax tree → model → findings (+ outline). Nothing here knows LSP.
import type { CancellationToken, Finding, Locale, Severity } from './types';
import { NEVER_CANCELLED } from './types';
import { parse, type DocumentNode } from './syntax/index';
import { buildModel, type Model } from './model/index';
import { ALL_CHECKS, runChecks } from './checks/index';
import { outline, type OutlineSymbol } from './features/outline';
import type { CommuneIndex } from './communes/index';
import { suppressed } from './suppress';

export type { OutlineSymbol };

export interface AnalyzeOptions {
  locale?: Locale;
  /** Severity override per diagnostic code, or 'off' to silence the check (setting deliberation.checks.<code>). */
  severities?: Record<string, Severity | 'off'>;
  token?: CancellationToken;
  /** The official list of communes; the checks that need it are skipped without it. */
  communes?: CommuneIndex;
  /** Which checks to run: 'fast' ones on every keystroke, 'slow' ones when the data they need is loaded. Default: both. */
  phases?: ('fast' | 'slow')[];
}

export interface Analysis {
  text: string;
  doc: DocumentNode;
  model: Model;
  findings: Finding[];
  outline: OutlineSymbol[];
}

/** Drops a UTF-8 byte order mark read as U+FEFF at the start of a text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const token = options.token ?? NEVER_CANCELLED;
  const doc = parse(text);
  const model = buildModel(doc);
  const findings = runChecks(model, ALL_CHECKS, {
    locale: options.locale ?? 'fr',
    token,
    severities: options.severities,
    communes: options.communes,
    phases: options.phases,
  }).filter((f) => !suppressed(doc, f));
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { text, doc, model, findings, outline: outline(model, token) };
}
