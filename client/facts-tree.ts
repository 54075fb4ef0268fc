// The tree of the view « Délibérations : ce qui est lu », built from the facts the server read
// (core/features/inspect.ts through the request deliberation/facts): per act, the séance, the convocation, the
// stated counts, the attendance, the deliberations with their votes, the articles, annexes, tables, and what could
// not be read with the checks skipped. Pure (no import of vscode), so that mocha tests it; client/facts.ts turns
// each node into a TreeItem.
import type { ActFacts } from '../core/features/inspect';
import type { Locale } from '../core/types';
import { formatDateFr, isValidDate, weekdayOf } from '../core/text/dates';
import { eur } from '../core/text/amounts';

/** An icon of the product's icon theme (codicon id); `warning` nodes are also coloured as warnings. */
export type FactIcon =
  | 'law' | 'calendar' | 'mail' | 'pass' | 'circle-slash' | 'arrow-right' | 'list-ordered'
  | 'symbol-number' | 'file' | 'table' | 'check' | 'warning' | 'eye';

export interface FactNode {
  /** Unique in the tree and the same from one refresh to the next, so that the view keeps what is expanded. */
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  icon?: FactIcon;
  /** 1-based line of the document the fact comes from: the node is a link to it. */
  line?: number;
  /** Shown expanded at first (a node with children is otherwise collapsed). */
  expanded?: boolean;
  children?: FactNode[];
}

const WORDS = {
  fr: {
    act: 'Acte', seance: 'Séance', convocation: 'Convocation', counts: 'Effectifs', inOffice: 'En exercice', present: 'Présents',
    represented: 'Représentés', voters: 'Votants', absent: 'Absents', proxies: 'Pouvoirs', deliberations: 'Délibérations',
    deliberation: 'Délibération', number: 'n°', vote: 'Vote', unanimous: 'unanimité', for: 'pour', against: 'contre',
    abstention: 'abstention', notVoting: 'ne prenant pas part', articles: 'Articles', article: 'Article', annexes: 'Annexes',
    annex: 'Annexe', tables: 'Tableaux', table: 'Tableau', stated: 'total indiqué', computed: 'somme des lignes',
    difference: 'écart', unread: 'Non lu', skipped: 'contrôles non faits :', line: 'ligne',
    none: '—', inOfficeShort: 'en exercice', presentShort: 'présents', representedShort: 'représentés', votersShort: 'votants',
  },
  en: {
    act: 'Act', seance: 'Séance', convocation: 'Convocation', counts: 'Counts', inOffice: 'In office', present: 'Present',
    represented: 'Represented', voters: 'Voters', absent: 'Absent', proxies: 'Proxies', deliberations: 'Deliberations',
    deliberation: 'Deliberation', number: 'no.', vote: 'Vote', unanimous: 'unanimous', for: 'for', against: 'against',
    abstention: 'abstaining', notVoting: 'not voting', articles: 'Articles', article: 'Article', annexes: 'Annexes',
    annex: 'Annex', tables: 'Tables', table: 'Table', stated: 'stated total', computed: 'sum of rows',
    difference: 'difference', unread: 'Not read', skipped: 'checks not run:', line: 'line',
    none: '—', inOfficeShort: 'in office', presentShort: 'present', representedShort: 'represented', votersShort: 'voters',
  },
} as const;

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** « 2025-06-23 » as a reader writes it: « lundi 23 juin 2025 », or « Monday 23 June 2025 » in English. */
export function formatFactDate(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(year, month, day)) return iso;
  if (locale === 'fr') return formatDateFr({ year, month, day }, true);
  return `${WEEKDAYS_EN[weekdayOf(year, month, day)]} ${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/** An amount in cents as the acts write it (« 148 200 € »), in both languages. */
const money = (cents: number) => eur(cents);

/** The vote as a line: « pour 22, contre 2, abstention 1 », « unanimité », or « — » when none is read. */
export function voteSummary(vote: ActFacts['deliberations'][number]['vote'], locale: Locale): string {
  const w = WORDS[locale];
  if (!vote) return w.none;
  const parts = [
    vote.unanimous ? w.unanimous : '',
    vote.for !== null ? `${w.for} ${vote.for}` : '',
    vote.against !== null ? `${w.against} ${vote.against}` : '',
    vote.abstention !== null ? `${w.abstention} ${vote.abstention}` : '',
    vote.notVoting !== null ? `${w.notVoting} ${vote.notVoting}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : w.none;
}

/** The tree of the view: one node per act (its collectivity and séance date), in the order of the file. */
export function factsTree(acts: readonly ActFacts[], locale: Locale): FactNode[] {
  return acts.map((act, i) => actNode(act, `${i}`, locale, acts.length));
}

