// The séance: date, convocation, declared counts, ordre de passage, presidency, collectivity, stamps;
// and the reports (deliberations) with their votes and interested councillors.
import type { DateNode, DocumentNode, FieldLine, Inline, Line, PersonNode } from '../syntax/tree';
import { hasInlines } from '../syntax/tree';
import type { Builder } from '../syntax/parser';
import type { Figure, Interested, Report, Seance, Vote, VoteCount } from './types';
import { foldFrench, wordsToNumber } from '../text/numbers';
import { PERSON_WRITTEN } from '../syntax/lexer';

function firstDate(inlines: Inline[]): DateNode | undefined {
  return inlines.find((i): i is DateNode => i.type === 'date');
}

/** The person written after a label, with or without civility: « Rapporteur : Alain BLESSEMAILLE, Vice-Président ». */
export function personAfterLabel(l: FieldLine, b: Builder): { person: PersonNode; role?: string } | undefined {
  const rest = l.text.slice(l.labelSpan.end - l.offset);
  const m = PERSON_WRITTEN.exec(rest);
  if (!m) return undefined;
  const start = l.labelSpan.end + m.index;
  const role = rest.slice(m.index + m[0].length).replace(/^[\s,]+/, '').trim() || undefined;
  return { person: b.person(m[0], b.span(start, start + m[0].length)), role };
}

/** A number written after a label: « Présents : 15 », « Pour : 14 ». */
function figureAfterLabel(l: FieldLine, b: Builder): Figure | undefined {
  const rest = l.text.slice(l.labelSpan.end - l.offset);
  const m = /^[\s:]*(\d+)/.exec(rest);
  if (!m) return undefined;
  const start = l.labelSpan.end + m[0].length - m[1].length;
  return { value: Number(m[1]), span: b.span(start, start + m[1].length) };
}

const LABELS = {
  inOffice: /en exercice|membres en fonction|nombre de (?:conseillers|membres)$/i,
  present: /^(?:nombre de )?(?:membres |conseillers )?présents$/i,
  voters: /^(?:nombre de )?votants$|suffrages exprimés/i,
  represented: /^(?:nombre de )?(?:membres |conseillers )?représentés$|^pouvoirs$/i,
  convocation: /date de (?:la )?convocation|convocation/i,
  order: /ordre de passage/i,
  secretary: /secrétaire/i,
  pour: /^pour$/i,
  contre: /^contre$/i,
  abstention: /^abstentions?$/i,
  nppv: /ne prenn?(?:en)?t pas part au vote|^nppv$|non[- ]participations?|ne participent? pas au vote/i,
};

export function readSeance(doc: DocumentNode, b: Builder): Seance {
  const seance: Seance = { order: [], stamps: [] };
  for (const l of doc.lines) {
    if (l.type === 'field') {
      const label = l.label;
      if (LABELS.inOffice.test(label)) seance.membersInOffice ??= figureAfterLabel(l, b);
      else if (LABELS.present.test(label)) seance.declaredPresent ??= figureAfterLabel(l, b);
      else if (LABELS.voters.test(label)) seance.declaredVoters ??= figureAfterLabel(l, b);
      else if (LABELS.represented.test(label)) seance.declaredRepresented ??= figureAfterLabel(l, b);
      else if (LABELS.convocation.test(label)) seance.convocation ??= firstDate(l.inlines);
      else if (LABELS.secretary.test(label)) seance.secretary ??= personAfterLabel(l, b)?.person;
      else if (LABELS.order.test(label)) {
        const re = /\d+(?:\.\d+)*/g;
        const rest = l.text.slice(l.labelSpan.end - l.offset);
        const base = l.labelSpan.end;
        for (let m = re.exec(rest); m; m = re.exec(rest)) seance.order.push({ number: m[0], span: b.span(base + m.index, base + m.index + m[0].length) });
      }
    }
    if (l.type === 'field' || l.type === 'prose') readCounts(l, seance, b);
    if (!hasInlines(l)) continue;
    const text = l.text;
    if (!seance.date && /^\s*(?:S[ée]ance|R[ée]union)\b[^.:]{0,50}?\bdu\b/i.test(text)) seance.date = firstDate(l.inlines);
    if (!seance.president) {
      const m = /présidence\s+de\s+/i.exec(text);
      if (m) seance.president = l.inlines.find((i): i is PersonNode => i.type === 'person' && i.offset >= l.offset + m.index);
    }
    if (!seance.dateInWords) seance.dateInWords = dateInWords(l.text, l.offset, b);
    stamp(l.text, l.inlines, seance);
    // The most specific collectivity of the header: a commune's name under its département's.
    const c = collectivity(l, l.range.start.line - doc.range.start.line, b);
    if (c && (!seance.collectivity || SPECIFICITY[c.kind] > SPECIFICITY[seance.collectivity.kind])) seance.collectivity = c;
  }
  return seance;
}

