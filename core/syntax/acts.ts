// A file may hold several acts one after the other (a register: extract, convention, annexes, then the next
// extract…). Each act gets its own séance, attendance and reports: the document is cut into views that share
// the text and the nodes of the whole (offsets and positions stay those of the file).
import type { DocumentNode, Inline, Line } from './tree';
import { firstAtOrAfter, hasInlines } from './tree';
import { aloneLabel, labelsIn } from './names';
import { DAY_MONTH_YEAR_SOURCE } from '../text/dates';

const ACT_START = /^\s*(?:\*\*)?extrait\s+(?:du|des)\s+registres?\b/i;

/** The closing of an act: « Pour extrait conforme », « Fait et délibéré… », « Ainsi fait… ». */
export const ACT_CLOSING = /pour\s+(?:extrait|copie)\s+(?:certifi[ée]e?\s+)?conforme|fait\s+et\s+d[ée]lib[ée]r[ée]|ainsi\s+fait|d[ée]lib[ée]r[ée]\s+en\s+s[ée]ance\s+les?\s+jours?/i;

const ACT_CLOSINGS = new RegExp(ACT_CLOSING.source, 'gi');

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
const SEANCE_DU = String.raw`(?:(?:compte[- ]rendu|proc[èe]s[- ]verbal)\s+(?:(?:de\s+la|du)\s+)?)?(?:(?:s[ée]ance|r[ée]union)\s+(?:(?:ordinaire|extraordinaire|publique)\s+)?(?:du\s+${COUNCIL}\s+)?|${COUNCIL}\s+)(?:en\s+date\s+)?du\s+`;
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

/** « … EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS … » inside a line: the opening of an act flattened into a paragraph. */
const ACT_START_IN = /(?<![\p{L}])extrait\s+(?:du|des)\s+registres?(?![\p{L}])/giu;

/** How long a line must be to hold an act's title (« Extrait du registre »). */
const TITLE_LENGTH = 19;
/** How far after a séance's heading in capitals the label of those present comes, when the heading opens an act. */
const LIST_REACH = 200;
/**
 * A date alone before a list, a sitting's: « Vendredi 3 février 2023 (après-midi) », « 12 mars 2019 : »; not a date in a
 * sentence (« convocation du 2 décembre 2022 Etaient présents : »).
 */
const SITTING_DATE = new RegExp(String.raw`(?<![\p{L}\d])(?<!\p{Ll}[ \u00a0]{0,3})${DAY_MONTH_YEAR_SOURCE}(?:[ \u00a0]*\((?:matin|apr[èe]s[- ]midi|soir(?:ée)?)\))?[ \u00a0]*[:,-]?[ \u00a0]*`, 'giu');
/** How long the label of those present after a sitting's date may be. */
const SITTING_LABEL = 60;
/** Words that open a copy of the register before a séance's heading: « TRANSCRIPTION SÉANCE DU CONSEIL MUNICIPAL … ». */
const COPY_OPENING = /(?:EXTRAIT|TRANSCRIPTION|PROC[ÈE]S[- \u00a0]VERBAL|COMPTE[- \u00a0]RENDU)[^\p{Ll}]{0,40}$/u;

/**
 * The titles of acts inside a line, after some text: an extract's title, or the heading of a séance in capitals with
 * the label of those present right after it (« … TRANSCRIPTION SÉANCE DU CONSEIL MUNICIPAL DU 9 DECEMBRE 2022 18H00
 * Etaient présents : … »: the minutes of an earlier séance annexed to an extract). In the order of the text.
 */
