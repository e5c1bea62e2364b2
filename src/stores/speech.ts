/**
 * Spoken practice on the meeting: the introduction's last take and each question's asking time
 * (numbers only, never audio), and the numbers measured during the run now open, which saveRun
 * (timer-run.ts) keeps with the run. Whether the microphone tools are on is not stored: they are
 * off on every visit until the reader turns them on.
 */
import { atom } from 'nanostores';
import type { IntroTake, RunSpeech } from '../lib/meeting';
import type { TimerEvent } from '../lib/timer-engine';
import { updateMeeting } from './meetings';

/** The microphone's numbers for the run now open (in memory only, until the run is saved or dropped). */
export interface OpenRunSpeech {
  meetingId: string;
  /** The run's start (epoch ms), so numbers never land on another run. */
  startedAt: number;
  speech: RunSpeech;
}

export const $runSpeech = atom<OpenRunSpeech | null>(null);

/** The numbers measured for this very run (same meeting, same start), or undefined. */
export function heardFor(open: OpenRunSpeech | null, meetingId: string, events: readonly TimerEvent[]): RunSpeech | undefined {
  const startedAt = events.find((e) => e.type === 'start')?.at;
  return open && open.meetingId === meetingId && open.startedAt === startedAt ? open.speech : undefined;
}

/** Keeps (or replaces) the numbers measured so far during the open run. */
export function setRunSpeech(open: OpenRunSpeech | null): void {
  $runSpeech.set(open);
}

/** Keeps the introduction's last take on the meeting. */
export function setIntroTake(meetingId: string, take: IntroTake): void {
  updateMeeting(meetingId, (m) => ({ ...m, introTake: take }));
}

/** Keeps how long a question took to ask aloud (seconds, a tenth at most). */
export function setAskedSeconds(meetingId: string, questionId: string, seconds: number): void {
  if (!(Number.isFinite(seconds) && seconds >= 0)) return;
  // lib/speech/run-speech askingSeconds already gives tenths; rounding again is a no-op for it and keeps
  // the stored form for any caller. Not one shared helper: the microphone chunk shares no code with
  // the timer page beyond Preact (lib/speech/targets.ts), and this store is on that page.
  const askedSec = Math.round(seconds * 10) / 10;
  updateMeeting(meetingId, (m) =>
    m.questions.some((q) => q.id === questionId) ? { ...m, questions: m.questions.map((q) => (q.id === questionId ? { ...q, askedSec } : q)) } : m,
  );
}