/** Several counts on one line: « En exercice : 19 - Présents : 15 - Votants : 17 ». */
const COUNTS: [keyof Seance & ('membersInOffice' | 'declaredPresent' | 'declaredVoters' | 'declaredRepresented'), RegExp][] = [
  ['membersInOffice', /\ben\s+exercice\s*:?\s*(\d+)/gi],
  ['declaredPresent', /\bprésents\s*:?\s*(\d+)/gi],
  ['declaredVoters', /\bvotants\s*:?\s*(\d+)/gi],
  ['declaredRepresented', /\breprésentés\s*:?\s*(\d+)/gi],
];

function readCounts(l: Line, seance: Seance, b: Builder) {
  if (!/\d/.test(l.text) || !/exercice|présents|votants|représentés/i.test(l.text)) return;
  for (const [key, re] of COUNTS) {
    if (seance[key]) continue;
    re.lastIndex = 0;
    const m = re.exec(l.text);
    if (!m) continue;
    const start = l.offset + m.index + m[0].length - m[1].length;
    seance[key] = { value: Number(m[1]), span: b.span(start, start + m[1].length) };
  }
}

function stamp(text: string, inlines: Inline[], seance: Seance) {
  const date = firstDate(inlines);
  if (!date) return;
  const t = text.toLowerCase();
  if (/^\s*reçu(?:e)?\s+(?:à\s+la\s+préfecture\s+)?le\b/.test(t) || /accusé de réception/.test(t)) seance.stamps.push({ kind: 'reception', date });
  else if (/^\s*transmise?s?\b|télétransmis/.test(t)) seance.stamps.push({ kind: 'transmission', date });
  else if (/^\s*(?:publiée?|mise?\s+en\s+ligne)(?=\s|$)/.test(t)) seance.stamps.push({ kind: 'publication', date });
  else if (/^\s*affichée?\b/.test(t)) seance.stamps.push({ kind: 'affichage', date });
}

const SPECIFICITY = { departement: 1, epci: 2, commune: 3, other: 0 } as const;
const COLLECTIVITY = /^\s*(COMMUNE|VILLE|MAIRIE|DÉPARTEMENT|DEPARTEMENT|COMMUNAUTÉ|COMMUNAUTE|MÉTROPOLE|METROPOLE)\s+(?:DE\s+LA\s+|DE\s+L['’]|DU\s+|DES\s+|DE\s+|D['’])?(.+?)\s*$/i;

