// The pipeline of the core: text → syntax tree → model → findings (+ outline). Nothing here knows LSP.
// A register (many acts in one file) is analysed again after an edit act by act: only the acts the edit touches are
// read again, the others' results are kept (see `incremental` below and docs/performance.md).
import type { CancellationToken, Finding, Locale, Range, Severity } from './types';
import { comparePositions, NEVER_CANCELLED } from './types';
import { accentsMended, crAsLineFeed, LineIndex, parseRange, splitActs, symbolBullets, tagsBlanked, type DocumentNode } from './syntax/index';
import { actStarts, emptyAct, HEADER_LINES, isHeaderLine, TITLE_REACH } from './syntax/acts';
import { buildModel, type Model } from './model/index';
import { ALL_CHECKS, runChecks } from './checks/index';
import type { RunOptions } from './checks/registry';
import { moveCitations } from './checks/util';
import { outline, type OutlineSymbol } from './features/outline';
import { communeLexicon, type CommuneIndex } from './communes/index';
import type { Roster } from './roster/types';
import { suppressed } from './suppress';

export type { OutlineSymbol };

export interface AnalyzeOptions {
  locale?: Locale;
  /** Severity override per diagnostic code, or 'off' to silence the check (setting deliberation.checks.<code>). */
  severities?: Record<string, Severity | 'off'>;
  token?: CancellationToken;
  /** The official list of communes; the checks that need it are skipped without it. */
  communes?: CommuneIndex;
  /** The roster of the assembly (docs/roster.md): member-unknown and member-mismatch are skipped without it. */
  roster?: Roster;
  /** Which checks to run: 'fast' ones on every keystroke, 'slow' ones when the data they need is loaded. Default: both. */
  phases?: ('fast' | 'slow')[];
  /**
   * The analysis of an earlier text of the same document (with the same options): the acts of a register that the
   * change from that text leaves as they were are not read again. The result is the same as without it.
   */
  previous?: Analysis;
}

export interface Analysis {
  text: string;
  /** The whole file (after an analysis that kept acts of the previous one, parsed when first asked for). */
  doc: DocumentNode;
  /** The first act's model (the only one in most files); acts: every act's, in order (see actAt). */
  model: Model;
  acts: Model[];
  findings: Finding[];
  outline: OutlineSymbol[];
}

/** Drops a UTF-8 byte order mark read as U+FEFF at the start of a text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function analyze(source: string, options: AnalyzeOptions = {}): Analysis {
  const steps = analysisSteps(source, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The same analysis, giving the event loop a turn after parsing and after each act: a register of hundreds of acts
 * is analysed while the server goes on reading messages, so that a request is answered (and a new version noticed)
 * without waiting for the whole file. Undefined once `options.token` is cancelled.
 */
