// Document links: citations of law (« article L 1611-4 du CGCT », « loi n°2000-321 du 12 avril 2000 »,
// « décret n°2001-495 ») link to a search on Légifrance built from the text (no network needed).
import type { DocumentNode } from '../syntax/tree';
import type { CancellationToken, Range } from '../types';

export interface DocumentLink {
  range: Range;
  target: string;
  tooltip: string;
}

const SP = '[ \\u00a0\\u202f]';
const DATE = `(?:${SP}+du${SP}+\\d{1,2}(?:er)?${SP}+[a-zéû]+${SP}+\\d{4})?`;
const CITATIONS: { re: RegExp; query: (m: RegExpExecArray) => string }[] = [
  // A text by its number: loi, décret, ordonnance, arrêté.
  { re: new RegExp(`\\b(lois?|décrets?|ordonnances?|arrêtés?)${SP}+(?:n${SP}?°${SP}?|no${SP})?(\\d{2,4}-\\d+)${DATE}`, 'giu'), query: (m) => `${m[1].toLowerCase().replace(/s$/, '')} ${m[2]}` },
  // An article of a code: « article L 1611-4 du CGCT », « articles L.2121-20 du code général des collectivités territoriales ».
  { re: new RegExp(`\\b(?:articles?${SP}+)?([LRD])\\.?${SP}?(\\d{3,4}(?:-\\d+)+)(?:${SP}+du${SP}+(CGCT|code${SP}+[a-zéèêà' ]+?)(?=[,.;)]|${SP}*$|${SP}+(?:et|relatif|qui|dispose|modifié)))?`, 'giu'), query: (m) => `${m[1].toUpperCase()}${m[2]}${/^CGCT$/i.test(m[3] ?? '') || !m[3] ? ' code général des collectivités territoriales' : ` ${m[3]}`}` },
];

export function legifranceUrl(query: string): string {
  return `https://www.legifrance.gouv.fr/search/all?tab_selection=all&searchField=ALL&query=${encodeURIComponent(query)}`;
}

export function documentLinks(doc: DocumentNode, token?: CancellationToken): DocumentLink[] {
  const out: DocumentLink[] = [];
  const index = doc.positions;
  for (const l of doc.lines) {
    if (token?.isCancellationRequested) break;
    if (l.type === 'blank' || !/\d-\d/.test(l.text)) continue;
    // The characters of the line already linked (an earlier, more precise citation wins): marked once each, so that
    // many citations on one long line cost no more than the line.
    let linked: Uint8Array | undefined;
    for (const c of CITATIONS) {
      c.re.lastIndex = 0;
      for (let m = c.re.exec(l.text); m; m = c.re.exec(l.text)) {
        const from = m.index;
        const to = from + m[0].trimEnd().length;
        if (linked && linked.subarray(from, to).includes(1)) continue;
        (linked ??= new Uint8Array(l.text.length)).fill(1, from, to);
        const query = c.query(m);
        out.push({ range: index.range(l.offset + from, l.offset + to), target: legifranceUrl(query), tooltip: `Légifrance : ${query}` });
      }
    }
  }
  return out;
}
