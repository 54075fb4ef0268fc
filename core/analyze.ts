// The pipeline of the core: text → syntax tree → model → findings (+ outline). Nothing here knows LSP.
import type { CancellationToken, Finding, Locale, Severity } from './types';
import { comparePositions, NEVER_CANCELLED } from './types';
import { crAsLineFeed, parse, splitActs, type DocumentNode } from './syntax/index';
import { buildModel, type Model } from './model/index';
import { ALL_CHECKS, runChecks } from './checks/index';
import { outline, type OutlineSymbol } from './features/outline';
import type { CommuneIndex } from './communes/index';
import type { Roster } from './roster/types';
import { suppressed } from './suppress';

export type { OutlineSymbol };

export interface AnalyzeOptions {
  locale?: Locale;
  /** Severity override per diagnostic code, or 'off' to silence the check (setting deliberation.checks.<code>). */
  severities?: Record<string, Severity | 'off'>;
  token?: CancellationToken;
  /** The official list of communes; the checks that need it are skipped without it. */
  communes?: CommuneIndex;
  /** The roster of the assembly (docs/roster.md): member-unknown and member-mismatch are skipped without it. */
  roster?: Roster;
  /** Which checks to run: 'fast' ones on every keystroke, 'slow' ones when the data they need is loaded. Default: both. */
  phases?: ('fast' | 'slow')[];
}

export interface Analysis {
  text: string;
  /** The whole file. */
  doc: DocumentNode;
  /** The first act's model (the only one in most files); acts: every act's, in order (see actAt). */
  model: Model;
  acts: Model[];
  findings: Finding[];
  outline: OutlineSymbol[];
}

/** Drops a UTF-8 byte order mark read as U+FEFF at the start of a text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function analyze(source: string, options: AnalyzeOptions = {}): Analysis {
  const steps = analysisSteps(source, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The same analysis, giving the event loop a turn after parsing and after each act: a register of hundreds of acts
 * is analysed while the server goes on reading messages, so that a request is answered (and a new version noticed)
 * without waiting for the whole file. Undefined once `options.token` is cancelled.
 */
export async function analyzeInTurns(source: string, options: AnalyzeOptions = {}): Promise<Analysis | undefined> {
  const token = options.token ?? NEVER_CANCELLED;
  const steps = analysisSteps(source, options);
  for (let step = steps.next(); ; step = steps.next()) {
    if (token.isCancellationRequested) return undefined;
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** The pipeline, one step per act: parse, then each act modelled and checked on its own (a register holds many). */
function* analysisSteps(source: string, options: AnalyzeOptions): Generator<void, Analysis> {
  const token = options.token ?? NEVER_CANCELLED;
  const text = crAsLineFeed(source);
  const doc = parse(text);
  yield;
  const acts: Model[] = [];
  const findings: Finding[] = [];
  const symbols: OutlineSymbol[] = [];
  const context = { locale: options.locale ?? 'fr', token, severities: options.severities, communes: options.communes, roster: options.roster, phases: options.phases };
  for (const view of splitActs(doc)) {
    const model = buildModel(view);
    acts.push(model);
    if (token.isCancellationRequested) continue;
    findings.push(...runChecks(model, ALL_CHECKS, context));
    symbols.push(...outline(model, token));
    yield;
  }
  const kept = findings.filter((f) => !suppressed(doc, f));
  kept.sort((a, b) => comparePositions(a.range.start, b.range.start));
  return { text, doc, model: acts[0], acts, findings: kept, outline: symbols };
}

/** The analysis seen from a line: its model is that of the act holding the line (for position requests). */
export function atLine(analysis: Analysis, line: number): Analysis {
  const model = actAt(analysis, line);
  return model === analysis.model ? analysis : { ...analysis, model };
}

/** The act (its model) that holds a line of the file. */
export function actAt(analysis: Analysis, line: number): Model {
  return analysis.acts.find((m) => m.doc.range.start.line <= line && line <= m.doc.range.end.line) ?? analysis.model;
}
