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

/** The longest source V8 compiles with its optimisations (kRegExpTooLargeToOptimize is 20 × 1024 characters). */
const OPTIMISED_SOURCE = 20_000;

/**
 * An alternation too long for one regular expression, as a few: V8 compiles a pattern whose source is over 20 KB
 * without its optimisations, and such a pattern scanned a long line ten times slower than its halves each did (the
 * attendance labels, 32 KB: 1.3 ms on a line of 1 700 characters, 0.12 ms for each half).
 * `before` and `after` stand around the alternatives in every part; the alternatives are packed in their order.
 * `exec` finds what the single pattern finds: the leftmost match, and of those at the same offset the first
 * alternative's (that of the first part). A capturing group is numbered within its part. Like a regular expression,
 * a global one goes on from `lastIndex`; a part's match is kept while it is still ahead (on the same text), so
 * that the matches of a line cost one scan of it per part.
 */
export class Alternation {
  lastIndex = 0;
  readonly global: boolean;
  readonly parts: readonly RegExp[];
  private text: string | undefined;
  /** Each part's leftmost match from `from[i]` on `text` (null: none). */
  private readonly ahead: (RegExpExecArray | null)[];
  private readonly from: number[];

  constructor(alternatives: readonly string[], { before = '', after = '', flags = '' }: { before?: string; after?: string; flags?: string }, limit = OPTIMISED_SOURCE) {
    if (flags.includes('y')) throw new TypeError('an Alternation cannot be sticky');
    const source = (list: readonly string[]) => `${before}(?:${list.join('|')})${after}`;
    const groups: string[][] = [];
    for (const a of alternatives) {
      const last = groups[groups.length - 1];
      if (last && source([...last, a]).length <= limit) last.push(a);
      else groups.push([a]);
    }
    this.parts = groups.map((g) => new RegExp(source(g), flags));
    this.global = flags.includes('g');
    this.ahead = this.parts.map(() => null);
    this.from = this.parts.map(() => Infinity);
  }

  exec(text: string): RegExpExecArray | null {
    const at = this.global ? this.lastIndex : 0;
    // (Each call of a pattern that is not global starts again: nothing is kept from one to the next.)
    if (text !== this.text || !this.global) {
      this.text = text;
      this.from.fill(Infinity);
    }
    let best: RegExpExecArray | null = null;
    for (let i = 0; i < this.parts.length; i++) {
      let m = this.ahead[i];
      // (The leftmost match from `from[i]` is the leftmost from `at` too when it starts at or after `at`.)
      if (at < this.from[i] || (m && m.index < at)) {
        const re = this.parts[i];
        re.lastIndex = at;
        m = this.ahead[i] = re.exec(text);
        this.from[i] = at;
      }
      if (m && (!best || m.index < best.index)) best = m;
    }
    if (this.global) this.lastIndex = best ? best.index + best[0].length : 0;
    // (The text and the parts' matches are let go once a scan ends, or after a pattern that is not global: a slice of a
    // document kept here would keep the whole document's text alive after it is closed.)
    if (!best || !this.global) this.release();
    return best;
  }

  private release(): void {
    this.text = undefined;
    this.ahead.fill(null);
    this.from.fill(Infinity);
  }

  test(text: string): boolean {
    return this.exec(text) !== null;
  }
}
