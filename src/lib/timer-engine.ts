/**
 * The mock-meeting timer as arithmetic: a run is a list of timestamped events, and what the screen
 * shows is a pure function of (plan, events, now). Ticks only repaint, so throttled background tabs,
 * sleeping laptops and reloads cannot make the clock drift.
 */

export type SegmentKind = 'intro' | 'question' | 'topic' | 'close';

export interface PlanSegment {
  label: string;
  /** Planned length in whole seconds (>= 1). */
  seconds: number;
  kind?: SegmentKind;
  note?: string;
}

export interface TimerPlan {
  /** The agreed length of the meeting in seconds: the "meeting time left" counts down to this. */
  totalSec: number;
  segments: PlanSegment[];
}

export const TIMER_EVENT_TYPES = ['start', 'pause', 'resume', 'next', 'back', 'add-minute', 'finish'] as const;
export type TimerEventType = (typeof TIMER_EVENT_TYPES)[number];

export interface TimerEvent {
  type: TimerEventType;
  /** Epoch milliseconds (Date.now()). */
  at: number;
}

export type TimerStatus = 'idle' | 'running' | 'paused' | 'finished';
export type Cue = 'on-track' | 'nearly' | 'over';

export interface SegmentActual {
  label: string;
  plannedMs: number;
  /** Time granted with "+1 minute" on this segment. */
  extraMs: number;
  /** Running time spent on this segment (pauses excluded; a return via "back" adds to it). */
  actualMs: number;
}

export interface TimerState {
  status: TimerStatus;
  index: number;
  segmentElapsedMs: number;
  /** Planned plus "+1 minute" extensions. */
  segmentPlannedMs: number;
  /** Negative once the segment runs over. */
  segmentLeftMs: number;
  totalElapsedMs: number;
  meetingPlannedMs: number;
  /** Negative once the agreed end has passed. */
  meetingLeftMs: number;
  overtimeMs: number;
  segmentCue: Cue;
  meetingCue: Cue;
  /** The stronger of the two cues. */
  cue: Cue;
  /** The agreed end is near (last 2 minutes) and the run is still going. */
  wrapUp: boolean;
  segments: SegmentActual[];
  startedAt?: number;
  endedAt?: number;
}

export const MINUTE_MS = 60_000;
/** "Nearly out" starts in the last fifth of a segment. */
export const NEARLY_FRACTION = 0.2;
/** ... and in the last two minutes of the meeting. */
export const MEETING_NEARLY_MS = 2 * MINUTE_MS;

const CUE_RANK: Record<Cue, number> = { 'on-track': 0, nearly: 1, over: 2 };

/** Cue for a span that has `leftMs` of `plannedMs` remaining, "nearly" within `nearlyMs` of the end. */
export function cueFor(leftMs: number, nearlyMs: number): Cue {
  if (leftMs <= 0) return 'over';
  if (leftMs <= nearlyMs) return 'nearly';
  return 'on-track';
}

