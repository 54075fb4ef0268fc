// The list of the deliberations examined at a séance (CGCT L2121-25: displayed and put online within a week): from
// the summaries of the séance's acts (core/workspace), a layout the renderers print like an act — the collectivity,
// the title with the séance's date, a table number / object / result, and the dates of display and putting online
// left to fill. The helpers here (the collectivity's names, the date in words, the order of numbers, the place left
// to fill) serve the other documents of a séance and of a year too (seance-pv.ts, registre.ts).
import type { Locale } from '../types';
import type { ActSummary, VoteSummary } from '../workspace/summary';
import { seriesOf } from '../workspace/cross';
import { formatDateFr } from '../text/dates';
import { stripMarks, titleCase, type Block, type Layout } from './layout';

export const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** What a document leaves to fill by hand: a fact the acts do not state. */
export const TO_FILL = '……………………';

/** « Adoptée à l’unanimité », « Adoptée par 25 voix pour, 2 contre, 1 abstention », « Rejetée … », or nothing said. */
export function resultOf(v: VoteSummary | undefined, locale: Locale = 'fr'): string {
  const en = locale === 'en';
  if (!v) return en ? 'not stated' : 'non indiqué';
  if (v.unanimous) return en ? 'Adopted unanimously' : 'Adoptée à l’unanimité';
  if (v.for !== undefined) {
    const parts = en
      ? [`${v.for} for`, ...(v.against ? [`${v.against} against`] : []), ...(v.abstention ? [`${v.abstention} abstaining`] : [])]
      : [plural(v.for, 'voix pour', 'voix pour'), ...(v.against ? [`${v.against} contre`] : []), ...(v.abstention ? [plural(v.abstention, 'abstention', 'abstentions')] : [])];
    const adopted = v.for > (v.against ?? 0);
    return en ? `${adopted ? 'Adopted' : 'Rejected'} by ${parts.join(', ')}` : `${adopted ? 'Adoptée' : 'Rejetée'} par ${parts.join(', ')}`;
  }
  if (v.majority) return en ? 'Adopted by a majority' : 'Adoptée à la majorité';
  return en ? 'not stated' : 'non indiqué';
}

/** Whether the vote says how the deliberation was decided (else resultOf says « non indiqué »). */
export function resultStated(v: VoteSummary | undefined): boolean {
  return Boolean(v && (v.unanimous || v.for !== undefined || v.majority));
}

/** Deliberations in the order of their numbers (their rank in the year's series, else as written). */
export function byNumber(a: string, b: string): number {
  const [x, y] = [seriesOf(a), seriesOf(b)];
  if (x && y && x.series === y.series) return x.rank - y.rank;
  return a.localeCompare(b, 'fr', { numeric: true });
}

/** « 2025-06-23 » → « lundi 23 juin 2025 » (with the weekday), « 23 juin 2025 » (without). */
export function dateInWords(date: string, withWeekday = true): string {
  const [year, month, day] = date.split('-').map(Number);
  return formatDateFr({ year, month, day }, withWeekday);
}

/** A deliberation's object on one line, its marks dropped. */
export function objectOf(title: string | undefined): string {
  return title ? stripMarks(title).replace(/\s+/g, ' ').trim() : '';
}

/**
 * The collectivity as a document of several acts names it: « COMMUNE DE CHALLES-LES-EAUX » at the head, as the acts
 * head it, and « Commune de Challes-les-Eaux » in the running header.
 */
export function collectivityNames(c: ActSummary['collectivity']): { header?: string; collectivity?: string } {
  if (!c) return {};
  const kind = c.key.split(':')[0];
  return kind === 'commune'
    ? { header: `COMMUNE DE ${c.name.toUpperCase()}`, collectivity: `Commune de ${titleCase(c.name)}` }
    : { header: c.name.toUpperCase(), collectivity: titleCase(c.name) };
}

/** The header paragraph of the collectivity, when the acts name it. */
export function headerBlocks(header: string | undefined): Block[] {
  return header ? [{ kind: 'paragraph', role: 'header', runs: [{ text: header }], first: 0, last: 0 }] : [];
}

/** A line « Label : value », the value or a place to fill. */
export function fieldBlock(label: string, value: string | undefined, keepWithNext = false): Block {
  return { kind: 'paragraph', role: 'field', runs: [{ text: label, bold: true }, { text: ` ${value ?? TO_FILL}` }], first: 0, last: 0, ...(keepWithNext ? { keepWithNext } : {}) };
}

export function seanceListLayout(acts: readonly ActSummary[], date: string, locale: Locale = 'fr'): Layout {
  const en = locale === 'en';
  const when = dateInWords(date);
  const { header, collectivity } = collectivityNames(acts.find((a) => a.collectivity)?.collectivity);
  const rows = acts.flatMap((a) => a.deliberations).sort((a, b) => byNumber(a.number, b.number));
  const title = en ? `List of the deliberations examined at the séance of ${when}` : `Liste des délibérations examinées en séance du ${when}`;
  const blocks: Block[] = [...headerBlocks(header)];
  blocks.push({ kind: 'heading', level: 1, centered: true, runs: [{ text: title }], first: 0, last: 0 });
  blocks.push({
    kind: 'table',
    columns: 3,
    numeric: [false, false, false],
    first: 0,
    last: 0,
    rows: [
      { cells: en ? ['No.', 'Object', 'Result'] : ['N°', 'Objet', 'Résultat'], header: true, line: 0 },
      ...rows.map((d) => ({ cells: [d.number, objectOf(d.title), resultOf(d.vote, locale)], line: 0 })),
    ],
  });
  blocks.push({ kind: 'paragraph', role: 'body', runs: [{ text: en ? `${plural(rows.length, 'deliberation', 'deliberations')} examined.` : `${plural(rows.length, 'délibération examinée', 'délibérations examinées')}.` }], first: 0, last: 0 });
  blocks.push(fieldBlock(en ? 'Displayed on:' : 'Affichée le :', undefined));
  blocks.push(fieldBlock(en ? 'Put online on:' : 'Mise en ligne le :', undefined, true));
  blocks.push({ kind: 'signatures', parties: [[{ text: en ? 'The President of the séance,' : 'Le Président de séance,' }, { text: '…………………', break: true, gap: true }]], first: 0, last: 0 });
  return { title, ...(collectivity ? { collectivity } : {}), blocks };
}
