// Document outline: the séance, its reports, the convention with its articles, the annexes with their tables.
import type { Model } from '../model/types';
import type { CancellationToken, Range } from '../types';
import type { Span } from '../syntax/tree';

export interface OutlineSymbol {
  name: string;
  detail?: string;
  kind: 'seance' | 'deliberation' | 'report' | 'convention' | 'article' | 'annex' | 'table' | 'section';
  range: Range;
  selectionRange: Range;
  children: OutlineSymbol[];
}

function sym(kind: OutlineSymbol['kind'], name: string, range: Range, selection: Range = range, detail?: string): OutlineSymbol {
  return { kind, name, range, selectionRange: selection, children: [], ...(detail ? { detail } : {}) };
}

const lineRange = (s: Span): Range => s.range;

export function outline(model: Model, token?: CancellationToken): OutlineSymbol[] {
  const doc = model.doc;
  const out: OutlineSymbol[] = [];
  const s = model.seance;
  if (s.date || s.membersInOffice || model.members.length) {
    const first = s.date ?? s.membersInOffice?.span ?? model.members[0].list;
    const lists = doc.lines.filter((l) => l.type === 'list');
    const end = lists.length ? lists[lists.length - 1].range.end : first.range.end;
    // From the act's first line (in a register, each act's séance starts at its own act, not at the file's start).
    const seance = sym('seance', s.date ? `Séance du ${s.date.text}` : 'Séance', { start: { line: doc.range.start.line, character: 0 }, end }, first.range, s.collectivity?.name);
    for (const l of lists) if (l.type === 'list') seance.children.push(sym('section', l.label, lineRange(l), l.labelSpan.range, `${l.entries.length}`));
    out.push(seance);
  }
  for (const r of model.reports) {
    if (token?.isCancellationRequested) return out;
    const name = r.number ? `Rapport ${r.number}` : r.deliberationNumber ? `Délibération n°${r.deliberationNumber.text}` : 'Délibération';
    out.push(sym(r.number ? 'report' : 'deliberation', name, r.span.range, (r.numberSpan ?? r.deliberationNumber?.span ?? r.span).range, r.title));
  }
  const conv = model.convention;
  const tableSymbol = (i: number) => {
    const tm = model.tables[i];
    return sym('table', tm.caption ?? `Tableau (${tm.table.rows.length} lignes)`, tm.table.range, tm.table.rows[0].range);
  };
  const tablesIn = (span: Span) => model.tables.map((tm, i) => [tm, i] as const).filter(([tm]) => tm.table.offset >= span.offset && tm.table.end <= span.end).map(([, i]) => tableSymbol(i));
  if (conv) {
    const c = sym('convention', conv.title.replace(/\*\*/g, '') || 'Convention', conv.span.range, { start: conv.span.range.start, end: { line: conv.span.range.start.line, character: conv.title.length } });
    for (const a of conv.articles) {
      const art = sym('article', `Article ${a.heading.number}`, a.range, a.heading.range, a.heading.title);
      art.children.push(...tablesIn(a));
      c.children.push(art);
    }
    out.push(c);
  }
  for (const a of doc.annexes) {
    const an = sym('annex', `Annexe ${a.heading.number}`, a.range, a.heading.range, a.heading.title);
    an.children.push(...tablesIn(a));
    (conv && a.offset >= conv.span.offset ? out[out.length - 1].children : out).push(an);
  }
  return out;
}
