/**
 * Building a practice run's agenda from a meeting: small talk, each question with its minutes, next
 * steps, with the meeting's length as the total; a template when the meeting has no questions yet.
 */
import { parseMinutes } from './minutes';
import type { Meeting } from './meeting';
import { meetingBudget } from './time-budget';
import type { PlanSegment, SegmentKind, TimerPlan } from './timer-engine';

export interface AgendaTemplate {
  minutes: number;
  segments: PlanSegment[];
}

/** The agenda templates file (src/content/agendas/agendas.json): segment ids and lengths, no words. */
export interface AgendaFile {
  templates: { minutes: number; segments: { id: string; seconds: number; kind?: SegmentKind }[] }[];
}

/** Segment names by id: 'intro', 'close', 'spare' and every id the templates use (the timer's words give them). */
export type AgendaLabels = Readonly<Record<string, string>>;

/** The agendas with their words: what the timer page hands the island. */
export interface AgendaData {
  /** Label of the opening segment of an agenda built from questions. */
  intro: string;
  /** Label of the closing segment. */
  close: string;
  /** Label of the segment holding time the questions leave free. */
  spare: string;
  templates: AgendaTemplate[];
}

export interface Agenda {
  plan: TimerPlan;
  /** Seconds by which the planned segments exceed the agreed length (0 when they fit). */
  overBySec: number;
  /** Whether the agenda came from a template because the meeting has no questions. */
  fromTemplate: boolean;
}

const SEGMENT_KINDS: readonly SegmentKind[] = ['intro', 'question', 'topic', 'close'];
/** Segments are planned in half minutes: finer steps are noise when practising aloud. */
export const STEP_SEC = 30;
/** The longest a single segment may be set to (four hours). */
export const MAX_SEGMENT_SEC = 4 * 3600;

/** The template whose length is nearest to `minutes`; on a tie the shorter one. */
export function nearestTemplate(templates: readonly AgendaTemplate[], minutes: number): AgendaTemplate | undefined {
  let best: AgendaTemplate | undefined;
  for (const t of templates) {
    const d = Math.abs(t.minutes - minutes);
    const bd = best ? Math.abs(best.minutes - minutes) : Infinity;
    if (d < bd || (d === bd && best && t.minutes < best.minutes)) best = t;
  }
  return best;
}

/**
 * Splits `totalSec` over `weights` in proportion (largest remainder), in half-minute steps when they
 * fit, so the parts add up exactly to the total and none is zero.
 */
