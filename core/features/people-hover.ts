// Hover on a person: who they are in the roster (commune, functions, substitute) and their presence at the report
// under the cursor (present, absent, represented by whom, arrived or left when). Markdown, French or English.
import type { Analysis } from '../analyze';
import type { Locale, Position, Range } from '../types';
import { comparePositions } from '../types';
import type { Member, Report } from '../model/types';
import { displayName } from '../model/people';
import { mentionsOf, type Mention, type Roster } from '../roster/index';
import { rosterIndex } from '../roster/index';
import { rosterApplies } from '../roster/territory';
import { personMentions } from './mentions';
import { agree, genderOf } from '../text/agree';

export interface HoverResult {
  /** Markdown. */
  contents: string;
  range: Range;
}

function contains(r: Range, p: Position): boolean {
  return comparePositions(r.start, p) <= 0 && comparePositions(p, r.end) <= 0;
}

/** The report the position is in, or the only numbered report of the document. */
function reportAt(analysis: Analysis, position: Position): Report | undefined {
  const reports = analysis.model.reports;
  return reports.find((r) => contains(r.span.range, position)) ?? (reports.length === 1 ? reports[0] : undefined);
}

export function personHover(analysis: Analysis, position: Position, roster?: Roster, locale: Locale = 'fr'): HoverResult | undefined {
  const tr = (fr: string, en: string) => (locale === 'en' ? en : fr);
  const model = analysis.model;
  // The people of the roles the roster knows, else any person the editor highlights (features/mentions.ts).
  const named = mentionsOf(model).find((m) => contains(m.person.range, position));
  const written = named ? undefined : personMentions(analysis.doc).find((p) => contains(p.range, position));
  const mention: Mention | undefined = named ?? (written && { person: written, role: 'text' });
  if (!mention) return undefined;
  const p = mention.person;
  const lines: string[] = [];
  // The roster's view.
  let title = displayName(p);
  if (roster && rosterApplies(model, roster)) {
    const r = rosterIndex(roster).resolve(p);
    if (r.kind === 'found') {
      const seat = r.member;
      const m = seat.member;
      const who = seat.asSubstitute && m.substitute ? m.substitute : m;
      title = `${who.civility ? `${who.civility} ` : ''}${who.given} ${who.surname}`;
      if (seat.asSubstitute) lines.push(tr(`${agree(genderOf(who.civility), ['Suppléant', 'Suppléante', 'Suppléant·e'])} de ${m.civility ?? ''} ${m.given} ${m.surname}`, `Substitute of ${m.civility ?? ''} ${m.given} ${m.surname}`).replace(/\s+/g, ' '));
      if (m.commune) lines.push(tr(`Commune : ${m.commune}`, `Commune: ${m.commune}`));
      if (!seat.asSubstitute && m.functions.length) lines.push(tr(`Fonctions : ${m.functions.join(', ')}`, `Functions: ${m.functions.join(', ')}`));
      if (!seat.asSubstitute && m.substitute) lines.push(tr(`${agree(genderOf(m.substitute.civility), ['Suppléant', 'Suppléante', 'Suppléant·e'])} : ${m.substitute.civility ?? ''} ${m.substitute.given} ${m.substitute.surname}`, `Substitute: ${m.substitute.civility ?? ''} ${m.substitute.given} ${m.substitute.surname}`).replace(/\s+/g, ' '));
    } else if (r.kind === 'none') lines.push(tr(`${agree(genderOf(p.civility), ['Absent', 'Absente', 'Absent·e'])} du tableau des membres.`, 'Not in the roster.'));
    else lines.push(tr(`Plusieurs membres possibles : ${r.members.map((s) => `${s.member.given} ${s.member.surname}`).join(', ')}`, `Several members fit: ${r.members.map((s) => `${s.member.given} ${s.member.surname}`).join(', ')}`));
  } else if (mention.commune) lines.push(tr(`Commune : ${mention.commune.name}`, `Commune: ${mention.commune.name}`));
  if (mention.function && !lines.some((l) => l.includes(mention.function!))) lines.push(tr(`Fonction : ${mention.function}`, `Function: ${mention.function}`));

  // The document's view: the attendance entry of this person, and the presence at the report.
  let member: Member | undefined = mention.member && (mention.role !== 'substitute' ? mention.member : undefined);
  if (!member && mention.role !== 'substitute') {
    const r = model.people.resolve(p);
    if (r.kind === 'found') member = r.member;
  }
  if (mention.role === 'substitute' && mention.member) {
    const s = mention.member;
    lines.push(tr(`${agree(genderOf(p.civility), ['Remplacé', 'Remplacée', 'Remplacé·e'])} en séance par ${displayName(s.entry.person)} (suppléance).`, `Replaced at the séance by ${displayName(s.entry.person)} (substitute).`));
  }
  if (member) {
    const report = reportAt(analysis, position);
    const at = model.presenceAt(report?.number);
    const where = report?.number ? tr(`au rapport ${report.number}`, `at report ${report.number}`) : tr('à la séance', 'at the séance');
    // « Présente », « excusée » for a Mme; the inclusive form only where no civility is written.
    const g = (forms: [string, string, string]) => agree(genderOf(member!.entry.person.civility ?? p.civility), forms);
    const moves = [member.from && tr(`${g(['arrivé', 'arrivée', 'arrivé·e'])} ${member.from.text.replace(/[()]/g, '')}`, `arrived ${member.from.text.replace(/[()]/g, '')}`), member.until && tr(`${g(['parti', 'partie', 'parti·e'])} après : ${member.until.text.replace(/[()]/g, '')}`, `left: ${member.until.text.replace(/[()]/g, '')}`)].filter(Boolean).join(', ');
    if (at.present.includes(member)) {
      const holds = at.proxies.filter((x) => x.holderMember === member).map((x) => displayName(x.giver));
      lines.push(tr(`**${g(['Présent', 'Présente', 'Présent·e'])}** ${where}`, `**Present** ${where}`) + (moves ? ` (${moves})` : '') + (holds.length ? tr(` ; pouvoir de ${holds.join(', ')}`, `; holds the proxy of ${holds.join(', ')}`) : '') + '.');
    } else {
      const proxy = at.proxies.find((x) => x.giverMember === member);
      const absent = g(['Absent', 'Absente', 'Absent·e']);
      const status = member.attendance === 'present' ? tr(`**${absent}** ${where}`, `**Absent** ${where}`) + (moves ? ` (${moves})` : '') : member.attendance === 'excused' ? tr(`**${absent} ${g(['excusé', 'excusée', 'excusé·e'])}** ${where}`, `**Excused** ${where}`) : tr(`**${absent}** ${where}`, `**Absent** ${where}`);
      const represented = g(['représenté', 'représentée', 'représenté·e']);
      lines.push(status + (proxy ? tr(`, ${represented} par ${displayName(proxy.holder)}`, `, represented by ${displayName(proxy.holder)}`) : tr(`, non ${represented}`, ', not represented')) + '.');
    }
    if (member.substituteOf) lines.push(tr(`Siège comme ${g(['suppléant', 'suppléante', 'suppléant·e'])} de ${displayName(member.substituteOf)}.`, `Sits as the substitute of ${displayName(member.substituteOf)}.`));
  }
  return { contents: [`**${title}**`, ...lines].join('\n\n'), range: p.range };
}
