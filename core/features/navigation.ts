// Go to definition and find references: articles and annexes (headings and internal references), reports of
// the ordre de passage (report headings, the order, arrivals and departures, references), and people (every
// mention of a councillor, full-name and initials forms).
import type { Analysis } from '../analyze';
import { comparePositions, type CancellationToken, type Position, type Range } from '../types';
import { spanHolds, type Annex, type Article, type PersonNode } from '../syntax/tree';
import { headingNumberSpan, referenceNumberSpans, referencesTo, sectionsFor, type NumberSpan } from '../syntax/numbering';
import { mentionAt, sameMentions } from './mentions';

export type Target =
  | { kind: 'section'; sections: (Article | Annex)[]; at: NumberSpan }
  | { kind: 'report'; number: string; at: Range }
  | { kind: 'person'; person: PersonNode };


/** Report numbers written in the document: headings, the ordre de passage, arrival and departure qualifiers, references. */
function reportMentions(a: Analysis): { number: string; range: Range; definition: boolean; offset: number; end: number }[] {
  const out: { number: string; range: Range; definition: boolean; offset: number; end: number }[] = [];
  for (const r of a.model.reports) if (r.number && r.numberSpan) out.push({ number: r.number, ...r.numberSpan, definition: true });
  for (const o of a.model.seance.order) out.push({ number: o.number, ...o.span, definition: false });
  for (const l of a.doc.lines) {
    if (l.type !== 'list') continue;
    for (const e of l.entries) {
      for (const q of e.qualifiers) {
        if (!q.report) continue;
        const i = q.text.indexOf(q.report);
        const offset = q.offset + i;
        out.push({ number: q.report, offset, end: offset + q.report.length, range: a.doc.positions.range(offset, offset + q.report.length), definition: false });
      }
    }
  }
  for (const ref of a.model.references) {
    if (ref.target !== 'report') continue;
    for (const n of referenceNumberSpans(a.doc, ref)) {
      if (out.some((o) => o.offset === n.offset)) continue; // the report's own heading
      out.push({ ...n, definition: false });
    }
  }
  return out.sort((x, y) => x.offset - y.offset);
}

/** What the cursor designates, if anything. */
export function targetAt(a: Analysis, position: Position): Target | undefined {
  const offset = a.doc.positions.offset(position);
  for (const s of [...a.doc.articles, ...a.doc.annexes]) {
    const n = headingNumberSpan(a.doc, s.heading);
    if (n && spanHolds(n, offset)) return { kind: 'section', sections: [s], at: n };
  }
  for (const ref of a.model.references) {
    if (!spanHolds(ref, offset) || ref.target === 'report') continue;
    const numbers = referenceNumberSpans(a.doc, ref);
    const n = numbers.find((x) => spanHolds(x, offset)) ?? (numbers.length === 1 ? numbers[0] : undefined);
    if (n) return { kind: 'section', sections: sectionsFor(a.doc, ref.target, n.number, ref.offset), at: n };
  }
  const report = reportMentions(a).find((r) => spanHolds(r, offset));
  if (report) return { kind: 'report', number: report.number, at: report.range };
  const person = mentionAt(a.doc, offset);
  if (person) return { kind: 'person', person };
  return undefined;
}

export function definition(a: Analysis, position: Position, token?: CancellationToken): Range[] {
  const t = targetAt(a, position);
  if (!t || token?.isCancellationRequested) return [];
  if (t.kind === 'section') return t.sections.map((s) => s.heading.range);
  if (t.kind === 'report') {
    const all = reportMentions(a).filter((r) => r.number === t.number);
    const def = all.filter((r) => r.definition);
    return (def.length ? def : all.slice(0, 1)).map((r) => r.range);
  }
  // A person: the first mention (the attendance list, or the first place the name is written).
  const same = sameMentions(a.model, t.person, token);
  return same.length ? [same[0].range] : [];
}

export function references(a: Analysis, position: Position, includeDeclaration: boolean, token?: CancellationToken): Range[] {
  return unsortedReferences(a, position, includeDeclaration, token).sort((x, y) => comparePositions(x.start, y.start));
}

function unsortedReferences(a: Analysis, position: Position, includeDeclaration: boolean, token?: CancellationToken): Range[] {
  const t = targetAt(a, position);
  if (!t || token?.isCancellationRequested) return [];
  if (t.kind === 'section') {
    const out: Range[] = [];
    for (const s of t.sections) {
      if (includeDeclaration) out.push(headingNumberSpan(a.doc, s.heading)?.range ?? s.heading.range);
      out.push(...referencesTo(a.doc, a.model.references, s).map((n) => n.range));
    }
    return out;
  }
  if (t.kind === 'report') return reportMentions(a).filter((r) => r.number === t.number && (includeDeclaration || !r.definition)).map((r) => r.range);
  const same = sameMentions(a.model, t.person, token);
  return (includeDeclaration ? same : same.slice(1)).map((p) => p.range);
}