export function apportion(weights: readonly number[], totalSec: number): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const total = Math.max(n, Math.round(totalSec));
  const step = total % STEP_SEC === 0 && total >= STEP_SEC * n ? STEP_SEC : 1;
  const units = total / step;
  const safe = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const sum = safe.reduce((a, b) => a + b, 0);
  const quotas = safe.map((w) => (sum > 0 ? (w * units) / sum : units / n));
  const parts = quotas.map((q) => Math.floor(q));
  let left = units - parts.reduce((a, b) => a + b, 0);
  const order = quotas.map((q, i) => ({ i, frac: q - Math.floor(q) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  // No empty segment: borrow a unit from the largest part.
  for (let i = 0; i < n; i++) {
    if (parts[i] === 0) {
      const largest = parts.indexOf(Math.max(...parts));
      parts[largest] = (parts[largest] ?? 0) - 1;
      parts[i] = 1;
    }
  }
  return parts.map((p) => p * step);
}

/** The agenda for a meeting: built from its questions, or the nearest template scaled to its length. */
export function buildAgenda(meeting: Pick<Meeting, 'lengthMinutes' | 'questions'>, data: AgendaData): Agenda {
  const totalSec = Math.max(60, Math.round(meeting.lengthMinutes * 60));
  if (meeting.questions.length === 0) {
    const template = nearestTemplate(data.templates, meeting.lengthMinutes);
    const base = template?.segments ?? [
      { label: data.intro, seconds: 1, kind: 'intro' as const },
      { label: data.close, seconds: 1, kind: 'close' as const },
    ];
    const seconds = apportion(
      base.map((s) => s.seconds),
      totalSec,
    );
    const segments = base.map((s, i) => ({ ...s, seconds: seconds[i] ?? 1 }));
    return { plan: { totalSec, segments }, overBySec: 0, fromTemplate: true };
  }

  const questionSec = meeting.questions.map((q) =>
    Number.isFinite(q.minutes) && q.minutes > 0 ? Math.round(q.minutes * 60) : 60,
  );
  // The question builder's time budget: opening questions are asked in the opening and closing
  // ones in the close, each phase counted once. Small talk fills what the opening questions leave
  // of the opening; "next steps" what the closing ones leave of the close.
  const budget = meetingBudget(meeting);
  const n = meeting.questions.length;
  const { openingCount, closingStart } = budget;
  const sumSec = (from: number, to: number) => questionSec.slice(from, to).reduce((a, b) => a + b, 0);
  const introSec = budget.openingMinutes * 60 - sumSec(0, openingCount);
  const closeSec = budget.closingMinutes * 60 - sumSec(closingStart, n);
  const spare = totalSec - (budget.openingMinutes + budget.closingMinutes) * 60 - sumSec(openingCount, closingStart);
  const asSegments = (from: number, to: number): PlanSegment[] =>
    meeting.questions.slice(from, to).map((q, j) => ({
      label: q.text,
      seconds: questionSec[from + j] ?? 60,
      kind: 'question' as const,
      ...(q.note ? { note: q.note } : {}),
    }));
  const segments: PlanSegment[] = [
    ...(introSec > 0 ? [{ label: data.intro, seconds: introSec, kind: 'intro' as const }] : []),
    ...asSegments(0, closingStart),
    // Spare time gets its own segment so each question keeps the minutes the reader gave it; it
    // comes before the closing questions, never after the goodbye.
    ...(spare > 0 ? [{ label: data.spare, seconds: spare, kind: 'topic' as const }] : []),
    ...asSegments(closingStart, n),
    ...(closeSec > 0 ? [{ label: data.close, seconds: closeSec, kind: 'close' as const }] : []),
  ];
  const planned = segments.reduce((a, s) => a + s.seconds, 0);
  return { plan: { totalSec, segments }, overBySec: Math.max(0, planned - totalSec), fromTemplate: false };
}

/** Sum of a plan's segment lengths in seconds. */
export function plannedTotal(plan: TimerPlan): number {
  return plan.segments.reduce((a, s) => a + s.seconds, 0);
}

/** A copy of the plan with one segment set to `seconds`, clamped to 30 s .. 4 h in whole seconds. */
export function setSegmentSeconds(plan: TimerPlan, index: number, seconds: number): TimerPlan {
  if (!Number.isFinite(seconds) || index < 0 || index >= plan.segments.length) return plan;
  const clamped = Math.min(MAX_SEGMENT_SEC, Math.max(STEP_SEC, Math.round(seconds)));
  return { ...plan, segments: plan.segments.map((s, i) => (i === index ? { ...s, seconds: clamped } : s)) };
}

/** Parses a minutes field ("2.5", "3,5", " 4 ") into seconds, or undefined when it is not a valid length. */
export function parseSegmentSeconds(text: string): number | undefined {
  const minutes = parseMinutes(text, { fractions: true });
  if (minutes === undefined) return undefined;
  const sec = Math.round(minutes * 60);
  return sec >= STEP_SEC && sec <= MAX_SEGMENT_SEC ? sec : undefined;
}

/** A key that changes whenever the agenda built from the meeting changes; used to drop stale drafts. */
export function agendaKey(plan: TimerPlan): string {
  return JSON.stringify([plan.totalSec, plan.segments.map((s) => [s.label, s.seconds])]);
}

/** Names the agenda templates: each segment's id becomes its label (check the file with checkAgendaData first). */
export function labelAgendas(file: AgendaFile, labels: AgendaLabels): AgendaData {
  const name = (id: string) => labels[id] ?? id;
  return {
    intro: name('intro'),
    close: name('close'),
    spare: name('spare'),
    templates: file.templates.map((t) => ({
      minutes: t.minutes,
      segments: t.segments.map(({ id, seconds, kind }) => ({ label: name(id), seconds, ...(kind ? { kind } : {}) })),
    })),
  };
}

/**
 * Plain-data check of the agenda templates file against the names it will get: every segment has an
 * id with a name, every template adds up to its length, and the opening, close and spare time are named.
 */
export function checkAgendaData(value: unknown, labels: AgendaLabels): string[] {
  const errors: string[] = [];
  const d = value as Partial<AgendaFile> | null;
  if (!d || typeof d !== 'object') return ['agendas.json: expected an object'];
  for (const id of ['intro', 'close', 'spare']) if (!labels[id]?.trim()) errors.push(`agenda labels: "${id}" has no name`);
  if (!Array.isArray(d.templates) || d.templates.length === 0) return [...errors, 'agendas.json: no templates'];
  d.templates.forEach((t, i) => {
    const where = `agendas.json templates[${i}]`;
    if (!Number.isInteger(t?.minutes) || t.minutes <= 0) errors.push(`${where}: "minutes" must be a whole number`);
    if (!Array.isArray(t?.segments) || t.segments.length === 0) {
      errors.push(`${where}: no segments`);
      return;
    }
    t.segments.forEach((s, j) => {
      if (typeof s?.id !== 'string' || !s.id) errors.push(`${where}.segments[${j}]: missing id`);
      else if (!Object.hasOwn(labels, s.id) || !labels[s.id]?.trim()) errors.push(`${where}.segments[${j}]: "${s.id}" has no name in the timer's agenda words`);
      if (!Number.isInteger(s?.seconds) || s.seconds < 1) errors.push(`${where}.segments[${j}]: bad seconds`);
      if (s?.kind !== undefined && !SEGMENT_KINDS.includes(s.kind)) errors.push(`${where}.segments[${j}]: bad kind`);
    });
    const sum = t.segments.reduce((a, s) => a + (s?.seconds ?? 0), 0);
    if (sum !== t.minutes * 60) errors.push(`${where}: segments add up to ${sum} s, not ${t.minutes * 60} s`);
  });
  return errors;
}
