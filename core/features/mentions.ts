// Every mention of a person in a document (attendance and proxy lists, prose with a civility or a given name,
// vote lines, signatures), and which mentions designate the same councillor (full-name and initials forms).
import type { DocumentNode, PersonNode } from '../syntax/tree';
import { hasInlines } from '../syntax/tree';
import type { Model } from '../model/types';
import { PersonIndex } from '../model/people';
import { mentionReader } from '../syntax/index';
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
  const b = mentionReader(doc);
  for (const l of doc.lines) {
    if (token?.isCancellationRequested) break;
    if (l.type === 'list') {
      for (const e of l.entries) [e.person, e.substituteOf, e.proxyTo].forEach(add);
      continue;
    }
    // « MM. JL. FOUSSERET et D. SCHAUSS »: the plural civility belongs to no one (MentionReader.mention).
    const inLine = hasInlines(l) ? l.inlines.filter((i) => i.type === 'person').map((i) => b.mention(i.text, i.offset)) : [];
    inLine.forEach(add);
    if (l.type === 'row' || l.type === 'blank') continue;
    for (const { person } of b.mentionsIn(l.text, l.offset)) {
      if (inLine.some((x) => x.offset <= person.offset && person.offset < x.end)) continue;
      add(person);
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
