// The communes of France: an index loaded once per process, a lookup that classifies a commune name written by a
// drafter (exact, former, misspelled or unknown), territory inference and completion candidates.
// Pure apart from node:fs (and node:path) used to find and read the index. See docs/communes.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { foldAccents } from '../text/fold';

// ---------------------------------------------------------------------------------------------------------------
// Public types

export interface Commune {
  name: string;
  /** INSEE code. */
  code: string;
  departement: string;
  population?: number;
  /** SIREN of the EPCI à fiscalité propre, if any. */
  epci?: string;
}

export type FormerKind = 'deleguee' | 'associee' | 'ancienne' | 'derivee';

/** A name that is no longer an official commune name: delegated or associated commune, merged or renamed commune. */
export interface FormerCommune {
  name: string;
  kind: FormerKind;
  /** INSEE code of the current commune it belongs to. */
  current: string;
}

export interface Epci {
  siren: string;
  name: string;
  members: Commune[];
}

export interface Departement {
  code: string;
  name: string;
}

export interface Territory {
  /** SIREN of the EPCI. */
  epci?: string;
  /** Code of the département. */
  departement?: string;
}

export type SpellingReason = 'case' | 'accents' | 'hyphens' | 'abbreviation' | 'letters';

export type CommuneMatch =
  | { kind: 'exact'; commune: Commune }
  /** `reason` is set when the written name itself differs from the former name. */
  | { kind: 'former'; commune: FormerCommune; current: Commune; reason?: SpellingReason }
  | { kind: 'spelling'; written: string; official: Commune; reason: SpellingReason }
  /** `shortOf`: the name is the first words of a commune of the territory (« CISSAC » for Cissac-Médoc), a short form. */
  | { kind: 'unknown'; shortOf?: Commune };

/**
 * The commune of today a match designates: the one written, or its official spelling; with `former`, also the
 * commune a former commune merged into.
 */
export function matchedCommune(m: CommuneMatch, options: { former?: boolean } = {}): Commune | undefined {
  if (m.kind === 'exact') return m.commune;
  if (m.kind === 'spelling') return m.official;
  return m.kind === 'former' && options.former ? m.current : undefined;
}

/**
 * The compact index written to dist/data/communes.json by scripts/build-communes.mjs. Columns of strings joined with
 * '|' rather than one record per commune (JSON.parse is several times faster on a few long strings than on 40 000 small
 * arrays), sorted by normalized name so that lookups are binary searches and no map has to be built at load time.
 */
export interface CompactCommuneData {
  source: string;
  departements: [code: string, name: string][];
  epci: [siren: string, name: string][];
  /** The current communes, sorted by key (normalizeName of the name), then by decreasing population. */
  communes: {
    keys: string;
    names: string;
    /** The 5-character INSEE codes, concatenated. */
    codes: string;
    departements: string;
    /** null when unknown. */
    population: (number | null)[];
    /** Index into `epci`, -1 for the few communes in none. */
    epci: number[];
  };
  /** The former names, sorted by key. */
  formers: {
    keys: string;
    names: string;
    /** Index of the current commune in `communes`. */
    current: number[];
    /** One letter per former name, see FORMER_KINDS. */
    kinds: string;
  };
}

const FORMER_KINDS: Record<string, FormerKind> = { d: 'deleguee', a: 'associee', h: 'ancienne', r: 'derivee' };

