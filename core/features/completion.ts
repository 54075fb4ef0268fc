// Completion of names: communes wherever a commune is expected (attendance lists « Commune : M. … », the header's
// collectivity, the parties of a convention), ranked by the assembly's territory and matched without accents; and
// councillors wherever a person is expected (attendance lists, Mandants / Mandataires, « pouvoir à », Rapporteur,
// « sous la présidence de », Secrétaire de séance, interested councillors, named votes), from the roster when there
// is one, else from the people named in the open documents, written in the form the place uses.
// Other features (templates) add their items through `providers` (see DEFAULT_PROVIDERS).
import type { Analysis } from '../analyze';
import type { CancellationToken, CompletionItem, Position, Range } from '../types';
import { NEVER_CANCELLED } from '../types';
import type { Model } from '../model/types';
import type { ListLine, Line } from '../syntax/tree';
import type { CommuneIndex, Commune } from '../communes/index';
import { rosterApplies, territoryOf } from '../roster/territory';
import { normalizeName } from '../communes/index';
import { listRole, type ListRole } from '../model/attendance';
import { PersonIndex, initialsOf, isInitials } from '../model/people';
import { foldAccents } from '../text/fold';
import { mentionsOf, writePerson, type InitialsStyle, type PersonForm, type Roster, type RosterMember, type RosterPerson } from '../roster/index';
import { templateItems } from './templates';
import { numberItems } from './numbers';
import type { ActIndex } from '../workspace/cross';

export type { CompletionItem };

export interface CompletionContext {
  communes?: CommuneIndex;
  roster?: Roster;
  /** The models of the other open documents: without a roster, the people they name are offered. */
  workspace?: Model[];
  token?: CancellationToken;
  /** Other sources of items, merged after the names (default: DEFAULT_PROVIDERS). */
  providers?: CompletionProvider[];
  /** The acts of the workspace (core/workspace): the next free deliberation number. */
  acts?: ActIndex;
}

export type CompletionProvider = (analysis: Analysis, position: Position, ctx: CompletionContext) => CompletionItem[];

/** The providers merged into every completion: the templates (templates.ts), the next deliberation number (numbers.ts). */
export const DEFAULT_PROVIDERS: CompletionProvider[] = [templateItems, numberItems];

// ---------------------------------------------------------------------------------------------------------------
// Where the cursor is

type PersonPlace = ListRole | 'proxy-to' | 'substitute' | 'rapporteur' | 'secretary' | 'president' | 'interested' | 'vote';

interface Place {
  /** Line-relative column where the replaced text starts. */
  start: number;
  /** The typed text the candidates must match (without civility). */
  partial: string;
  persons?: { place: PersonPlace; form: PersonForm; style: InitialsStyle; withCivility: boolean };
  communes?: { suffix: string; upper: boolean };
  list?: ListLine;
}

const CIVILITY_TYPED = /^(M\.|Mme\.?|Mlle\.?|Monsieur|Madame)(?:\s+|$)/;
const PLURAL_TYPED = /^(?:MM\.|Mmes\.?|Messieurs|Mesdames)\s+/;

/** The people already written in initials in the proxy lists: the style to write new ones in. */
function initialsUse(model: Model): { uses: boolean; style: InitialsStyle } {
  let dotted = 0, compact = 0, full = 0, initials = 0;
  for (const l of model.doc.lines) {
    if (l.type !== 'list') continue;
    const role = listRole(l.label);
    if (role !== 'givers' && role !== 'holders') continue;
    for (const e of l.entries) {
      const g = e.person.given;
      // « M. LEMERCIER » (Myriam) is read as a civility: a person without given name is written in initials too.
      if (!g || isInitials(g)) initials++;
      else full++;
      if (g && isInitials(g) && initialsOf(g).length > 1) /[A-Z]\.-?[A-Z]\./.test(g) ? dotted++ : compact++;
    }
  }
  return { uses: initials > full, style: dotted > compact ? 'dotted' : 'compact' };
}

/** Strips the text of completed people (« M. Thomas JAVAUX ») and connectors before the word being typed. */
function lastSegment(value: string): { seg: string; offset: number } {
  let offset = 0;
  const boundary = Math.max(...[',', ';', ':', '(', ')'].map((c) => value.lastIndexOf(c)));
  if (boundary >= 0) offset = boundary + 1;
  let seg = value.slice(offset);
  const done = /^[\s\S]*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+[ \u00a0]+(?:et[ \u00a0]+)?/u.exec(seg);
  if (done && !/^\s*[A-ZÀ-ÖØ-Þ]{1,2}\.\s*$/u.test(done[0])) {
    offset += done[0].length;
    seg = seg.slice(done[0].length);
  }
  const lead = /^[\s\u00a0]*/.exec(seg)![0].length;
  return { seg: seg.slice(lead), offset: offset + lead };
}

