// Checks of the people a document names against the roster (tableau des membres, docs/roster.md): a person who is
// not a member nor a member's substitute (member-unknown, with the closest member as a quick fix), and a member
// written with another civility or under another commune than the roster's (member-mismatch).
import type { Check, CheckContext } from './registry';
import { t } from './registry';
import { rosterIndex, mentionsOf, civilityOf, initialsForm, type RosterPerson, type RosterSeat } from '../roster/index';
import { isInitials } from '../model/people';
import { matchedCommune, normalizeName } from '../communes/index';
import type { PersonNode } from '../syntax/tree';
import { rosterApplies, territoryOf } from '../roster/territory';


const PLURAL = /^(?:MM|Mmes|Messieurs|Mesdames)/;

/** The roster's person written in the form of a mention: same civility presence, initials or given name. */
export function writeLike(written: Pick<PersonNode, 'civility' | 'given' | 'surname'>, p: RosterPerson): string {
  const body = written.given && isInitials(written.given)
    ? `${initialsForm(p.given, /[A-Z]\.-?[A-Z]\./.test(written.given) ? 'dotted' : 'compact')} ${p.surname}`
    : written.given ? `${p.given} ${p.surname}` : p.surname;
  if (!written.civility) return body;
  const civ = PLURAL.test(written.civility) ? written.civility : (p.civility ?? written.civility);
  return `${civ} ${body}`;
}

function seatPerson(seat: RosterSeat): RosterPerson {
  return seat.asSubstitute && seat.member.substitute ? seat.member.substitute : seat.member;
}

function sameCommune(ctx: CheckContext, written: string, roster: string): boolean {
  if (normalizeName(written) === normalizeName(roster)) return true;
  const index = ctx.communes;
  if (!index) return false;
  const territory = territoryOf(ctx.model, index, ctx.roster);
  const official = (name: string) => {
    const m = index.lookup(name, territory);
    return matchedCommune(m, { former: true })?.code;
  };
  const a = official(written);
  return a !== undefined && a === official(roster);
}

export const members: Check = {
  name: 'members',
  codes: ['member-unknown', 'member-mismatch'],
  phase: 'slow',
  run(ctx) {
    if (!ctx.roster || !rosterApplies(ctx.model, ctx.roster)) return;
    const index = rosterIndex(ctx.roster);
    const seen = new Set<number>();
    for (const mention of mentionsOf(ctx.model)) {
      if (ctx.token.isCancellationRequested) return;
      if (mention.role === 'signatory') continue;
      const p = mention.person;
      if (seen.has(p.offset)) continue;
      seen.add(p.offset);
      const r = index.resolve(p);
      if (r.kind === 'ambiguous') continue;
      if (r.kind === 'none') {
        const near = index.closest(p);
        const who = near && seatPerson(near.seat);
        const text = who && writeLike(p, who);
        ctx.report({
          code: 'member-unknown',
          range: p.range,
          message: near && who
            ? t(`« ${p.text.trim()} » n’est pas dans le tableau des membres ; le plus proche : ${who.given} ${who.surname}${near.seat.asSubstitute ? ' (suppléant)' : ''}.`, `“${p.text.trim()}” is not in the roster; closest: ${who.given} ${who.surname}${near.seat.asSubstitute ? ' (substitute)' : ''}.`)
            : t(`« ${p.text.trim()} » n’est pas dans le tableau des membres.`, `“${p.text.trim()}” is not in the roster.`),
          fixes: text ? [{ title: t(`Écrire « ${text} »`, `Write “${text}”`), edits: [{ range: p.range, newText: text }] }] : undefined,
        });
        continue;
      }
      const seat = r.member;
      const person = seatPerson(seat);
      const written = civilityOf(p.civility);
      // « M. LEMERCIER » in a list of initials is Myriam LEMERCIER: a civility is only read before a given name.
      if (written && p.given && person.civility && written !== person.civility && p.civility && !PLURAL.test(p.civility)) {
        const end = p.range.start.character + p.civility.length;
        const civRange = { start: p.range.start, end: { line: p.range.start.line, character: end } };
        ctx.report({
          code: 'member-mismatch',
          range: civRange,
          message: t(`${person.given} ${person.surname} : civilité « ${person.civility} » dans le tableau des membres.`, `${person.given} ${person.surname}: civility “${person.civility}” in the roster.`),
          fixes: [{ title: t(`Écrire « ${person.civility} »`, `Write “${person.civility}”`), edits: [{ range: civRange, newText: person.civility }], safe: true }],
        });
      }
      const label = mention.commune;
      if (label && seat.member.commune && !sameCommune(ctx, label.name, seat.member.commune)) {
        ctx.report({
          code: 'member-mismatch',
          range: p.range,
          message: t(`${person.given} ${person.surname} siège pour ${seat.member.commune} selon le tableau des membres, pas pour ${label.name}.`, `${person.given} ${person.surname} sits for ${seat.member.commune} according to the roster, not for ${label.name}.`),
          related: [{ range: label.range, message: t('Commune de la liste', 'Commune of the list') }],
        });
      }
    }
  },
};
