// Checks on attendance and votes, report by report: declared counts, duplicates, proxies, quorum, votes,
// interested councillors.
import type { Check, CheckContext } from './registry';
import { t } from './registry';
import type { Member, Model, Proxy, Report } from '../model/types';
import { allows, orderIndex } from '../model/attendance';
import { displayName, initialsOf, surnameKey } from '../model/people';
import type { PersonNode } from '../syntax/tree';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** The reports to examine: those of the document, or the whole séance when none is numbered. */
function reportsOf(m: Model): (Report | undefined)[] {
  return m.reports.length ? m.reports : [undefined];
}

function represented(m: Model, r?: Report): number {
  return m.presenceAt(r?.number).proxies.length;
}

export const memberCount: Check = {
  name: 'member-count',
  codes: ['member-count'],
  phase: 'fast',
  run(ctx) {
    const m = ctx.model;
    if (m.members.length === 0) return;
    const s = m.seance;
    const listed = m.members.length;
    if (s.membersInOffice && listed !== s.membersInOffice.value) {
      ctx.report({
        code: 'member-count',
        range: s.membersInOffice.span.range,
        message: t(
          `${s.membersInOffice.value} membres en exercice déclarés, les listes en nomment ${listed} (présents, absents et excusés).`,
          `${s.membersInOffice.value} members in office declared; the lists name ${listed} (present, absent and excused).`,
        ),
      });
    }
    // Declared counts are those of the séance's (first) report.
    const r = reportsOf(m)[0];
    const p = m.presenceAt(r?.number);
    if (s.declaredPresent && s.declaredPresent.value !== p.present.length) {
      ctx.report({
        code: 'member-count',
        range: s.declaredPresent.span.range,
        message: t(
          `${s.declaredPresent.value} présents déclarés, la liste des présents en nomme ${p.present.length}.`,
          `${s.declaredPresent.value} present declared; the list of those present names ${p.present.length}.`,
        ),
      });
    }
    if (s.declaredRepresented && s.declaredRepresented.value !== p.proxies.length) {
      ctx.report({
        code: 'member-count',
        range: s.declaredRepresented.span.range,
        message: t(`${s.declaredRepresented.value} représentés déclarés, les listes donnent ${p.proxies.length} pouvoirs.`, `${s.declaredRepresented.value} represented declared; the lists give ${p.proxies.length} proxies.`),
      });
    }
    const voters = p.present.length + p.proxies.length;
    if (s.declaredVoters && s.declaredVoters.value !== voters) {
      ctx.report({
        code: 'member-count',
        range: s.declaredVoters.span.range,
        message: t(
          `${s.declaredVoters.value} votants déclarés, mais ${p.present.length} présents + ${p.proxies.length} pouvoirs = ${voters}.`,
          `${s.declaredVoters.value} voters declared, but ${p.present.length} present + ${p.proxies.length} proxies = ${voters}.`,
        ),
      });
    }
  },
};

function personKey(p: { given?: string; surname: string }): string {
  return `${surnameKey(p.surname)}|${p.given ? initialsOf(p.given) : ''}`;
}

export const memberDuplicate: Check = {
  name: 'member-duplicate',
  codes: ['member-duplicate'],
  phase: 'fast',
  run(ctx) {
    const seen = new Map<string, Member>();
    for (const mem of ctx.model.members) {
      if (!mem.given) continue;
      const key = `${personKey(mem)}|${mem.given.toLowerCase()}`;
      const first = seen.get(key);
      if (!first) { seen.set(key, mem); continue; }
      const where = first.list === mem.list ? t('deux fois dans la même liste', 'twice in the same list') : t(`aussi dans la liste « ${first.list.label} »`, `also in the list “${first.list.label}”`);
      ctx.report({
        code: 'member-duplicate',
        range: mem.entry.person.range,
        message: t(`${displayName(mem)} est inscrit ${where.fr}.`, `${displayName(mem)} is listed ${where.en}.`),
        related: [{ range: first.entry.person.range, message: t('première inscription', 'first listed here') }],
      });
    }
    // The same member giving two proxies in the paired lists.
    const givers = new Map<Member, Proxy>();
    for (const p of ctx.model.proxies) {
      if (!p.giverMember) continue;
      const first = givers.get(p.giverMember);
      if (!first) { givers.set(p.giverMember, p); continue; }
      if (p.qualifiers.length || first.qualifiers.length) continue; // successive proxies over different reports
      ctx.report({
        code: 'member-duplicate',
        range: p.giver.range,
        message: t(`${displayName(p.giver)} donne deux pouvoirs.`, `${displayName(p.giver)} gives two proxies.`),
        related: [{ range: first.giver.range, message: t('premier pouvoir', 'first proxy') }],
      });
    }
  },
};

