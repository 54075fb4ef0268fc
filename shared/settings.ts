// The settings of the \`deliberation\` section as the server and the client read them: whatever the user wrote,
// only valid values are kept. No import of vscode or vscode-languageserver: both sides use it.
import type { Locale, Severity } from '../core/types';

export interface Settings {
  locale: Locale;
  /** Setting `deliberation.checks`: severity override per diagnostic code, or 'off'. */
  severities: Record<string, Severity | 'off'>;
  /** Setting `deliberation.roster`: the roster file, relative to the workspace folder (default conseil.yaml). */
  roster?: string;
  /** Setting `deliberation.inlayHints.enabled` (default false). */
  inlayHints?: boolean;
}

export const DEFAULT_SETTINGS: Settings = { locale: 'fr', severities: {} };
const CHECK_LEVELS = new Set<string>(['error', 'warning', 'information', 'hint', 'off']);

/** Accepts whatever the client sends for the `deliberation` section and keeps only valid values. */
export function normalizeSettings(raw: unknown): Settings {
  const section = (raw ?? {}) as { locale?: unknown; checks?: unknown; roster?: unknown; inlayHints?: { enabled?: unknown } };
  const locale: Locale = section.locale === 'en' ? 'en' : 'fr';
  const checks = typeof section.checks === 'object' && section.checks !== null ? section.checks : {};
  const severities = Object.fromEntries(
    Object.entries(checks).filter((entry): entry is [string, Severity | 'off'] => CHECK_LEVELS.has(entry[1])),
  );
  return { locale, severities, ...(typeof section.roster === 'string' && section.roster.trim() ? { roster: section.roster.trim() } : {}), ...(section.inlayHints?.enabled === true ? { inlayHints: true } : {}) };
}