export async function analyzeInTurns(source: string, options: AnalyzeOptions = {}): Promise<Analysis | undefined> {
  const token = options.token ?? NEVER_CANCELLED;
  const steps = analysisSteps(source, options);
  for (let step = steps.next(); ; step = steps.next()) {
    if (token.isCancellationRequested) return undefined;
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** What an act of an analysis keeps, so that the next analysis of the document can take it as it is. */
interface ActPart {
  /** Its lines in the text analysed, and the column it starts at (an act may start inside a line). */
  first: number;
  last: number;
  column: number;
  /** Its model, built at these lines and offsets; undefined once the act has moved (built again when asked for). */
  model: Model | undefined;
  /** Its findings (before the suppression comments, which are read from the whole text) and its outline. */
  findings: Finding[];
  outline: OutlineSymbol[];
  /** Its last line is blank and the one above is no list line: nothing of the act reads on into the next one. */
  clearEnd: boolean;
  /** It starts at a title found inside the text, which starts an act only as the act before it lists those present. */
  startsInLine: boolean;
  /** The act whose model these results were made from, and by how many lines this one has moved since. */
  root: object;
  shift: number;
}

/** What the checks of an act are run with (the options of `runChecks`). */
type Context = RunOptions;

interface State {
  text: string;
  index: LineIndex;
  parts: ActPart[];
  context: Context;
  /** Whether the next analysis may keep these acts (every act ends clear, the parse needed no recovery, not cancelled). */
  reusable: boolean;
}

const states = new WeakMap<Analysis, State>();

/** How many acts of the last analyses were modelled (the acts read again): a test counts them. */
export const modelCount = { value: 0 };

function model(view: DocumentNode): Model {
  modelCount.value++;
  return buildModel(view);
}

function contextOf(options: AnalyzeOptions): Context {
  return { locale: options.locale ?? 'fr', token: options.token ?? NEVER_CANCELLED, severities: options.severities, communes: options.communes, roster: options.roster, phases: options.phases };
}

/** The official list of communes as the reader of lists asks it (a table of communes and delegates). */
function lexicon(context: Context) {
  return context.communes && communeLexicon(context.communes);
}

function sameContext(a: Context, b: Context): boolean {
  return a.locale === b.locale && a.communes === b.communes && a.roster === b.roster &&
    JSON.stringify(a.severities ?? null) === JSON.stringify(b.severities ?? null) && JSON.stringify(a.phases ?? null) === JSON.stringify(b.phases ?? null);
}

/** A view's act read: its model, findings and outline. */
function readAct(view: DocumentNode, context: Context): ActPart {
  const m = model(view);
  const cancelled = context.token.isCancellationRequested;
  const lines = view.lines;
  const part: ActPart = {
    first: view.range.start.line,
    last: view.range.end.line,
    column: view.range.start.character,
    model: m,
    findings: cancelled ? [] : runChecks(m, ALL_CHECKS, context),
    outline: cancelled ? [] : outline(m, context.token),
    clearEnd: endsClear(view),
    startsInLine: !!view.startsInLine,
    root: {},
    shift: 0,
  };
  part.root = part;
  return part;
}

/**
 * Whether nothing of an act reads on into the next: its last line is blank and the one above is no list line (a
 * list goes on over one blank line, a paragraph's marks pair over none; a section open at an act's end is left
 * out of it whatever follows, core/syntax/structure.ts). An act whose end is not clear is read with the next one.
 */
function endsClear(view: DocumentNode): boolean {
  const lines = view.lines;
  return lines.length >= 2 && lines[lines.length - 1].type === 'blank' && lines[lines.length - 2].type !== 'list';
}

/** The acts lo..hi, with those read with them (no clear end between): the smallest range that parses on its own. */
function widen(parts: ActPart[], lo: number, hi: number): [number, number] {
  while (lo > 0 && !parts[lo - 1].clearEnd) lo--;
  while (hi < parts.length - 1 && !parts[hi].clearEnd) hi++;
  return [lo, hi];
}

/** The pipeline, one step per act: parse, then each act modelled and checked on its own (a register holds many). */
function* analysisSteps(source: string, options: AnalyzeOptions): Generator<void, Analysis> {
  const context = contextOf(options);
  // (A web page's markup copied with the act is read as blanks: « Mme Marie<br /> ↵ Dominique FIESCHI ». The analysis
  // still gives the text as written, which the server compares with the document's.)
  const written = crAsLineFeed(source);
  // (So a symbol font's bullet, a private use character, as « • »; and accents garbled by a wrong encoding, « PrĂ©sents ».)
  const text = accentsMended(symbolBullets(tagsBlanked(written)));
  const asWritten = (a: Analysis) => {
    if (text !== written) a.text = written;
    return a;
  };
  const previous = options.previous && states.get(options.previous);
  if (previous?.reusable && sameContext(previous.context, context)) {
    const kept = incremental(previous, text, context);
    if (kept) return asWritten(kept);
  }
  const index = new LineIndex(text);
  const { doc, recovered } = parseRange(text, index, undefined, undefined, lexicon(context));
  yield;
  const parts: ActPart[] = [];
  for (const view of splitActs(doc)) {
    parts.push(readAct(view, context));
    yield;
  }
  const reusable = !recovered && parts.length >= 2;
  return asWritten(assemble({ text, index, parts, context, reusable }, doc));
}

/** The analysis of a state's acts: findings silenced by their comments dropped, in the order of the text. */
function assemble(state: State, doc?: DocumentNode): Analysis {
  const { text, index, parts } = state;
  if (state.context.token.isCancellationRequested) state.reusable = false;
  const findings = parts.flatMap((p) => p.findings).filter((f) => !suppressed(text, index, f));
  findings.sort((a, b) => comparePositions(a.range.start, b.range.start));
  let acts: Model[] | undefined;
  const analysis = {
    text,
    findings,
    outline: parts.flatMap((p) => p.outline),
  } as Analysis;
  // The tree of the whole file, and the models of the acts that moved, are made when a feature asks for them.
  Object.defineProperty(analysis, 'doc', { enumerable: true, get: () => (doc ??= parseRange(text, index, undefined, undefined, lexicon(state.context)).doc) });
  Object.defineProperty(analysis, 'acts', { enumerable: true, get: () => (acts ??= parts.map((p) => modelOf(state, p))) });
  Object.defineProperty(analysis, 'model', { enumerable: true, get: () => modelOf(state, parts[0]) });
  states.set(analysis, state);
  return analysis;
}

/** The model of an act at its place in the state's text: an act that moved is parsed again alone (its lines only). */
function modelOf(state: State, part: ActPart): Model {
  if (part.model) return part.model;
  const k = state.parts.indexOf(part);
  const [lo, hi] = widen(state.parts, k, k);
  const { doc } = parseRange(state.text, state.index, state.parts[lo].first, state.parts[hi].last, lexicon(state.context));
  const found = (views: DocumentNode[]) => views.find((v) => v.range.start.line === part.first && v.range.start.character === part.column && v.range.end.line === part.last);
  // (Were the act not found there as it was, the whole text is split, so that an act is never misplaced.)
  const view = found(splitActs(doc)) ?? found(splitActs(parseRange(state.text, state.index, undefined, undefined, lexicon(state.context)).doc))!;
  part.model = model(view);
  return part.model;
}

/**
 * The analysis of `text` keeping what `previous` read of the acts the change leaves alone, or undefined when the
 * change is not one it can follow (then the whole text is analysed). The acts before the changed text are kept as
 * they are; those after it are the same text moved by a whole number of lines: their findings and outline are moved,
 * their model made again when asked for. The acts the change touches, with one act on each side (an act's start
 * looks at the lines above it), are parsed again (their lines only) and cut into acts by the same rules.
 */
function incremental(previous: State, text: string, context: Context, wide = false): Analysis | undefined {
  const old = previous.text;
  const parts = previous.parts;
  const index = new LineIndex(text);
  if (text === old) return assemble({ ...previous, index, context, text, parts: parts.slice() });
  const head = commonPrefix(old, text, Math.min(old.length, text.length));
  const tail = commonSuffix(old, text, Math.min(old.length, text.length) - head);
  const firstChanged = previous.index.lineOf(head);
  const lastChanged = previous.index.lineOf(old.length - tail);
  let a = 0;
  while (a < parts.length - 1 && parts[a].last < firstChanged) a++;
  let b = a;
  while (b < parts.length - 1 && parts[b + 1].first <= lastChanged) b++;
  const lineDelta = index.lineCount - previous.index.lineCount;
  // The act on each side is read again when the edit is near enough to move the start between them: within the
  // header lines above the first act's title (and the few lines below them that decide whether a line goes on a
  // list), or those above the next act's title (the lines looked at for its header). Further from them, the acts'
  // starts are where they were, which is checked once parsed (else both are read: `wide`).
  const lastChangedNow = index.lineOf(text.length - tail);
  const left = a > 0 && (wide || firstChanged <= parts[a].first + 2 * HEADER_LINES) ? a - 1 : a;
  let right = b + 1 < parts.length && (wide || lastChangedNow >= parts[b + 1].first + lineDelta - HEADER_LINES - 1) ? b + 1 : b;
  // (A séance's heading starts an act only with no extract's title in the lines above it: the acts that start within
  // that reach of the edit are read again too.)
  while (right + 1 < parts.length && lastChangedNow >= parts[right + 1].first + lineDelta - TITLE_REACH - 1) right++;
  // (An act that starts at a title inside the text starts only as the act before it lists those present: an edit of
  // that act, or a start put in it, may undo it. It is read again with the act before, and so is the next such one.)
  while (right + 1 < parts.length && parts[right + 1].startsInLine) right++;
  const [lo, hi] = widen(parts, left, right);
  const first = parts[lo].first;
  const last = hi + 1 < parts.length ? parts[hi + 1].first + lineDelta - 1 : index.lineCount - 1;
  if (last < first) return undefined;
  const { doc, recovered } = parseRange(text, index, first, last, lexicon(context));
  if (recovered) return undefined;
  // The range starts where an act started (the text above is the same): its first act must start there again.
  const found = actStarts(doc);
  if (lo > 0 && found[0] !== 0) return wide || lo < a ? undefined : incremental(previous, text, context, true);
  // The next act, not read again, starts where it did if the range holds an act's start (else the next act's would be
  // the file's first, which starts at line 0), what it ends with is an act (splitActs), and no line the next act's
  // header is looked for in is now a header line (a list the edit cut short leaves lines of capitals).
  if (hi + 1 < parts.length && (found.length === 0 || emptyAct(doc.lines, found[found.length - 1], doc.lines.length))) return wide ? undefined : incremental(previous, text, context, true);
  if (hi + 1 < parts.length) {
    for (let j = doc.lines.length - 1; j >= 0 && doc.lines.length - j <= HEADER_LINES; j--) {
      const l = doc.lines[j];
      if (l.type === 'blank') continue;
      if (isHeaderLine(l)) return wide ? undefined : incremental(previous, text, context, true);
      break;
    }
  }
  // The acts on each side of the change come out of it as they were (the same lines, the same text): their results
  // are kept, only the acts the change touches are modelled and checked again.
  const views = splitActs(doc);
  const read = views.map((view, k) => {
    const start = view.range.start.line, end = view.range.end.line;
    // (Each read on its own: its end, and the end of the act before it, clear.)
    if (k === 0 && lo < a && parts[lo].clearEnd && start === parts[lo].first && end === parts[lo].last) return parts[lo];
    if (k > 0 && k === views.length - 1 && hi > b && endsClear(views[k - 1]) && start === parts[hi].first + lineDelta && end === parts[hi].last + lineDelta) return movedBy(parts[hi], lineDelta, text.length !== old.length);
    return readAct(view, context);
  });
  // The range ends clear (but at the end of the file): the acts after it are read on their own.
  if (hi + 1 < parts.length && !read[read.length - 1].clearEnd) return undefined;
  const moved = parts.slice(hi + 1).map((p) => movedBy(p, lineDelta, text.length !== old.length));
  const all = [...parts.slice(0, lo), ...read, ...moved];
  if (all.length < 2) return undefined;
  return assemble({ text, index, parts: all, context, reusable: true });
}

/**
 * How many characters a and b have in common at their start (at most max): found by halves, each piece compared at
 * once (a string comparison, much faster than character by character over a register of megabytes).
 */
function commonPrefix(a: string, b: string, max: number): number {
  let lo = 0, hi = max; // the first lo characters are the same; those after hi are not all the same
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.startsWith(b.slice(lo, mid), lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The same at their end. */
function commonSuffix(a: string, b: string, max: number): number {
  let lo = 0, hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.endsWith(b.slice(b.length - mid, b.length - lo), a.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * An act after the change, moved by whole lines (a character replaced by another moves nothing): its results moved
 * with it, its model made again when asked for (its offsets or its lines are no longer those of the text).
 */
function movedBy(p: ActPart, lines: number, offsetsChanged: boolean): ActPart {
  if (lines === 0 && !offsetsChanged) return p;
  return {
    first: p.first + lines,
    last: p.last + lines,
    column: p.column,
    model: undefined,
    findings: lines === 0 ? p.findings : p.findings.map((f) => shiftFinding(f, lines)),
    outline: lines === 0 ? p.outline : p.outline.map((s) => shiftSymbol(s, lines)),
    clearEnd: p.clearEnd,
    startsInLine: p.startsInLine,
    root: p.root,
    shift: p.shift + lines,
  };
}

export function shiftRange(r: Range, lines: number): Range {
  return { start: { line: r.start.line + lines, character: r.start.character }, end: { line: r.end.line + lines, character: r.end.character } };
}

function shiftFinding(f: Finding, lines: number): Finding {
  const moved: Finding = { ...f, message: moveCitations(f.code, f.message, lines), range: shiftRange(f.range, lines) };
  if (f.related) moved.related = f.related.map((r) => (r.uri === undefined ? { ...r, range: shiftRange(r.range, lines) } : r));
  if (f.fixes) moved.fixes = f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, range: shiftRange(e.range, lines) })) }));
  return moved;
}

