/**
 * The house numbers: every figure Coffee Chat recommends, in one place.
 *
 * Guides show them through `{H....}` expressions (import `H` from this file in the MDX body), the
 * agenda and checklist templates and the question bank are checked against them by
 * `tests/site/house-numbers.test.ts`, and tools (message writer, speech meter, data pages) import
 * them by name. Where a figure comes from a source, `basis` says which; "our advice" means the site
 * states it as its own recommendation. Change a figure (in ./house/) and the test shows every page, template
 * or data file that still states the old one.
 *
 * The figures live in ./house/, one file per subject, so that each page's JavaScript carries only
 * the ones its code uses (a module ships whole, wherever one of its figures is needed); this file
 * exports them all and is the one to import.
 */
import { MEETING, closingMinutesFor, meetingSplit, openingMinutesFor } from './house/meeting';
import { SPEAKING } from './house/speaking';
import { QUESTIONS } from './house/questions';
import { FOLLOW_UP, LIMITS, MESSAGE_CHECKS, OUTREACH, type LimitName, type MessageLimit } from './house/messages';
import { ARRIVAL } from './house/arrival';
import { TOOLS } from './house/tools';

export { ARRIVAL, FOLLOW_UP, LIMITS, MEETING, MESSAGE_CHECKS, OUTREACH, QUESTIONS, SPEAKING, TOOLS, closingMinutesFor, meetingSplit, openingMinutesFor };
export type { LimitName, MessageLimit };

/** Everything above under one short name, for MDX expressions (`{H.FOLLOW_UP.thankYouWithinHours}`). */
export const H = { MEETING, SPEAKING, QUESTIONS, OUTREACH, LIMITS, FOLLOW_UP, ARRIVAL, MESSAGE_CHECKS, TOOLS, split: meetingSplit } as const;