function titlesIn(doc: DocumentNode, l: Line): number[] {
  const out: number[] = [];
  // (A title may go on to the next line, the text wrapped: « … COMMUNE DE BAGNEUX EXTRAIT ↵ DU REGISTRE … ».)
  if (/xtrait|XTRAIT/.test(l.text)) {
    const title = doc.text.slice(l.offset, Math.min(doc.end, l.end + TITLE_LENGTH + 2));
    ACT_START_IN.lastIndex = 0;
    for (let m = ACT_START_IN.exec(title); m && m.index < l.text.length; m = ACT_START_IN.exec(title)) out.push(l.offset + m.index);
  }
  // (« … Pour copie conforme, Le Maire … Mairie de Nanterre REPUBLIQUE FRANCAISE … Etaient présents : … »: after an
  // act's closing, the next act, its title lost: it starts after the closing's words.)
  if (/onforme|élibér|elibér|ainsi|AINSI|ONFORME|ELIB/.test(l.text)) {
    ACT_CLOSINGS.lastIndex = 0;
    for (let m = ACT_CLOSINGS.exec(l.text); m; m = ACT_CLOSINGS.exec(l.text)) out.push(l.offset + m.index + m[0].length);
  }
  // (The headings and dates below hold a year, and a list of those present follows them.)
  if (!/\d{4}/.test(l.text) || !MAY_PRESENT.test(doc.text.slice(l.offset, Math.min(doc.end, l.end + LIST_REACH)))) return out;
  SEANCE_HEADING_IN.lastIndex = 0;
  // (In capitals.)
  for (let m = /S[ÉE]ANCE|R[ÉE]UNION|CONSEIL/.test(l.text) ? SEANCE_HEADING_IN.exec(l.text) : null; m; m = SEANCE_HEADING_IN.exec(l.text)) {
    if (m[0] !== m[0].toUpperCase()) continue;
    const after = l.offset + m.index + m[0].length;
    if (!holdsPresent(doc, after, Math.min(doc.end, after + LIST_REACH))) continue;
    const opening = COPY_OPENING.exec(l.text.slice(Math.max(0, m.index - 60), m.index));
    const start = opening ? m.index - (Math.min(m.index, 60) - opening.index) : m.index;
    // (Not the heading under an extract's title, which starts there already.)
    if (!out.some((t) => t <= l.offset + start && l.offset + start - t < 200)) out.push(l.offset + start);
  }
  // (« … L’Assemblée approuve à l’unanimité. 7 Vendredi 3 février 2023 (après-midi) PRESENTS : M. PEIRO Germinal … »:
  // the date of another sitting, then its list of those present.)
  SITTING_DATE.lastIndex = 0;
  for (let m = SITTING_DATE.exec(l.text); m; m = SITTING_DATE.exec(l.text)) {
    const after = l.offset + m.index + m[0].length;
    if (!MAY_PRESENT.test(doc.text.slice(after, after + SITTING_LABEL))) continue;
    if (labelsIn(doc.text, after, Math.min(doc.end, after + SITTING_LABEL)).some((x) => x.role === 'present' && x.start - after < 3 && NAME_AFTER.test(doc.text.slice(x.end, x.end + 40)))) out.push(l.offset + m.index);
  }
  return out.sort((a, b) => a - b);
}

/** A name, or a civility, right after a label (not a count, not the next header of a box of counts). */
const NAME_AFTER = /^\s*[:：]?\s*(?:(?:M|MM|Mme|Mmes|Mlle|Mr|Mrs)\.?[ \u00a0]|Monsieur|Madame|Messieurs|Mesdames|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0]+\p{Lu}{2}|\p{Lu}{2}[\p{Lu}'’-]*[ \u00a0]+\p{Lu})/u;

/** What every label of those present holds (« présents », « assistaient », « suppléants siégeant », « représentées »). */
const MAY_PRESENT = /pr[ée]s|ssist|uppl/i;

/** Whether a text of the document lists those present: their label, then a name. */
function holdsPresent(doc: DocumentNode, from: number, to: number): boolean {
  if (!MAY_PRESENT.test(doc.text.slice(from, to))) return false;
  return labelsIn(doc.text, from, to).some((x) => x.role === 'present' && NAME_AFTER.test(doc.text.slice(x.end, x.end + 40)));
}

/** How far after a title the list of those present of its act is looked for. */
const NEXT_REACH = 2000;

/**
 * Where acts start inside lines (two extracts flattened into one line by a PDF's extraction, each with its title and
 * its attendance; or wrapped, a title in the middle of a line): a title of an act (`titlesIn`) after which, before the
 * next title, those present are listed, where the text of the act before the title lists them too. A title repeated as
 * a page's running header, nothing listed under it, starts nothing. Sorted; `lineStarts` the acts' first lines.
 */
function startsInLines(doc: DocumentNode, lineStarts: number[]): number[] {
  const titles: number[] = [];
  for (const l of doc.lines) if ((l.type === 'prose' || l.type === 'field') && l.text.length >= TITLE_LENGTH) titles.push(...titlesIn(doc, l));
  const out: number[] = [];
  const starts = lineStarts.map((i) => doc.lines[i].offset);
  let s = 0;
  // The act the title looked at is in started at `from`; its text from there to `seen` lists no one present. It is
  // looked at only for a title with a list after it (a short stretch, looked at first), each stretch once at most.
  let from = doc.offset;
  let seen = doc.offset;
  for (let k = 0; k < titles.length; k++) {
    const t = titles[k];
    for (; s < starts.length && starts[s] <= t; s++) [from, seen] = [starts[s], starts[s]];
    if (t <= from) continue;
    // (Not past the closing of an act: « … Mairie de Nanterre Extrait du registre … Séance du lundi 13 février 2023 Ceci
    // exposé, LE CONSEIL … Pour copie conforme, Le Maire … Etaient présents : … », a page's running header of an act
    // whose decision and closing follow, then the next act's list.)
    // (Nor past the next act that starts at a line: « … Pour extrait conforme ↵ SÉANCE DU … ↵ Présents : … ».)
    const reach = Math.min(doc.end, t + NEXT_REACH, k + 1 < titles.length ? titles[k + 1] : Infinity, s < starts.length ? starts[s] : Infinity);
    const closing = ACT_CLOSING.exec(doc.text.slice(t, reach));
    if (!holdsPresent(doc, t, closing ? t + closing.index : reach)) continue;
    const listed = holdsPresent(doc, seen, t);
    seen = t;
    if (!listed) continue;
    from = t;
    out.push(t);
  }
  return out;
}

/** The part of a line of prose (or a field's) between two offsets (an act starting or ending inside it), with its inlines there. */
function partOfLine(doc: DocumentNode, l: Line, from: number, to: number): Line {
  if (from <= l.offset && to >= l.end) return l;
  if (l.type !== 'prose' && l.type !== 'field') return l;
  const offset = Math.max(from, l.offset), end = Math.min(to, l.end);
  const inlines: Inline[] = [];
  for (const x of l.inlines) {
    if (x.offset >= offset && x.end <= end) inlines.push(x);
    else if (x.type === 'text' && x.offset < end && x.end > offset) {
      const a = Math.max(x.offset, offset), b = Math.min(x.end, end);
      inlines.push({ ...x, offset: a, end: b, text: doc.text.slice(a, b), range: doc.positions.range(a, b) });
    }
  }
  const part = { offset, end, text: doc.text.slice(offset, end), range: doc.positions.range(offset, end), inlines };
  // (The part of a field's line after its label is prose.)
  return l.type === 'field' && offset >= l.labelSpan.end ? { type: 'prose', ...part } : { ...l, ...part };
}

/**
 * « … pour le remplacement de Monsieur X. Mairie de Nanterre ↵ Extrait du registre des délibérations du ↵ Conseil
 * municipal Séance du lundi 13 février 2023 Ceci exposé, LE CONSEIL … »: a page's running header that a narrow column
 * sent to a line's start, in the middle of a sentence (the line above goes on into it), nothing listed under it before
 * its closing while the act above lists those present: no act of its own.
 */
function runningHeader(doc: DocumentNode, before: number, s: number, next: number | undefined): boolean {
  const above = doc.lines[s - 1];
  if (!above || (above.type !== 'prose' && above.type !== 'field') || isHeaderLine(above) || /[.!?:;…»)][ \t\u00a0\r]*$/.test(above.text)) return false;
  const start = doc.lines[s].offset;
  // (Up to the act's closing: the next act may follow inside a line, its own list under it.)
  let end = Math.min(next !== undefined ? doc.lines[next].offset : doc.end, start + NEXT_REACH);
  const closing = ACT_CLOSING.exec(doc.text.slice(start, end));
  if (closing) end = start + closing.index;
  return !holdsPresent(doc, start, end) && holdsPresent(doc, doc.lines[before].offset, start);
}

