/**
 * Words for the message writer: a sentence for each check finding (what to change) and the guide
 * section behind it. The checks in src/lib/messages return ids with data; only this file has English.
 */
import type { CheckName, Flag, FlagId, MessageKind, Note, NoteId } from '../../lib/messages';

export interface GuideLink {
  href: string;
  label: string;
}

/**
 * How the UI formats dates a finding carries: `date` an ISO instant (formatDate from
 * src/lib/due-dates with the reader's zone), `day` a YYYY-MM-DD day.
 */
export interface StringFormat {
  date(iso: string): string;
  day(day: string): string;
}

type FlagOf<K extends FlagId> = Extract<Flag, { id: K }>;
type NoteOf<K extends NoteId> = Extract<Note, { id: K }>;

const ASKING = 'asking-for-the-meeting';
const FOLLOWING = 'following-up';
const ETIQUETTE = 'etiquette';

/** A guide section, named by its heading; its anchor is the heading as the guides slug it, unless given. */
const section = (guide: string, label: string, anchor = label.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-')): GuideLink => ({
  href: `/guides/${guide}/#${anchor}`,
  label,
});

const request = section(ASKING, 'What a good request includes');
const referral = section(ASKING, 'When someone referred you');
const subjectLines = section(ASKING, 'Subject lines that get opened');
const template = section(ASKING, 'A request you can copy');
const threeBSeven = section(ASKING, 'The 3B7 routine', 'if-you-dont-hear-back-the-3b7-routine');
const oneFollowUp = section(ASKING, 'The one-time follow-up');
const noJob = section(ETIQUETTE, 'Never ask for a job');
const time = section(ETIQUETTE, 'Keep to the time you asked for');
const thankYou = section(FOLLOWING, 'The thank-you note', 'the-thank-you-note-send-it-within-24-hours');
const specific = section(FOLLOWING, 'What makes a thank-you specific');
const update = section(FOLLOWING, 'Report back after about two weeks');

/** A number as the reader reads it: "20,000". */
const num = (n: number) => n.toLocaleString('en-US');
/** A count with its noun, the number grouped: "1,204 words". */
const counted = (n: number, one: string, many: string) => `${num(n)} ${n === 1 ? one : many}`;