/** Reports (positions in the ordre de passage) at which a proxy is in force; the séance itself when there is no order. */
function positionsOf(m: Model): (string | undefined)[] {
  return m.seance.order.length ? m.seance.order.map((o) => o.number) : reportsOf(m).map((r) => r?.number);
}

export const proxies: Check = {
  name: 'proxies',
  codes: ['proxy-holder-absent', 'proxy-giver-present', 'proxy-limit', 'person-ambiguous'],
  phase: 'fast',
  run(ctx) {
    const m = ctx.model;
    const index = orderIndex(m.seance.order);
    const positions = positionsOf(m);
    const reported = new Set<string>();
    const number = new Map(m.proxies.map((p, i) => [p, i]));
    const once = (key: string, f: () => void) => { if (!reported.has(key)) { reported.add(key); f(); } };
    for (const at of positions) {
      const pos = at === undefined ? undefined : index.get(at);
      const presence = m.presenceAt(at);
      const present = new Set(presence.present);
      const inForce = m.proxies.filter((p) => allows(p.qualifiers, pos, index));
      const held = new Map<Member | PersonNode, Proxy[]>();
      for (const p of inForce) {
        const where = at ? t(` au rapport ${at}`, ` at report ${at}`) : t('', '');
        if (p.holderMember && !present.has(p.holderMember)) {
          once(`holder|${number.get(p)}`, () => ctx.report({
            code: 'proxy-holder-absent',
            range: p.holder.range,
            message: t(`${displayName(p.holder)} détient le pouvoir de ${displayName(p.giver)} mais n’est pas présent${where.fr}.`, `${displayName(p.holder)} holds the proxy of ${displayName(p.giver)} but is not present${where.en}.`),
            related: [{ range: p.holderMember!.entry.person.range, message: t('inscription dans les listes', 'listed here') }],
          }));
        }
        if (p.giverMember && present.has(p.giverMember)) {
          // A member listed present for the whole séance, with no arrival or departure written, may have left
          // without the list saying so: that is a question for the drafter, not a certain error.
          const g = p.giverMember;
          const unbounded = p.form === 'paired' && !g.from && !g.until && p.qualifiers.length === 0;
          once(`giver|${number.get(p)}`, () => ctx.report({
            code: 'proxy-giver-present',
            severity: unbounded ? 'information' : undefined,
            range: p.giver.range,
            message: unbounded
              ? t(`${displayName(p.giver)} donne pouvoir mais figure parmi les présents sans heure de départ : préciser à partir de quel rapport.`, `${displayName(p.giver)} gives a proxy but is listed present with no departure: state from which report.`)
              : t(`${displayName(p.giver)} donne pouvoir alors qu’il est présent${where.fr}.`, `${displayName(p.giver)} gives a proxy while present${where.en}.`),
            related: [{ range: g.entry.person.range, message: t('inscrit parmi les présents', 'listed as present') }],
          }));
        }
        const key = p.holderMember ?? p.holder;
        held.set(key, [...(held.get(key) ?? []), p]);
      }
      for (const [, list] of held) {
        if (list.length < 2) continue;
        const extra = list[1];
        once(`limit|${number.get(extra)}`, () => ctx.report({
          code: 'proxy-limit',
          range: extra.holder.range,
          message: t(
            `${displayName(extra.holder)} détient ${plural(list.length, 'pouvoir', 'pouvoirs')}${at ? ` au rapport ${at}` : ''} ; la loi n’en permet qu’un (CGCT L2121-20).`,
            `${displayName(extra.holder)} holds ${plural(list.length, 'proxy', 'proxies')}${at ? ` at report ${at}` : ''}; the law allows one (CGCT L2121-20).`,
          ),
          related: list.filter((x) => x !== extra).map((x) => ({ range: x.holder.range, message: t(`pouvoir de ${displayName(x.giver)}`, `proxy of ${displayName(x.giver)}`) })),
        }));
      }
    }
    for (const u of m.unresolved) {
      ctx.report({
        code: 'person-ambiguous',
        range: u.person.range,
        message: u.candidates.length
          ? t(`« ${u.person.text.trim()} » peut désigner ${u.candidates.map(displayName).join(' ou ')}.`, `“${u.person.text.trim()}” may be ${u.candidates.map(displayName).join(' or ')}.`)
          : t(`« ${u.person.text.trim()} » ne figure dans aucune liste de présence.`, `“${u.person.text.trim()}” is in no attendance list.`),
      });
    }
  },
};

