// A file may hold several acts one after the other (a register: extract, convention, annexes, then the next
// extract…). Each act gets its own séance, attendance and reports: the document is cut into views that share
// the text and the nodes of the whole (offsets and positions stay those of the file).
import type { DocumentNode, Line } from './tree';
import { hasInlines } from './tree';
import { aloneLabel, labelsIn } from './names';
import { DAY_MONTH_YEAR_SOURCE } from '../text/dates';

const ACT_START = /^\s*(?:\*\*)?extrait\s+(?:du|des)\s+registres?\b/i;

/** « Extrait du registre des délibérations… » opening a line: the title of an extract, where an act starts. */
export const isExtractTitle = (text: string) => ACT_START.test(text);

/** Header lines that belong to the act below them: « RÉPUBLIQUE FRANÇAISE », « COMMUNE DE … ». */
export function isHeaderLine(l: Line): boolean {
  if (l.type !== 'prose' && l.type !== 'heading') return false;
  const t = l.text.trim();
  return t.length > 0 && t.length < 90 && t === t.toUpperCase() && /\p{Lu}/u.test(t);
}

/** How far above its « Extrait du registre » line an act's header lines are looked for. */
export const HEADER_LINES = 8;

/**
 * « SÉANCE DU MERCREDI 29 JUIN 2016 » alone on its line: the heading of a séance, which starts an act when the names
 * of those attending follow it (minutes of two séances in one file, each with its attendance).
 */
// (« COMPTE RENDU de la REUNION du CONSEIL MUNICIPAL du vendredi 25 octobre 2019 »: so the minutes' heading of a
// meeting, named by the council.)
const COUNCIL = String.raw`conseil\s+(?:municipal|communautaire|syndical|d['’]administration)`;
const SEANCE_DU = String.raw`(?:(?:compte[- ]rendu|proc[èe]s[- ]verbal)\s+(?:(?:de\s+la|du)\s+)?)?(?:(?:s[ée]ance|r[ée]union)\s+(?:(?:ordinaire|extraordinaire|publique)\s+)?(?:du\s+${COUNCIL}\s+)?|${COUNCIL}\s+)du\s+`;
const SEANCE_HEADING = new RegExp(String.raw`^\s*(?:\*\*)?${SEANCE_DU}${DAY_MONTH_YEAR_SOURCE}\s*(?:\*\*)?\s*$`, 'iu');
/** The same heading anywhere in a text (the minutes of two séances flattened into one paragraph), its date captured. */
export const SEANCE_HEADING_IN = new RegExp(String.raw`(?<![\p{L}])${SEANCE_DU}(${DAY_MONTH_YEAR_SOURCE})`, 'giu');
/** How far above a séance's heading an extract's title keeps it from starting an act (the title's act holds it). */
export const TITLE_REACH = 30;

function seanceStart(doc: DocumentNode, i: number): boolean {
  const lines = doc.lines;
  if (!SEANCE_HEADING.test(lines[i].text)) return false;
  for (let j = i - 1; j >= 0 && i - j <= TITLE_REACH; j--) if (isExtractTitle(lines[j].text)) return false;
  // (« Compte-rendu du Conseil Communautaire du jeudi 13 août 2020 ↵ Séance du 13 août 2020 »: one séance's two headings,
  // nothing of an act between them.)
  for (let j = i - 1; j >= 0 && i - j <= 6 && lines[j].type !== 'list' && !opensList(doc, lines[j]); j--) if (SEANCE_HEADING.test(lines[j].text)) return false;
  // The names of those attending under it: a label within its next three lines.
  for (let j = i + 1, seen = 0; j < lines.length && seen < 3; j++) {
    const l = lines[j];
    if (l.type === 'blank') continue;
    seen++;
    if (opensList(doc, l)) return true;
  }
  return false;
}

/** Whether a line opens with the label of an attendance list. */
function opensList(doc: DocumentNode, l: Line): boolean {
  return l.type !== 'blank' && (aloneLabel(l.text) !== undefined || labelsIn(doc.text, l.offset, l.end).some((x) => x.role !== 'stop' && x.start - l.offset < 3));
}

/**
 * The first line of each act: its « Extrait du registre » line, with the capitalised header lines just above; or the
 * heading of a séance with its attendance below, far from any extract's title.
 */
export function actStarts(doc: DocumentNode): number[] {
  const starts: number[] = [];
  const lines = doc.lines;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.type !== 'prose' && l.type !== 'heading') continue;
    if (!isExtractTitle(l.text) && !seanceStart(doc, i)) continue;
    let s = i;
    for (let j = i - 1; j >= 0 && i - j <= HEADER_LINES; j--) {
      if (lines[j].type === 'blank') continue;
      if (!isHeaderLine(lines[j])) break;
      s = j;
    }
    if (starts.length === 0 || s > starts[starts.length - 1]) starts.push(s);
  }
  return starts;
}

/** Whether lines first..end-1 hold nothing of an act: no list, no date, no vote, and little text. */
export function emptyAct(lines: Line[], first: number, end: number): boolean {
  let chars = 0;
  for (let i = first; i < end; i++) {
    const l = lines[i];
    if (l.type === 'list' || (hasInlines(l) && l.inlines.some((x) => x.type === 'date'))) return false;
    if (/\b(?:pour|contre|unanimit|abstention|pr[ée]sents?)\b/i.test(l.text)) return false;
    chars += l.end - l.offset;
    if (chars > 400) return false;
  }
  return true;
}

/** The acts of a document, as views; a document with one act (or none recognised) is its own single view. */
export function splitActs(doc: DocumentNode): DocumentNode[] {
  const found = actStarts(doc);
  // « Extrait du registre… » said before the act itself, with nothing of an act under it (the title of the web page
  // that shows it, « Partager », « Texte intégral »): the act starts there, it is not one of its own.
  const starts = found.filter((s, k) => k === 0 || !emptyAct(doc.lines, found[k - 1], s));
  if (starts.length < 2) return [doc];
  starts[0] = 0; // whatever comes before the first act's header belongs to it
  return starts.map((first, k) => {
    const lastLine = (k + 1 < starts.length ? starts[k + 1] : doc.lines.length) - 1;
    const lines = doc.lines.slice(first, lastLine + 1);
    const offset = lines[0].offset;
    const end = lines[lines.length - 1].end;
    const inside = <T extends { offset: number; end: number }>(items: T[]) => within(items, offset, end);
    return {
      ...doc,
      offset,
      end,
      range: { start: lines[0].range.start, end: lines[lines.length - 1].range.end },
      lines,
      tables: inside(doc.tables),
      articles: inside(doc.articles),
      annexes: inside(doc.annexes),
      errors: doc.errors.filter((e) => e.span.offset >= offset && e.span.end <= end), // few, and not in order
    };
  });
}

/**
 * The items within offset..end, the items being in the order of the text: found by binary search, so that cutting a
 * register of a thousand acts does not look at every node once per act.
 */
function within<T extends { offset: number; end: number }>(items: T[], offset: number, end: number): T[] {
  const first = (from: number) => {
    let lo = 0, hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid].offset < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return items.slice(first(offset), first(end + 1)).filter((x) => x.end <= end);
}
