// The attendance lists of an act, wherever they stand: the list lines of the tree (a label at the start of a
// line), and the lists found inside other lines — a header flattened into one paragraph by a PDF extraction
// (« … Présents : M. X, Mme Y Absents excusés : M. Z (pouvoir à M. X) Secrétaire : … »), or a list that follows
// another on the same line. Both are read by the same reader of names (syntax/names.ts).
import type { Builder } from '../syntax/parser';
import type { DocumentNode, Line, ListLine } from '../syntax/tree';
import { labelsIn, listRole, readNames } from '../syntax/names';

/** A cheap test before the labels are looked for in a line. */
const MAY_HOLD_LABEL = /pr[ée]sent|absent|excus|pouvoir|procuration|mandat|repr[ée]sent|assist|d[ée]l[ée]gu|d[ée]l[ée]gation|(?:\p{Lu} ){3}/iu;

export function attendanceLists(doc: DocumentNode, b: Builder): ListLine[] {
  const out: ListLine[] = [];
  const lines = doc.lines;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    let from: number;
    if (l.type === 'list') {
      if (l.continues) continue;
      out.push(l);
      if (l.stop === undefined) continue;
      from = l.stop;
    } else if (l.type === 'prose' || l.type === 'field' || l.type === 'bullet' || l.type === 'heading') {
      from = l.offset;
    } else continue;
    if (!MAY_HOLD_LABEL.test(doc.text.slice(from, l.end))) continue;
    i = listsInLine(doc, b, i, from, out);
  }
  return out;
}

/** The lists that start inside line i (from an offset); returns the last line read (lists go on over lines). */
function listsInLine(doc: DocumentNode, b: Builder, i: number, from: number, out: ListLine[]): number {
  const lines = doc.lines;
  const l = lines[i];
  let at = from;
  let last = i;
  while (at < l.end) {
    const label = labelsIn(doc.text, at, l.end).find((x) => x.role !== 'stop');
    if (!label) break;
    const role = listRole(label.label);
    const read = readNames(doc.text, label.end, l.end, b, role);
    const list: ListLine = {
      type: 'list', offset: label.start, end: read.end, range: b.span(label.start, read.end).range, text: doc.text.slice(label.start, read.end),
      label: label.label, labelSpan: b.span(label.start, label.end), entries: read.entries, communes: read.communes, unread: read.unread,
    };
    out.push(list);
    at = read.end > label.end ? read.end : label.end;
    // A list that reaches the end of its line goes on over the lines that are nothing but names.
    if (!read.stopped) {
      while (last + 1 < lines.length && continues(lines[last + 1])) {
        const next = lines[last + 1];
        const more = readNames(doc.text, next.offset, next.end, b, role, list.communes[list.communes.length - 1]);
        if (more.entries.length === 0 || more.unread.length > 0 || (more.stopped && more.end === next.offset)) break;
        list.entries.push(...more.entries);
        list.communes.push(...more.communes);
        list.end = more.end;
        list.range = b.span(list.offset, list.end).range;
        last++;
        if (more.stopped) return last;
      }
      return last;
    }
  }
  return last;
}

function continues(l: Line): boolean {
  return l.type === 'prose' || l.type === 'bullet';
}
