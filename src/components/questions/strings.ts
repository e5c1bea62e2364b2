/** Every user-facing string of the question builder, in one place for a later translation. */
import { LIMITS } from '../../lib/meeting';
import { strings as shared } from '../shared/strings';
import type { ExportLabels } from '../../lib/question-export';
import type { ShareError } from '../../lib/share-link';
import type { Audience } from '../../lib/question-bank';
import type { TimeBudget } from '../../lib/time-budget';
import type { QuestionCategory } from '../../lib/question-bank';

const min = (n: number): string => `${n} min`;
const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

const categoryNames: Record<QuestionCategory, string> = {
  opening: 'Opening',
  trends: 'Trends',
  insights: 'Insights',
  advice: 'Advice',
  resources: 'Resources',
  assignments: 'Assignments',
  path: 'Their path',
  closing: 'Closing',
};

const audienceNames: Record<Audience, string> = {
  any: 'Anyone',
  student: 'Students',
  'first-gen': 'First-generation',
  'career-changer': 'Career changers',
  senior: 'Senior changers',
  returner: 'Returners',
  internal: 'Internal moves',
  veteran: 'Veterans',
  phd: 'PhDs and postdocs',
  international: 'International students',
  introvert: 'Introverts',
};

const exportLabels: ExportLabels = {
  withPerson: 'With',
  length: 'Length',
  questions: 'Questions',
  note: 'Note',
  noQuestions: 'No questions yet.',
  pastLine: "won't fit",
  minutes: min,
};