/** The acts of a document, as views; a document with one act (or none recognised) is its own single view. */
export function splitActs(doc: DocumentNode): DocumentNode[] {
  const found = actStarts(doc);
  // « Extrait du registre… » said before the act itself, with nothing of an act under it (the title of the web page
  // that shows it, « Partager », « Texte intégral »): the act starts there, it is not one of its own.
  const lineStarts = found.filter((s, k) => k === 0 || (!emptyAct(doc.lines, found[k - 1], s) && !runningHeader(doc, found[k - 1], s, found[k + 1])));
  const inLines = startsInLines(doc, lineStarts);
  if (Math.max(lineStarts.length, 1) + inLines.length < 2) return [doc];
  // Every start as an offset, in the order of the text; whatever comes before the first act's header belongs to it.
  const starts = [doc.offset, ...lineStarts.slice(1).map((i) => doc.lines[i].offset), ...inLines].sort((a, b) => a - b);
  const inLine = new Set(inLines);
  return starts.map((offset, k) => {
    const limit = k + 1 < starts.length ? starts[k + 1] : doc.end + 1;
    const firstLine = lineIndexAt(doc, offset);
    let lastLine = lineIndexAt(doc, limit - 1);
    // (An act that starts at a line's start ends with the line above it.)
    if (lastLine > firstLine && doc.lines[lastLine].offset >= limit) lastLine--;
    const lines = doc.lines.slice(firstLine, lastLine + 1);
    lines[0] = partOfLine(doc, lines[0], offset, limit);
    lines[lines.length - 1] = partOfLine(doc, lines[lines.length - 1], offset, limit);
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
      ...(inLine.has(offset) ? { startsInLine: true } : {}),
    };
  });
}

/** The index in doc.lines of the line that holds an offset (the last line that starts at or before it). */
function lineIndexAt(doc: DocumentNode, offset: number): number {
  const lines = doc.lines;
  let lo = 0, hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The items within offset..end, the items being in the order of the text: found by binary search, so that cutting a
 * register of a thousand acts does not look at every node once per act.
 */
function within<T extends { offset: number; end: number }>(items: T[], offset: number, end: number): T[] {
  return items.slice(firstAtOrAfter(items, offset), firstAtOrAfter(items, end + 1)).filter((x) => x.end <= end);
}
