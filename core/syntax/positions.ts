// Offsets ↔ positions. Lines end at \n; a \r before it belongs to no line's text.
import type { Position, Range, TextEdit } from '../types';

/**
 * Old Mac line endings (a carriage return alone) end a line, as in LSP and in editors: the text with each one read
 * as a line feed, one character for one, so that every offset and position stays that of the text given.
 */
export function crAsLineFeed(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * « Etaient présents :<br /> … <strong>Conseil</strong> <strong>Municipal</strong> … »: the tags of a web page copied
 * with its markup, blanked (as many blanks as characters, so that offsets stay).
 * A tag inside a word, between two letters or two figures (« Monsieur <strong>DU</strong>VAL », « Co<strong>de</strong> »,
 * « 20<strong>08</strong> », a site that set a syllable apart), is taken out of it: the rest of the word moves back over
 * it and as many blanks go after the word, so that the word reads whole and the offsets of everything after it stay
 * (inside the word they move by the tag's length, as `accentsMended` does).
 */
const HTML_TAG = /<\/?(?:br|strong|b|em|i|u|span|p|div|font|sup|sub|a)(?:[ \t][^<>\n]{0,200})?[ \t]*\/?>/gi;
const LETTER = /\p{L}/u;
const FIGURE = /\d/;
export function tagsBlanked(text: string): string {
  if (!text.includes('<')) return text;
  HTML_TAG.lastIndex = 0;
  let out = '';
  let at = 0;
  // Blanks owed to the word being written: put after its last character.
  let owed = 0;
  // The characters up to a tag (or the end): the word owing blanks ends at the first that is not of it.
  const write = (segment: string) => {
    if (owed === 0) { out += segment; return; }
    let k = 0;
    while (k < segment.length && (LETTER.test(segment[k]) || FIGURE.test(segment[k]))) k++;
    if (k === segment.length) { out += segment; return; }
    out += segment.slice(0, k) + ' '.repeat(owed) + segment.slice(k);
    owed = 0;
  };
  for (let m = HTML_TAG.exec(text); m; m = HTML_TAG.exec(text)) {
    write(text.slice(at, m.index));
    const before = out[out.length - 1] ?? '';
    const after = text[m.index + m[0].length] ?? '';
    const inWord = (LETTER.test(before) && LETTER.test(after)) || (FIGURE.test(before) && FIGURE.test(after));
    if (inWord) owed += m[0].length;
    else {
      out += ' '.repeat(owed + m[0].length);
      owed = 0;
    }
    at = m.index + m[0].length;
  }
  write(text.slice(at));
  return out + ' '.repeat(owed);
}

/**
 * « \uF02D Madame Isabelle SIGAUD à Madame Florence DEMOUY »: the bullet of a symbol font (Wingdings, Symbol), which a
 * PDF extraction gives as a character of the private use area, read as « • » (one character for one).
 */
const PRIVATE_USE = /[\uE000-\uF8FF]/;
export function symbolBullets(text: string): string {
  return PRIVATE_USE.test(text) ? text.replace(/[\uE000-\uF8FF]/g, '•') : text;
}

/**
 * « PrĂ©sents : 7 », « excusÃ©(s) », « RenĂ©e Fauque »: a text whose accented letters, written in UTF-8, were read back
 * in another encoding (Windows-1252 or Latin-1: « Ã© »; Windows-1250: « Ă© ») before it was pasted. Each such pair is
 * read as its letter, one character less, and as many blanks are put at the end of the word, so that the offsets of
 * everything after the word, and every line, stay those of the text given (inside the word they move by one a pair).
 */
const GARBLED_PAIR = /[ÃĂ][©¨ª«¢¤®¯´¶¹»¼§‰ˆŠ€‡”Ş˘]/g;
const MENDED: Record<string, string> = {
  'Ã©': 'é', 'Ã¨': 'è', 'Ãª': 'ê', 'Ã«': 'ë', 'Ã¢': 'â', 'Ã¤': 'ä', 'Ã®': 'î', 'Ã¯': 'ï', 'Ã´': 'ô', 'Ã¶': 'ö', 'Ã¹': 'ù',
  'Ã»': 'û', 'Ã¼': 'ü', 'Ã§': 'ç', 'Ã‰': 'É', 'Ãˆ': 'È', 'ÃŠ': 'Ê', 'Ã€': 'À', 'Ã‡': 'Ç', 'Ã”': 'Ô',
  'Ă©': 'é', 'Ă¨': 'è', 'ĂŞ': 'ê', 'Ă«': 'ë', 'Ă˘': 'â', 'Ă¤': 'ä', 'Ă®': 'î', 'Ă´': 'ô', 'Ă»': 'û', 'Ă§': 'ç', 'Ă‰': 'É',
};
/** What goes on a word after a garbled pair: letters, hyphens, apostrophes, other pairs. */
const WORD_GOES_ON = /[\p{L}'’-]|[©¨ª«¢¤®¯´¶¹»¼§‰ˆŠ€‡”Ş˘]/u;
export function accentsMended(text: string): string {
  if (!text.includes('Ã') && !text.includes('Ă')) return text;
  GARBLED_PAIR.lastIndex = 0;
  let out = '';
  let from = 0;
  for (let m = GARBLED_PAIR.exec(text); m; m = GARBLED_PAIR.exec(text)) {
    const letter = MENDED[m[0]];
    if (!letter || m.index < from) continue;
    // The word that holds the pair, to its end; each pair of it mended, the blanks after it.
    let end = m.index + 2;
    while (end < text.length && WORD_GOES_ON.test(text[end])) end++;
    let word = '';
    let pairs = 0;
    for (let i = m.index; i < end; ) {
      const two = text.slice(i, i + 2);
      if (MENDED[two]) { word += MENDED[two]; pairs++; i += 2; } else { word += text[i]; i++; }
    }
    out += text.slice(from, m.index) + word + ' '.repeat(pairs);
    from = end;
    GARBLED_PAIR.lastIndex = end;
  }
  return out + text.slice(from);
}

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[line];
  }

  /** Offset of the end of the line's text (before \r\n or \n). */
  lineEnd(line: number): number {
    let end = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineOf(offset: number): number {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): Position {
    const line = this.lineOf(offset);
    return { line, character: offset - this.starts[line] };
  }

  offset(p: Position): number {
    if (p.line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[p.line] + p.character, this.lineEnd(p.line));
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }
}

/**
 * The one edit that turns `text` into `changed`: the part between their common start and common end, never
 * beginning or ending between the two characters of a Windows line break (no position is there). None if equal.
 */
export function replacementEdit(text: string, changed: string, index: LineIndex = new LineIndex(crAsLineFeed(text))): TextEdit[] {
  if (changed === text) return [];
  let head = 0;
  const max = Math.min(text.length, changed.length);
  while (head < max && text.charCodeAt(head) === changed.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && text.charCodeAt(text.length - 1 - tail) === changed.charCodeAt(changed.length - 1 - tail)) tail++;
  const splitsBreak = (at: number) => at > 0 && text.charCodeAt(at - 1) === 13 && text.charCodeAt(at) === 10;
  if (splitsBreak(head)) head--;
  if (splitsBreak(text.length - tail)) tail--;
  return [{ range: index.range(head, text.length - tail), newText: changed.slice(head, changed.length - tail) }];
}