export interface CommuneIndex {
  /** The data package and version the index was built from. */
  readonly source: string;
  /** The current communes, in the order of their normalized names. */
  readonly communes: readonly Commune[];
  readonly departements: readonly Departement[];
  byCode(code: string): Commune | undefined;
  epci(siren: string): Epci | undefined;
  departement(code: string): Departement | undefined;
  lookup(name: string, territory?: Territory): CommuneMatch;
  inferTerritory(names: readonly string[]): Territory;
  findEpciByName(text: string): string | undefined;
  findDepartementByName(text: string): string | undefined;
  complete(prefix: string, territory?: Territory, limit?: number): Commune[];
  population(commune: Commune | string): number | undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Names

const SEPARATORS = /[\s\-‐‑‒–—'’ʼ`´.,()]+/g;
/** The ligatures a name may be written with or without. */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Lower-case text without accents nor ligatures. */
function fold(lower: string): string {
  return foldAccents(lower).replace(/[œæß]/g, (c) => LIGATURES[c]);
}

/**
 * The comparison key of a name: lower case, no accents, œ/æ spelled out, any run of spaces, hyphens and apostrophes
 * as one space, St/Ste as Saint/Sainte, S/ as sur.
 */
export function normalizeName(s: string): string {
  // (« BEAULIEU S/ LAYON », « DENEZÉ S/S DOUÉ »: « S/ » for « sur », « S/S » for « sous », as tables abbreviate them.)
  const key = fold(s.toLowerCase()).replace(/(^|\s)s\/s(?=\s|$)/g, '$1sous').replace(/(^|\s)s\/(?=\s|$)/g, '$1sur').replace(SEPARATORS, ' ').trim();
  return key.includes('st') ? key.replace(/\bste?\b/g, (w) => (w === 'st' ? 'saint' : 'sainte')) : key;
}

/**
 * What counts as the same spelling: typographic apostrophes, extra spaces and a ligature spelled out (« Courceboeufs »
 * for Courcebœufs, as a keyboard writes it) are not spelling differences.
 */
export function canonical(s: string): string {
  return s.replace(/[’ʼ]/g, "'").replace(/[œŒæÆ]/g, (c) => ({ œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE' })[c]!).replace(/\s+/g, ' ').trim();
}

/** The largest kind of difference between a written name and an official one of the same normalized key. */
function spellingReason(written: string, official: string): SpellingReason {
  const lower = (s: string) => canonical(s).toLowerCase();
  const plain = (s: string) => fold(lower(s));
  const spaced = (s: string) => plain(s).replace(SEPARATORS, ' ').trim();
  if (lower(written) === lower(official)) return 'case';
  if (plain(written) === plain(official)) return 'accents';
  return spaced(written) === spaced(official) ? 'hyphens' : 'abbreviation';
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), or max + 1 beyond max. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/** How many letters may differ for a name to count as misspelled: none under 4 letters, 1 under 8, else 2. */
function maxLetterErrors(key: string): number {
  const letters = key.replace(/ /g, '').length;
  return letters < 4 ? 0 : letters < 8 ? 1 : 2;
}

// ---------------------------------------------------------------------------------------------------------------
// The index

/** A current commune under its name, or under one of its former names. */
interface Entry {
  commune: Commune;
  former?: FormerCommune;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The first index of a sorted array whose value is not below `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The words that link those of a commune's name (« Gevigney-et-Mercey », « Châtillon-sur-Seine »). */
const LINKS = ['et', 'sur', 'sous', 'en', 'les', 'lez'];
const byPopulation = (a: Commune, b: Commune) => (b.population ?? 0) - (a.population ?? 0);

// Words that do not identify an EPCI: legal forms, their abbreviations and articles.
const EPCI_NOISE = new Set(
  'communaute urbaine agglomeration agglo communes metropole cu ca cc ept de du des la le les l d et'.split(' '),
);

const LEGAL_FORM = /\b(?:communaute|agglomeration|agglo|metropole|cu|ca|cc)\b/;

function epciTokens(text: string): string[] {
  return normalizeName(text)
    .split(' ')
    .filter((w) => w && !EPCI_NOISE.has(w));
}

export function createCommuneIndex(data: CompactCommuneData): CommuneIndex {
  const epcis: Epci[] = data.epci.map(([siren, name]) => ({ siren, name, members: [] }));
  const epciBySiren = new Map(epcis.map((e) => [e.siren, e]));
  const departements: Departement[] = data.departements.map(([code, name]) => ({ code, name }));
  const departementByCode = new Map(departements.map((d) => [d.code, d]));

  const c = data.communes;
  const keys = c.keys.split('|');
  const deps = c.departements.split('|');
  const communes = c.names.split('|').map(
    (name, i): Commune => ({
      name,
      code: c.codes.slice(5 * i, 5 * i + 5),
      departement: deps[i],
      population: c.population[i] ?? undefined,
      epci: epcis[c.epci[i]]?.siren,
    }),
  );
  communes.forEach((commune, i) => epcis[c.epci[i]]?.members.push(commune));
  const f = data.formers;
  const formerKeys = f.keys.split('|');
  const formers = f.names.split('|').map((name, i): Entry => {
    const commune = communes[f.current[i]];
    return { commune, former: { name, kind: FORMER_KINDS[f.kinds[i]], current: commune.code } };
  });
  // Built on first use.
  let byCode: Map<string, Commune> | undefined;
  let byDepartement: Map<string, Commune[]> | undefined;
  let formersOf: Map<Commune, Entry[]> | undefined;

  function communeByCode(code: string): Commune | undefined {
    return (byCode ??= new Map(communes.map((c) => [c.code, c]))).get(code);
  }

  /** The current communes, then the former names, whose key is `key`. */
  function named(key: string): Entry[] {
    const out: Entry[] = [];
    for (let i = lowerBound(keys, key); keys[i] === key; i++) out.push({ commune: communes[i] });
    for (let i = lowerBound(formerKeys, key); formerKeys[i] === key; i++) out.push(formers[i]);
    return out;
  }

  const inEpci = (c: Commune, t?: Territory) => !!t?.epci && c.epci === t.epci;
  const inDepartement = (c: Commune, t?: Territory) => !!t?.departement && c.departement === t.departement;
  /** Current names before former ones, then the most populous. */
  const compareEntries = (a: Entry, b: Entry) =>
    Number(!!a.former) - Number(!!b.former) || byPopulation(a.commune, b.commune);
  const best = (list: Entry[]) => list.reduce((a, b) => (compareEntries(a, b) <= 0 ? a : b));
  const nameOf = (e: Entry) => e.former?.name ?? e.commune.name;

  function toMatch(entry: Entry, written: string, reason?: SpellingReason): CommuneMatch {
    const { commune, former } = entry;
    if (former) return { kind: 'former', commune: former, current: commune, ...(reason && { reason }) };
    return reason ? { kind: 'spelling', written, official: commune, reason } : { kind: 'exact', commune };
  }

  /** The single name (current or former) of the given communes closest to the key within a few letters. */
  function closest(key: string, members: readonly Commune[]): Entry | undefined {
    if (!formersOf) {
      formersOf = new Map();
      for (const e of formers) pushTo(formersOf, e.commune, e);
    }
    let found: Entry[] = [];
    let bestDistance = maxLetterErrors(key);
    for (const commune of members) {
      for (const entry of [{ commune }, ...(formersOf.get(commune) ?? [])]) {
        const d = editDistance(key, normalizeName(nameOf(entry)), bestDistance);
        if (d > bestDistance) continue;
        if (d < bestDistance) found = [];
        bestDistance = d;
        found.push(entry);
      }
    }
    return found.length === 1 ? found[0] : undefined;
  }

  function departementCommunes(code: string): Commune[] {
    if (!byDepartement) {
      byDepartement = new Map();
      for (const commune of communes) pushTo(byDepartement, commune.departement, commune);
    }
    return byDepartement.get(code) ?? [];
  }

  function lookup(name: string, territory?: Territory): CommuneMatch {
    if (INVERTED_ARTICLE.test(name)) return lookup(articleFirst(name), territory);
    const written = canonical(name);
    const key = normalizeName(written);
    const candidates = key ? named(key) : [];
    // From the narrowest scope to the whole of France: the exact spelling, else the same normalized form.
    const scopes = [
      ...(territory?.epci ? [(e: Entry) => inEpci(e.commune, territory)] : []),
      ...(territory?.departement ? [(e: Entry) => inDepartement(e.commune, territory)] : []),
      () => true,
    ];
    for (const inScope of scopes) {
      const inside = candidates.filter(inScope);
      const exact = inside.filter((e) => canonical(nameOf(e)) === written);
      if (exact.length) return toMatch(best(exact), written);
      if (inside.length) {
        const entry = best(inside);
        return toMatch(entry, written, spellingReason(written, nameOf(entry)));
      }
    }
    // « CISSAC », « LESPARRE » for Cissac-Médoc, Lesparre-Médoc: the first words of a commune of the territory, the
    // short form used on the spot, before a commune a few letters off (« Cessac »).
    if (key) {
      for (const members of [territory?.epci ? epciBySiren.get(territory.epci)?.members ?? [] : [], territory?.departement ? departementCommunes(territory.departement) : []]) {
        const short = members.filter((c) => normalizeName(c.name).startsWith(`${key} `));
        if (short.length === 1) return { kind: 'unknown', shortOf: short[0] };
      }
    }
    // A few letters off: only among the communes of the territory, where the candidates are few.
    if (maxLetterErrors(key) > 0) {
      const lists = [
        territory?.epci ? epciBySiren.get(territory.epci)?.members ?? [] : [],
        territory?.departement ? departementCommunes(territory.departement) : [],
      ];
      for (const members of lists) {
        const entry = closest(key, members);
        if (entry) return toMatch(entry, written, 'letters');
      }
    }
    // « Julien en St Alban » for Saint-Julien-en-Saint-Alban: the first word « Saint » left out, in the territory only,
    // and of a name of several words (« Martin » is a surname before it is Saint-Martin).
    if (key.includes(' ') && !/^saint/.test(key)) {
      for (const members of [territory?.epci ? epciBySiren.get(territory.epci)?.members ?? [] : [], territory?.departement ? departementCommunes(territory.departement) : []]) {
        const found = members.filter((c) => { const k = normalizeName(c.name); return k === `saint ${key}` || k === `sainte ${key}`; });
        if (found.length === 1) return toMatch({ commune: found[0] }, written, 'letters');
      }
    }
    // « GEVIGNEY – MERCEY » for Gevigney-et-Mercey: the words of a name with a linking word left out between two of
    // them, one commune of France only.
    const words = key.split(' ');
    if (words.length >= 2 && words.length <= 6) {
      const found = new Set<Commune>();
      for (let i = 1; i < words.length; i++) {
        for (const link of LINKS) {
          for (const e of named([...words.slice(0, i), link, ...words.slice(i)].join(' '))) if (!e.former) found.add(e.commune);
        }
      }
      if (found.size === 1) return toMatch({ commune: [...found][0] }, written, 'letters');
    }
    return { kind: 'unknown' };
  }

  function inferTerritory(names: readonly string[]): Territory {
    const epciVotes = new Map<string, number>();
    const matched: Commune[][] = [];
    for (const name of names) {
      const key = normalizeName(name);
      const candidates = [...new Set(named(key).map((e) => e.commune))];
      if (!candidates.length) continue;
      matched.push(candidates);
      const sirens = new Set(candidates.map((c) => c.epci).filter((s): s is string => !!s));
      for (const s of sirens) epciVotes.set(s, (epciVotes.get(s) ?? 0) + 1 / sirens.size);
    }
    const epci = [...epciVotes].sort((a, b) => b[1] - a[1])[0]?.[0];
    // The département: the most frequent among the named communes (those of the EPCI when there is one).
    const depVotes = new Map<string, number>();
    for (const candidates of matched) {
      const inTerritory = epci ? candidates.filter((c) => c.epci === epci) : candidates;
      for (const c of inTerritory) {
        depVotes.set(c.departement, (depVotes.get(c.departement) ?? 0) + 1 / inTerritory.length);
      }
    }
    const departement = [...depVotes].sort((a, b) => b[1] - a[1])[0]?.[0];
    const territory: Territory = {};
    if (epci) territory.epci = epci;
    if (departement) territory.departement = departement;
    return territory;
  }

  /**
   * The EPCI whose distinctive words (its name without legal form and articles) occur in order in the text, the one
   * with the most such words. A one-word name ("Métropole de Lyon") also needs a legal form in the text.
   */
  // The distinctive words of each EPCI's name, made at the first search by name (it runs on every keystroke of a
  // document whose lists do not give its territory).
  let epciNames: { e: Epci; tokens: string[] }[] | undefined;
  function findEpciByName(text: string): string | undefined {
    const words = ` ${epciTokens(text).join(' ')} `;
    const hasLegalForm = LEGAL_FORM.test(normalizeName(text));
    const population = (e: Epci) => e.members.reduce((sum, c) => sum + (c.population ?? 0), 0);
    let found: Epci | undefined;
    let foundLength = 0;
    epciNames ??= epcis.map((e) => ({ e, tokens: epciTokens(e.name) }));
    for (const { e, tokens } of epciNames) {
      if (!tokens.length || (tokens.length === 1 && !hasLegalForm) || tokens.length < foundLength) continue;
      if (!words.includes(` ${tokens.join(' ')} `)) continue;
      if (tokens.length > foundLength || population(e) > population(found!)) found = e;
      foundLength = tokens.length;
    }
    return found?.siren;
  }

  function findDepartementByName(text: string): string | undefined {
    const key = normalizeName(text).replace(/^(?:departement )?(?:le |la |les |l |du |de |des |d )?/, '');
    return departements.find((d) => normalizeName(d.name) === key || d.code.toLowerCase() === key)?.code;
  }

  // The words after the first of every name (« valentin » of « ecole valentin »), sorted, built on first use:
  // completion on a word start is then a binary search, not a scan of every name.
  let wordStarts: { keys: string[]; at: number[] } | undefined;
  function wordStartIndex() {
    if (!wordStarts) {
      const pairs: [string, number][] = [];
      keys.forEach((k, i) => {
        for (let j = k.indexOf(' '); j >= 0; j = k.indexOf(' ', j + 1)) pairs.push([k.slice(j + 1), i]);
      });
      pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      wordStarts = { keys: pairs.map((x) => x[0]), at: pairs.map((x) => x[1]) };
    }
    return wordStarts;
  }

  function complete(prefix: string, territory?: Territory, limit = 50): Commune[] {
    const p = normalizeName(prefix);
    const hits = new Map<Commune, number>(); // 0: the name starts with the prefix, 1: one of its words does
    if (!p) {
      // Nothing typed yet: the territory's communes, not the 35 000 of France.
      const members = territory?.epci ? epciBySiren.get(territory.epci)?.members ?? [] : [];
      const pool = members.length ? members : communes.filter((c) => inDepartement(c, territory));
      for (const c of pool) hits.set(c, 0);
    }
    for (let i = lowerBound(keys, p); p && i < keys.length && keys[i].startsWith(p); i++) hits.set(communes[i], 0);
    if (p) {
      const ws = wordStartIndex();
      for (let i = lowerBound(ws.keys, p); i < ws.keys.length && ws.keys[i].startsWith(p); i++) {
        const c = communes[ws.at[i]];
        if (!hits.has(c)) hits.set(c, 1);
      }
    }
    const rank = (c: Commune) => (inEpci(c, territory) ? 0 : inDepartement(c, territory) ? 1 : 2);
    return [...hits]
      .sort(([a, wa], [b, wb]) => rank(a) - rank(b) || wa - wb || byPopulation(a, b))
      .slice(0, limit)
      .map(([c]) => c);
  }

  return {
    source: data.source,
    communes,
    departements,
    byCode: communeByCode,
    epci: (siren) => epciBySiren.get(siren),
    departement: (code) => departementByCode.get(code),
    lookup,
    inferTerritory,
    findEpciByName,
    findDepartementByName,
    complete,
    population: (commune) => (typeof commune === 'string' ? communeByCode(commune) : commune)?.population,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Building the compact data from @etalab/decoupage-administratif (used by scripts/build-communes.mjs and as the
// fallback when running from the sources)

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  population?: number;
  chefLieu?: string;
  anciensCodes?: string[];
}

export interface CommuneSources {
  /** e.g. "@etalab/decoupage-administratif@6.0.0" */
  source: string;
  communes: RawCommune[];
  epci: { code: string; nom: string; membres: { code: string }[] }[];
  departements: { code: string; nom: string }[];
  /** Names from earlier vintages of the package: [code, name, code of the commune it went to or null]. */
  history?: [code: string, name: string, successor: string | null][];
}

/** Words that are not a name on their own. */
const GENERIC = /^(?:saint|sainte|notre|notre dame|la|le|les|l)$/;

/** The ways to split "A-B" or "A et B" into two names (joined: by « et »): each side starts with, and A ends with, a capitalized word. */
function splits(name: string): [left: string, right: string, joined: boolean][] {
  const out: [string, string, boolean][] = [];
  for (const m of name.matchAll(/ et | - |-/g)) {
    const [left, right] = [name.slice(0, m.index), name.slice(m.index! + m[0].length)];
    if (/^\p{Lu}/u.test(right) && /(?:^|[\s'-])\p{Lu}[^\s'-]*$/u.test(left)) out.push([left, right, m[0] === ' et ']);
  }
  return out;
}

export function compactCommuneData(src: CommuneSources): CompactCommuneData {
  const current = src.communes.filter((c) => c.type === 'commune-actuelle');
  const byCode = new Map(current.map((c) => [c.code, c]));
  const absorbedBy = new Map<string, string>();
  for (const c of current) for (const old of c.anciensCodes ?? []) absorbedBy.set(old, c.code);
  /** The current commune of an old code, following a successor hint once. */
  const resolve = (code: string, successor?: string | null): string | undefined =>
    byCode.has(code) ? code : absorbedBy.get(code) ?? (successor ? resolve(successor) : undefined);

  const formers: [name: string, current: string, kind: FormerKind][] = [];
  const seen = new Set(current.map((c) => `${normalizeName(c.nom)}|${c.code}`));
  const addFormer = (name: string, code: string | undefined, kind: FormerKind) => {
    const id = `${normalizeName(name)}|${code}`;
    if (!code || seen.has(id)) return;
    seen.add(id);
    formers.push([name, code, kind]);
  };
  for (const c of src.communes) {
    if (c.type === 'commune-deleguee' || c.type === 'commune-associee') {
      addFormer(c.nom, resolve(c.chefLieu ?? c.code), c.type === 'commune-deleguee' ? 'deleguee' : 'associee');
    }
  }
  for (const [code, name, successor] of src.history ?? []) addFormer(name, resolve(code, successor), 'ancienne');

  // "A-B" formed by merging A and B, where only B's name is known: A is the former name of the commune. B may be
  // the short form of the known name (« Chemaudin et Vaux » from Chemaudin and Vaux-les-Prés).
  const formerNames = new Map<string, Set<string>>();
  for (const [name, code] of formers) {
    formerNames.set(code, (formerNames.get(code) ?? new Set()).add(normalizeName(name)));
  }
  for (const c of current) {
    const known = formerNames.get(c.code);
    if (!known || !c.anciensCodes?.length) continue;
    for (const [left, right, joined] of splits(c.nom)) {
      for (const [part, other] of [[left, right], [right, left]]) {
        const key = normalizeName(part);
        const o = normalizeName(other);
        // A short form only where « et » joins two names (a hyphen also joins the words of one name: « Saint-Sauveur-
        // Villages »); it must be a name of its own (not « Saint »), and the part derived must not itself be the
        // short form of a known name.
        const short = joined && o.length >= 4 && !GENERIC.test(o) && [...known].some((k) => k.startsWith(`${o} `)) && ![...known].some((k) => k.startsWith(`${key} `));
        if ((known.has(o) || short) && key.length >= 4 && !GENERIC.test(key)) {
          addFormer(part, c.code, 'derivee');
        }
      }
    }
  }

  const epciIndex = new Map<string, number>();
  src.epci.forEach((e, i) => e.membres.forEach((m) => epciIndex.set(m.code, i)));
  const communes = current
    .map((c) => ({ ...c, key: normalizeName(c.nom) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : (b.population ?? 0) - (a.population ?? 0)));
  const position = new Map(communes.map((c, i) => [c.code, i]));
  const former = formers
    .map(([name, code, kind]) => ({ name, kind, key: normalizeName(name), current: position.get(code)! }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const joined = (values: string[]) => {
    const bad = values.find((v) => v.includes('|'));
    if (bad) throw new Error(`Unexpected '|' in ${bad}`);
    return values.join('|');
  };
  const bad = communes.find((c) => c.code.length !== 5);
  if (bad) throw new Error(`Not a 5-character INSEE code: ${bad.code}`);
  const kindLetter = Object.fromEntries(Object.entries(FORMER_KINDS).map(([letter, kind]) => [kind, letter]));
  return {
    source: src.source,
    departements: src.departements.map((d) => [d.code, d.nom]),
    epci: src.epci.map((e) => [e.code, e.nom]),
    communes: {
      keys: joined(communes.map((c) => c.key)),
      names: joined(communes.map((c) => c.nom)),
      codes: communes.map((c) => c.code).join(''),
      departements: joined(communes.map((c) => c.departement)),
      population: communes.map((c) => c.population ?? null),
      epci: communes.map((c) => epciIndex.get(c.code) ?? -1),
    },
    formers: {
      keys: joined(former.map((f) => f.key)),
      names: joined(former.map((f) => f.name)),
      current: former.map((f) => f.current),
      kinds: former.map((f) => kindLetter[f.kind]).join(''),
    },
  };
}

export const DATA_PACKAGE_NAME = '@etalab/decoupage-administratif';
const DATA_PACKAGE = path.join('node_modules', ...DATA_PACKAGE_NAME.split('/'));
export const HISTORY_FILE = path.join('scripts', 'communes-history.json');

/** Reads the data package (and the history file) under a repository root. */
export function readCommuneSources(root: string): CommuneSources {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
  const pkg = read(path.join(DATA_PACKAGE, 'package.json'));
  const data = (name: string) => read(path.join(DATA_PACKAGE, 'data', `${name}.json`));
  const history = fs.existsSync(path.join(root, HISTORY_FILE)) ? read(HISTORY_FILE).entries : [];
  return {
    source: `${pkg.name}@${pkg.version}`,
    communes: data('communes'),
    epci: data('epci'),
    departements: data('departements'),
    history,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Loading

let cached: CommuneIndex | undefined;

/**
 * The index of `file`; by default, loaded once per process, the nearest data/communes.json above this module (dist/
 * when bundled, including the bundled tests in dist/test/), or else an index built on the fly from node_modules (when
 * running from the sources).
 */
const lexicons = new WeakMap<CommuneIndex, (name: string) => boolean>();
/**
 * Whether words name a commune (current or former) of the index, whatever their case, accents and hyphens: « BESSAY sur
 * ALLIER », « ARROS DE NAY ». One function per index, so that analyses made with the same index read alike.
 */
/** « GENETOUZE (LA) », « POIRE-SUR-VIE (LE) », « ABERGEMENT (L') »: the article after the name, in parentheses. */
const INVERTED_ARTICLE = /^(.*\S)[ \u00a0]*\((la|le|les|l['’])\)[ \u00a0]*$/iu;
/** A commune's name with its article put back before it (as lists sorted by name write it after); else the name. */
export function articleFirst(name: string): string {
  const m = INVERTED_ARTICLE.exec(name);
  if (!m) return name;
  return /['’]$/.test(m[2]) ? `${m[2]}${m[1]}` : `${m[2]} ${m[1]}`;
}

export function communeLexicon(index: CommuneIndex): (name: string) => boolean {
  let f = lexicons.get(index);
  if (!f) lexicons.set(index, (f = (name) => index.lookup(name).kind !== 'unknown'));
  return f;
}

export function loadCommuneIndex(file?: string): CommuneIndex {
  if (file) return createCommuneIndex(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (cached) return cached;
  const start = typeof __dirname === 'string' ? __dirname : process.cwd();
  for (let dir = start; ; dir = path.dirname(dir)) {
    const bundled = path.join(dir, 'data', 'communes.json');
    if (fs.existsSync(bundled)) return (cached = loadCommuneIndex(bundled));
    if (fs.existsSync(path.join(dir, DATA_PACKAGE, 'package.json'))) {
      return (cached = createCommuneIndex(compactCommuneData(readCommuneSources(dir))));
    }
    if (path.dirname(dir) === dir) throw new Error(`No commune index above ${start}: run \`npm run build\``);
  }
}

/** The default index, or undefined (and the reason) when it cannot be loaded: the checks then go on without it. */
export function tryLoadCommuneIndex(): { index?: CommuneIndex; error?: string } {
  try {
    return { index: loadCommuneIndex() };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
