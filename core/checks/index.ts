// All the checks, in the order they run. Fast checks need only the document; slow ones need data loaded once.
import type { Check } from './registry';
import { syntax, articleNumbering, articleRequired, references } from './structure';
import { totals, sameAmounts, percents, budget } from './money';
import { memberCount, memberDuplicate, proxies, quorum, votes } from './attendance';
import { weekdays, dateOrder, convocation } from './dates';
import { communeNames } from './communes';
import { members } from './members';

export const ALL_CHECKS: Check[] = [
  syntax,
  totals, sameAmounts, percents, budget,
  articleNumbering, articleRequired, references,
  memberCount, memberDuplicate, proxies, quorum, votes,
  weekdays, dateOrder,
  convocation, communeNames,
  members,
];

export { runChecks } from './registry';
export { CODES } from './codes';
