// Money: tables with their totals and subtotals, the role of amounts stated in prose (the subsidy, the
// programme's budget, the operation), and the shares « X %, soit Y € ». All sums are integers of cents.
import type { AmountNode, DocumentNode, Inline, Line, PercentNode, RowLine, Table } from '../syntax/tree';
import { hasInlines, lineAt } from '../syntax/tree';
import type { AmountRole, ConventionModel, RoledAmount, Share, TableModel, TotalCheck } from './types';
import { foldAccents } from '../text/fold';

const TOTAL_LABEL = /^\s*(?:sous[- ]?)?tota(?:l|ux)\b|^\s*montant\s+total\b/i;

function captionOf(doc: DocumentNode, t: Table): string | undefined {
  // The nearest non-blank line above the table, within three lines.
  const first = t.rows[0].range.start.line;
  for (let i = first - 1; i >= Math.max(0, first - 3); i--) {
    const l = lineAt(doc, i);
    if (!l || l.type === 'blank') continue;
    return l.type === 'row' ? undefined : l.text.trim();
  }
  return undefined;
}

function sideOf(text: string): TableModel['side'] {
  const t = foldAccents(text).toLowerCase();
  if (/\b(recettes?|produits?|ressources|financeurs?|financements?)\b/.test(t)) return 'receipts';
  if (/\b(depenses?|charges?|emplois|couts?)\b/.test(t)) return 'expenses';
  return undefined;
}

export function readTables(doc: DocumentNode): TableModel[] {
  return doc.tables.map((table) => {
    const caption = captionOf(doc, table);
    const header = table.rows[0].cells.map((c) => c.text).join(' ');
    const side = sideOf(header) ?? (caption ? sideOf(caption) : undefined);
    const annex = doc.annexes.find((a) => a.offset <= table.offset && table.end <= a.end);
    const { totals, rowsSum, total } = computeTotals(table.rows);
    return { table, caption, side, totals, rowsSum, total, annex };
  });
}

/** The amount of a row in a column: the last amount of the cell. */
function amountIn(row: RowLine, column: number): AmountNode | undefined {
  const c = row.cells[column];
  return c && c.amounts.length ? c.amounts[c.amounts.length - 1] : undefined;
}

function isTotalRow(row: RowLine): boolean {
  return TOTAL_LABEL.test(row.cells[0]?.text ?? '');
}

/**
 * Subtotal rows cover the rows since the previous heading or subtotal; the last total row covers the
 * subtotals and the remaining rows. A row with a label and no amount is a heading inside the table.
 */
function computeTotals(rows: RowLine[]) {
  const columns = new Set<number>();
  for (const r of rows) r.cells.forEach((c, i) => { if (i > 0 && c.amounts.length) columns.add(i); });
  const totals: TotalCheck[] = [];
  let rowsSum = 0;
  let total: TableModel['total'];
  const lastTotal = [...rows].reverse().find((r) => isTotalRow(r) && [...columns].some((c) => amountIn(r, c)));
  // The last column of amounts holds the figures that make the table's sum.
  const lastColumn = Math.max(...columns);
  for (const col of columns) {
    let group = 0, grand = 0;
    let groupRows: RowLine[] = [], grandRows: RowLine[] = [];
    for (const r of rows) {
      const a = amountIn(r, col);
      if (isTotalRow(r)) {
        if (!a) continue;
        if (r === lastTotal) {
          totals.push({ row: r, column: col, stated: a, computed: grand + group, covered: [...grandRows, ...groupRows], kind: 'total' });
          grand += group; group = 0; grandRows.push(...groupRows); groupRows = [];
        } else {
          totals.push({ row: r, column: col, stated: a, computed: group, covered: groupRows, kind: 'subtotal' });
          // The total is checked against the rows themselves: a wrong subtotal is reported once, not again in the total.
          grand += groupRows.length ? group : a.cents; grandRows.push(r);
          group = 0; groupRows = [];
        }
      } else if (a) {
        group += a.cents; groupRows.push(r);
        if (col === lastColumn) rowsSum += a.cents;
      } else if (r !== rows[0] && r.cells[0]?.text) {
        grand += group; grandRows.push(...groupRows); group = 0; groupRows = [];
      }
    }
  }
  const last = totals.filter((t) => t.kind === 'total' && t.column === lastColumn).pop();
  if (last) total = { cents: last.stated.cents, stated: last.stated, consistent: last.covered.length === 0 || last.computed === last.stated.cents };
  else if (columns.size) total = { cents: rowsSum };
  return { totals, rowsSum, total };
}

// ---------------------------------------------------------------- roles of amounts in prose

