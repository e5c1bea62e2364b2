/**
 * Pure checklist operations: items from the template, progress, due dates per item, the next
 * due item per meeting, and the edits (add, edit, check, delete/restore, reorder, reset).
 */
import { QUESTIONS } from '../content/house-numbers';
import { LIMITS, newId, type ChecklistItem, type Meeting, type Phase } from './meeting';
import { dueDate, duePhrase, dueStatus, threeBSeven, waitingSince, type DuePhrases, type DueRule, type DueStatus } from './due-rules';
import type { FollowUpDues } from './ics';
import { checklistItems, templateItems } from './checklist-derive';
import { checkText } from './text-check';
import { contactLabel } from './who';

export const PHASES: readonly Phase[] = ['before', 'day-of', 'after'];

/** One item of the checklist template (src/content/checklists/template.json). */
export interface TemplateItem {
  id: string;
  text: string;
  phase: Phase;
  due: DueRule;
  /** The guide section that explains this step, "/guides/<slug>/#<heading>" (anchor optional). */
  guide: string;
  /** A tool that helps with it, e.g. "/tools/questions/". */
  link?: string;
  /** Short label for the overview, "{name}" replaced by the contact: "Thank-you to {name}". */
  overview?: string;
  /** Done by itself when the meeting's data says so: "questions" when its list holds the house range (QUESTIONS). */
  counts?: 'questions';
}

/** What an item that counts something found: how many, the range it asks for, and whether it is met. */
export interface Tally {
  count: number;
  min: number;
  max: number;
  inRange: boolean;
}

/** The tally of a counting template item on a meeting, or undefined for an item that counts nothing. */
export function itemTally(meeting: Pick<Meeting, 'questions'>, template: TemplateItem | undefined): Tally | undefined {
  if (template?.counts !== 'questions') return undefined;
  const count = meeting.questions.length;
  const { prepareMin: min, prepareMax: max } = QUESTIONS;
  return { count, min, max, inRange: count >= min && count <= max };
}

export interface Progress {
  done: number;
  total: number;
}

/** An item with what the screen needs: its template entry, due date, status and phrase. */
export interface ItemView {
  item: ChecklistItem;
  template?: TemplateItem;
  /** Ticked by the reader, or met by the meeting's data (a question list in range). */
  done: boolean;
  /** For an item that counts something (its template's `counts`). */
  tally?: Tally;
  dueAt: Date | null;
  status: DueStatus;
  phrase: string | null;
}

/** Fresh, unchecked items from the template, in template order, each with a new id. */
export function itemsFromTemplate(template: readonly TemplateItem[], makeId: () => string = newId): ChecklistItem[] {
  return templateItems(template, () => makeId());
}

/** Items grouped by phase, each group in list order. */
export function byPhase<T extends { phase: Phase }>(items: readonly T[]): Record<Phase, T[]> {
  const groups: Record<Phase, T[]> = { before: [], 'day-of': [], after: [] };
  for (const item of items) groups[item.phase].push(item);
  return groups;
}

/** Done and total per phase and overall. */
export function progress(items: readonly ChecklistItem[]): Record<Phase | 'overall', Progress> {
  const count = (list: readonly ChecklistItem[]): Progress => ({ done: list.filter((i) => i.done).length, total: list.length });
  const groups = byPhase(items);
  return { before: count(groups.before), 'day-of': count(groups['day-of']), after: count(groups.after), overall: count(items) };
}

/** Whether the meeting (start plus its length) is over at `now`. */
export function meetingEnded(meeting: Meeting, now: Date): boolean {
  const start = meeting.scheduledAt ? Date.parse(meeting.scheduledAt) : Number.NaN;
  return Number.isFinite(start) && start + meeting.lengthMinutes * 60_000 <= now.getTime();
}

/** Every item of a meeting with its due date, status and phrase in the reader's zone. */
export function itemViews(
  meeting: Meeting,
  template: readonly TemplateItem[],
  now: Date,
  timeZone: string,
  phrases: DuePhrases,
): ItemView[] {
  const byId = new Map(template.map((t) => [t.id, t]));
  const ended = meetingEnded(meeting, now);
  return checklistItems(meeting, template, now).map((item) => {
    const t = item.templateId ? byId.get(item.templateId) : undefined;
    // Once the meeting is over, preparation can no longer be late: only follow-up keeps a due date.
    const rule = ended && item.phase !== 'after' ? null : (t?.due ?? null);
    const dueAt = dueDate(rule, meeting.scheduledAt, timeZone, meeting.requestSentOn);
    const tally = itemTally(meeting, t);
    const done = item.done || (tally?.inRange ?? false);
    return {
      item,
      template: t,
      done,
      ...(tally ? { tally } : {}),
      dueAt,
      status: dueStatus(dueAt, done, now, timeZone),
      phrase: dueAt && !done ? duePhrase(dueAt, now, timeZone, phrases) : null,
    };
  });
}