/** The current state of a run; pure, so replaying the same events always gives the same screen. */
export function timerState(plan: TimerPlan, events: readonly TimerEvent[], now: number): TimerState {
  const n = plan.segments.length;
  const actual = plan.segments.map(() => 0);
  const extra = plan.segments.map(() => 0);
  let status: TimerStatus = 'idle';
  let index = 0;
  // The last moment already accounted for. Event times are clamped to never go back, so a clock
  // change on the device can pause time but never make shown time run backwards.
  let clock = 0;
  let startedAt: number | undefined;
  let endedAt: number | undefined;

  const advance = (t: number) => {
    if (status === 'running') actual[index] = (actual[index] ?? 0) + (t - clock);
    clock = t;
  };

  for (const event of events) {
    if (status === 'finished') break;
    if (!Number.isFinite(event.at)) continue;
    if (status === 'idle') {
      if (event.type === 'start' && n > 0) {
        status = 'running';
        startedAt = event.at;
        clock = event.at;
      }
      continue;
    }
    advance(Math.max(event.at, clock));
    switch (event.type) {
      case 'pause':
        if (status === 'running') status = 'paused';
        break;
      case 'resume':
        if (status === 'paused') status = 'running';
        break;
      case 'next':
        if (index < n - 1) index += 1;
        break;
      case 'back':
        if (index > 0) index -= 1;
        break;
      case 'add-minute':
        extra[index] = (extra[index] ?? 0) + MINUTE_MS;
        break;
      case 'finish':
        status = 'finished';
        endedAt = clock;
        break;
      case 'start':
        break;
    }
  }
  if (status === 'running' || status === 'paused') advance(Math.max(now, clock));

  const segments: SegmentActual[] = plan.segments.map((s, i) => ({
    label: s.label,
    plannedMs: s.seconds * 1000,
    extraMs: extra[i] ?? 0,
    actualMs: actual[i] ?? 0,
  }));
  const current = segments[index];
  const segmentPlannedMs = current ? current.plannedMs + current.extraMs : 0;
  const segmentElapsedMs = current ? current.actualMs : 0;
  const segmentLeftMs = segmentPlannedMs - segmentElapsedMs;
  const totalElapsedMs = actual.reduce((a, b) => a + b, 0);
  const meetingPlannedMs = plan.totalSec * 1000;
  const meetingLeftMs = meetingPlannedMs - totalElapsedMs;
  const started = status !== 'idle';
  const segmentCue = started ? cueFor(segmentLeftMs, segmentPlannedMs * NEARLY_FRACTION) : 'on-track';
  const meetingCue = started ? cueFor(meetingLeftMs, MEETING_NEARLY_MS) : 'on-track';
  return {
    status,
    index,
    segmentElapsedMs,
    segmentPlannedMs,
    segmentLeftMs,
    totalElapsedMs,
    meetingPlannedMs,
    meetingLeftMs,
    overtimeMs: Math.max(0, -meetingLeftMs),
    segmentCue,
    meetingCue,
    cue: CUE_RANK[meetingCue] > CUE_RANK[segmentCue] ? meetingCue : segmentCue,
    wrapUp: (status === 'running' || status === 'paused') && meetingLeftMs > 0 && meetingLeftMs <= MEETING_NEARLY_MS,
    segments,
    ...(startedAt === undefined ? {} : { startedAt }),
    ...(endedAt === undefined ? {} : { endedAt }),
  };
}

/** Whether an event would change anything now, so controls can be disabled rather than ignored. */
export function canApply(plan: TimerPlan, events: readonly TimerEvent[], type: TimerEventType, now: number): boolean {
  const s = timerState(plan, events, now);
  const n = plan.segments.length;
  switch (type) {
    case 'start':
      return s.status === 'idle' && n > 0;
    case 'pause':
      return s.status === 'running';
    case 'resume':
      return s.status === 'paused';
    case 'next':
      return (s.status === 'running' || s.status === 'paused') && s.index < n - 1;
    case 'back':
      return (s.status === 'running' || s.status === 'paused') && s.index > 0;
    case 'add-minute':
    case 'finish':
      return s.status === 'running' || s.status === 'paused';
  }
}

/** Appends an event stamped at `now`, or returns the same list when the event would do nothing. */
export function applyEvent(
  plan: TimerPlan,
  events: readonly TimerEvent[],
  type: TimerEventType,
  now: number,
): readonly TimerEvent[] {
  if (!canApply(plan, events, type, now)) return events;
  const last = events[events.length - 1];
  // Never store a time before the previous event: keeps the log ordered if the device clock jumps.
  const at = last && last.at > now ? last.at : now;
  return [...events, { type, at }];
}

/** Plain-data check for a plan read back from storage or an import. */
export function isTimerPlan(value: unknown): value is TimerPlan {
  if (!value || typeof value !== 'object') return false;
  const p = value as Record<string, unknown>;
  return (
    typeof p.totalSec === 'number' &&
    Number.isFinite(p.totalSec) &&
    p.totalSec > 0 &&
    Array.isArray(p.segments) &&
    p.segments.every(
      (s: unknown) =>
        !!s &&
        typeof s === 'object' &&
        typeof (s as PlanSegment).label === 'string' &&
        Number.isInteger((s as PlanSegment).seconds) &&
        (s as PlanSegment).seconds >= 1,
    )
  );
}

/** Plain-data check for an event log read back from storage. */
export function isTimerEventList(value: unknown): value is TimerEvent[] {
  return (
    Array.isArray(value) &&
    value.every(
      (e: unknown) =>
        !!e &&
        typeof e === 'object' &&
        (TIMER_EVENT_TYPES as readonly string[]).includes((e as TimerEvent).type) &&
        typeof (e as TimerEvent).at === 'number' &&
        Number.isFinite((e as TimerEvent).at),
    )
  );
}