/** Phrases that give an amount its role; the nearest before the amount in its clause wins. */
const ROLE_PHRASES: [AmountRole, RegExp][] = [
  ['subsidy', /soutien[^.;:]{0,60}?au\s+programme\s+d['’]actions?|subventions?|soutien\s+financier|demande\s+de\s+(?:soutien|financement)|aide\s+financière|participation\s+financière|contribution\s+financière/gi],
  ['programme', /budget\s+(?:total\s+)?prévisionnel|budget\s+global|coût\s+(?:total|global)\s+(?:du\s+programme|de\s+l['’](?:action|opération))|(?:mise\s+en\s+œuvre|montant|coût)\s+du\s+programme\s+d['’]actions?/gi],
  ['operation', /montant\s+de\s+l['’]opération/gi],
];
/**
 * Amounts that are no value of the subsidy or the budget: a share (« soit »), a part (acompte, solde), or a threshold
 * of a rule (« toute subvention supérieure à 23 000 euros », « au-delà de », « plus de »).
 */
const NO_ROLE = /\bsoit\s*$|\b(?:dont|plafond|acompte|solde|avance|reste|restant|seuil|maximum|minimum)\b|(?:sup[ée]rieure?s?|inf[ée]rieure?s?|[ée]gale?s?)\s+(?:ou\s+[ée]gale?s?\s+)?(?:à|a)\s*$|au[- ]del[àa]\s+de\s*$|d[ée]passant\s*$|exc[ée]dant\s*$|(?:plus|moins)\s+de\s*$|jusqu['’]\s*(?:à|a)\s*$/i;

export function readRoledAmounts(doc: DocumentNode, tables: TableModel[], convention?: ConventionModel): RoledAmount[] {
  const out: RoledAmount[] = [];
  for (const l of doc.lines) {
    if (!hasInlines(l)) continue;
    let clauseStart = 0;
    for (const n of l.inlines) {
      if (n.type !== 'amount') continue;
      const before = l.text.slice(clauseStart, n.offset - l.offset);
      clauseStart = n.end - l.offset;
      const sentence = before.split(/[.;:](?:\s|$)/).pop() ?? before;
      if (NO_ROLE.test(sentence.slice(-40)) || /%\s*,?\s*(?:soit\s*)?$/.test(sentence)) continue;
      const role = nearestRole(sentence);
      if (role) out.push({ role, amount: n, source: 'text' });
    }
  }
  for (const t of tables) {
    // The total of a budget annexed to the convention is the programme's budget.
    // A wrong total is reported by total-mismatch; it is not compared again as the programme's budget.
    if (t.annex && /budget|plan\s+de\s+financement/i.test(t.annex.heading.title) && t.total?.stated && t.total.consistent) {
      out.push({ role: 'programme', amount: t.total.stated, source: 'table-total' });
    }
    if (t.side === 'receipts' && convention?.grantor) {
      for (const r of t.table.rows) {
        if (isTotalRow(r)) continue;
        if (!namesGrantor(r.cells[0]?.text ?? '', convention.grantor)) continue;
        const a = r.cells.slice(1).flatMap((c) => c.amounts).pop();
        if (a) out.push({ role: 'subsidy', amount: a, source: 'funder-row' });
      }
    }
  }
  return out;
}

function nearestRole(sentence: string): AmountRole | undefined {
  let best: { role: AmountRole; end: number } | undefined;
  for (const [role, re] of ROLE_PHRASES) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const end = m.index + m[0].length;
      // A longer phrase that contains another (« soutien … au programme d'actions ») keeps its role.
      if (!best || end > best.end) best = { role, end };
    }
  }
  return best?.role;
}

function norm(s: string): string {
  return foldAccents(s).toLowerCase().replace(/['’-]/g, ' ').replace(/\s+/g, ' ').trim();
}

function namesGrantor(label: string, grantor: { name: string; acronym?: string }): boolean {
  const l = ` ${norm(label)} `;
  if (grantor.acronym && new RegExp(`\\b${grantor.acronym}\\b`).test(label)) return true;
  const name = norm(grantor.name).replace(/^(la|le|les|l) /, '');
  return name.length > 3 && l.includes(` ${name} `);
}

/** « Communauté d'Agglomération du Grand Besançon » → « CAGB »: the capitals of its significant words. */
export function acronymOf(name: string): string | undefined {
  const words = name.replace(/[’']/g, ' ').split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 3) return undefined;
  return words.map((w) => foldAccents(w[0]).toUpperCase()).join('');
}

// ---------------------------------------------------------------- shares « X %, soit Y € »

export function readShares(doc: DocumentNode): Share[][] {
  const groups: Share[][] = [];
  let group: Share[] = [];
  let lastLine = -2;
  for (const l of doc.lines) {
    if (l.type === 'blank') continue;
    const found = hasInlines(l) ? sharesIn(l, l.inlines) : [];
    if (found.length === 0) {
      if (l.type !== 'bullet' && group.length) { groups.push(group); group = []; }
      continue;
    }
    if (l.range.start.line > lastLine + 2 && group.length) { groups.push(group); group = []; }
    group.push(...found);
    lastLine = l.range.start.line;
  }
  if (group.length) groups.push(group);
  return groups;
}

function sharesIn(l: Line, inlines: Inline[]): Share[] {
  const out: Share[] = [];
  for (let i = 0; i < inlines.length; i++) {
    const p = inlines[i];
    if (p.type !== 'percent') continue;
    const next = inlines.slice(i + 1, i + 4).find((n): n is AmountNode => n.type === 'amount');
    if (!next) continue;
    const between = l.text.slice(p.end - l.offset, next.offset - l.offset);
    if (/^\s*,?\s*(?:soit|représentant|correspondant\s+à)\s*(?:un\s+montant\s+de\s*)?$/i.test(between)) out.push({ percent: p as PercentNode, amount: next, line: l });
  }
  return out;
}