export const strings = {
  categoryNames,
  audienceNames,
  exportLabels,
  minutes: min,
  meeting: {
    heading: 'The meeting',
    name: 'Their name',
    role: 'Their role',
    organization: 'Organization',
    length: 'Length',
    lengthOption: (n: number) => `${n} minutes`,
    custom: 'Custom',
    customLength: 'Custom length in minutes',
    customHint: `Whole minutes, ${LIMITS.minLength} to ${LIMITS.maxLength}.`,
    lengthError: `Enter whole minutes from ${LIMITS.minLength} to ${LIMITS.maxLength}.`,
    fieldTooLong: (max: number) => `Keep this to at most ${max} characters.`,
  },
  bank: {
    heading: 'The question bank',
    category: 'Category',
    allCategories: 'All categories',
    audience: 'Suits',
    search: 'Search the questions',
    /** On screen, matching the filters, in the bank: each counted from the data. */
    count: (onScreen: number, matching: number, total: number) =>
      matching === total ? `Showing ${onScreen} of ${total} questions.` : `Showing ${onScreen} of ${matching} matching questions (${total} in the bank).`,
    none: 'No question matches these filters.',
    loading: 'Loading the question bank…',
    failed: 'The question bank could not be loaded. Reload the page to try again, or use the bank page linked below.',
    add: 'Add',
    added: 'Added',
    minutes: min,
    bankLink: 'See the whole bank on one page',
    showMore: (n: number, left: number) => `Show ${n} more (${left} not shown)`,
  },
  own: {
    heading: 'Your own question',
    label: 'Question',
    hint: `Up to ${LIMITS.questionText} characters.`,
    submit: 'Add question',
    empty: 'Write a question first.',
    tooLong: (n: number) => `That's ${n} characters; keep it to ${LIMITS.questionText} or fewer.`,
    addedStatus: 'Added your question to the list.',
  },
  list: {
    heading: 'Your list',
    empty: 'No questions yet. Add some from the bank, write your own, or let us suggest a list.',
    moveUp: 'Move up',
    moveDown: 'Move down',
    remove: 'Remove',
    /** The row's menu button: the visible word, and its name with the question. */
    actions: 'Actions',
    actionsFor: (text: string) => `Actions: ${text}`,
    editFields: 'Edit minutes and note',
    drag: 'Drag to reorder',
    note: 'Note',
    minutes: 'Minutes',
    minutesError: `Enter whole minutes from 1 to ${LIMITS.questionMinutesMax}.`,
    noteTooLong: `Keep the note to at most ${LIMITS.note.toLocaleString('en-US')} characters.`,
    pastLine: "Won't fit",
    forQuestion: (i: number) => ` for question ${i}`,
    moved: (i: number, n: number) => `Moved to position ${i} of ${n}.`,
    removed: 'Question removed.',
    /** The Undo button's name: what it brings back. */
    undoLabel: (text: string) => `${shared.undo}: ${text}`,
    restored: 'Question restored.',
    added: 'Added to your list.',
    yours: 'Your question',
    /** Measured with the microphone in the timer's "Ask each question aloud". */
    askedIn: (seconds: number) => `asked aloud in ${seconds.toFixed(1)} s`,
    askedLong: (max: number) => `longer than ${max} s to ask: cut it down`,
  },
  budget: {
    heading: 'Time budget',
    summary: (b: TimeBudget): string => {
      if (b.fits && b.spareMinutes === 0) return 'Fits exactly, with no minutes to spare.';
      if (b.fits) return `Fits with ${min(b.spareMinutes)} to spare.`;
      const last = b.overCount === 1 ? 'the last question' : `the last ${b.overCount} questions`;
      return `Over by ${min(b.overMinutes)}: ${last} won't fit.`;
    },
    breakdown: (b: TimeBudget) =>
      `Opening ${min(b.openingMinutes)} + questions ${min(b.questionMinutes)} + closing ${min(b.closingMinutes)} = ${min(b.totalMinutes)} of ${min(b.lengthMinutes)}.`,
    opening: 'Opening',
    questions: 'Questions',
    closing: 'Closing',
    spare: 'Spare',
    over: 'Over',
    tiara: 'TIARA coverage',
    tiaraCovered: (n: number) => `${n} ${plural(n, 'question', 'questions')}`,
    tiaraMissing: 'not covered yet',
    tiaraAbout: 'Trends, Insights, Advice, Resources, Assignments: a method by Steve Dalton.',
  },
  suggest: {
    heading: 'Suggest a list',
    audience: 'Suggest for',
    button: 'Suggest a list',
    disabled: 'Suggestions fill an empty list only. Remove the questions on your list to get a suggestion.',
    done: (n: number) => `Suggested ${n} questions. Change anything you like.`,
  },
  exports: {
    heading: 'Take it with you',
    copy: 'Copy as text',
    copied: 'Copied the list to the clipboard.',
    copyFailed: 'Copying did not work here. Select the text below and copy it yourself.',
    copyFallbackLabel: 'The list as text',
    download: 'Download Markdown',
    downloaded: (name: string) => `Downloaded ${name}.`,
    print: 'Print',
    share: 'Copy share link',
    /** Under the share button: what the link carries and what stays here. */
    shareCarries: (title: string) =>
      `The link carries this meeting’s name (“${title}”), its length and the questions with their minutes. It leaves out who you are meeting, your notes, the checklist and your practice runs; rename the meeting first if its name says who.`,
    shareLabel: 'Share link',
    shareCopied: 'Copied the share link. Notes are not included.',
    shareCopyFailed: 'Select the link below and copy it yourself. Notes are not included.',
    shareTooLong: 'This list is too long for a link. Remove a few questions or shorten them, then try again.',
    shareEmpty: 'Add a question before sharing.',
    timer: 'Practice with the timer',
  },
  share: {
    offer: (title: string, n: number) =>
      `Someone shared a list with you: “${title}”, ${n} ${plural(n, 'question', 'questions')}. Import it as a new meeting? Your meetings stay as they are.`,
    untitled: 'Shared question list',
    import: 'Import as a new meeting',
    dismiss: 'Dismiss',
    imported: (title: string) => `Imported “${title}” as a new meeting.`,
    errors: {
      empty: 'This share link is empty. Ask the sender for the whole link.',
      'too-long': 'This share link is too long to open safely. Ask the sender for a shorter list.',
      'wrong-version': 'This share link was made by a different version of Coffee Chat and cannot be opened here.',
      malformed: 'This share link is damaged or cut off. Ask the sender to copy it again.',
      invalid: 'This share link holds something that is not a valid question list.',
    } satisfies Record<ShareError, string>,
  },
  print: {
    with: 'With',
    length: 'Length',
    notes: 'Notes',
  },
  noscript: 'The question builder needs JavaScript. The whole bank is on the question bank page.',
};