/** The open item with the earliest due date (overdue ones come first), or null. */
export function nextDue(views: readonly ItemView[]): ItemView | null {
  let best: ItemView | null = null;
  for (const v of views) {
    if (v.done || !v.dueAt) continue;
    if (!best || v.dueAt.getTime() < best.dueAt!.getTime()) best = v;
  }
  return best;
}

/** The overview's line for an item: "Thank-you to Dana due tomorrow". */
export function overviewLine(view: ItemView, meeting: Meeting): string {
  const label = view.template?.overview ? view.template.overview.replace('{name}', contactLabel(meeting)) : view.item.text;
  return view.phrase ? `${label} ${view.phrase}` : label;
}

/** What the overview says of one meeting: no date yet, the next item due (its line), or all done. */
export type OverviewStatus = { kind: 'no-date' } | { kind: 'all-done' } | { kind: 'next'; line: string; overdue: boolean };

/**
 * The overview's status of one meeting, judged by the items its checklist shows (the template's,
 * derived, while none is stored); a request date alone still gives the 3B7 follow-up a date.
 */
export function overviewStatus(m: Meeting, template: readonly TemplateItem[], now: Date, zone: string, phrases: DuePhrases): OverviewStatus {
  if (!m.scheduledAt && !m.requestSentOn) return { kind: 'no-date' };
  const next = nextDue(itemViews(m, template, now, zone, phrases));
  return next ? { kind: 'next', line: overviewLine(next, m), overdue: next.status === 'overdue' } : { kind: 'all-done' };
}

/**
 * Whether the calendar can be exported, and what it will hold: the meeting and its follow-ups
 * ('meeting'), the 3B7 reminders of a request still waiting for an answer ('request'), or nothing
 * yet ('none': the button waits for a date).
 */
export function calendarReadiness(m: Pick<Meeting, 'scheduledAt' | 'requestSentOn'>): 'meeting' | 'request' | 'none' {
  return m.scheduledAt ? 'meeting' : m.requestSentOn ? 'request' : 'none';
}

export type ItemTextCheck = { ok: true; value: string } | { ok: false; error: 'empty' | 'too-long' };

/** Trims an item's text and checks it is 1–LIMITS.checklistText characters (the checklist's message needs no length). */
export function checkItemText(text: string): ItemTextCheck {
  const r = checkText(text, LIMITS.checklistText);
  return r.ok ? r : { ok: false, error: r.error };
}

/** Adds the reader's own item at the end of its phase (texts must be checked first). */
export function addItem(items: readonly ChecklistItem[], text: string, phase: Phase, id: string = newId()): ChecklistItem[] {
  const item: ChecklistItem = { id, text, phase, done: false };
  let at = items.length;
  for (let i = items.length - 1; i >= 0; i--) {
    if (items[i].phase === phase) {
      at = i + 1;
      break;
    }
  }
  return [...items.slice(0, at), item, ...items.slice(at)];
}

/** Replaces an item's text. */
export function editItem(items: readonly ChecklistItem[], id: string, text: string): ChecklistItem[] {
  return items.map((i) => (i.id === id ? { ...i, text } : i));
}

/** Checks or unchecks an item, noting when it was done. */
export function setDone(items: readonly ChecklistItem[], id: string, done: boolean, now: Date): ChecklistItem[] {
  return items.map((i) => {
    if (i.id !== id) return i;
    const { doneAt: _drop, ...rest } = i;
    return done ? { ...rest, done: true, doneAt: now.toISOString() } : { ...rest, done: false };
  });
}

/** Removes an item and says where it was, for undo. */
export function removeItem(items: readonly ChecklistItem[], id: string): { items: ChecklistItem[]; removed: ChecklistItem | null; index: number } {
  const index = items.findIndex((i) => i.id === id);
  if (index < 0) return { items: [...items], removed: null, index: -1 };
  return { items: [...items.slice(0, index), ...items.slice(index + 1)], removed: items[index], index };
}

/** Puts a removed item back at its old place (or the end), unless it is already there. */
export function restoreItem(items: readonly ChecklistItem[], item: ChecklistItem, index: number): ChecklistItem[] {
  if (items.some((i) => i.id === item.id)) return [...items];
  const at = Math.max(0, Math.min(index, items.length));
  return [...items.slice(0, at), item, ...items.slice(at)];
}

/** The index of the nearest item of the same phase in `direction`, or -1. */
function neighbour(items: readonly ChecklistItem[], index: number, direction: -1 | 1): number {
  for (let i = index + direction; i >= 0 && i < items.length; i += direction) {
    if (items[i].phase === items[index].phase) return i;
  }
  return -1;
}