/** A sentence and a guide link for every flag id. */
export const flagStrings: { [K in FlagId]: { text: (f: FlagOf<K>, fmt: StringFormat) => string; guide: GuideLink } } = {
  'too-long': {
    text: (f) =>
      f.unit === 'words'
        ? `${counted(f.count, 'word', 'words')}: aim for ${f.limit} or fewer${f.outerLimit ? ` (${f.outerLimit} at most)` : ''}. Cut anything they don't need to say yes.`
        : `${counted(f.count, 'character', 'characters')}: a free LinkedIn note takes ${f.limit}${f.outerLimit ? ` (${f.outerLimit} with Premium)` : ''}. Keep your connection and your question.`,
    guide: request,
  },
  'over-outer-limit': {
    text: (f) =>
      f.unit === 'words'
        ? `${counted(f.count, 'word', 'words')}, over the ${f.limit}-word limit: it won't fit on a phone screen. Keep the connection, why them, and one question.`
        : `${counted(f.count, 'character', 'characters')}: LinkedIn won't take more than ${f.limit}, even with Premium.`,
    guide: request,
  },
  'connection-missing': {
    text: () => 'Say how you found them or who sent you (a referrer, a shared school, their talk). It is the best reason for them to reply.',
    guide: request,
  },
  'connection-not-first': {
    text: (f) => `Your connection comes in sentence ${f.sentence}. Move it to the first sentence, where they'll see it first.`,
    guide: referral,
  },
  'no-question': {
    text: () => 'Ask for the meeting as one clear question ending in "?", such as "Would you have 20 minutes next week?"',
    guide: request,
  },
  'request-not-question': {
    text: (f) => `"${f.sentence}" hints at a request. Turn it into one question ending in "?", so it is easy to answer yes.`,
    guide: request,
  },
  'several-requests': {
    text: (f) => `${f.count} requests in one message. Keep the one that matters most: the meeting.`,
    guide: request,
  },
  'several-questions': {
    text: (f) => `${f.count} questions and no clear request. Keep one question: whether they have time to talk.`,
    guide: request,
  },
  'time-ask-missing': {
    text: (f) => `Say how much of their time you're asking for${f.meetingMinutes ? `, ${f.meetingMinutes} minutes` : ''}. A small, exact ask is easier to accept.`,
    guide: time,
  },
  'time-ask-mismatch': {
    text: (f) => `You ask for "${f.asked}", but the meeting is set to ${f.meetingMinutes} minutes. Ask for the time you plan to use.`,
    guide: time,
  },
  'job-ask': {
    text: (f) =>
      /r[ée]sum[ée]|\bcv\b/i.test(f.phrase)
        ? `"${f.phrase}": leave your résumé out. If they want it, they'll ask.`
        : `"${f.phrase}" reads as asking for a job. Ask to learn from them; let any referral be their idea.`,
    guide: noJob,
  },
  'about-you': {
    text: (f) => `"I", "me" and "my" ${f.me} times, "you" and "your" ${f.you}. Say more about them: their work, their path.`,
    guide: request,
  },
  'unfilled-placeholder': {
    text: (f) => `Fill in ${f.text}${f.where === 'subject' ? ' in the subject' : ''}.`,
    guide: template,
  },
  'subject-missing': {
    text: () => 'Add a subject line. A short, specific one ("Referred by Sam Lee") gets opened.',
    guide: subjectLines,
  },
  'subject-too-long': {
    text: (f) => `The subject is ${f.chars} characters; phones cut it off after about ${f.limit}.`,
    guide: subjectLines,
  },
  'subject-vague': {
    text: (f) => `"${f.subject}" could be from anyone. Name your connection or their work, such as "Fellow Temple grad" or "Your talk at the nursing conference".`,
    guide: subjectLines,
  },
  'hard-to-read': {
    text: (f) => `This reads at about grade ${Math.round(f.grade)}. Aim for grade ${f.limit} or lower: shorter sentences, everyday words.`,
    guide: request,
  },
  'follow-up-too-early': {
    text: (f, fmt) => `It's early to follow up: give them ${f.businessDays} business days. You can send this from ${fmt.date(f.due)} on.`,
    guide: threeBSeven,
  },
  'follow-up-already-sent': {
    text: (f, fmt) => `You already followed up (${fmt.day(f.sentOn)}). Follow up only once; then turn to someone else.`,
    guide: oneFollowUp,
  },
  'follow-up-not-needed': {
    text: () => 'This meeting has a date, so they answered: no follow-up needed.',
    guide: threeBSeven,
  },
  'thank-you-before-meeting': {
    text: (f, fmt) => `The meeting is on ${fmt.date(f.meetingAt)}. Write the thank-you after it, while it's fresh.`,
    guide: thankYou,
  },
  'thank-you-late': {
    text: (f) => `It's been ${counted(f.hoursSince, 'hour', 'hours')} since the meeting; the norm is within ${f.limit}. Send it now anyway: late beats never.`,
    guide: thankYou,
  },
  'update-too-early': {
    text: (f, fmt) => `About ${f.days} days after the meeting (${fmt.date(f.due)}) gives you something to report. Wait until you've acted on their advice.`,
    guide: update,
  },
  'thank-you-generic': {
    text: () => 'Name one specific thing they said and what you will do with it. That is what they will remember.',
    guide: specific,
  },
  'thank-you-asks-more': {
    text: (f) => `"${f.phrase}" asks for something new. A thank-you asks for nothing; save requests for later.`,
    guide: specific,
  },
};

/** Sentences for notes (information, not advice). */
export const noteStrings: { [K in NoteId]: (n: NoteOf<K>) => string } = {
  'english-only': () => 'These checks read English only. Your message is mostly in another script, so only length, placeholders and timing are checked.',
  truncated: (n) => `This message is very long; only the first ${num(n.readChars)} characters were checked.`,
  'markup-pasted': () => 'This looks like pasted HTML. It is kept as plain text, tags and all: remove the tags before you send.',
  'timing-unknown': (n) =>
    n.needs === 'request-sent-on'
      ? 'Add the day you sent your request to the meeting to check when to follow up.'
      : 'Add the meeting date to check when to send this.',
};

/** The sentence for any finding. */
export function flagText(f: Flag, fmt: StringFormat): string {
  const entry = flagStrings[f.id] as { text: (f: Flag, fmt: StringFormat) => string };
  return entry.text(f, fmt);
}

/** The guide section behind a flag. */
export function flagGuide(f: Flag): GuideLink {
  return flagStrings[f.id].guide;
}

/** The sentence for a note. */
export function noteText(n: Note): string {
  return (noteStrings[n.id] as (n: Note) => string)(n);
}

