/** Every user-facing string of the prep checklist, in one place for translation. */
import { LIMITS, type Phase } from '../../lib/meeting';
import type { DuePhrases } from '../../lib/due-rules';
import type { CalendarText } from '../../lib/ics';

const phaseTitles: Record<Phase, string> = {
  before: 'Before the meeting',
  'day-of': 'On the day',
  after: 'After the meeting',
};

const duePhrases: DuePhrases = {
  today: 'due today',
  tomorrow: 'due tomorrow',
  inDays: (n) => `due in ${n} days`,
  overdueToday: 'overdue since earlier today',
  daysOverdue: (n) => (n === 1 ? '1 day overdue' : `${n} days overdue`),
};

const calendarText: CalendarText = {
  meeting: (who) => `Coffee chat: ${who}`,
  meetingAlarm: 'Coffee chat in 30 minutes',
  thankYou: (who) => `Send a thank-you to ${who}`,
  thankYouAfter: (title) => `Send a thank-you after “${title}”`,
  thankYouDetail: 'Within 24 hours of the meeting: thank them, mention one thing you learned and what you will do with it.',
  update: (who) => `Send ${who} an update`,
  updateAfter: (title) => `Send an update after “${title}”`,
  updateDetail: 'About two weeks after the meeting: tell them what you did with their advice.',
  tryAnother: (who) => `No reply from ${who}? Ask someone else too`,
  tryAnotherAfter: (title) => `No reply to your request for “${title}”? Ask someone else too`,
  tryAnotherDetail: '3B7, three business days after your request: write to a second person at the same organization. Skip this if they answered.',
  chase: (who) => `Follow up once with ${who}`,
  chaseAfter: (title) => `Follow up once on your request for “${title}”`,
  chaseDetail: '3B7, seven business days after your request: one short, friendly follow-up. Skip this if they answered.',
};

/** Capitalizes a phrase for use at the start of a line. */
const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const strings = {
  phaseTitles,
  duePhrases,
  calendarText,
  sentence,
  loading: 'Loading your checklist…',
  /** The meeting's date and time field (DateField). */
  meetingDate: {
    label: 'Meeting date and time',
    invalid: 'Enter a full date and time, for example 10 March, 2:30 PM.',
    saved: 'Meeting date saved.',
    cleared: 'Meeting date removed.',
    clear: 'Clear date',
  },
  dateHint: (zone: string) => `In your time zone (${zone}). Due dates follow from it.`,
  dateMissing: 'Set the meeting date to see when each step is due.',
  /** The day the request went out (DateField). */
  requestDate: {
    label: 'Request sent on (optional)',
    invalid: 'Enter a full date, for example 10 March.',
    saved: 'Request date saved.',
    cleared: 'Request date removed.',
    clear: 'Clear date',
  },
  requestMissing: 'Still waiting for an answer? Add the day you asked, and the 3B7 step gets its dates.',
  requestHint: (tryAnother: string, followUp: string) =>
    `No reply by ${tryAnother}? Ask someone else too. Still nothing by ${followUp}? Follow up once.`,

  /** An item done by the meeting's own data: "7 questions on your list, within 5 to 10: done." */
  tally: (count: number, min: number, max: number, inRange: boolean) =>
    inRange
      ? `${count} questions on your list, within ${min} to ${max}: done.`
      : count < min
        ? `${count} ${count === 1 ? 'question' : 'questions'} on your list so far; bring ${min} to ${max}.`
        : `${count} questions on your list; keep the best ${max} and rank them.`,
  /** The request date once the meeting has one: the field stays, and says what it does now. */
  requestAnswered: 'They answered: your meeting has a date, so the 3B7 reminders stop. The day you asked is kept here for your records.',

  overallLabel: 'Overall progress',
  phaseProgressLabel: (phase: string) => `${phase}: progress`,
  progressText: (done: number, total: number) => `${done} of ${total} done`,
  emptyPhase: 'No items in this part yet.',

  dueOn: (when: string) => `due ${when}`,
  overdueBadge: 'Overdue',
  wasDue: (when: string) => `was due ${when}`,
  doneText: 'Done',
  guide: 'Guide',
  guideFor: (text: string) => `Guide: ${text}`,
  toolLinks: { '/tools/questions/': 'Open the question builder', '/tools/timer/': 'Open the practice timer', '/tools/messages/': 'Open the message writer' } as Record<string, string>,
  toolLinkFallback: 'Open the tool',

  edit: 'Edit',
  editFor: (text: string) => `Edit: ${text}`,
  editLabel: 'Item text',
  save: 'Save',
  cancel: 'Cancel',
  delete: 'Delete',
  deleteFor: (text: string) => `Delete: ${text}`,
  moveUp: 'Move up',
  moveDown: 'Move down',
  moveFor: (action: string, text: string) => `${action}: ${text}`,
  /** The row's menu button: the visible word, and its name with the item's text. */
  actions: 'Actions',
  actionsFor: (text: string) => `Actions: ${text}`,
  guideItem: 'Read the guide',

  addHeading: 'Add your own item',
  addLabel: 'New item',
  addPhase: 'Part',
  addButton: 'Add item',
  /** The message for what checkItemText found wrong, shared by adding and editing. */
  textProblem: (error: 'empty' | 'too-long') =>
    error === 'empty' ? 'Write a few words for the item.' : `Keep it to ${LIMITS.checklistText} characters or fewer.`,

  checked: (text: string) => `Checked: ${text}`,
  unchecked: (text: string) => `Unchecked: ${text}`,
  added: (text: string) => `Added: ${text}`,
  edited: 'Item saved.',
  deleted: (text: string) => `Deleted “${text}”.`,
  moved: (text: string, pos: number, total: number) => `${text}: now ${pos} of ${total}.`,
  restored: 'Restored.',
  reset: 'Checklist reset to the template.',
  undo: 'Undo',
  dismiss: 'Dismiss',

  resetButton: 'Reset to template',
  resetHint: 'Replaces the list with the template’s items, unchecked. You can undo it.',
  calendarButton: 'Download calendar file (.ics)',
  calendarHint: 'The meeting and reminders for the thank-you and the update, for any calendar app.',
  calendarNeedsDate: 'Set the meeting date (or the day you sent your request) first.',
  calendarHint3b7: 'Reminders for the 3B7 follow-up of your request, for any calendar app. Once the meeting has a date, the file holds the meeting and its follow-up instead.',
  calendarDone: 'Calendar file downloaded.',

  overviewHeading: 'All your meetings',
  overviewActive: 'Open now',
  overviewOpen: 'Open',
  overviewOpenFor: (title: string) => `Open the checklist for ${title}`,
  overviewNoDate: 'No date set yet',
  overviewAllDone: 'Nothing due',
  overviewUntitled: 'Untitled meeting',
  switched: (title: string) => `Now showing ${title}.`,
} as const;