function collectivity(l: Line, lineInAct: number, b: Builder): Seance['collectivity'] {
  // An all-capitals line of the header: « COMMUNE DE POUILLEY-LES-VIGNES ».
  if (lineInAct > 20 || l.text !== l.text.toUpperCase()) return undefined;
  const m = COLLECTIVITY.exec(l.text);
  if (!m) return undefined;
  const word = m[1].toUpperCase();
  const kind = /COMMUNE|VILLE|MAIRIE/.test(word) ? 'commune' : /D[ÉE]PARTEMENT/.test(word) ? 'departement' : 'epci';
  const start = l.offset + l.text.indexOf(m[2]);
  return { name: m[2], span: b.span(start, start + m[2].length), kind };
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const IN_WORDS = /l['’]an\s+([a-zà-ÿ\s-]+?)\s*,?\s+le\s+([a-zà-ÿ\s-]+?|\d{1,2}|1er)\s+(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)\b/i;

function dateInWords(text: string, offset: number, b: Builder): Seance['dateInWords'] {
  const m = IN_WORDS.exec(text);
  if (!m) return undefined;
  const year = wordsToNumber(m[1]);
  const day = /^\d/.test(m[2]) ? parseInt(m[2], 10) : wordsToNumber(m[2]);
  const month = MONTHS.findIndex((x) => foldFrench(x) === foldFrench(m[3])) + 1;
  if (!day || !month) return undefined;
  return { year, month, day, span: b.span(offset + m.index, offset + m.index + m[0].length) };
}

// ---------------------------------------------------------------- reports

const REPORT_START = /^\s*(?:Rapport|Délibération|Deliberation|DÉLIBÉRATION|Dossier)\s+n\s*°\s*([\w./-]+)/i;

/** conventionStart: where a convention begins; its articles and annexes belong to no report. */
export function readReports(doc: DocumentNode, b: Builder, conventionStart?: number): Report[] {
  const reports: Report[] = [];
  let current: Report | undefined;
  const open = (l: Line): Report => {
    const r: Report = { span: { offset: l.offset, end: l.end, range: l.range } };
    reports.push(r);
    return r;
  };
  const extend = (r: Report, l: Line) => {
    if (l.end > r.span.end) r.span = b.span(r.span.offset, l.end);
  };
  for (const [i, l] of doc.lines.entries()) {
    if ((l.type === 'article' || l.type === 'annex') && conventionStart !== undefined && l.offset >= conventionStart) {
      current = undefined; // the convention and its annexes belong to no report
      continue;
    }
    const m = REPORT_START.exec(l.text);
    if (m) {
      const isDelib = /^\s*d[ée]lib/i.test(l.text);
      const start = l.offset + m.index + m[0].length - m[1].length;
      // « Délibération n° » then « Rapport n° » on the next lines describe one report.
      const r = current && !(isDelib ? current.deliberationNumber : current.number) && !current.vote ? current : open(l);
      if (isDelib) r.deliberationNumber = { text: m[1], span: b.span(start, start + m[1].length) };
      else {
        r.number = m[1].replace(/[.-]$/, '');
        r.numberSpan = b.span(start, start + r.number.length);
        r.title = l.text.slice(m.index + m[0].length).replace(/^\s*[-–—:]\s*/, '').trim() || undefined;
      }
      current = r;
      continue;
    }
    if (l.type === 'field' && current) {
      if (/^objet$/i.test(l.label) && !current.title) current.title = l.text.slice(l.labelSpan.end - l.offset).trim() || titleBelow(doc.lines, i);
      else if (/^rapporteur/i.test(l.label)) current.rapporteur ??= personAfterLabel(l, b);
      else if (/^commission/i.test(l.label)) current.commission ??= { text: l.text.slice(l.labelSpan.end - l.offset).trim(), span: b.span(l.labelSpan.end, l.end) };
    }
    if (!current) {
      // A document with no « Délibération n° » line still has one report when it has a vote.
      if (l.type !== 'field' && !/unanimit|majorit|^\s*pour\s*:|voix\s+pour/i.test(l.text)) continue;
      if (!isVoteLine(l)) continue;
      current = open(l);
    }
    extend(current, l);
    readVoteLine(l, current, b);
    readInterested(l, current, b);
  }
  return reports;
}

/** « Objet : » ending its line: the object is the paragraph below it (up to a blank line). */
function titleBelow(lines: Line[], i: number): string | undefined {
  const out: string[] = [];
  for (let j = i + 1; j < lines.length && lines[j].type === 'prose'; j++) out.push(lines[j].text.trim());
  return out.join(' ') || undefined;
}

function isVoteLine(l: Line): boolean {
  if (l.type === 'field') return VOTE_KEYS.some((k) => LABELS[k].test(l.label));
  return /(?<![\p{L}])[àa]\s+(?:l['’]unanimité|la\s+majorité)/iu.test(l.text);
}

function voteOf(r: Report, l: Line): Vote {
  return (r.vote ??= { span: { offset: l.offset, end: l.end, range: l.range } });
}

/** A cheap test before the exact expressions below (with their lookbehind, they are slow on every line of a report). */
const UNANIMITY_OR_MAJORITY = /unanimit|majorit/i;

function readVoteLine(l: Line, r: Report, b: Builder) {
  if (hasInlines(l) && UNANIMITY_OR_MAJORITY.test(l.text)) {
    // « A l'unanimité », without its accent, is common in printed acts.
    const u = /(?<![\p{L}])[àa]\s+l['’]unanimité/iu.exec(l.text);
    if (u) {
      const v = voteOf(r, l);
      v.unanimity ??= b.span(l.offset + u.index, l.offset + u.index + u[0].length);
    }
    const mj = /(?<![\p{L}])[àa]\s+la\s+majorité/iu.exec(l.text);
    if (mj) voteOf(r, l).majority ??= b.span(l.offset + mj.index, l.offset + mj.index + mj[0].length);
  }
  if (hasInlines(l) && /\bvoix\s+pour\b|\bvoix\s+contre\b/i.test(l.text)) readVotePhrase(l, r, b);
  if (l.type !== 'field') return;
  // Every « label : N » of the line: « Pour : 14 », and « Pour : 4 ; Contre : 1 (M. X) ; Abstention : 0 » on one line.
  const pairs = [...l.text.matchAll(VOTE_PAIR)]
    .map((m) => ({ m, key: VOTE_KEYS.find((k) => LABELS[k].test(m[1].trim()) || LABELS[k].test(m[1].trim().split(/\s+/).pop()!)) }))
    .filter((x) => x.key);
  pairs.forEach(({ m, key }, i) => {
    const v = voteOf(r, l);
    if (v[key!] && i > 0) return;
    const start = l.offset + m.index! + m[0].length - m[2].length;
    const until = i + 1 < pairs.length ? l.offset + pairs[i + 1].m.index! : l.end;
    // The names written after a count (« Contre : 1 (M. X) ») belong to it, up to the next count.
    const names = l.inlines.filter((n): n is PersonNode => n.type === 'person' && n.offset >= start && n.offset < until);
    v[key!] = { value: Number(m[2]), span: b.span(start, start + m[2].length), names } satisfies VoteCount;
    v.span = b.span(Math.min(v.span.offset, l.offset), Math.max(v.span.end, l.end));
  });
}

const VOTE_KEYS = ['pour', 'contre', 'abstention', 'nppv'] as const;
/** « label : N », the label made of letters, spaces and apostrophes (no colon, no digit). */
const VOTE_PAIR = /(?<![\p{L}\d])(\p{L}[\p{L}'’ \u00a0-]*?)[ \u00a0]*:[ \u00a0]*(\d+)(?!\d)/gu;

/** « adopté par 25 voix pour, 2 voix contre et 1 abstention » */
const VOTE_PHRASES: ['pour' | 'contre' | 'abstention' | 'nppv', RegExp][] = [
  ['pour', /(\d+)\s+voix\s+pour\b/i],
  ['contre', /(\d+)\s+(?:voix\s+)?contre\b/i],
  ['abstention', /(\d+)\s+abstentions?\b/i],
  ['nppv', /(\d+)\s+(?:conseillers?\s+)?(?:ne\s+prenant\s+pas\s+part|non[- ]participations?)/i],
];

function readVotePhrase(l: Line, r: Report, b: Builder) {
  const v = voteOf(r, l);
  for (const [key, re] of VOTE_PHRASES) {
    const m = re.exec(l.text);
    if (!m || v[key]) continue;
    const start = l.offset + m.index;
    v[key] = { value: Number(m[1]), span: b.span(start, start + m[0].length), names: [] };
  }
}

const INTERESTED = /intéressée?s?|ne prenn?(?:en)?t pas part (?:au vote|aux débats)|ne participe(?:nt)? pas (?:au vote|aux débats)|se retire(?:nt)?\b|quitte(?:nt)? la salle/i;

const LEAVE = /ne participe(?:nt)? pas aux débats|quitte(?:nt)? la salle|se retire(?:nt)?\b/i;

function readInterested(l: Line, r: Report, b: Builder) {
  if (l.type === 'field' || !hasInlines(l) || !INTERESTED.test(l.text)) return;
  if (/^\s*(?:pour|contre|abstention)/i.test(l.text)) return;
  const persons: Interested['persons'] = [];
  for (const { person, end } of b.mentionsIn(l.text, l.offset)) {
    const after = /^\s*\((\d+)\)/.exec(l.text.slice(end - l.offset));
    persons.push({ person, proxies: after ? Math.max(0, Number(after[1]) - 1) : 0, written: !!after });
  }
  if (persons.length === 0) return;
  r.interested = { span: b.span(l.offset, l.end), persons, leave: LEAVE.test(l.text) };
}

