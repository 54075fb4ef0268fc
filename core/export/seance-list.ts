// The list of the deliberations examined at a séance (CGCT L2121-25: displayed and put online within a week): from
// the summaries of the séance's acts (core/workspace), a layout the renderers print like an act — the collectivity,
// the title with the séance's date, a table number / object / result, and the dates of display and putting online
// left to fill.
import type { Locale } from '../types';
import type { ActSummary, VoteSummary } from '../workspace/summary';
import { seriesOf } from '../workspace/cross';
import { formatDateFr } from '../text/dates';
import { stripMarks, titleCase, type Block, type Layout } from './layout';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

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

/** Deliberations in the order of their numbers (their rank in the year's series, else as written). */
function order(a: string, b: string): number {
  const [x, y] = [seriesOf(a), seriesOf(b)];
  if (x && y && x.series === y.series) return x.rank - y.rank;
  return a.localeCompare(b, 'fr', { numeric: true });
}

export function seanceListLayout(acts: readonly ActSummary[], date: string, locale: Locale = 'fr'): Layout {
  const en = locale === 'en';
  const [year, month, day] = date.split('-').map(Number);
  const when = formatDateFr({ year, month, day }, true);
  const c = acts.find((a) => a.collectivity)?.collectivity;
  // « COMMUNE DE CHALLES-LES-EAUX » as the acts head it; « Commune de Challes-les-Eaux » in the running header.
  const kind = c?.key.split(':')[0];
  const header = c && (kind === 'commune' ? `COMMUNE DE ${c.name.toUpperCase()}` : c.name.toUpperCase());
  const collectivity = c && (kind === 'commune' ? `Commune de ${titleCase(c.name)}` : titleCase(c.name));
  const rows = acts.flatMap((a) => a.deliberations).sort((a, b) => order(a.number, b.number));
  const title = en ? `List of the deliberations examined at the séance of ${when}` : `Liste des délibérations examinées en séance du ${when}`;
  const blocks: Block[] = [];
  if (header) blocks.push({ kind: 'paragraph', role: 'header', runs: [{ text: header }], first: 0, last: 0 });
  blocks.push({ kind: 'heading', level: 1, centered: true, runs: [{ text: title }], first: 0, last: 0 });
  blocks.push({
    kind: 'table',
    columns: 3,
    numeric: [false, false, false],
    first: 0,
    last: 0,
    rows: [
      { cells: en ? ['No.', 'Object', 'Result'] : ['N°', 'Objet', 'Résultat'], header: true, line: 0 },
      ...rows.map((d) => ({ cells: [d.number, d.title ? stripMarks(d.title).replace(/\s+/g, ' ').trim() : '', resultOf(d.vote, locale)], line: 0 })),
    ],
  });
  blocks.push({ kind: 'paragraph', role: 'body', runs: [{ text: en ? `${plural(rows.length, 'deliberation', 'deliberations')} examined.` : `${plural(rows.length, 'délibération examinée', 'délibérations examinées')}.` }], first: 0, last: 0 });
  blocks.push({ kind: 'paragraph', role: 'field', runs: [{ text: en ? 'Displayed on:' : 'Affichée le :', bold: true }, { text: ' ……………………' }], first: 0, last: 0 });
  blocks.push({ kind: 'paragraph', role: 'field', runs: [{ text: en ? 'Put online on:' : 'Mise en ligne le :', bold: true }, { text: ' ……………………' }], first: 0, last: 0, keepWithNext: true });
  blocks.push({ kind: 'signatures', parties: [[{ text: en ? 'The President of the séance,' : 'Le Président de séance,' }, { text: '…………………', break: true, gap: true }]], first: 0, last: 0 });
  return { title, ...(collectivity ? { collectivity } : {}), blocks };
}
