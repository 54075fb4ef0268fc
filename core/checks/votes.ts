// vote-count, vote-unanimity, interested-count: the votes of each report against who sits and who withdraws.
import type { Check, CheckContext } from './registry';
import { t } from './registry';
import type { Member, Model, Report } from '../model/types';
import { displayName } from '../model/people';
import { holdersUnknown, listedPresentAndAbsent, listsWhole, plural, seatCountedTwice } from './util';

export const votes: Check = {
  name: 'votes',
  codes: ['vote-count', 'vote-unanimity', 'interested-count'],
  phase: 'fast',
  run(ctx) {
    const m = ctx.model;
    for (const r of m.reports) {
      const v = r.vote;
      if (!v) continue;
      checkUnanimity(ctx, r);
      if (!v.pour) continue;
      const cast = v.pour.value + (v.contre?.value ?? 0) + (v.abstention?.value ?? 0) + (v.nppv?.value ?? 0);
      const p = m.presenceAt(r.number);
      // Someone withdrew without the count of those not voting: how many votes to expect is not known.
      const unknownWithdrawal = r.withdrawal && !v.nppv && !r.interested;
      if (listsWhole(m) && p.present.length && !unknownWithdrawal && !listedPresentAndAbsent(m) && !holdersUnknown(m) && !seatCountedTwice(p)) {
        const expected = p.present.length + p.proxies.length;
        // Interested members who do not vote, without the count of those not voting (« Mme X, intéressée, quitte la
        // salle. Pour : 4 »): the votes cast may leave out their voices.
        const withoutInterested = r.interested && !v.nppv ? expected - withheld(m, r) : expected;
        if (cast !== expected && cast !== withoutInterested) {
          ctx.report({
            code: 'vote-count',
            range: v.pour.span.range,
            message: t(
              `Les votes totalisent ${cast} (pour ${v.pour.value}, contre ${v.contre?.value ?? 0}, abstention ${v.abstention?.value ?? 0}, ne prenant pas part ${v.nppv?.value ?? 0}) ; ${plural(p.present.length, 'présent', 'présents')} et ${plural(p.proxies.length, 'représenté', 'représentés')}${r.number ? ` au rapport ${r.number}` : ''} font ${expected}.`,
              `The votes add up to ${cast} (for ${v.pour.value}, against ${v.contre?.value ?? 0}, abstaining ${v.abstention?.value ?? 0}, not voting ${v.nppv?.value ?? 0}); ${p.present.length} present and ${p.proxies.length} represented${r.number ? ` at report ${r.number}` : ''} make ${expected}.`,
            ),
          });
        }
      }
      checkNamedVotes(ctx, r);
      checkInterested(ctx, r);
    }
  },
};

function checkUnanimity(ctx: CheckContext, r: Report) {
  const v = r.vote!;
  if (!v.unanimity || !v.contre || v.contre.value === 0) return;
  ctx.report({
    code: 'vote-unanimity',
    range: v.contre.span.range,
    message: t(`Décision dite à l’unanimité avec ${plural(v.contre.value, 'vote contre', 'votes contre')}.`, `Decision said to be unanimous with ${plural(v.contre.value, 'vote', 'votes')} against.`),
    related: [{ range: v.unanimity.range, message: t('unanimité annoncée', 'unanimity stated') }],
  });
}

/** « Contre : 2 (M. X, Mme Y) »: the names given must be as many as the count. */
function checkNamedVotes(ctx: CheckContext, r: Report) {
  const v = r.vote!;
  for (const c of [v.contre, v.abstention]) {
    if (!c || c.names.length === 0 || c.names.length === c.value) continue;
    // (« … Monsieur Anthony Contre : 00 DEININGER, Madame Patricia ROYER, … »: a margin's count run into the list of those
    // present; names right after a zero, not set apart by a parenthesis or a colon, are the list's, not voters.)
    if (c.value === 0 && !/[(:]/.test(ctx.model.doc.text.slice(c.span.end, c.names[0].offset))) continue;
    ctx.report({
      code: 'vote-count',
      range: c.span.range,
      message: t(`${plural(c.value, 'annoncé', 'annoncés')}, ${plural(c.names.length, 'nommé', 'nommés')}.`, `${c.value} stated, ${c.names.length} named.`),
    });
  }
}

/** Proxies in force at the report held by a member (an interested councillor found in the lists). */
function proxiesHeld(m: Model, r: Report, member: Member | undefined): number | undefined {
  return member && m.presenceAt(r.number).proxies.filter((p) => p.holderMember === member).length;
}

/**
 * The voices of the interested members of a report, each with the proxies they hold (the lists are trusted over a
 * « (n) » written after a name; a disagreement is reported by checkInterested, once).
 */
function withheld(m: Model, r: Report, heldBy = r.interested!.persons.map((p) => proxiesHeld(m, r, p.member))): number {
  return r.interested!.persons.reduce((n, p, k) => n + 1 + (heldBy[k] ?? p.proxies), 0);
}

function checkInterested(ctx: CheckContext, r: Report) {
  const v = r.vote!;
  const i = r.interested;
  if (!i) return;
  // « (2) » written after a name must agree with the proxies the lists give that person at this report.
  const heldBy = i.persons.map((p) => proxiesHeld(ctx.model, r, p.member));
  for (const [k, p] of i.persons.entries()) {
    const held = heldBy[k];
    if (!p.written || held === undefined || held === p.proxies) continue;
    ctx.report({
      code: 'interested-count',
      range: p.person.range,
      message: t(
        `${displayName(p.person)} compte pour ${p.proxies + 1} voix ici, mais détient ${plural(held, 'pouvoir', 'pouvoirs')} d’après les listes (${held + 1} voix).`,
        `${displayName(p.person)} counts for ${p.proxies + 1} votes here, but holds ${plural(held, 'proxy', 'proxies')} according to the lists (${held + 1} votes).`,
      ),
    });
  }
  if (!v.nppv) return;
  const withheldVoices = withheld(ctx.model, r, heldBy);
  if (withheldVoices === v.nppv.value) return;
  ctx.report({
    code: 'interested-count',
    range: v.nppv.span.range,
    message: t(
      `${v.nppv.value} ne prennent pas part au vote, mais les conseillers intéressés nommés (avec leurs pouvoirs) font ${withheldVoices}.`,
      `${v.nppv.value} do not vote, but the interested councillors named (with their proxies) make ${withheldVoices}.`,
    ),
    related: [{ range: i.span.range, message: t('conseillers intéressés', 'interested councillors') }],
  });
}
