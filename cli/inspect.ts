// `delib inspect PATH… [--format text|json]`: what the reader understood of each act (séance, counts, attendance,
// votes, articles, tables) and what it could not read, so that a drafter sees what the checks rest on.
import { analyze } from '../core/analyze';
import { inspect, type ActFacts } from '../core/features/inspect';
import type { Locale } from '../core/types';
import { UsageError, type Command } from './command';
import { readForAnalysis } from './input';
import { messages } from './messages';

export const inspectCommand: Command = {
  name: 'inspect',
  synopsis: 'PATH… [--format text|json]',
  summary: {
    fr: 'affiche ce qui est lu de chaque acte : séance, effectifs, présences, pouvoirs, votes, articles, tableaux',
    en: 'show what is read of each act: séance, counts, attendance, proxies, votes, articles, tables',
  },
  options: { format: { type: 'string', default: 'text', choices: ['text', 'json'] } },
  run({ positionals, values, locale, out, err }) {
    const m = messages(locale);
    if (positionals.length === 0) throw new UsageError(m.noPaths);
    // As `delib check`: a file that cannot be read is named, the others are read, and the status is 2.
    const input = readForAnalysis({ positionals, values, locale, err }, true);
    if (typeof input === 'number') return input;
    const acts = input.texts.flatMap(({ file, text }) => inspect(analyze(text, { locale, communes: input.communes, phases: ['fast'] }), file, locale));
    out(values.format === 'json' ? `${JSON.stringify(acts, null, 2)}\n` : acts.map((a) => formatAct(a, locale)).join('\n'));
    return input.problems > 0 ? 2 : 0;
  },
};

const WORDS = {
  fr: { act: 'acte', seance: 'séance', convocation: 'convocation', counts: 'effectifs', inOffice: 'en exercice', present: 'présents', represented: 'représentés', voters: 'votants', absent: 'absents', proxies: 'pouvoirs', deliberation: 'délibération', vote: 'vote', unanimous: 'unanimité', articles: 'articles', annexes: 'annexes', table: 'tableau', stated: 'total indiqué', computed: 'somme des lignes', unread: 'non lu', skipped: 'contrôles non faits', none: '—', line: 'ligne', for: 'pour', against: 'contre', abstention: 'abstention', notVoting: 'ne prenant pas part' },
  en: { act: 'act', seance: 'séance', convocation: 'convocation', counts: 'counts', inOffice: 'in office', present: 'present', represented: 'represented', voters: 'voters', absent: 'absent', proxies: 'proxies', deliberation: 'deliberation', vote: 'vote', unanimous: 'unanimous', articles: 'articles', annexes: 'annexes', table: 'table', stated: 'stated total', computed: 'sum of rows', unread: 'not read', skipped: 'checks not run', none: '—', line: 'line', for: 'for', against: 'against', abstention: 'abstaining', notVoting: 'not voting' },
};

const euros = (cents: number) => `${(cents / 100).toFixed(2)} €`;

/** One act as text: a line per fact, each with the line of the document it comes from. */
function formatAct(a: ActFacts, locale: Locale): string {
  const w = WORDS[locale];
  const n = (x: number | null) => (x === null ? w.none : String(x));
  const names = (xs: { name: string }[]) => (xs.length ? xs.map((x) => x.name).join(', ') : w.none);
  const lines = [
    `${a.file}:${a.line} ${w.act}${a.collectivity ? ` — ${a.collectivity}` : ''}`,
    `  ${w.seance} : ${a.seance ? `${a.seance.date} (${w.line} ${a.seance.line})` : w.none}`,
    `  ${w.convocation} : ${a.convocation ? `${a.convocation.date} (${w.line} ${a.convocation.line})` : w.none}`,
    `  ${w.counts} : ${w.inOffice} ${n(a.counts.inOffice)}, ${w.present} ${n(a.counts.present)}, ${w.represented} ${n(a.counts.represented)}, ${w.voters} ${n(a.counts.voters)}`,
    `  ${w.present} (${a.attendance.present.length}) : ${names(a.attendance.present)}`,
    `  ${w.absent} (${a.attendance.absent.length}) : ${names(a.attendance.absent)}`,
    `  ${w.proxies} (${a.attendance.proxies.length}) : ${a.attendance.proxies.length ? a.attendance.proxies.map((p) => `${p.from} → ${p.to}`).join(', ') : w.none}`,
  ];
  for (const d of a.deliberations) {
    const v = d.vote;
    const vote = !v ? w.none : [v.unanimous ? w.unanimous : '', v.for !== null ? `${w.for} ${v.for}` : '', v.against !== null ? `${w.against} ${v.against}` : '', v.abstention !== null ? `${w.abstention} ${v.abstention}` : '', v.notVoting !== null ? `${w.notVoting} ${v.notVoting}` : ''].filter(Boolean).join(', ') + ` (${w.line} ${v.line})`;
    lines.push(`  ${w.deliberation}${d.number ? ` ${d.number}` : ''} (${w.line} ${d.line})${d.object ? ` : ${d.object}` : ''} — ${w.vote} : ${vote}`);
  }
  if (a.articles.length) lines.push(`  ${w.articles} : ${a.articles.map((x) => x.number).join(', ')}`);
  if (a.annexes.length) lines.push(`  ${w.annexes} : ${a.annexes.map((x) => x.number).join(', ')}`);
  for (const t of a.tables) lines.push(`  ${w.table} (${w.line} ${t.line}) : ${w.stated} ${euros(t.stated)}, ${w.computed} ${euros(t.computed)}`);
  for (const u of a.unread) lines.push(`  ${w.unread} (${w.line} ${u.line}) : ${u.what} — ${w.skipped} : ${u.checksSkipped.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
