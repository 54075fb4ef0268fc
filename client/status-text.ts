// What the status bar item of the active .delib says (pure: tested without VS Code; client/status.ts shows it).
import type { StatusResult } from '../shared/protocol';

export interface StatusText {
  text: string;
  tooltip: string;
}

/** French: 0 and 1 take the singular; English: only 1. */
const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
const pluralEn = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** The item while the current version is being read. */
export function readingText(locale: 'fr' | 'en'): StatusText {
  return locale === 'en'
    ? { text: '$(sync~spin) Deliberation', tooltip: 'Reading the act…' }
    : { text: '$(sync~spin) Délibération', tooltip: 'Lecture de l’acte…' };
}

/** The item for the server's answer: findings by severity, then the roster (its file name when it applies). */
export function statusText(s: StatusResult, locale: 'fr' | 'en'): StatusText {
  const en = locale === 'en';
  const parts: string[] = [];
  const lines: string[] = [];
  const f = s.findings;
  if (!f) {
    parts.push(en ? '$(circle-slash) Deliberation' : '$(circle-slash) Délibération');
    lines.push(en ? 'This document is not analysed (too large, binary or closed).' : 'Ce document n’est pas analysé (trop grand, binaire ou fermé).');
  } else if (f.error + f.warning === 0) {
    parts.push(en ? '$(check) Deliberation' : '$(check) Délibération');
    const notes = f.information + f.hint;
    const more = notes ? ` (${en ? pluralEn(notes, 'note', 'notes') : plural(notes, 'remarque', 'remarques')})` : '';
    lines.push(`${en ? 'No error or warning' : 'Aucune erreur ni avertissement'}${more}`);
  } else {
    parts.push(`$(error) ${f.error} $(warning) ${f.warning}`);
    lines.push(en
      ? `${pluralEn(f.error, 'error', 'errors')}, ${pluralEn(f.warning, 'warning', 'warnings')}`
      : `${plural(f.error, 'erreur', 'erreurs')}, ${plural(f.warning, 'avertissement', 'avertissements')}`);
  }
  const r = s.roster;
  if (!r) {
    lines.push(en ? 'No roster (conseil.yaml): the checks against the members in office do not run.' : 'Pas de tableau des membres (conseil.yaml) : les contrôles par rapport aux membres en exercice ne sont pas faits.');
  } else if (r.members === null) {
    parts.push('$(organization) ?');
    lines.push(en ? `Roster ${r.path} cannot be read: see its problems.` : `Tableau des membres ${r.path} illisible : voir ses problèmes.`);
  } else if (!r.applies) {
    lines.push(en ? `Roster ${r.path} not used: it describes another assembly.` : `Tableau des membres ${r.path} non utilisé : il décrit une autre assemblée.`);
  } else {
    parts.push(`$(organization) ${fileName(r.path)}`);
    lines.push(en ? `Roster in use: ${r.path} (${pluralEn(r.members, 'member', 'members')})` : `Tableau des membres utilisé : ${r.path} (${plural(r.members, 'membre', 'membres')})`);
  }
  lines.push(en ? 'Click: what is read of the act' : 'Clic : ce qui est lu de l’acte');
  return { text: parts.join('  '), tooltip: lines.join('\n') };
}
