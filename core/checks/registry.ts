// The registry of checks. A check reads the model and reports findings through the context; it knows
// nothing of LSP. Each finding has a stable code (codes.ts), a default severity, and messages in French and
// English: the context keeps the one of the requested locale.
import type { CancellationToken, Finding, Fix, Locale, Range, RelatedLocation, Severity } from '../types';
import type { Model } from '../model/types';
import type { CommuneIndex } from '../communes/index';
import type { Roster } from '../roster/types';
import { CODES } from './codes';

export interface Text {
  fr: string;
  en: string;
}

export interface Report {
  code: string;
  range: Range;
  message: Text;
  /** Overrides the code's default severity (an ambiguous case reported as information). */
  severity?: Severity;
  related?: { range: Range; message: Text }[];
  fixes?: { title: Text; edits: { range: Range; newText: string }[]; safe?: boolean }[];
}

export interface CheckContext {
  model: Model;
  locale: Locale;
  token: CancellationToken;
  /** The official list of communes, when loaded (the slow checks). */
  communes?: CommuneIndex;
  /** The roster of the assembly (docs/roster.md), when one is configured and valid. */
  roster?: Roster;
  report(r: Report): void;
}

export interface Check {
  /** A name for documentation and settings. */
  name: string;
  /** The codes it may report. */
  codes: string[];
  /** fast: on every keystroke; slow: needs data loaded once (commune list) — run after the fast ones. */
  phase: 'fast' | 'slow';
  run(ctx: CheckContext): void;
}

export function t(fr: string, en: string): Text {
  return { fr, en };
}

export interface RunOptions {
  locale: Locale;
  token: CancellationToken;
  severities?: Record<string, Severity | 'off'>;
  communes?: CommuneIndex;
  roster?: Roster;
  phases?: ('fast' | 'slow')[];
}

export function runChecks(model: Model, checks: Check[], options: RunOptions): Finding[] {
  const findings: Finding[] = [];
  const pick = (x: Text) => (options.locale === 'en' ? x.en : x.fr);
  const ctx: CheckContext = {
    model,
    locale: options.locale,
    token: options.token,
    communes: options.communes,
    roster: options.roster,
    report(r) {
      const configured = options.severities?.[r.code];
      if (configured === 'off') return;
      const severity = configured ?? r.severity ?? CODES[r.code]?.severity ?? 'warning';
      const related: RelatedLocation[] | undefined = r.related?.map((x) => ({ range: x.range, message: pick(x.message) }));
      const fixes: Fix[] | undefined = r.fixes?.map((f) => ({ title: pick(f.title), edits: f.edits, ...(f.safe ? { safe: true } : {}) }));
      findings.push({ code: r.code, severity, message: pick(r.message), range: r.range, ...(related?.length ? { related } : {}), ...(fixes?.length ? { fixes } : {}) });
    },
  };
  const phases = options.phases ?? ['fast', 'slow'];
  for (const check of checks) {
    if (options.token.isCancellationRequested) break;
    if (!phases.includes(check.phase)) continue;
    if (check.codes.every((c) => options.severities?.[c] === 'off')) continue;
    check.run(ctx);
  }
  return findings;
}