/** Short names of the checks, for the list that shows each as passed or not. */
export const checkLabels: Record<CheckName, string> = {
  length: 'Length',
  'connection-first': 'Connection first',
  'one-request': 'One request, as a question',
  'time-ask': 'Time asked for',
  'no-job-ask': 'No job ask',
  'about-them': 'About them',
  placeholders: 'All fields filled in',
  subject: 'Subject line',
  'reading-level': 'Plain language',
  timing: 'Timing',
  'thank-you-specific': 'Specific, asks nothing new',
};

export const kindLabels: Record<MessageKind, string> = {
  'cold-request': 'Request by email',
  'referral-request': 'Request through a referral',
  'linkedin-note': 'LinkedIn connection note',
  'follow-up': 'The one follow-up',
  'time-slots': 'Reply with time slots',
  confirmation: 'Confirmation',
  reschedule: 'Reschedule',
  'thank-you': 'Thank-you',
  update: 'Two-week update',
  'keep-in-touch': 'Keeping in touch',
  'close-the-loop': 'Closing the loop with your referrer',
};

/** Said when a message is too long for an email link. */
export const mailtoTooLong = (length: number, limit: number) =>
  `This message is too long for an email link (${num(length)} of ${num(limit)} characters). Copy it and paste it into your email instead.`;

// The writer's own words (headings, labels, buttons, statuses), one export each: the components
// import them as a namespace (`import * as s`), so the bundle names each with a short variable
// instead of carrying every key as a property name.

export const detailsHeading = 'About them and you';
export const detailsHint = 'These fill the [brackets] in every message. Everything stays in this browser.';
/** The labels of the details fields, by meeting field. */
export const fieldLabels = {
  name: 'Their name',
  role: 'Their role',
  organization: 'Their organization',
  connection: 'How you are connected',
  interestBroad: 'Your interest, broad',
  interestNarrow: 'Your interest, narrow',
};
/** The hints under the reader's own fields. */
export const fieldHints = {
  connection: 'A referrer, a shared school, their talk: "Sam Lee, my old manager".',
  interestBroad: 'The field, such as "public health".',
  interestNarrow: 'The part of it you care most about, such as "vaccine outreach".',
};
export const tooLong = (max: number) => `Keep this to ${num(max)} characters or fewer; it is not saved until then.`;

export const messageHeading = 'Your message';
export const kindLabel = 'Kind of message';
export const subjectLabel = 'Subject';
export const bodyLabel = 'Message text';
export const bodyHint = 'Anything still in [brackets] is yours to fill in. Pasted formatting is kept as plain text.';
export const countText = (words: number, chars: number) => `${counted(words, 'word', 'words')}, ${counted(chars, 'character', 'characters')}`;
export const draftSaved = 'Draft saved in this browser.';
export const draftFromTemplate = 'Starting from our template, filled in from this meeting.';
export const draftTooLong = (max: number) => `This draft is over ${num(max)} characters, so it is not saved. Shorten it to keep it.`;
export const restart = 'Start again from the template';
export const restarted = 'Back to the template. Your previous draft can be brought back with Undo.';

export const pointsHeading = 'Points from your meeting';
export const pointsHint = 'Name one thing they said and what you will do with it. Your questions and notes:';
export const pointsNone = 'No questions or notes on this meeting yet. Add them in the question builder.';
export const pointsQuestions = 'Your questions';
export const pointsNotes = 'Your notes';

export const checksHeading = 'Advice on this draft';
export const checksHint = 'Advice, not a score: each point says what to change and links to the guide behind it.';
export const checksEmpty = 'Write your message to see advice here.';
export const passes = 'passes';
export const advice = 'advice';
export const skipped = 'not checked';
export const guideLink = (label: string) => `Guide: ${label}`;
export const checksSummary = (n: number) => (n === 0 ? 'Every check passes.' : `${counted(n, 'point', 'points')} of advice.`);

export const actionsHeading = 'Send it';
export const copyLabel = 'Copy message';
export const copySubject = 'Copy subject';
export const copied = 'Copied as plain text.';
export const copyFailed = 'Your browser did not allow copying. Select the text and copy it yourself.';
export const mailtoLabel = 'Open in your email app';
export const sentOn = 'Sent on';
export const markSent = 'I sent it';
export const sentStatus = (day: string) => `Recorded as sent on ${day}.`;
export const sentDone = (day: string) => `Recorded as sent on ${day}. The checklist item is ticked and its due dates moved.`;
export const sentChecklist = 'See it in the checklist';
export const sentBadDay = 'Enter the day you sent it.';