/** Interested members who do not take part in the debate (they leave the room) count for neither quorum nor vote. */
function interestedMembers(m: Model, r: Report | undefined): Member[] {
  if (!r?.interested) return [];
  const present = m.presenceAt(r.number).present;
  const out: Member[] = [];
  for (const i of r.interested.persons) {
    const key = surnameKey(i.person.surname);
    const found = present.filter((p) => surnameKey(p.surname) === key);
    if (found.length === 1) out.push(found[0]);
  }
  return out;
}

export const quorum: Check = {
  name: 'quorum',
  codes: ['quorum'],
  phase: 'fast',
  run(ctx) {
    const m = ctx.model;
    const inOffice = m.seance.membersInOffice?.value;
    if (!inOffice || m.members.length === 0) return;
    const needed = Math.floor(inOffice / 2) + 1;
    for (const r of reportsOf(m)) {
      const leaving = /ne participen?t pas aux débats|quitten?t la salle|se retiren?t/i.test(r?.interested ? m.doc.text.slice(r.interested.span.offset, r.interested.span.end) : '') ? interestedMembers(m, r).length : 0;
      const present = m.presenceAt(r?.number).present.length - leaving;
      if (present >= needed) continue;
      const at = r?.vote?.span ?? r?.span ?? m.seance.membersInOffice!.span;
      ctx.report({
        code: 'quorum',
        range: at.range,
        message: t(
          `Quorum non atteint${r?.number ? ` au rapport ${r.number}` : ''} : ${present} présents, il en faut ${needed} sur ${inOffice} en exercice (CGCT L2121-17 ; les pouvoirs ne comptent pas).`,
          `Quorum not reached${r?.number ? ` at report ${r.number}` : ''}: ${present} present, ${needed} needed out of ${inOffice} in office (CGCT L2121-17; proxies do not count).`,
        ),
      });
    }
  },
};

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
      if (m.members.length && p.present.length) {
        const expected = p.present.length + represented(m, r);
        if (cast !== expected) {
          ctx.report({
            code: 'vote-count',
            range: v.pour.span.range,
            message: t(
              `Les votes totalisent ${cast} (pour ${v.pour.value}, contre ${v.contre?.value ?? 0}, abstention ${v.abstention?.value ?? 0}, ne prenant pas part ${v.nppv?.value ?? 0}) ; ${p.present.length} présents et ${p.proxies.length} représentés${r.number ? ` au rapport ${r.number}` : ''} font ${expected}.`,
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
    ctx.report({
      code: 'vote-count',
      range: c.span.range,
      message: t(`${c.value} annoncés, ${c.names.length} nommés.`, `${c.value} stated, ${c.names.length} named.`),
    });
  }
}

/** Proxies in force at the report held by a person named in the text (resolved against the members). */
function proxiesHeld(m: Model, r: Report, person: PersonNode): number | undefined {
  const found = m.people.resolve(person);
  if (found.kind !== 'found') return undefined;
  return m.presenceAt(r.number).proxies.filter((p) => p.holderMember === found.member).length;
}

function checkInterested(ctx: CheckContext, r: Report) {
  const v = r.vote!;
  const i = r.interested;
  if (!i) return;
  // « (2) » written after a name must agree with the proxies the lists give that person at this report.
  for (const p of i.persons) {
    const held = proxiesHeld(ctx.model, r, p.person);
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
  // The lists are trusted over « (n) » (a disagreement is reported above, once).
  const withheld = i.persons.reduce((n, p) => n + 1 + (proxiesHeld(ctx.model, r, p.person) ?? p.proxies), 0);
  if (withheld === v.nppv.value) return;
  ctx.report({
    code: 'interested-count',
    range: v.nppv.span.range,
    message: t(
      `${v.nppv.value} ne prennent pas part au vote, mais les conseillers intéressés nommés (avec leurs pouvoirs) font ${withheld}.`,
      `${v.nppv.value} do not vote, but the interested councillors named (with their proxies) make ${withheld}.`,
    ),
    related: [{ range: i.span.range, message: t('conseillers intéressés', 'interested councillors') }],
  });
}
