// Every mention of a person in a document (attendance and proxy lists, prose with a civility or a given name,
// vote lines, signatures), and which mentions designate the same councillor (full-name and initials forms).
import type { DocumentNode, PersonNode } from '../syntax/tree';
import { hasInlines } from '../syntax/tree';
import type { Model } from '../model/types';
import { PersonIndex } from '../model/people';
import { PERSON_IN_TEXT } from '../syntax/lexer';
import { Builder } from '../syntax/parser';
import type { CancellationToken } from '../types';

const cache = new WeakMap<DocumentNode, PersonNode[]>();

/** The person mentions of the document, in text order, one per place. */
export function personMentions(doc: DocumentNode, token?: CancellationToken): PersonNode[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const byOffset = new Map<number, PersonNode>();
  const add = (p: PersonNode | undefined) => {
    if (p && !byOffset.has(p.offset)) byOffset.set(p.offset, p);
  };
  const b = new Builder(doc.text, doc.positions);
  const re = new RegExp(PERSON_IN_TEXT.source, 'gu');
  /** « MM. JL. FOUSSERET et D. SCHAUSS »: the plural civility belongs to no one. */
  const withoutPlural = (text: string, offset: number): PersonNode => {
    const plural = /^(?:MM\.|Mmes\.?|Messieurs|Mesdames)[ \u00a0]+/.exec(text);
    const t = plural ? text.slice(plural[0].length) : text;
    const start = offset + (plural ? plural[0].length : 0);
    return b.person(t, b.span(start, start + t.length));
  };
  for (const l of doc.lines) {
    if (token?.isCancellationRequested) break;
    if (l.type === 'list') {
      for (const e of l.entries) [e.person, e.substituteOf, e.proxyTo].forEach(add);
      continue;
    }
    if (hasInlines(l)) for (const i of l.inlines) if (i.type === 'person') add(withoutPlural(i.text, i.offset));
    if (l.type === 'row' || l.type === 'blank') continue;
    re.lastIndex = 0;
    for (let m = re.exec(l.text); m; m = re.exec(l.text)) {
      const p = withoutPlural(m[0], l.offset + m.index);
      if ([...byOffset.values()].some((x) => x.offset <= p.offset && p.offset < x.end)) continue;
      add(p);
    }
  }
  const out = [...byOffset.values()].sort((a, b) => a.offset - b.offset);
  if (!token?.isCancellationRequested) cache.set(doc, out);
  return out;
}

export function mentionAt(doc: DocumentNode, offset: number): PersonNode | undefined {
  return personMentions(doc).find((p) => p.offset <= offset && offset <= p.end);
}

/** The mentions that designate the same person as `target` (itself included). */
export function sameMentions(model: Model, target: PersonNode, token?: CancellationToken): PersonNode[] {
  const mentions = personMentions(model.doc, token);
  const members = model.people;
  const r = members.resolve(target);
  if (r.kind === 'found') return mentions.filter((p) => { const x = members.resolve(p); return x.kind === 'found' && x.member === r.member; });
  // Not a listed member (a convention's signatory): compare with the mention itself.
  const self = new PersonIndex([{ member: target, given: target.given, surname: target.surname }]);
  return mentions.filter((p) => self.resolve(p).kind === 'found');
}
