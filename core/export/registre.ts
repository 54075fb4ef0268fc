// The registre of a year (CGCT L2121-23: the deliberations entered in the order of their date): every act
// of the year of one collectivity, in the order of its séance's date then of its number, each printed as the act
// itself (buildLayout) from a new page, after a title and a table of the acts (number, date, object, page). The page
// of each act is that of its first block (its anchor): the PDF prints it, Word works it out (a PAGEREF field), the
// HTML, which has no pages, leaves the column out.
import type { Locale } from '../types';
import type { Model } from '../model/types';
import { summarize, type ActSummary } from '../workspace/summary';
import { buildLayout, type Block, type Layout } from './layout';
import { byNumber, collectivityNames, dateInWords, headerBlocks, objectOf, plural } from './seance-list';

const TEXT = {
  fr: {
    title: (collectivity: string | undefined, year: string) => ['Registre des délibérations', collectivity, `année ${year}`].filter(Boolean).join(' — '),
    count: (n: number, from: string, to: string) => `${plural(n, 'acte', 'actes')}${from === to ? `, séance du ${from}` : `, du ${from} au ${to}`}.`,
    contents: 'Table des actes',
    columns: ['N°', 'Date de la séance', 'Objet'],
    page: 'Page',
  },
  en: {
    title: (collectivity: string | undefined, year: string) => ['Register of deliberations', collectivity, `year ${year}`].filter(Boolean).join(' — '),
    count: (n: number, from: string, to: string) => `${plural(n, 'act', 'acts')}${from === to ? `, séance of ${from}` : `, from ${from} to ${to}`}.`,
    contents: 'Table of the acts',
    columns: ['No.', 'Date of the séance', 'Object'],
    page: 'Page',
  },
};

/** An act of the registre: its model, and what the table and the order need (its séance's date, its numbers). */
export interface RegistreAct {
  model: Model;
  summary: ActSummary;
}

/** Date of the séance, then the act's first number (acts without either keep their order, after the others). */
function compare(a: RegistreAct, b: RegistreAct): number {
  const [x, y] = [a.summary.seance?.date ?? '9999', b.summary.seance?.date ?? '9999'];
  if (x !== y) return x < y ? -1 : 1;
  const [m, n] = [a.summary.deliberations[0]?.number, b.summary.deliberations[0]?.number];
  if (m === undefined || n === undefined) return m === n ? 0 : m === undefined ? 1 : -1;
  return byNumber(m, n);
}

/**
 * The registre of `year` from the acts given (all of that year and collectivity: registreDocument checks it), in the
 * order of date then number; each act from a new page.
 */
export function registreLayout(acts: readonly Model[], year: string, locale: Locale = 'fr'): Layout {
  const t = TEXT[locale];
  const sorted = acts.map((model) => ({ model, summary: summarize(model) })).sort(compare);
  const { header, collectivity } = collectivityNames(sorted.find((a) => a.summary.collectivity)?.summary.collectivity);
  const title = t.title(collectivity, year);
  const dates = sorted.flatMap((a) => (a.summary.seance ? [a.summary.seance.date] : []));
  const blocks: Block[] = [...headerBlocks(header), { kind: 'heading', level: 1, centered: true, runs: [{ text: title }], first: 0, last: 0 }];
  if (dates.length) blocks.push({ kind: 'paragraph', role: 'body', runs: [{ text: t.count(sorted.length, dateInWords(dates[0], false), dateInWords(dates[dates.length - 1], false)) }], first: 0, last: 0 });
  blocks.push({ kind: 'heading', level: 2, runs: [{ text: t.contents }], first: 0, last: 0 });
  const layouts = sorted.map((a) => buildLayout(a.model));
  // Each act from a new page, its first block named for the table's page column.
  const anchors = layouts.map((act, i) => {
    if (!act.blocks.length) return undefined;
    const anchor = `acte${i + 1}`;
    Object.assign(act.blocks[0], { pageBreakBefore: true, anchor });
    return anchor;
  });
  blocks.push({
    kind: 'table',
    columns: 3,
    numeric: [false, false, false],
    pageColumn: t.page,
    first: 0,
    last: 0,
    rows: [
      { cells: [...t.columns], header: true, line: 0 },
      ...sorted.map(({ summary: s }, i) => ({
        cells: [
          s.deliberations.map((d) => d.number).join(', '),
          s.seance ? dateInWords(s.seance.date, false) : '',
          s.deliberations.length ? s.deliberations.map((d) => objectOf(d.title)).filter(Boolean).join(' ; ') : objectOf(layouts[i].title),
        ],
        line: 0,
        ...(anchors[i] ? { pageOf: anchors[i] } : {}),
      })),
    ],
  });
  for (const act of layouts) blocks.push(...act.blocks);
  return { title, ...(collectivity ? { collectivity } : {}), blocks };
}