function actNode(a: ActFacts, id: string, locale: Locale, count: number): FactNode {
  const w = WORDS[locale];
  const n = (x: number | null) => (x === null ? w.none : String(x));
  const at = (line: number) => `${w.line} ${line}`;
  const named = (key: string, label: string, icon: FactIcon, xs: { name: string; line: number }[]): FactNode => ({
    id: `${id}/${key}`,
    label: `${label} (${xs.length})`,
    ...(xs.length ? {} : { description: w.none }),
    icon,
    ...(xs.length ? { children: xs.map((x, j) => ({ id: `${id}/${key}/${j}`, label: x.name, description: at(x.line), line: x.line })) } : {}),
  });
  const dated = (key: string, label: string, icon: FactIcon, d: { date: string; line: number } | null): FactNode => ({
    id: `${id}/${key}`,
    label,
    description: d ? formatFactDate(d.date, locale) : w.none,
    icon,
    ...(d ? { line: d.line, tooltip: `${d.date} (${at(d.line)})` } : {}),
  });

  const c = a.counts;
  const children: FactNode[] = [
    dated('seance', w.seance, 'calendar', a.seance),
    dated('convocation', w.convocation, 'mail', a.convocation),
    {
      id: `${id}/counts`,
      label: w.counts,
      description: `${w.inOfficeShort} ${n(c.inOffice)} · ${w.presentShort} ${n(c.present)} · ${w.representedShort} ${n(c.represented)} · ${w.votersShort} ${n(c.voters)}`,
      icon: 'symbol-number',
      children: [
        { id: `${id}/counts/inOffice`, label: w.inOffice, description: n(c.inOffice) },
        { id: `${id}/counts/present`, label: w.present, description: n(c.present) },
        { id: `${id}/counts/represented`, label: w.represented, description: n(c.represented) },
        { id: `${id}/counts/voters`, label: w.voters, description: n(c.voters) },
      ],
    },
    named('present', w.present, 'pass', a.attendance.present),
    named('absent', w.absent, 'circle-slash', a.attendance.absent),
    {
      id: `${id}/proxies`,
      label: `${w.proxies} (${a.attendance.proxies.length})`,
      ...(a.attendance.proxies.length ? { expanded: true } : { description: w.none }),
      icon: 'arrow-right',
      ...(a.attendance.proxies.length
        ? { children: a.attendance.proxies.map((p, j) => ({ id: `${id}/proxies/${j}`, label: `${p.from} → ${p.to}`, description: at(p.line), line: p.line })) }
        : {}),
    },
    {
      id: `${id}/deliberations`,
      label: `${w.deliberations} (${a.deliberations.length})`,
      ...(a.deliberations.length ? { expanded: true } : { description: w.none }),
      icon: 'law',
      ...(a.deliberations.length
        ? {
            children: a.deliberations.map((d, j) => ({
              id: `${id}/deliberations/${j}`,
              label: d.number ? `${w.deliberation} ${w.number} ${d.number}` : w.deliberation,
              ...(d.object ? { description: d.object } : {}),
              tooltip: d.object ? `${d.object} (${at(d.line)})` : at(d.line),
              line: d.line,
              expanded: true,
              children: [{
                id: `${id}/deliberations/${j}/vote`,
                label: w.vote,
                description: voteSummary(d.vote, locale),
                icon: d.vote ? 'check' : 'warning',
                ...(d.vote ? { line: d.vote.line } : {}),
              }],
            })),
          }
        : {}),
    },
  ];
  // Articles and annexes: one numbered node each.
  for (const [key, items, plural, one, icon] of [['articles', a.articles, w.articles, w.article, 'list-ordered'], ['annexes', a.annexes, w.annexes, w.annex, 'file']] as const) {
    if (!items.length) continue;
    children.push({
      id: `${id}/${key}`,
      label: `${plural} (${items.length})`,
      icon,
      children: items.map((x, j) => ({ id: `${id}/${key}/${j}`, label: `${one} ${x.number}`, description: at(x.line), line: x.line })),
    });
  }
  if (a.tables.length) {
    const differ = a.tables.some((t) => t.stated !== t.computed);
    children.push({
      id: `${id}/tables`,
      label: `${w.tables} (${a.tables.length})`,
      icon: differ ? 'warning' : 'table',
      ...(differ ? { expanded: true } : {}),
      children: a.tables.map((t, j) => {
        const same = t.stated === t.computed;
        return {
          id: `${id}/tables/${j}`,
          label: `${w.table} (${at(t.line)})`,
          description: `${w.stated} ${money(t.stated)} · ${w.computed} ${money(t.computed)}${same ? '' : ` · ${w.difference} ${money(t.stated - t.computed)}`}`,
          icon: same ? 'table' : 'warning',
          line: t.line,
        };
      }),
    });
  }
  children.push(
    a.unread.length
      ? {
          id: `${id}/unread`,
          label: `${w.unread} (${a.unread.length})`,
          icon: 'warning',
          expanded: true,
          children: a.unread.map((u, j) => ({
            id: `${id}/unread/${j}`,
            label: u.what,
            description: `${w.skipped} ${u.checksSkipped.join(', ')}`,
            tooltip: `${u.what} (${at(u.line)}) — ${w.skipped} ${u.checksSkipped.join(', ')}`,
            icon: 'warning' as const,
            line: u.line,
          })),
        }
      : { id: `${id}/unread`, label: `${w.unread} (0)`, icon: 'eye' },
  );

  const title = a.collectivity ?? (count > 1 ? `${w.act} ${Number(id) + 1}` : w.act);
  return {
    id,
    label: title,
    description: a.seance ? formatFactDate(a.seance.date, locale) : w.none,
    tooltip: `${title} (${at(a.line)})`,
    icon: 'law',
    line: a.line,
    expanded: true,
    children,
  };
}
