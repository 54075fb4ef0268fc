// The checks across acts (issue « the séance and the year »): findings of one file that only the other acts of the
// workspace prove, each with a related location in the other file. `ActIndex` holds the acts' summaries
// (summary.ts) by what is compared; the CLI builds it over the files it checks, the server over the workspace.
//   - number-duplicate: a deliberation number used by two acts of the same collectivity;
//   - number-gap: a gap in a year's numbered series (2025-016, then 2025-018), of the acts the workspace holds;
//   - seance-mismatch: acts of the same séance (collectivity and date) that disagree on the members in office, the
//     presidency or the secretary;
//   - presence-continuity: a member present at one act of a séance and absent at the next (or the reverse) with no
//     arrival or departure stated; a proxy holder whose departure an earlier act of the séance states;
//   - number-order: the number just before another's in a year's series, for a later séance.
import type { Finding, Locale, Severity } from '../types';
import { CODES } from '../checks/codes';
import { formatDateFr } from '../text/dates';
import { detach } from '../text/fold';
import { agree } from '../text/agree';
import { members, type ActSummary, type DeliberationSummary, type MemberPresence, type PresenceSummary } from './summary';

/** The codes of the checks across acts (documented in docs/checks.md, turned off by `deliberation.checks`). */
export const CROSS_CODES = ['number-duplicate', 'number-gap', 'number-order', 'seance-mismatch', 'presence-continuity'] as const;

export interface FileSummary {
  uri: string;
  acts: readonly ActSummary[];
}

interface Numbered { uri: string; act: ActSummary; d: DeliberationSummary }

/** « 2025-047 », « 2025/47 », « DEL-2025-047 », « 47/2025 »: the year and the rank in its series, and how to write another. */
export type Series = { year: number; rank: number; series: string; write(rank: number): string };

/** Numbers already read: the checks compare every number of a series with the others. Bounded. */
const seriesCache = new Map<string, Series | undefined>();

export function seriesOf(number: string): Series | undefined {
  if (seriesCache.has(number)) return seriesCache.get(number);
  if (seriesCache.size >= 20_000) seriesCache.clear();
  const own = detach(number);
  const s = readSeries(own);
  seriesCache.set(own, s);
  return s;
}

function readSeries(number: string): Series | undefined {
  const m = /^(.*?)((?:19|20)\d{2})([-/_. ])(\d{1,4})$/.exec(number) ?? null;
  if (m) {
    const [, prefix, year, sep, rank] = m;
    return { year: Number(year), rank: Number(rank), series: `${prefix.toUpperCase()}|${year}|${sep}`, write: (n) => `${prefix}${year}${sep}${String(n).padStart(rank.length, '0')}` };
  }
  const r = /^(\d{1,4})([-/_. ])((?:19|20)\d{2})$/.exec(number);
  if (r) {
    const [, rank, sep, year] = r;
    return { year: Number(year), rank: Number(rank), series: `|${year}|${sep}|after`, write: (n) => `${String(n).padStart(rank.length, '0')}${sep}${year}` };
  }
  return undefined;
}

/** The most names an index shares (ActIndex `share`): far more than the members of the councils of a workspace. */
const MAX_SHARED_NAMES = 100_000;

/** How many missing ranks a gap may have before the workspace is taken to hold only part of the year. */
const MAX_GAP = 3;

const normal = (n: string) => n.replace(/\s+/g, '').toUpperCase();
const yearOf = (n: Numbered) => seriesOf(n.d.number)?.year ?? (n.act.seance ? Number(n.act.seance.date.slice(0, 4)) : undefined);

/**
 * The acts of a workspace by what the checks across acts compare: the deliberations by collectivity and number, and
 * by series; the acts by collectivity and séance. A file's entries are replaced as a whole when it changes, so that
 * a register of a year is indexed once and each keystroke costs only its own file.
 */
