// All the checks, in the order they run, one file each. Fast checks need only the document; slow ones need data
// loaded once (the commune index, the roster).
import type { Check } from './registry';
import { syntax } from './syntax';
import { totals } from './total-mismatch';
import { sameAmounts } from './amount-mismatch';
import { percents } from './percent-mismatch';
import { budget } from './budget-unbalanced';
import { articleNumbering } from './article-numbering';
import { articleRequired } from './article-required';
import { references } from './ref-unresolved';
import { memberCount } from './member-count';
import { memberDuplicate } from './member-duplicate';
import { proxies } from './proxies';
import { quorum } from './quorum';
import { votes } from './votes';
import { majorityMismatch } from './majority-mismatch';
import { mentionMissing } from './mention-missing';
import { weekdays } from './weekday-mismatch';
import { dateOrder } from './date-order';
import { convocation } from './convocation-delay';
import { communeNames } from './communes';
import { members } from './members';

export const ALL_CHECKS: Check[] = [
  syntax,
  totals, sameAmounts, percents, budget,
  articleNumbering, articleRequired, references,
  memberCount, memberDuplicate, proxies, quorum, votes, majorityMismatch, mentionMissing,
  weekdays, dateOrder,
  convocation, communeNames, members,
];

export { runChecks } from './registry';
export { CODES } from './codes';
