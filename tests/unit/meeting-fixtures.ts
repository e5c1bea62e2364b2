/** Shared test data: a full valid meeting, fast-check generators of meetings, and ways to corrupt one. */
import fc from 'fast-check';
import { LIMITS, type Meeting } from '../../src/lib/meeting';

/** A meeting with every optional field filled, so validators see each one. */
export function fullMeeting(over: Partial<Meeting> = {}): Meeting {
  return {
    id: 'm1',
    title: 'Chat with Ana',
    contact: { name: 'Ana Ruiz', role: 'Data engineer', organization: 'Acme' },
    scheduledAt: '2026-03-01T15:00:00.000Z',
    requestSentOn: '2026-02-18',
    connection: 'Sam Lee, my old manager',
    interestBroad: 'data engineering',
    interestNarrow: 'streaming pipelines',
    followUpSentOn: '2026-02-27',
    thankYouSentOn: '2026-03-02',
    drafts: [{ kind: 'thank-you', subject: 'Thank you, Ana', body: 'Hi Ana,\n\nThank you for yesterday.', updatedAt: '2026-03-02T09:00:00.000Z' }],
    introTake: { at: '2026-02-27T09:00:00.000Z', spokenSec: 31.2, durationSec: 38.5, pauses: 4, longestPauseSec: 1.8 },
    lengthMinutes: 20,
    questions: [{ id: 'q1', bankId: 'b-7', text: 'How did you start?', note: 'ask early', minutes: 3, askedSec: 4.6 }],
    checklist: [{ id: 'c1', templateId: 't1', text: 'Research Acme', phase: 'before', done: true, doneAt: '2026-02-27T10:00:00.000Z' }],
    runs: [
      {
        id: 'r1',
        startedAt: '2026-02-28T10:00:00.000Z',
        endedAt: '2026-02-28T10:21:00.000Z',
        segments: [{ label: 'Small talk', plannedSec: 180, actualSec: 200 }],
        rating: 4,
        notes: 'Rushed the ending',
        speech: { talkSec: [52.4], spokenSec: 52.4, questionsShare: 0.28, share: 0.26, longestMonologueSec: 21.5, silenceAfterSec: [2.5] },
      },
    ],
    notes: 'Met at the meetup',
    createdAt: '2026-02-20T09:00:00.000Z',
    updatedAt: '2026-02-28T10:21:00.000Z',
    ...over,
  };
}

const times = fc
  .integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2025-01-01T00:00:10Z') })
  .map((t) => new Date(t).toISOString());

/** Meetings with few ids and few distinct times, so collisions and ties actually happen. */
export const meetingArb: fc.Arbitrary<Meeting> = fc
  .record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), title: fc.string({ maxLength: 8 }), updatedAt: times })
  .map(({ id, title, updatedAt }) => fullMeeting({ id, title, updatedAt, createdAt: '2025-01-01T00:00:00.000Z' }));

/** A list with unique ids, as storage and imports hold. */
export const meetingListArb = fc.uniqueArray(meetingArb, { selector: (m) => m.id, maxLength: 5 });

/** Deletion records over the same ids and times. */
export const tombstonesArb = fc.uniqueArray(
  fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), deletedAt: times }),
  { selector: (t) => t.id, maxLength: 3 },
);

/** Ways one stored meeting can fail validation while the rest of the key stays readable. */
export const CORRUPTIONS: Record<string, (m: Meeting) => unknown> = {
  'a question over the length limit': (m) => ({ ...m, questions: [{ ...m.questions[0]!, text: 'x'.repeat(LIMITS.questionText + 1) }] }),
  'an unreadable date': (m) => ({ ...m, updatedAt: 'last Tuesday' }),
  'a title that is not text': (m) => ({ ...m, title: 42 }),
  'no contact at all': ({ contact: _, ...m }) => m,
  'something that is not a meeting': () => null,
};

/**
 * A list of valid meetings, and the same list as stored with any subset corrupted: `stored[i]` is
 * `meetings[i]` or a broken copy of it, and `broken[i]` says which.
 */
export const partlyCorruptArb = meetingListArb.chain((meetings) =>
  fc
    .array(fc.option(fc.constantFrom(...Object.values(CORRUPTIONS)), { nil: undefined }), { minLength: meetings.length, maxLength: meetings.length })
    .map((how) => ({
      meetings,
      broken: how.map((c) => c !== undefined),
      stored: meetings.map((m, i) => (how[i] ? how[i](m) : m)),
    })),
);