export class ActIndex {
  private readonly files = new Map<string, readonly ActSummary[]>();
  private readonly byNumber = new Map<string, Numbered[]>();
  private readonly bySeries = new Map<string, Numbered[]>();
  private readonly bySeance = new Map<string, { uri: string; act: ActSummary }[]>();
  private readonly keysOf = new Map<string, { map: Map<string, { uri: string }[]>; key: string }[]>();
  /** One copy of each name the summaries hold (see `share`). */
  private readonly strings = new Map<string, string>();

  constructor(files: readonly FileSummary[] = []) {
    for (const f of files) this.set(f);
  }

  get size(): number {
    return this.files.size;
  }

  set(file: FileSummary): void {
    this.delete(file.uri);
    this.share(file.acts);
    this.files.set(file.uri, file.acts);
    const keys: { map: Map<string, { uri: string }[]>; key: string }[] = [];
    const add = <T extends { uri: string }>(map: Map<string, T[]>, key: string, value: T) => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
      keys.push({ map: map as Map<string, { uri: string }[]>, key });
    };
    for (const act of file.acts) {
      const body = act.collectivity?.key;
      if (!body) continue;
      for (const d of act.deliberations) {
        const n: Numbered = { uri: file.uri, act, d };
        add(this.byNumber, `${body}|${normal(d.number)}`, n);
        const s = seriesOf(d.number);
        if (s) add(this.bySeries, `${body}|${s.series}`, n);
      }
      if (act.seance) add(this.bySeance, `${body}|${act.seance.date}`, { uri: file.uri, act });
    }
    this.keysOf.set(file.uri, keys);
  }

  /**
   * The names of an act's summary (its members, their keys, the collectivity, the presidency) replaced by the copy the
   * index already holds of the same name: the acts of a council name the same members in every act, and a summary
   * that comes from a worker (`delib check`) or from a clone (summary.ts) holds its own copies. Those of 10 000 acts
   * of a year weighed some 50 MB in `delib check`; shared, a few. The map is emptied when it grows past its bound (a
   * name then kept twice, never a wrong one). `set` does it.
   */
  share(acts: readonly ActSummary[]): void {
    const strings = this.strings;
    const one = (s: string): string => {
      const known = strings.get(s);
      if (known !== undefined) return known;
      if (strings.size >= MAX_SHARED_NAMES) strings.clear();
      strings.set(s, s);
      return s;
    };
    for (const act of acts) {
      const p = act.presence;
      if (p) {
        for (let i = 0; i < p.keys.length; i++) p.keys[i] = one(p.keys[i]);
        for (let i = 0; i < p.names.length; i++) p.names[i] = one(p.names[i]);
      }
      for (const x of [act.collectivity, act.president, act.secretary]) {
        if (!x) continue;
        x.name = one(x.name);
        x.key = one(x.key);
      }
    }
  }

  delete(uri: string): void {
    for (const { map, key } of this.keysOf.get(uri) ?? []) {
      const kept = (map.get(key) ?? []).filter((x) => x.uri !== uri);
      if (kept.length) map.set(key, kept);
      else map.delete(key);
    }
    this.keysOf.delete(uri);
    this.files.delete(uri);
    if (this.files.size === 0) this.strings.clear();
  }

  /**
   * The next free number of each series of a collectivity (the highest rank of the year, plus one): what completion
   * offers after « Délibération n° ». Only series of `year` when given.
   */
  nextNumbers(collectivityKey: string, year?: number): string[] {
    const out: string[] = [];
    for (const [key, list] of this.bySeries) {
      if (!key.startsWith(`${collectivityKey}|`) || list.length === 0) continue;
      const s = seriesOf(list[0].d.number)!;
      if (year !== undefined && s.year !== year) continue;
      const top = Math.max(...list.map((n) => seriesOf(n.d.number)!.rank));
      out.push(s.write(top + 1));
    }
    return out.sort();
  }

  /**
   * The files that share a number, a series or a séance with this one: the only ones whose findings across acts a
   * change to it can change (compare them before and after the change).
   */
  related(uri: string): Set<string> {
    const out = new Set<string>();
    for (const { map, key } of this.keysOf.get(uri) ?? []) for (const x of map.get(key) ?? []) if (x.uri !== uri) out.add(x.uri);
    return out;
  }

  /**
   * Makes `change` to the entries of file `uri` (set, delete), and gives the other files whose findings across acts
   * it may have changed: none when what the checks compare of the file is the same (`signature`), else those related
   * to it before or after.
   */
  affectedBy(uri: string, change: () => void): Set<string> {
    const before = this.signature(uri);
    const related = this.related(uri);
    change();
    if (this.signature(uri) === before) return new Set();
    for (const u of this.related(uri)) related.add(u);
    return related;
  }

  /**
   * What the checks across acts compare of a file, without places: it changes when a number, a date, a count or a
   * name does, not when a line is typed above them.
   */
  signature(uri: string): string {
    const acts = this.files.get(uri);
    if (!acts) return '';
    return JSON.stringify(acts.map((a) => [a.collectivity?.key, a.seance?.date, a.membersInOffice?.value, a.president?.key, a.secretary?.key, a.deliberations.map((d) => d.number), a.presence && [a.presence.keys, [...a.presence.flags]]]));
  }

  /**
   * The findings across acts of one file of the index, in the locale; `severities` as the setting
   * `deliberation.checks` gives them (a code `off` is not reported).
   */
  findings(uri: string, locale: Locale = 'fr', severities: Record<string, Severity | 'off'> = {}): Finding[] {
    const acts = this.files.get(uri);
    if (!acts) return [];
    const t = (fr: string, en: string) => (locale === 'en' ? en : fr);
    const out: Finding[] = [];
    const report = (code: string, range: Finding['range'], message: string, related: NonNullable<Finding['related']>) => {
      const severity = severities[code] ?? (CODES[code].severity as Severity);
      if (severity !== 'off') out.push({ code, severity, range, message, related });
    };
    const at = (n: { uri: string }) => (n.uri === uri ? {} : { uri: n.uri });
    for (const act of acts) {
      const body = act.collectivity?.key;
      if (!body) continue;
      for (const d of act.deliberations) {
        const me: Numbered = { uri, act, d };
        // number-duplicate: the same number, the same body, the same year (a number without a year starts again each year).
        const twin = (this.byNumber.get(`${body}|${normal(d.number)}`) ?? []).find((n) => n.d !== d && yearOf(n) !== undefined && yearOf(n) === yearOf(me));
        if (twin) {
          const what = `n°${twin.d.number}${twin.d.title ? ` – ${twin.d.title}` : ''}`;
          report('number-duplicate', d.range, t(`Délibération n°${d.number} : ce numéro est aussi celui d’un autre acte de la même collectivité.`, `Deliberation no. ${d.number}: another act of the same collectivity has this number too.`), [
            { ...at(twin), range: twin.d.range, message: what },
          ]);
        }
        // number-gap: the ranks just below this one are in no act, though an earlier rank of the series is.
        const s = seriesOf(d.number);
        if (!s) continue;
        const series = this.bySeries.get(`${body}|${s.series}`) ?? [];
        let previous: Numbered | undefined;
        for (const n of series) {
          const r = seriesOf(n.d.number)!.rank;
          if (r < s.rank && (!previous || r > seriesOf(previous.d.number)!.rank)) previous = n;
        }
        if (!previous) continue;
        // number-order: the number just before this one is of a later séance (said once, at the inversion).
        const later = previous.act.seance && act.seance && previous.act.seance.date > act.seance.date ? previous : undefined;
        if (later) {
          const [mine, theirs] = [act.seance!.date, later.act.seance!.date].map((x) => dateInWords(x, locale));
          report('number-order', d.range, t(`Délibération n°${d.number} du ${mine} : le n°${later.d.number}, qui la précède, est d’une séance postérieure (${theirs}).`, `Deliberation no. ${d.number} of ${mine}: no. ${later.d.number}, the number before it, is of a later séance (${theirs}).`), [
            { ...at(later), range: later.d.range, message: `n°${later.d.number} (${theirs})` },
          ]);
        }
        const p = seriesOf(previous.d.number)!.rank;
        const missing = s.rank - p - 1;
        if (missing < 1 || missing > MAX_GAP) continue;
        const gap = missing === 1 ? s.write(p + 1) : `${s.write(p + 1)} ${t('à', 'to')} ${s.write(s.rank - 1)}`;
        report('number-gap', d.range, t(`Numéro${missing > 1 ? 's' : ''} ${gap} dans aucun acte de l’espace de travail (n°${previous.d.number}, puis n°${d.number}).`, `Number${missing > 1 ? 's' : ''} ${gap} in no act of the workspace (no. ${previous.d.number}, then no. ${d.number}).`), [
          { ...at(previous), range: previous.d.range, message: `n°${previous.d.number}` },
        ]);
      }
      if (!act.seance) continue;
      const seance = this.bySeance.get(`${body}|${act.seance.date}`) ?? [];
      // presence-continuity: against the act just before this one in the séance's order (by number).
      const before = previousInSeance(act, seance);
      if (before && act.presence && before.act.presence) {
        const theirs = unique(before.act.presence);
        for (const m of members(act.presence)) {
          const p = theirs.get(m.key);
          if (!p || p.last === m.first || p.moved || m.moved) continue;
          const n = firstNumber(before.act);
          const [present, absent] = [agree(m.gender, ['présent', 'présente', 'présent·e']), agree(p.gender, ['absent', 'absente', 'absent·e'])];
          const [absentHere, presentThere] = [agree(m.gender, ['absent', 'absente', 'absent·e']), agree(p.gender, ['présent', 'présente', 'présent·e'])];
          report('presence-continuity', m.range, m.first
            ? t(`${m.name} est ${present} ici, mais ${absent} à la fin de la délibération précédente de la séance (n°${n}) ; aucune arrivée n’est mentionnée.`, `${m.name} is present here but was absent at the end of the séance’s previous deliberation (no. ${n}); no arrival is stated.`)
            : t(`${m.name} est ${absentHere} ici, mais ${presentThere} à la délibération précédente de la séance (n°${n}) ; aucun départ n’est mentionné.`, `${m.name} is absent here but present at the séance’s previous deliberation (no. ${n}); no departure is stated.`), [
            { ...at(before), range: p.range, message: `${p.name} (n°${n})` },
          ]);
        }
      }
      // presence-continuity: a proxy holder here whose departure an earlier act of the séance states (and none after it shows back).
      if (act.presence) {
        for (const m of members(act.presence)) {
          if (!m.holds) continue;
          const seen = lastSeen(act, m.key, seance);
          if (!seen || seen.p.last || !seen.p.moved) continue;
          const n = firstNumber(seen.act);
          report('presence-continuity', m.range, t(`${m.name} détient un pouvoir ici, mais son départ de la séance est mentionné à la délibération n°${n}, sans retour mentionné depuis.`, `${m.name} holds a proxy here, but leaving the séance is stated at deliberation no. ${n}, with no return stated since.`), [
            { ...at(seen), range: seen.p.range, message: `${seen.p.name} (n°${n})` },
          ]);
        }
      }
      // seance-mismatch: another act of the same séance that says otherwise; when most of the séance's acts agree,
      // only those that differ from them are told (one wrong act, one finding).
      const fields = [
        { key: (x: ActSummary) => x.membersInOffice && String(x.membersInOffice.value), place: (x: ActSummary) => x.membersInOffice?.range, mine: (v: string, o: string) => t(`${v} membres en exercice ; un autre acte de la même séance en déclare ${o}.`, `${v} members in office; another act of the same séance states ${o}.`), theirs: (o: string) => t(`${o} en exercice`, `${o} in office`), show: (x: ActSummary) => String(x.membersInOffice?.value) },
        ...([['president', 'Présidence', 'Presidency'], ['secretary', 'Secrétaire de séance', 'Secretary']] as const).map(([k, fr, en]) => ({
          key: (x: ActSummary) => x[k]?.key, place: (x: ActSummary) => x[k]?.range,
          mine: (v: string, o: string) => t(`${fr} : ${v} ; un autre acte de la même séance nomme ${o}.`, `${en}: ${v}; another act of the same séance names ${o}.`),
          theirs: (o: string) => o, show: (x: ActSummary) => x[k]?.name ?? '',
        })),
      ];
      for (const f of fields) {
        const mine = f.key(act);
        if (mine === undefined) continue;
        const counts = new Map<string, number>();
        for (const x of seance) {
          const v = f.key(x.act);
          if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
        }
        if (counts.size < 2) continue;
        const most = Math.max(...counts.values());
        if (counts.get(mine) === most && [...counts.values()].filter((n) => n === most).length === 1) continue;
        // The act to point at: one of the most common value but mine.
        const best = [...counts].filter(([v]) => v !== mine).sort((x, y) => y[1] - x[1])[0][0];
        const other = seance.find((x) => f.key(x.act) === best)!;
        report('seance-mismatch', f.place(act)!, f.mine(f.show(act), f.show(other.act)), [{ ...at(other), range: f.place(other.act)!, message: f.theirs(f.show(other.act)) }]);
      }
    }
    return out;
  }
}

