// Hover on figures and references: an amount (where the same amount is used, the sum it belongs to), a TOTAL
// row (the computed sum), a vote line (the voters expected at that report: present, proxies, withheld), an
// internal reference (the text of the article or annex referred to), a diagnostic code (its explanation and
// legal reference).
import type { Analysis } from '../analyze';
import type { CancellationToken, Locale, Position, Range } from '../types';
import type { AmountNode, Line, RowLine } from '../syntax/tree';
import { amountsOf, spanHolds } from '../syntax/tree';
import type { Report, TableModel, TotalCheck } from '../model/types';
import { eur } from '../text/amounts';
import { CODES } from '../checks/codes';
import { targetAt } from './navigation';

export interface FigureHover {
  /** Markdown. */
  contents: string;
  range: Range;
}


export function figureHover(a: Analysis, position: Position, locale: Locale = 'fr', token?: CancellationToken): FigureHover | undefined {
  const { doc } = a;
  const line = doc.lines[position.line];
  if (!line || token?.isCancellationRequested) return undefined;
  const offset = doc.positions.offset(position);
  const en = locale === 'en';
  const L = (fr: string, e: string) => (en ? e : fr);

  // A diagnostic code (« <!-- delib-ignore-next-line total-mismatch --> », or written anywhere).
  const word = /[a-z]+(?:-[a-z]+)*/g;
  for (let m = word.exec(line.text); m; m = word.exec(line.text)) {
    const start = line.offset + m.index;
    if (offset < start || offset > start + m[0].length || !CODES[m[0]] || (!m[0].includes('-') && !/delib-ignore/.test(line.text))) continue;
    const info = CODES[m[0]];
    const law = info.law ? `\n\n${L('Référence', 'Reference')} : ${info.law}` : '';
    return { contents: `**${m[0]}** (${info.severity})\n\n${en ? info.en : info.fr}${law}`, range: doc.positions.range(start, start + m[0].length) };
  }

  const amount = amountsOf(line).find((x) => spanHolds(x, offset));
  if (amount) return amountHover(a, amount, line, L);

  const report = a.model.reports.find((r) => r.vote && [r.vote.pour, r.vote.contre, r.vote.abstention, r.vote.nppv].some((v) => v && v.span.range.start.line === position.line));
  if (report) return { contents: voteMarkdown(a, report, L), range: line.range };

  const t = targetAt(a, position);
  if (t?.kind === 'section') {
    const ref = a.model.references.find((r) => spanHolds(r, offset));
    if (ref && t.sections.length) {
      const s = t.sections[0];
      const body = s.lines.map((l) => l.text).join('\n').trim();
      const text = body.length > 800 ? `${body.slice(0, 800)}…` : body;
      return { contents: text.split('\n').map((l) => (l.trim() ? `> ${l}` : '>')).join('\n'), range: ref.range };
    }
  }
  return undefined;
}

function tableOf(a: Analysis, row: RowLine): TableModel | undefined {
  return a.model.tables.find((t) => t.table.rows.includes(row));
}

