// The pipeline of the core: text → syntax tree → model → findings.
// PLACEHOLDER while the parser is being written: the real stages replace the body of analyze().
import type { CancellationToken, Finding, Locale, Severity } from './types';
import { NEVER_CANCELLED } from './types';

export interface AnalyzeOptions {
  locale?: Locale;
  /** Severity override per diagnostic code, or 'off' to silence the check (setting deliberation.checks.<code>). */
  severities?: Record<string, Severity | 'off'>;
  token?: CancellationToken;
}

export interface OutlineSymbol {
  name: string;
  detail?: string;
  kind: 'seance' | 'deliberation' | 'report' | 'convention' | 'article' | 'annex' | 'table' | 'section';
  range: import('./types').Range;
  selectionRange: import('./types').Range;
  children: OutlineSymbol[];
}

export interface Analysis {
  text: string;
  findings: Finding[];
  outline: OutlineSymbol[];
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  void (options.token ?? NEVER_CANCELLED);
  return { text, findings: [], outline: [] };
}
