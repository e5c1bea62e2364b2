/**
 * The builder's edits to the active meeting, as small transforms passed to updateMeeting, so
 * components only dispatch. Invalid input never reaches here: the components validate first.
 */
import { LIMITS, newId, type Contact, type MeetingQuestion } from '../../lib/meeting';
import type { SharedList } from '../../lib/share-link';
import { setActiveMeeting } from '../../stores/active-meeting';
import { createNewMeeting, updateMeeting } from '../../stores/meetings';

export type NewQuestion = Omit<MeetingQuestion, 'id'>;

/** Appends questions to a meeting's list; returns their new list ids. */
export function addQuestions(meetingId: string, items: readonly NewQuestion[]): string[] {
  const added = items.map((q) => ({ ...q, id: newId() }));
  updateMeeting(meetingId, (m) => ({ ...m, questions: [...m.questions, ...added] }));
  return added.map((q) => q.id);
}

/** Moves the question at `from` to `to`, clamped to the list. */
export function moveQuestion(meetingId: string, from: number, to: number): void {
  updateMeeting(meetingId, (m) => {
    const list = [...m.questions];
    const target = Math.max(0, Math.min(list.length - 1, to));
    if (from < 0 || from >= list.length || from === target) return m;
    const [item] = list.splice(from, 1);
    list.splice(target, 0, item!);
    return { ...m, questions: list };
  });
}

export interface Removed {
  question: MeetingQuestion;
  index: number;
}

/** Removes a question and returns what undo needs to put it back. */
export function removeQuestion(meetingId: string, questionId: string, list: readonly MeetingQuestion[]): Removed | undefined {
  const index = list.findIndex((q) => q.id === questionId);
  if (index === -1) return undefined;
  updateMeeting(meetingId, (m) => ({ ...m, questions: m.questions.filter((q) => q.id !== questionId) }));
  return { question: list[index]!, index };
}

/** Puts a removed question back where it was (or at the end when the list got shorter). */
export function restoreQuestion(meetingId: string, removed: Removed): void {
  updateMeeting(meetingId, (m) => {
    if (m.questions.some((q) => q.id === removed.question.id)) return m;
    const list = [...m.questions];
    list.splice(Math.min(removed.index, list.length), 0, removed.question);
    return { ...m, questions: list };
  });
}

/** Changes one question's note or minutes. */
export function editQuestion(meetingId: string, questionId: string, patch: Partial<Pick<MeetingQuestion, 'note' | 'minutes'>>): void {
  updateMeeting(meetingId, (m) => ({
    ...m,
    questions: m.questions.map((q) => (q.id === questionId ? { ...q, ...patch } : q)),
  }));
}

/** Changes one field of the person the meeting is with. */
export function setContactField(meetingId: string, field: keyof Contact, value: string): void {
  updateMeeting(meetingId, (m) => ({ ...m, contact: { ...m.contact, [field]: value } }));
}

/** Changes the meeting's length in minutes. */
export function setLength(meetingId: string, minutes: number): void {
  updateMeeting(meetingId, (m) => ({ ...m, lengthMinutes: minutes }));
}

/** Imports a shared list as a new meeting and makes it the active one; existing meetings stay untouched. */
export function importSharedList(list: SharedList, fallbackTitle: string): string {
  const id = createNewMeeting({
    title: (list.title || fallbackTitle).slice(0, LIMITS.title),
    lengthMinutes: list.lengthMinutes,
    questions: list.questions.map((q) => ({ ...q, id: newId() })),
  });
  setActiveMeeting(id);
  return id;
}
