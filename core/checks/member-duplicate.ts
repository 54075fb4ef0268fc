// member-duplicate: the same person listed twice, or giving two proxies.
import type { Check } from './registry';
import { t } from './registry';
import type { Member, Proxy } from '../model/types';
import { displayName, surnameKey } from '../model/people';
import type { CheckContext } from './registry';
import { genderOf } from '../text/agree';
import { assemblyOf } from '../roster/extract';
import { listedAgain } from './util';

export const memberDuplicate: Check = {
  name: 'member-duplicate',
  codes: ['member-duplicate'],
  phase: 'fast',
  run(ctx) {
    const { again, forAnotherTime } = listedAgain(ctx.model);
    for (const [mem, first] of again) {
      // Present, then gone with a proxy from an hour or a report (« pouvoir à M. X à partir de 10 h 50 »): no duplicate.
      if (forAnotherTime.has(mem)) continue;
      const where = first.list === mem.list ? t('deux fois dans la même liste', 'twice in the same list') : t(`aussi dans la liste « ${first.list.label} »`, `also in the list “${first.list.label}”`);
      ctx.report({
        code: 'member-duplicate',
        range: mem.entry.person.range,
        message: t(`${displayName(mem)} est inscrit ${where.fr}.`, `${displayName(mem)} is listed ${where.en}.`),
        related: [{ range: first.entry.person.range, message: t('première inscription', 'first listed here') }],
      });
    }
    surnamesOnly(ctx);
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

/**
 * Acts that write surnames alone (« Étaient présents : Mr LE ROUX, Mrs BORDIER, GOUAS … Absent : Mr GOUAS »): the
 * same surname listed present and absent (or excused) names one member, since the act itself could not tell two
 * apart. Only when that surname is written exactly twice in the act's lists, each time without a given name or
 * initials, with no civility of the other gender, no substitute, and no arrival or departure that would explain it;
 * in a municipal council (below).
 */
function surnamesOnly(ctx: CheckContext) {
  // A municipal council only: every one listed is a member. Syndicates and communities list substitutes too, whose
  // surname may be a member's.
  const assembly = assemblyOf(ctx.model).kind;
  if (assembly ? assembly !== 'conseil municipal' : ctx.model.seance.collectivity?.kind !== 'commune') return;
  const bySurname = new Map<string, Member[]>();
  for (const m of ctx.model.members) {
    const key = surnameKey(m.surname);
    bySurname.set(key, [...(bySurname.get(key) ?? []), m]);
  }
  for (const pair of bySurname.values()) {
    if (pair.length !== 2) continue;
    const [a, b] = pair;
    if (a.given || b.given || a.substitute || b.substitute || a.substituteOf || b.substituteOf) continue;
    if ((a.attendance === 'present') === (b.attendance === 'present')) continue;
    if (a.entry.qualifiers.length || b.entry.qualifiers.length) continue;
    const [ga, gb] = [genderIn(a), genderIn(b)];
    if (ga && gb && ga !== gb) continue;
    const [first, second] = a.entry.offset < b.entry.offset ? [a, b] : [b, a];
    ctx.report({
      code: 'member-duplicate',
      range: second.entry.person.range,
      message: t(
        `${displayName(second)} est inscrit aussi dans la liste « ${first.list.label} » (le nom seul, sans autre membre de ce nom).`,
        `${displayName(second)} is also listed in “${first.list.label}” (the surname alone, no other member of that name).`,
      ),
      related: [{ range: first.entry.person.range, message: t('première inscription', 'first listed here') }],
    });
  }
}

/**
 * The gender of a member as the list says it: their civility, or the plural civility of the enumeration they are
 * part of (« Mrs BORDIER, BOULAY, GOUAS »: men; « Mmes BRETEAU, BRUNEAU »: women; « Mmes et MM … »: not said).
 */
function genderIn(m: Member): 'm' | 'f' | undefined {
  const own = genderOf(m.civility);
  if (own) return own;
  const before = m.list.text.slice(0, Math.max(0, m.entry.offset - m.list.offset));
  const last = [...before.matchAll(/(?<![\p{L}])(Mmes|MMES|Mesdames|Mrs|MM|Messieurs|Mme|Madame|Mlle|M|Mr|Monsieur)(?![\p{L}])\.?/gu)].pop();
  if (!last) return undefined;
  // « Mmes et MM », « Mesdames et Messieurs »: both.
  if (/^[ \u00a0]*(?:et|&)[ \u00a0]+(?:MM|Mrs|Messieurs|Mmes|Mesdames)/i.test(before.slice(last.index! + last[0].length)) || /(?:Mmes|Mesdames)[ \u00a0]+(?:et|&)[ \u00a0]+$/i.test(before.slice(0, last.index))) return undefined;
  return /^(?:Mmes|MMES|Mesdames)$/.test(last[1]) ? 'f' : /^(?:Mrs|MM|Messieurs)$/.test(last[1]) ? 'm' : undefined;
}
