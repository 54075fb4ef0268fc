// The model stage: from the syntax tree to the facts of the act (see types.ts).
import type { DocumentNode, ReferenceNode } from '../syntax/tree';
import { hasInlines } from '../syntax/tree';
import { Builder } from '../syntax/parser';
import { presenceAt, presenceState, presenceThresholds, orderIndex, readAttendance, textEndsIn } from './attendance';
import { readSeance, readReports } from './seance';
import { attendanceLists } from './roll';
import { roleOf } from '../syntax/names';
import { acronymOf, readRoledAmounts, readShares, readTables } from './finance';
import type { ConventionModel, Model, PresenceAt, Unread } from './types';

export * from './types';

export function buildModel(doc: DocumentNode): Model {
  const b = new Builder(doc.text, doc.positions, undefined, undefined, doc.communes);
  const lists = attendanceLists(doc, b);
  const seance = readSeance(doc, b, lists);
  const attendance = readAttendance(doc, lists, seance.president);
  const references: ReferenceNode[] = [];
  for (const l of doc.lines) if (hasInlines(l)) for (const i of l.inlines) if (i.type === 'reference') references.push(i);
  const convention = readConvention(doc, references);
  const reports = readReports(doc, b, convention?.titled ? convention.span.offset : undefined);
  // The interested councillors as members of the lists, for the counts of the quorum and of the vote.
  for (const r of reports) {
    for (const x of r.interested?.persons ?? []) {
      const found = attendance.people.resolve(x.person);
      if (found.kind === 'found') x.member = found.member;
    }
  }
  const tables = readTables(doc);
  const index = orderIndex(seance.order);
  // Reports between the same arrivals, departures and proxy bounds share one presence (the same object).
  const thresholds = presenceThresholds(attendance, index);
  const cache = new Map<number, PresenceAt>();
  return {
    doc,
    seance,
    ...attendance,
    reports,
    convention,
    tables,
    amounts: readRoledAmounts(doc, tables, convention),
    shares: readShares(doc),
    references,
    unread: unreadOf(doc, attendance),
    presenceAt(report?: string) {
      const key = presenceState(thresholds, index, report);
      let p = cache.get(key);
      if (!p) cache.set(key, (p = presenceAt(attendance, index, report)));
      return p;
    },
  };
}

/** The lists not read whole: the counts made from the lists are not checked (the notice of syntax.ts says so). */
function unreadOf(doc: DocumentNode, a: ReturnType<typeof readAttendance>): Unread[] {
  return a.partial.map((l) => {
    // (A list under no label, the delegates of a roll by commune: named by its role.)
    const name = l.label ? { fr: `liste « ${l.label} »`, en: `list “${l.label}”` } : roleOf(l) === 'present' ? { fr: 'liste des présents', en: 'list of those present' } : { fr: 'liste sans intitulé', en: 'unlabelled list' };
    return {
      span: l.unread[0] ?? l.labelSpan,
      // (No words left unread in the list itself: the text ends in it, or the line below goes on with words not read.)
      what: l.unread.length || !textEndsIn(doc, l)
        ? { fr: `${name.fr} : des mots ne sont pas lus comme des noms`, en: `${name.en}: some words are not read as names` }
        : { fr: `${name.fr} : le texte s’arrête dans la liste`, en: `${name.en}: the text stops within the list` },
      checks: ['member-count', 'quorum', 'vote-count'],
    };
  });
}

const CONVENTION_TITLE = /^\s*(?:\*\*)?CONVENTION\b|^\s*Convention\s+(?:d['’]objectifs|de\s+(?:partenariat|financement|subvention|moyens))/;

function readConvention(doc: DocumentNode, references: ReferenceNode[]): ConventionModel | undefined {
  const titleLine = doc.lines.find((l) => l.type !== 'row' && l.type !== 'list' && CONVENTION_TITLE.test(l.text));
  if (!titleLine && doc.articles.length === 0) return undefined;
  const start = titleLine ?? doc.articles[0].heading;
  const articles = doc.articles.filter((a) => a.offset >= start.offset);
  const annexes = doc.annexes.filter((a) => a.offset >= start.offset);
  // The first party, after « Entre »: the grantor of a subsidy convention.
  let grantor: ConventionModel['grantor'];
  const entre = doc.lines.findIndex((l) => l.offset >= start.offset && /^\s*Entre\b/i.test(l.text));
  if (entre >= 0) {
    const party = doc.lines.slice(entre).find((l, i) => (i > 0 || l.text.trim().length > 8) && l.type !== 'blank');
    const text = party?.text.replace(/^\s*Entre\s*(?::\s*)?/i, '') ?? '';
    const name = /^\s*(?:L['’]|La |Le |Les )?(.+?)(?:\s*,|\s+représenté|\s+sis|\s*$)/i.exec(text)?.[1]?.trim();
    if (name) grantor = { name, acronym: acronymOf(name) };
  }
  const citations = doc.lines
    .filter((l) => l.offset >= start.offset && (articles.length === 0 || l.offset < articles[0].offset) && /^\s*Vu\b/.test(l.text))
    .map((l) => ({ text: l.text.trim(), span: { offset: l.offset, end: l.end, range: l.range } }));
  return {
    citations,
    // The convention runs to the end of the act, its annexes included.
    span: { offset: start.offset, end: doc.end, range: { start: start.range.start, end: doc.range.end } },
    title: start.text.trim(),
    titled: !!titleLine,
    articles,
    annexes,
    grantor,
    references: references.filter((r) => r.offset >= start.offset),
  };
}