function shiftSymbol(s: OutlineSymbol, lines: number): OutlineSymbol {
  return { ...s, range: shiftRange(s.range, lines), selectionRange: shiftRange(s.selectionRange, lines), children: s.children.map((c) => shiftSymbol(c, lines)) };
}

/**
 * The acts of an analysis, each with its model made when asked for, and what identifies its results across analyses
 * (`root`: the act they were first made for, `shift`: the lines it has moved since): core/workspace keeps its
 * summaries by it. Undefined for an analysis that is not this module's.
 */
export function actsOf(analysis: Analysis): { model: () => Model; root: object; shift: number }[] | undefined {
  const state = states.get(analysis);
  return state?.parts.map((p) => ({ model: () => modelOf(state, p), root: p.root, shift: p.shift }));
}

/**
 * Whether a document was analysed (not refused: too large, binary). Ask this rather than whether `doc` or `acts` is
 * there: they are made when first read.
 */
export function isAnalysis(a: Partial<Analysis>): a is Analysis {
  return typeof a.text === 'string';
}

/** How many acts an analysis holds, without making their models. */
export function actCount(a: Analysis): number {
  return states.get(a)?.parts.length ?? a.acts.length;
}

/** The analysis seen from a line: its model is that of the act holding the line (for position requests). */
export function atLine(analysis: Analysis, line: number, character = 0): Analysis {
  const model = actAt(analysis, line, character);
  return model === analysis.model ? analysis : withModel(analysis, model);
}