/** The rank of an act's first or last deliberation in its year's series, and the series. */
function rankOf(act: ActSummary, which: 'first' | 'last'): { series: string; rank: number } | undefined {
  const ranks = act.deliberations.flatMap((d) => {
    const s = seriesOf(d.number);
    return s ? [s] : [];
  });
  const s = which === 'first' ? ranks[0] : ranks.at(-1);
  return s && { series: s.series, rank: s.rank };
}

const firstNumber = (act: ActSummary) => act.deliberations[0]?.number ?? '?';

/** The act of the séance whose last number comes just before this act's first, in the same series. */
function previousInSeance<T extends { act: ActSummary }>(act: ActSummary, seance: readonly T[]): T | undefined {
  const mine = rankOf(act, 'first');
  if (!mine) return undefined;
  let best: { x: T; rank: number } | undefined;
  for (const x of seance) {
    const r = x.act === act ? undefined : rankOf(x.act, 'last');
    if (r && r.series === mine.series && r.rank < mine.rank && (!best || r.rank > best.rank)) best = { x, rank: r.rank };
  }
  return best?.x;
}

/** The latest act of the séance before this one that lists the member, with the member as it lists them. */
function lastSeen<T extends { act: ActSummary }>(act: ActSummary, key: string, seance: readonly T[]): (T & { p: MemberPresence }) | undefined {
  let at: T = { act } as T;
  for (;;) {
    const before = previousInSeance(at.act, seance);
    if (!before) return undefined;
    const p = before.act.presence && unique(before.act.presence).get(key);
    if (p) return { ...before, p };
    if (!before.act.presence) return undefined;
    at = before;
  }
}

/** The members by key, those whose key two members share left out (homonyms are not compared). */
function unique(presence: PresenceSummary): Map<string, MemberPresence> {
  const out = new Map<string, MemberPresence>();
  const twice = new Set<string>();
  for (const m of members(presence)) {
    if (out.has(m.key)) twice.add(m.key);
    out.set(m.key, m);
  }
  for (const k of twice) out.delete(k);
  return out;
}

function dateInWords(iso: string, locale: Locale): string {
  const [year, month, day] = iso.split('-').map(Number);
  return locale === 'en' ? iso : formatDateFr({ year, month, day });
}