function placeAt(analysis: Analysis, line: Line, character: number, ctx: CompletionContext): Place | undefined {
  const before = line.text.slice(0, character);
  const model = analysis.model;
  const person = (place: PersonPlace, base: number, segment: string, form: PersonForm = 'full', style: InitialsStyle = 'compact'): Place => {
    const plural = PLURAL_TYPED.exec(segment);
    if (plural) return { start: base + plural[0].length, partial: segment.slice(plural[0].length), persons: { place, form: form === 'full' ? 'name' : form, style, withCivility: false } };
    const civ = CIVILITY_TYPED.exec(segment);
    return { start: base, partial: civ ? segment.slice(civ[0].length) : segment, persons: { place, form, style, withCivility: form === 'full' } };
  };

  if (line.type === 'list') {
    const labelEnd = line.labelSpan.end - line.offset;
    if (character < labelEnd) return undefined;
    const role = listRole(line.label);
    const value = before.slice(labelEnd);
    const { seg, offset } = lastSegment(value);
    const base = labelEnd + offset;
    const proxyTo = /^(?:pouvoir|procuration|mandat)(?:\s+donnée?)?\s+à\s+/i.exec(seg);
    if (proxyTo) return { ...person('proxy-to', base + proxyTo[0].length, seg.slice(proxyTo[0].length)), list: line };
    const subst = /^suppléante?\s+de\s+/i.exec(seg);
    if (subst) return { ...person('substitute', base + subst[0].length, seg.slice(subst[0].length)), list: line };
    if (role === 'givers' || role === 'holders') {
      const use = initialsUse(model);
      return { ...person(role, base, seg, use.uses ? 'initials' : 'full', use.style), list: line };
    }
    const p = { ...person(role, base, seg), list: line };
    const communeStyle = model.doc.lines.some((l) => l.type === 'list' && l.communes.length > 0) || ctx.roster?.kind === 'conseil communautaire' || (ctx.roster && new Set(ctx.roster.members.map((m) => m.commune).filter(Boolean)).size > 1);
    // Right after « Commune : » (or the list's label) a person is expected; elsewhere a commune may start. A commune
    // label's colon is followed by a person: what is typed there (« Commune : M », a civility without its full stop
    // yet) is no commune.
    const afterSeparator = /[:,;]\s*$/.test(value.slice(0, offset));
    const afterCommune = /:\s*$/.test(value.slice(0, offset)) && offset > 0;
    if (communeStyle && (seg || !afterSeparator) && !afterCommune && !CIVILITY_TYPED.test(seg) && !/^[A-ZÀ-ÖØ-Þ]{1,2}\./u.test(seg)) p.communes = { suffix: /^\s*:/.test(line.text.slice(character)) ? '' : ' : ', upper: false };
    return p;
  }
  if (line.type === 'field') {
    const labelEnd = line.labelSpan.end - line.offset;
    if (character < labelEnd) return undefined;
    const label = line.label;
    const value = before.slice(labelEnd);
    const place: PersonPlace | undefined = /^rapporteu/i.test(label) ? 'rapporteur' : /^secrétaire/i.test(label) ? 'secretary' : /^présid/i.test(label) ? 'president' : undefined;
    if (place) {
      const { seg, offset } = lastSegment(value);
      return person(place, labelEnd + offset, seg);
    }
    if (/^(?:pour|contre|abstentions?)$|(?:prend|prennent) pas part/i.test(label) && value.includes('(')) {
      const { seg, offset } = lastSegment(value);
      return person('vote', labelEnd + offset, seg);
    }
  }
  const pres = /présidence\s+de\s+([^,;:()]*)$/i.exec(before);
  if (pres) return person('president', before.length - pres[1].length, pres[1]);
  const party = /\b(?:commune|ville|mairie)\s+(?:de\s+|d['’]\s*)([^,;:()]*)$/i.exec(before);
  if (party && !/\s{2,}|\s[a-zà-ÿ]{4,}\s/.test(party[1])) {
    const upper = line.text.trim() === line.text.trim().toUpperCase() && line.text.trim().length > 0;
    return { start: before.length - party[1].length, partial: party[1], communes: { suffix: '', upper } };
  }
  // People in running text: « MM. JL. FOUSSERET et D. SCH… » (interested councillors), « M. Tho… ».
  const inText = /(?:^|[\s(])((?:MM\.|Mmes\.?|M\.|Mme\.?|Mlle\.?)\s[^,;:()]*)$/.exec(before);
  if (inText) {
    const { seg, offset } = lastSegment(inText[1]);
    const start = before.length - inText[1].length;
    const initials = /\b[A-Z]{1,2}\.(?:-?[A-Z]\.)?\s+[A-ZÀ-ÖØ-Þ]{2,}/u.test(inText[1]);
    const plural = PLURAL_TYPED.exec(inText[1]);
    if (offset === 0 || plural) {
      const s = offset === 0 ? inText[1] : seg;
      const p = person('interested', offset === 0 ? start : start + offset, s, initials ? 'initials' : 'full');
      if (plural && offset > 0) p.persons!.withCivility = false;
      return p;
    }
    return person('interested', start + offset, seg, initials ? 'initials' : 'full');
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Candidates

/** The words typed: « jean-l » stays one word, so that it only finds Jean-Louis. */
function words(s: string): string[] {
  return foldAccents(s).toLowerCase().replace(/’/g, "'").split(/[\s.]+/).filter(Boolean);
}

/** The words a candidate is found by: whole (« jean-louis ») and in parts (« louis »). */
function keysOf(s: string): string[] {
  const whole = words(s);
  return [...whole, ...whole.flatMap((w) => (/[-']/.test(w) ? w.split(/[-']+/).filter(Boolean) : []))];
}

/** Every typed word is the beginning of one of the candidate's words. */
function matches(typed: string[], candidate: string[]): boolean {
  return typed.every((w) => candidate.some((c) => c.startsWith(w)));
}

interface Candidate {
  person: RosterPerson | { civility?: string; given?: string; surname: string };
  commune?: string;
  functions?: string[];
  member?: RosterMember;
}

/** Without a roster: the people named in this document and in the other open ones, each once. */
function namedPeople(models: Model[]): Candidate[] {
  const out: Candidate[] = [];
  const entry = (c: Candidate) => ({ member: c, given: c.person.given, surname: c.person.surname });
  let index = new PersonIndex<Candidate>([]);
  for (const model of models) {
    for (const m of mentionsOf(model)) {
      const p = m.person;
      if (!p.given || /^(?:MM|Mmes)/.test(p.civility ?? '')) continue;
      const r = index.resolve(p);
      if (r.kind === 'found') {
        const c = r.member;
        if (c.person.given && isInitials(c.person.given) && !isInitials(p.given)) {
          // The full given name replaces the initials, in the index too.
          c.person = { ...c.person, given: p.given };
          index = new PersonIndex(out.map(entry));
        }
        c.person = { ...c.person, civility: c.person.civility ?? p.civility };
        c.commune ??= m.commune?.name;
        continue;
      }
      if (r.kind === 'ambiguous') continue;
      const c: Candidate = { person: { civility: p.civility, given: p.given, surname: p.surname }, commune: m.commune?.name };
      out.push(c);
      index.add(entry(c));
    }
  }
  return out;
}


function communeItems(place: Place, analysis: Analysis, line: Line, position: Position, ctx: CompletionContext): CompletionItem[] {
  const index = ctx.communes;
  if (!index || !place.communes) return [];
  const territory = territoryOf(analysis.model, index, ctx.roster);
  let found: Commune[];
  if (place.partial.trim()) found = index.complete(place.partial, territory, 40);
  else if (territory.epci) found = [...(index.epci(territory.epci)?.members ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  else return [];
  const listed = new Set(place.list?.communes.filter((c) => c.end - line.offset < place.start || c.offset - line.offset > position.character).map((c) => normalizeName(c.name)) ?? []);
  const range = { start: { line: position.line, character: place.start }, end: position };
  return found
    .filter((c) => !listed.has(normalizeName(c.name)))
    .map((c, i) => {
      const epci = c.epci ? index.epci(c.epci)?.name : undefined;
      const dep = index.departement(c.departement)?.name;
      const name = place.communes!.upper ? c.name.toUpperCase() : c.name;
      return {
        label: c.name,
        kind: 'commune' as const,
        detail: [dep && `${dep} (${c.departement})`, epci].filter(Boolean).join(' · '),
        textEdit: { range, newText: name + place.communes!.suffix },
        filterText: `${c.name} ${foldAccents(c.name)}`,
        sortText: `1${String(i).padStart(5, '0')}`,
      };
    });
}

function personItems(place: Place, analysis: Analysis, line: Line, position: Position, ctx: CompletionContext): CompletionItem[] {
  const spec = place.persons;
  if (!spec) return [];
  const model = analysis.model;
  const roster = ctx.roster;
  const candidates: Candidate[] = roster
    ? roster.members.map((m) => ({ person: m, commune: m.commune, functions: m.functions, member: m }))
    : namedPeople([model, ...(ctx.workspace ?? []).filter((m) => m !== model)]);
  // Who is already written in the list being filled (attendance lists count as one: nobody is both present and absent).
  const cursor = line.offset + position.character;
  const already = new Set<Candidate>();
  const resolver = new PersonIndex(candidates.map((c) => ({ member: c, given: c.person.given, surname: c.person.surname })));
  const attendance = (r: ListRole | PersonPlace) => r === 'present' || r === 'absent' || r === 'excused';
  const sameList = (l: ListLine) => (attendance(spec.place) ? attendance(listRole(l.label)) : l === place.list);
  if (place.list && spec.place !== 'proxy-to' && spec.place !== 'substitute') {
    for (const l of model.doc.lines) {
      if (l.type !== 'list' || !sameList(l)) continue;
      for (const e of l.entries) {
        if (e.offset <= cursor && cursor <= e.end) continue;
        for (const p of [e.person, e.substituteOf]) {
          const r = p && resolver.resolve(p);
          if (r?.kind === 'found') already.add(r.member);
        }
      }
    }
  }
  // After « Commune : », the members of that commune first.
  const label = place.list?.communes.filter((c) => c.end <= line.offset + place.start).pop();
  const here = label ? normalizeName(label.name) : undefined;
  const typed = words(place.partial);
  const range = { start: { line: position.line, character: place.start }, end: position };
  const items: CompletionItem[] = [];
  for (const c of candidates) {
    if (already.has(c)) continue;
    const p = c.person;
    const keys = [...keysOf(`${p.given ?? ''} ${p.surname}`), ...(p.given ? [initialsOf(p.given).toLowerCase()] : [])];
    if (!matches(typed, keys)) continue;
    const form: PersonForm = spec.form === 'full' && !spec.withCivility ? 'name' : spec.form;
    const newText = writePerson(p, form === 'full' && !p.civility ? 'name' : form, spec.style);
    const local = (here !== undefined && c.commune !== undefined && normalizeName(c.commune) === here)
      || (spec.place === 'president' && (c.functions ?? []).some((f) => /^(?:président|présidente|maire)$/.test(f)));
    const detail = [c.commune, ...(c.functions ?? [])].filter(Boolean).join(' · ');
    items.push({
      label: writePerson(p, 'full'),
      kind: 'person',
      detail: detail || undefined,
      textEdit: { range, newText },
      filterText: foldAccents(`${newText} ${p.surname} ${p.given ?? ''}`),
      sortText: `${local ? 0 : 2}${foldAccents(p.surname).toUpperCase()} ${foldAccents(p.given ?? '')}`,
    });
  }
  return items;
}

// ---------------------------------------------------------------------------------------------------------------

export function completion(analysis: Analysis, position: Position, ctx: CompletionContext = {}): CompletionItem[] {
  // A roster of another assembly (a community council's, for a municipal extract) is not used.
  if (ctx.roster && !rosterApplies(analysis.model, ctx.roster)) ctx = { ...ctx, roster: undefined };
  const token = ctx.token ?? NEVER_CANCELLED;
  const line = analysis.doc.lines[position.line]; // one line node per line of the file
  const items: CompletionItem[] = [];
  if (line) {
    const character = Math.min(position.character, line.text.length);
    const place = placeAt(analysis, line, character, ctx);
    if (place && !token.isCancellationRequested) {
      const at = { line: position.line, character };
      items.push(...communeItems(place, analysis, line, at, ctx));
      items.push(...personItems(place, analysis, line, at, ctx));
    }
  }
  for (const provider of ctx.providers ?? DEFAULT_PROVIDERS) {
    if (token.isCancellationRequested) break;
    items.push(...provider(analysis, position, ctx));
  }
  return items;
}
