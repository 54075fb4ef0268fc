// Every match of a global pattern, as `text.matchAll(re)` gives them, without its cost: matchAll makes a copy of the
// pattern at each call (as the language specifies), which for the long patterns of the readers took 10–20 µs a call,
// more than matching a line; called for every line, that was a few per cent of an analysis.

/**
 * The matches of `re` (global) in `text`, those of `[...text.matchAll(re)]`: from `re.lastIndex`, an empty match
 * stepped over, `re.lastIndex` left as it was.
 */
export function matchesOf(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf needs a global pattern');
  const start = re.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') {
      const i = re.lastIndex;
      re.lastIndex = re.unicode && (text.codePointAt(i) ?? 0) > 0xffff ? i + 2 : i + 1;
    }
  }
  re.lastIndex = start;
  return out;
}