/** Swaps an item with its neighbour in the same phase; unchanged at the edge. */
export function moveItem(items: readonly ChecklistItem[], id: string, direction: -1 | 1): ChecklistItem[] {
  const out = [...items];
  const index = out.findIndex((i) => i.id === id);
  if (index < 0) return out;
  const other = neighbour(out, index, direction);
  if (other < 0) return out;
  [out[index], out[other]] = [out[other], out[index]];
  return out;
}

/**
 * The two 3B7 days (ask someone else, follow up once) while a request waits for an answer: its day
 * is known and no meeting is set yet. Null otherwise.
 */
export function awaitingReply(meeting: Pick<Meeting, 'scheduledAt' | 'requestSentOn'>, timeZone: string): { tryAnother: Date; followUp: Date } | null {
  const sent = waitingSince(meeting.scheduledAt, meeting.requestSentOn, timeZone);
  return sent ? threeBSeven(sent, timeZone) : null;
}

/**
 * The follow-up due dates for the calendar file, from the template even if the reader deleted those
 * items; and the two 3B7 days while a request waits for an answer.
 */
export function followUpDues(meeting: Meeting, template: readonly TemplateItem[], timeZone: string): FollowUpDues {
  const rule = (id: string) => template.find((t) => t.id === id)?.due ?? null;
  // A 3B7 step the reader ticked (they followed up, or got their answer) needs no reminders.
  const settled = checklistItems(meeting, template).some((i) => i.templateId === 'before-3b7' && i.done);
  const waiting = settled ? null : awaitingReply(meeting, timeZone);
  return {
    thankYou: dueDate(rule('after-thank-you'), meeting.scheduledAt, timeZone),
    update: dueDate(rule('after-update'), meeting.scheduledAt, timeZone),
    tryAnother: waiting?.tryAnother ?? null,
    chase: waiting?.followUp ?? null,
  };
}

/**
 * The checklist template as the pages read it at build time (src/content/checklists/template.json):
 * checked by checkTemplate, so a broken file fails the build and names the item instead of shipping.
 */
export function readTemplate(data: unknown): TemplateItem[] {
  const problems = checkTemplate(data);
  if (problems.length > 0) throw new Error(`src/content/checklists/template.json:\n${problems.join('\n')}`);
  return data as TemplateItem[];
}

/** Problems with a template file, each naming the item and field; empty when it is fine. */
export function checkTemplate(data: unknown): string[] {
  if (!Array.isArray(data)) return ['template: must be a list of items'];
  const problems: string[] = [];
  const seen = new Set<string>();
  data.forEach((raw: Record<string, unknown>, i) => {
    const at = `template[${i}]${typeof raw?.id === 'string' ? ` (${raw.id})` : ''}`;
    if (typeof raw !== 'object' || raw === null) return problems.push(`${at}: must be an object`);
    if (typeof raw.id !== 'string' || !/^[a-z0-9-]+$/.test(raw.id)) problems.push(`${at}.id: must be lowercase letters, digits and dashes`);
    else if (seen.has(raw.id)) problems.push(`${at}.id: is used twice`);
    else seen.add(raw.id);
    if (typeof raw.text !== 'string' || !raw.text.trim() || raw.text.length > LIMITS.checklistText) problems.push(`${at}.text: must be 1–${LIMITS.checklistText} characters`);
    if (!PHASES.includes(raw.phase as Phase)) problems.push(`${at}.phase: must be one of ${PHASES.join(', ')}`);
    if (typeof raw.guide !== 'string' || !/^\/guides\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/.test(raw.guide)) problems.push(`${at}.guide: must be "/guides/<slug>/" or "/guides/<slug>/#<heading>"`);
    if (raw.link !== undefined && (typeof raw.link !== 'string' || !/^\/[a-z0-9/-]*$/.test(raw.link))) problems.push(`${at}.link: must be a site path`);
    if (raw.counts !== undefined && raw.counts !== 'questions') problems.push(`${at}.counts: must be "questions" when set`);
    const due = raw.due as Record<string, unknown> | null | undefined;
    const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
    const dueOk =
      due === null ||
      (typeof due === 'object' && due !== undefined && Object.keys(due).length === 1 &&
        (finite(due.hoursFromMeeting) || Number.isInteger(due.businessDaysFromMeeting) || Number.isInteger(due.businessDaysFromRequest)));
    if (!dueOk) problems.push(`${at}.due: must be null, { hoursFromMeeting }, { businessDaysFromMeeting } or { businessDaysFromRequest } (whole days)`);
  });
  return problems;
}
