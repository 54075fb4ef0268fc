// What the client and the server agree on beyond LSP itself: the source of the diagnostics, the roster file's
// default name and the request that writes it, the request of the facts read. No import of vscode or
// vscode-languageserver: both sides import it.
import type { ActFacts } from '../core/features/inspect';

export type { ActFacts };

/** The `source` of every diagnostic the server publishes (the client's preview keeps those only). */
export const DIAGNOSTIC_SOURCE = 'deliberation';

/** The roster file looked for beside the acts when the setting deliberation.roster is empty. */
export const DEFAULT_ROSTER = 'conseil.yaml';

/** « Délibérations : extraire le tableau des membres »: the server writes the roster of an open extract. */
export const EXTRACT_ROSTER_REQUEST = 'deliberation/extractRoster';

export interface ExtractRosterParams {
  uri: string;
  /** Replace an existing roster file. */
  force?: boolean;
}

export type ExtractRosterResult =
  | { written: string; members: number }
  | { exists: string }
  | { error: string };

/**
 * The view « Délibérations : ce qui est lu »: the facts the reader understood of each act of an open document
 * (core/features/inspect.ts), from the server's analysis of its current version. Lines are 1-based. A document
 * that is not open (or not analysed: too large, binary) answers an empty array.
 */
export const FACTS_REQUEST = 'deliberation/facts';

export interface FactsParams {
  uri: string;
}

export type FactsResult = ActFacts[];

/**
 * The status bar item of the active .delib: the findings of its current version (the server answers once it is
 * analysed: until then the client shows it is reading) and the roster in use.
 */
export const STATUS_REQUEST = 'deliberation/status';

export interface StatusParams {
  uri: string;
}

export interface StatusResult {
  /** Findings by severity; null when the document is not analysed (too large, binary, closed). */
  findings: { error: number; warning: number; information: number; hint: number } | null;
  /**
   * The roster file the document would use: `applies` false when it describes another assembly (its checks and
   * completion are then left out), `members` null when it cannot be read. null when there is none.
   */
  roster: { path: string; members: number | null; applies: boolean } | null;
}

/**
 * Node's options for the language server's process. A young generation of 1 MB semi-spaces (Node 20's default grows
 * to 16 MB each) keeps the server's resident memory near what it holds: after 1 000 acts are closed it falls back to
 * within 20–27 MB of its start instead of 34–38 MB (docs/performance.md, « The server's memory »). The client starts
 * the server with them; other editors may pass them to `node` too (docs/editors.md).
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=1'];