/** The analysis with another of its acts' model as `model`; the whole tree and the other models are not made for it. */
export function withModel(analysis: Analysis, model: Model): Analysis {
  const seen = Object.create(analysis, { model: { value: model, enumerable: true } }) as Analysis;
  const state = states.get(analysis);
  if (state) states.set(seen, state);
  return seen;
}

/** The acts (their models) that hold a line of first..last: only theirs are made. */
export function actsIn(analysis: Analysis, first: number, last: number): Model[] {
  const state = states.get(analysis);
  if (!state) return analysis.acts.filter((m) => m.doc.range.start.line <= last && first <= m.doc.range.end.line);
  return state.parts.filter((p) => p.first <= last && first <= p.last).map((p) => modelOf(state, p));
}

/**
 * The act (its model) that holds a position of the file: the last that starts at or before it (two acts flattened into
 * one line share it; at a line's start, the first act of the line).
 */
export function actAt(analysis: Analysis, line: number, character = 0): Model {
  const holds = (first: number, column: number, last: number) => (first < line || (first === line && column <= character)) && line <= last;
  const last = <T>(items: T[], test: (x: T) => boolean) => {
    for (let k = items.length - 1; k >= 0; k--) if (test(items[k])) return items[k];
    return undefined;
  };
  const state = states.get(analysis);
  if (state) {
    const part = last(state.parts, (p) => holds(p.first, p.column, p.last)) ?? state.parts.find((p) => p.first <= line && line <= p.last);
    return part ? modelOf(state, part) : analysis.model;
  }
  return last(analysis.acts, (m) => holds(m.doc.range.start.line, m.doc.range.start.character, m.doc.range.end.line)) ?? analysis.model;
}
