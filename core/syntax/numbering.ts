// Where numbers are written in article and annex headings and in internal references, so that features can
// point at them (go to definition, references) and rewrite them (rename, renumbering quick fix).
import { comparePositions, type TextEdit } from '../types';
import type { Annex, Article, ArticleLine, AnnexLine, DocumentNode, ReferenceNode, ReferenceTarget, Span } from './tree';
import type { LineIndex } from './positions';

export interface NumberSpan extends Span {
  /** Normalised number (« 1^{er} », « premier » → « 1 »). */
  number: string;
}

function spanAt(index: LineIndex, offset: number, end: number): Span {
  return { offset, end, range: index.range(offset, end) };
}

const NUMBER = /\d+(?:\.\d+)*(?:\^\{er\}|er)?|premier|unique|[IVX]+\b/gi;

function normalise(n: string): string {
  const low = n.toLowerCase();
  if (low === 'premier' || /^1(?:er|\^\{er\})$/.test(low)) return '1';
  return low.replace(/(?:\^\{er\}|er)$/, '');
}

/** The number of an article or annex heading (« Article 4 - … » → the span of « 4 »). */
export function headingNumberSpan(doc: DocumentNode, heading: ArticleLine | AnnexLine): NumberSpan | undefined {
  const lead = doc.text.slice(heading.numberSpan.offset, heading.numberSpan.end);
  const word = /^(?:Article|Annexe)[ \u00a0]+(?:n°[ \u00a0]*)?/i.exec(lead);
  if (!word) return undefined;
  NUMBER.lastIndex = 0;
  const m = NUMBER.exec(lead.slice(word[0].length));
  if (!m || m.index !== 0) return undefined;
  const offset = heading.numberSpan.offset + word[0].length;
  return { number: heading.number, ...spanAt(doc.positions, offset, offset + m[0].length) };
}

/** The numbers of a reference (« articles 6 et 9 » → spans of « 6 » and « 9 »), none for external ones. */
export function referenceNumberSpans(doc: DocumentNode, ref: ReferenceNode): NumberSpan[] {
  if (ref.external) return [];
  const word = /(?:l['’])?(?:articles?|annexes?|rapports?)[ \u00a0]+(?:n°[ \u00a0]*)?/i.exec(ref.text);
  if (!word) return [];
  const out: NumberSpan[] = [];
  const rest = ref.text.slice(word.index + word[0].length);
  const re = /\d+(?:\.\d+)*(?:\^\{er\}|er)?|premier|unique/gi;
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    const offset = ref.offset + word.index + word[0].length + m.index;
    out.push({ number: normalise(m[0]), ...spanAt(doc.positions, offset, offset + m[0].length) });
  }
  return out;
}

// Runs are asked for once per reference (to resolve it in its own text): made once per list of articles.
const runsOf = new WeakMap<Article[], Article[][]>();

/** Articles grouped by text: a numbering that starts again at 1 begins another convention. */
export function articleRuns(articles: Article[]): Article[][] {
  const known = runsOf.get(articles);
  if (known) return known;
  const runs: Article[][] = [];
  for (const a of articles) {
    if (runs.length === 0 || a.heading.number === '1') runs.push([]);
    runs[runs.length - 1].push(a);
  }
  runsOf.set(articles, runs);
  return runs;
}

/** The run of articles a position of the text belongs to: the last run starting before it (or the first). */
export function runAt(doc: DocumentNode, offset: number): Article[] {
  const runs = articleRuns(doc.articles);
  let found = runs[0] ?? [];
  for (const r of runs) if (r[0].offset <= offset) found = r;
  return found;
}

/** The section a reference designates, in the text it is written in. */
export function sectionsFor(doc: DocumentNode, target: ReferenceTarget, number: string, offset: number): (Article | Annex)[] {
  if (target === 'annex') return doc.annexes.filter((a) => a.heading.number === number);
  if (target !== 'article') return [];
  const inRun = runAt(doc, offset).filter((a) => a.heading.number === number);
  return inRun.length ? inRun : doc.articles.filter((a) => a.heading.number === number);
}

/** Every internal reference number that designates `section`. */
export function referencesTo(doc: DocumentNode, refs: ReferenceNode[], section: Article | Annex): NumberSpan[] {
  const target: ReferenceTarget = section.type === 'article' ? 'article' : 'annex';
  const out: NumberSpan[] = [];
  for (const r of refs) {
    if (r.target !== target || r.external) continue;
    for (const n of referenceNumberSpans(doc, r)) {
      if (n.number === section.heading.number && sectionsFor(doc, target, n.number, r.offset).includes(section)) out.push(n);
    }
  }
  return out;
}

/** Edits that give new numbers to articles (heading and every internal reference to it), all at once. */
export function renumberEdits(doc: DocumentNode, refs: ReferenceNode[], changes: Map<Article | Annex, string>): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const [section, number] of changes) {
    const head = headingNumberSpan(doc, section.heading);
    if (head) edits.push({ range: head.range, newText: number });
    for (const n of referencesTo(doc, refs, section)) edits.push({ range: n.range, newText: number });
  }
  return edits.sort((a, b) => comparePositions(a.range.start, b.range.start));
}