function amountHover(a: Analysis, amount: AmountNode, line: Line, L: (fr: string, en: string) => string): FigureHover {
  const parts: string[] = [`**${eur(amount.cents)}**`];
  if (line.type === 'row') {
    const tm = tableOf(a, line);
    const stated = tm?.totals.find((t) => t.stated === amount);
    if (stated) parts.push(totalText(stated, L));
    const covering = tm?.totals.filter((t) => t.covered.includes(line) && t.column === line.cells.findIndex((c) => c.amounts.includes(amount))) ?? [];
    for (const t of covering) {
      parts.push(L(`Compté dans le ${t.kind === 'total' ? 'TOTAL' : 'sous-total'} de la ligne ${t.row.range.start.line + 1} : ${eur(t.computed)} (${t.covered.length} lignes).`, `Counted in the ${t.kind === 'total' ? 'TOTAL' : 'subtotal'} of line ${t.row.range.start.line + 1}: ${eur(t.computed)} (${t.covered.length} rows).`));
    }
    if (tm?.caption) parts.push(L(`Tableau : ${tm.caption}`, `Table: ${tm.caption}`));
  }
  const roled = a.model.amounts.find((r) => r.amount === amount);
  if (roled) parts.push(L(`Rôle : ${{ subsidy: 'subvention', programme: 'budget du programme', operation: 'montant de l’opération' }[roled.role]}.`, `Role: ${roled.role}.`));
  const share = a.model.shares.find((g) => g.some((s) => s.amount === amount));
  if (share) {
    const sum = share.reduce((n, s) => n + s.amount.cents, 0);
    parts.push(L(`Échéances : ${share.map((s) => `${s.percent.text} → ${eur(s.amount.cents)}`).join(' ; ')}, total ${eur(sum)}.`, `Instalments: ${share.map((s) => `${s.percent.text} → ${eur(s.amount.cents)}`).join('; ')}, total ${eur(sum)}.`));
  }
  const same = a.doc.lines.filter((l) => l !== line && amountsOf(l).some((x) => x.cents === amount.cents)).map((l) => l.range.start.line + 1);
  if (same.length) parts.push(L(`Même montant aux lignes ${same.slice(0, 12).join(', ')}${same.length > 12 ? '…' : ''}.`, `Same amount on lines ${same.slice(0, 12).join(', ')}${same.length > 12 ? '…' : ''}.`));
  return { contents: parts.join('\n\n'), range: amount.range };
}

function totalText(t: TotalCheck, L: (fr: string, en: string) => string): string {
  const ok = t.computed === t.stated.cents;
  const what = t.kind === 'total' ? 'TOTAL' : L('Sous-total', 'Subtotal');
  return ok
    ? L(`${what} : somme calculée ${eur(t.computed)} sur ${t.covered.length} lignes — conforme.`, `${what}: computed sum ${eur(t.computed)} over ${t.covered.length} rows — matches.`)
    : L(`${what} : somme calculée ${eur(t.computed)} sur ${t.covered.length} lignes, écrit ${eur(t.stated.cents)} (écart ${eur(t.stated.cents - t.computed)}).`, `${what}: computed sum ${eur(t.computed)} over ${t.covered.length} rows, written ${eur(t.stated.cents)} (difference ${eur(t.stated.cents - t.computed)}).`);
}

/** The voters expected at a report: members present, proxies in use, those withheld (interested). */
export function expectedVoters(a: Analysis, r: Report): { present: number; proxies: number; withheld: number; voters: number } | undefined {
  if (a.model.members.length === 0) return undefined;
  const p = a.model.presenceAt(r.number);
  const withheld = r.interested ? r.interested.persons.reduce((n, x) => n + 1 + x.proxies, 0) : 0;
  return { present: p.present.length, proxies: p.proxies.length, withheld, voters: p.present.length + p.proxies.length };
}

function voteMarkdown(a: Analysis, r: Report, L: (fr: string, en: string) => string): string {
  const e = expectedVoters(a, r);
  const at = r.number ? L(` au rapport ${r.number}`, ` at report ${r.number}`) : '';
  if (!e) return L('Aucune liste de présence : les votants attendus ne sont pas connus.', 'No attendance list: the expected voters are unknown.');
  const v = r.vote!;
  const cast = (v.pour?.value ?? 0) + (v.contre?.value ?? 0) + (v.abstention?.value ?? 0) + (v.nppv?.value ?? 0);
  const lines = [
    L(`**${e.voters} votants attendus${at}**`, `**${e.voters} expected voters${at}**`),
    L(`- présents : ${e.present}`, `- present: ${e.present}`),
    L(`- représentés (pouvoirs) : ${e.proxies}`, `- represented (proxies): ${e.proxies}`),
  ];
  if (e.withheld) lines.push(L(`- dont ne prenant pas part au vote (intéressés et leurs pouvoirs) : ${e.withheld}`, `- of whom not voting (interested and their proxies): ${e.withheld}`));
  lines.push(L(`\nVotes écrits : ${cast}${cast === e.voters ? ' — conforme' : ` — écart ${cast - e.voters}`}.`, `\nVotes written: ${cast}${cast === e.voters ? ' — matches' : ` — difference ${cast - e.voters}`}.`));
  return lines.join('\n');
}
