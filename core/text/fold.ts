// Letters compared without their accents: names, labels and words written with or without them.

/** The text without its diacritics (« Besançon » → « Besancon »), as Unicode decomposition gives it. */
export function foldAccents(s: string): string {
  // Most names and words are in Latin-1 and Latin Extended: a table made once by the same rule does them without
  // decomposing the whole text; anything else goes through the decomposition.
  if (!NOT_ASCII.test(s)) return s;
  if (BEYOND_LATIN.test(s)) return s.normalize('NFD').replace(COMBINING, '');
  return s.replace(LATIN, (c) => FOLDED.get(c)!);
}
/**
 * A copy of a string that holds only its own characters. A piece cut from a long text (a name read in an act) may
 * share that text's memory: kept in a cache that outlives the analysis, it would keep the whole act alive.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

const NOT_ASCII = /[^\u0000-\u007f]/;
const BEYOND_LATIN = /[^\u0000-\u024f]/;
const COMBINING = /[\u0300-\u036f]/g;
const LATIN = /[\u0080-\u024f]/g;
const FOLDED = new Map<string, string>();
for (let c = 0x80; c <= 0x24f; c++) {
  const ch = String.fromCharCode(c);
  FOLDED.set(ch, ch.normalize('NFD').replace(COMBINING, ''));
}
