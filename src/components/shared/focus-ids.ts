/**
 * Element ids that focus moves to, per island, in one place. Focus is always moved the same way:
 * `focusLater(id)` from `./dom` after the render that shows the target. Ids may hold any character,
 * so targets are found with getElementById, never with selectors.
 */
import type { Phase } from '../../lib/meeting';

/** The prep checklist. */
export const CHECKLIST_IDS = {
  addInput: 'ck-add-text',
  dateInput: 'ck-date',
  requestInput: 'ck-request',
  reset: 'ck-reset',
  /** The Undo button of the shell's undo offer. */
  undo: 'ck-undo',
  /** A phase's heading, a focus target when its last item is deleted. */
  phaseHeading: (phase: Phase): string => `ck-h-${phase}`,
  /** An item's controls. */
  item: (id: string) => ({
    check: `ck-${id}-check`,
    due: `ck-${id}-due`,
    /** The row's menu button (moves, edit, delete and links live in its menu). */
    menu: `ck-${id}-menu`,
  }),
} as const;

/** The question builder's list. */
export const QUESTION_IDS = {
  /** The list's heading, where focus goes when an undo offer is dismissed. */
  listTitle: 'qb-list-title',
  /** A question's menu button (moves and remove live in its menu). */
  menu: (id: string): string => `qb-${id}-menu`,
  /** A question's minutes field. */
  minutes: (id: string): string => `qb-${id}-minutes`,
} as const;

/** The backup panel. */
export const BACKUP_IDS = {
  input: 'bk-file',
  result: 'bk-result',
} as const;

/** The message writer. */
export const MESSAGES_IDS = {
  kind: 'mw-kind',
  subject: 'mw-subject',
  body: 'mw-body',
  restart: 'mw-restart',
  undo: 'mw-undo',
} as const;

/** The mock-meeting timer. */
export const TIMER_IDS = {
  /** "Discard this run", where focus returns when the reader keeps the run. */
  discard: 'mt-discard-open',
} as const;

/** The data page. */
export const DATA_IDS = {
  /** "Delete everything", where focus returns when the reader cancels. */
  deleteEverything: 'dp-delete-open',
} as const;
