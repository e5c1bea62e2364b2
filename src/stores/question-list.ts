/**
 * Changes to a meeting's question list (add, move, remove and restore, edit a note or minutes), and
 * a shared list opened as a new meeting.
 * Invalid input never reaches here: components check it with the rules in lib first.
 */
import { createMeeting, LIMITS, newId, uniqueTitle, type MeetingQuestion } from '../lib/meeting';
import type { SharedList } from '../lib/share-link';
import { insertIndex } from '../lib/time-budget';
import { $activeMeetingId, isBlankMeeting, openMeetings } from './active-meeting';
import { $meetingList, getMeeting, updateMeeting } from './meetings';

export type NewQuestion = Omit<MeetingQuestion, 'id'>;

/**
 * Adds questions to a meeting's list, each before the closing questions at its end (lib/time-budget
 * insertIndex), so the list never goes on after the goodbye; returns their new list ids.
 */
export function addQuestions(meetingId: string, items: readonly NewQuestion[]): string[] {
  const added = items.map((q) => ({ ...q, id: newId() }));
  updateMeeting(meetingId, (m) => {
    const questions = [...m.questions];
    for (const q of added) questions.splice(insertIndex(questions, q), 0, q);
    return { ...m, questions };
  });
  return added.map((q) => q.id);
}

/**
 * Moves a question to `to` (an index, or a function of its current index), clamped to the list.
 * Works from the stored list, not a rendered copy, so two quick presses cannot move the wrong item.
 * Returns the new index, or -1 when nothing moved.
 */
export function moveQuestion(meetingId: string, questionId: string, to: number | ((from: number) => number)): number {
  let moved = -1;
  updateMeeting(meetingId, (m) => {
    const from = m.questions.findIndex((q) => q.id === questionId);
    if (from === -1) return m;
    const target = Math.max(0, Math.min(m.questions.length - 1, typeof to === 'function' ? to(from) : to));
    if (target === from) return m;
    const list = [...m.questions];
    const [item] = list.splice(from, 1);
    list.splice(target, 0, item!);
    moved = target;
    return { ...m, questions: list };
  });
  return moved;
}

export interface Removed {
  question: MeetingQuestion;
  index: number;
}

/** Removes a question and returns what undo needs to put it back. */
export function removeQuestion(meetingId: string, questionId: string): Removed | undefined {
  const list = getMeeting(meetingId)?.questions ?? [];
  const index = list.findIndex((q) => q.id === questionId);
  if (index === -1) return undefined;
  updateMeeting(meetingId, (m) => ({ ...m, questions: m.questions.filter((q) => q.id !== questionId) }));
  return { question: list[index]!, index };
}

/**
 * Puts a removed question back where it was (or at the end when the list got shorter); returns where
 * it is. The same steps as lib/checklist removeItem and restoreItem, kept apart: one helper for both
 * cost the builder's and the checklist's pages 0.03–0.04 KB gzip each (a module the two pages share).
 */
export function restoreQuestion(meetingId: string, removed: Removed): number {
  updateMeeting(meetingId, (m) => {
    if (m.questions.some((q) => q.id === removed.question.id)) return m;
    const list = [...m.questions];
    list.splice(Math.min(removed.index, list.length), 0, removed.question);
    return { ...m, questions: list };
  });
  return getMeeting(meetingId)?.questions.findIndex((q) => q.id === removed.question.id) ?? -1;
}

/** Changes one question's note or minutes. */
export function editQuestion(meetingId: string, questionId: string, patch: Partial<Pick<MeetingQuestion, 'note' | 'minutes'>>): void {
  updateMeeting(meetingId, (m) => ({
    ...m,
    questions: m.questions.map((q) => (q.id === questionId ? { ...q, ...patch } : q)),
  }));
}

/**
 * Opens a shared list as a new meeting and shows it; existing meetings stay untouched. The title
 * gets a number when one of the reader's meetings already has it (two friends sharing "My next
 * coffee chat" would otherwise show up twice under one name in the picker). Returns its id.
 */
export function openSharedList(list: SharedList, fallbackTitle: string): string {
  // The blank meeting a first visit creates gives way to the shared one (openMeetings drops it), so
  // its name does not count: a first visit opens "My next coffee chat", not "… (2)".
  const activeId = $activeMeetingId.get();
  const taken = $meetingList
    .get()
    .filter((m) => !(m.id === activeId && isBlankMeeting(m)))
    .map((m) => m.title);
  const meeting = createMeeting({
    title: uniqueTitle((list.title || fallbackTitle).slice(0, LIMITS.title), taken),
    lengthMinutes: list.lengthMinutes,
    questions: list.questions.map((q) => ({ ...q, id: newId() })),
  });
  openMeetings([meeting], { show: 'always' });
  return meeting.id;
}
