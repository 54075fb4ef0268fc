// member-duplicate: the same person listed twice, or giving two proxies.
import type { Check } from './registry';
import { t } from './registry';
import type { Member, Proxy } from '../model/types';
import { displayName } from '../model/people';
import { listedAgain, sameProxy } from './util';

export const memberDuplicate: Check = {
  name: 'member-duplicate',
  codes: ['member-duplicate'],
  phase: 'fast',
  run(ctx) {
    const { again, forAnotherTime, surnameOnly } = listedAgain(ctx.model);
    for (const [mem, first] of again) {
      // Present, then gone with a proxy from an hour or a report (« pouvoir à M. X à partir de 10 h 50 »): no duplicate.
      if (forAnotherTime.has(mem)) continue;
      const where = first.list === mem.list ? t('deux fois dans la même liste', 'twice in the same list') : t(`aussi dans la liste « ${first.list.label} »`, `also in the list “${first.list.label}”`);
      // (A surname alone, written twice: see `listedAgain`.)
      const alone = surnameOnly.has(mem) ? t(' (le nom seul, sans autre membre de ce nom)', ' (the surname alone, no other member of that name)') : t('', '');
      ctx.report({
        code: 'member-duplicate',
        range: mem.entry.person.range,
        message: t(`${displayName(mem)} est inscrit ${where.fr}${alone.fr}.`, `${displayName(mem)} is listed ${where.en}${alone.en}.`),
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
      if (sameProxy(first, p)) continue; // one proxy written twice
      ctx.report({
        code: 'member-duplicate',
        range: p.giver.range,
        message: t(`${displayName(p.giver)} donne deux pouvoirs.`, `${displayName(p.giver)} gives two proxies.`),
        related: [{ range: first.giver.range, message: t('premier pouvoir', 'first proxy') }],
      });
    }
  },
};
