// Rename: an article (or annex) gets a new number, written in its heading and in every internal reference to
// it; a person gets a new name, written in every mention of the document (full-name and initials forms).
import type { Analysis } from '../analyze';
import { comparePositions, type CancellationToken, type Locale, type Position, type Range, type TextEdit } from '../types';
import type { PersonNode } from '../syntax/tree';
import { renumberEdits } from '../syntax/numbering';
import { targetAt } from './navigation';
import { sameMentions } from './mentions';
import { initialsOf, isInitials } from '../model/people';

export interface RenameResult {
  edits?: TextEdit[];
  /** Why the rename is refused, in the requested locale. */
  error?: string;
}

/** The range to rename and its current text, or undefined when nothing renameable is under the cursor. */
export function prepareRename(a: Analysis, position: Position): { range: Range; placeholder: string } | undefined {
  const t = targetAt(a, position);
  if (!t || t.kind === 'report') return undefined;
  if (t.kind === 'section') return t.sections.length ? { range: t.at.range, placeholder: t.sections[0].heading.number } : undefined;
  const p = t.person;
  const parts = personParts(a, p);
  return { range: p.range, placeholder: [parts.givenText, p.surname].filter(Boolean).join(' ') };
}

export function rename(a: Analysis, position: Position, newName: string, locale: Locale = 'fr', token?: CancellationToken): RenameResult {
  const t = targetAt(a, position);
  const msg = (fr: string, en: string) => ({ error: locale === 'en' ? en : fr });
  if (!t || t.kind === 'report') return msg('Rien à renommer ici : placez le curseur sur un numéro d’article ou d’annexe, ou sur un nom.', 'Nothing to rename here: put the cursor on an article or annex number, or on a name.');
  const name = newName.trim();
  if (t.kind === 'section') {
    if (!/^[1-9]\d*$/.test(name)) return msg(`« ${name} » n’est pas un numéro (1, 2, 3…).`, `“${name}” is not a number (1, 2, 3…).`);
    if (t.sections.length === 0) return msg('Cet article n’existe pas dans le document.', 'This article does not exist in the document.');
    return { edits: renumberEdits(a.doc, a.model.references, new Map(t.sections.map((s) => [s, name]))) };
  }
  const m = /^(?:(.*\S)\s+)?(\S+)$/u.exec(name);
  if (!m || !/\p{L}/u.test(m[2])) return msg('Écrivez le nouveau nom sous la forme « Prénom NOM ».', 'Write the new name as “Given SURNAME”.');
  const given = m[1];
  const surname = m[2];
  const edits: TextEdit[] = [];
  for (const p of sameMentions(a.model, t.person, token)) {
    const parts = personParts(a, p);
    edits.push({ range: parts.surnameRange, newText: surname });
    if (given && parts.givenRange && parts.givenText) {
      edits.push({ range: parts.givenRange, newText: isInitials(parts.givenText) ? initialsLike(parts.givenText, given) : given });
    }
  }
  edits.sort((x, y) => comparePositions(x.range.start, y.range.start));
  return { edits };
}

/** « J.L. » → initials of the new given name in the same style (« J.-M. », « JM. »). */
function initialsLike(written: string, given: string): string {
  const letters = initialsOf(given).split('');
  if (/^[A-Z]\.(?:-?[A-Z]\.)+$/.test(written.replace(/\s/g, ''))) return letters.map((l) => `${l}.`).join(written.includes('-') ? '-' : '');
  return `${letters.join('')}.`;
}

/** Where the given name and the surname are written inside a mention. */
function personParts(a: Analysis, p: PersonNode): { givenText?: string; givenRange?: Range; surnameRange: Range } {
  const index = a.doc.positions;
  const s = p.text.lastIndexOf(p.surname);
  const surnameStart = p.offset + Math.max(0, s);
  const surnameRange = index.range(surnameStart, surnameStart + p.surname.length);
  if (!p.given) return { surnameRange };
  const g = p.text.indexOf(p.given);
  if (g < 0) return { surnameRange };
  const givenStart = p.offset + g;
  return { givenText: p.given, givenRange: index.range(givenStart, givenStart + p.given.length), surnameRange };
}
