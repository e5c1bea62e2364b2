/** Every user-facing string of the mock-meeting timer, in one place for a later translation. */
import { MAX_SEGMENT_SEC, STEP_SEC } from '../../lib/agenda';
import type { Cue } from '../../lib/timer-engine';
import type { RunTrend } from '../../lib/run-summary';
import type { RunSpeech } from '../../lib/meeting';
import { DEFAULT_SPEECH_TARGETS, questionsShareOk } from '../../lib/speech/targets';
import { formatClock, minutesAndSeconds } from '../../lib/timer-format';

const cueNames: Record<Cue, string> = {
  'on-track': 'On track',
  nearly: 'Nearly out of time',
  over: 'Over time',
};

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Minutes and seconds in words for screen readers and summaries: "2 min 5 s", "45 s". */
function spokenDuration(totalSeconds: number): string {
  const { minutes, seconds } = minutesAndSeconds(totalSeconds);
  if (minutes === 0) return `${seconds} s`;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

/** A signed difference in words: "+1 min 5 s", "−30 s", "±0 s". */
function spokenDelta(deltaSeconds: number): string {
  const d = Math.round(deltaSeconds);
  return d === 0 ? '±0 s' : `${d > 0 ? '+' : '−'}${spokenDuration(Math.abs(d))}`;
}

/** A run's microphone numbers in one line, against the house target for the questions phase. */
const speechLine = (r: RunSpeech, maxShare: number) =>
  `You spoke ${formatClock(Math.round(r.spokenSec))} (${pct(r.share)} of the run)` +
  (r.questionsShare === undefined ? '' : `; in the questions ${pct(r.questionsShare)}, target at most ${pct(maxShare)}: ${questionsShareOk(r) ? 'on target' : 'too much'}`) +
  `; longest stretch ${formatClock(Math.round(r.longestMonologueSec))}` +
  (r.silenceAfterSec.length ? `; silence after questions ${r.silenceAfterSec.map((x) => `${x.toFixed(1)} s`).join(', ')}.` : '.');

/** A run's date for the history, with its year and no weekday ("Mar 10, 2026, 2:30 PM"), unlike lib/zoned-time formatDateTime's. */
function runDate(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export const strings = {
  cueNames,
  runDate,
  otherRun: {
    text: (title: string) => `A practice run for “${title}” is still open.`,
    textUnknown: 'A practice run for a meeting that no longer exists is still open.',
    goThere: 'Go to that run',
    discard: 'Discard that run',
  },
  setup: {
    heading: 'Agenda for this run',
    fromTemplate: (minutes: number) =>
      `This meeting has no questions yet, so here is a suggested agenda for ${minutes} minutes. Add your own questions in the question builder and they will appear here.`,
    builderLink: 'Open the question builder',
    builderHref: '/tools/questions/',
    minutesLabel: 'Minutes',
    /** Read after "Minutes" by screen readers only, so each field's name says which segment it sets. */
    minutesSuffix: (label: string) => ` for ${label}`,
    minutesError: `Enter minutes from ${STEP_SEC / 60} to ${MAX_SEGMENT_SEC / 60}, for example 2 or 2.5.`,
    adds: (planned: number, total: number) =>
      planned === total
        ? `Adds up to ${formatClock(planned)}, the agreed length.`
        : planned > total
          ? `Adds up to ${formatClock(planned)}: ${spokenDuration(planned - total)} more than the agreed ${formatClock(total)}. The meeting clock still counts to the agreed end.`
          : `Adds up to ${formatClock(planned)}: ${spokenDuration(total - planned)} less than the agreed ${formatClock(total)}.`,
    reset: 'Reset to the meeting’s agenda',
    settings: 'Timer settings',
    mode: 'Show time as',
    countdown: 'Time left (count down)',
    countUp: 'Time used (count up, no time pressure)',
    chime: 'Soft chime when time is nearly up or over',
    vibrate: 'Vibrate when time is nearly up or over (phones)',
    start: 'Start the run',
  },
  run: {
    segmentOf: (i: number, n: number) => `Segment ${i + 1} of ${n}`,
    timerLabel: 'Run timer',
    leftInSegment: 'Left in this segment',
    overInSegment: 'Over in this segment',
    usedInSegment: 'Used in this segment',
    leftInMeeting: 'Left in the meeting',
    overInMeeting: 'Past the agreed end',
    usedInMeeting: 'Meeting so far',
    ofPlanned: (sec: number) => `of ${formatClock(sec)} planned`,
    next: 'Next up',
    nextLast: 'This is the last segment. Press Finish when you have said goodbye.',
    paused: 'Paused',
    wrapUp: 'Two minutes to the agreed end: time to wrap up. Thank them, ask who else you could talk to, and offer to keep in touch.',
    pastEnd: 'You are past the agreed end. Offer to let them go: keeping to time is the first courtesy.',
    countingUp: 'Counting up',
  },
  controls: {
    group: 'Run controls',
    pause: 'Pause',
    resume: 'Resume',
    next: 'Next',
    back: 'Back',
    addMinute: '+1 minute',
    finish: 'Finish',
    shortcuts: 'Keyboard shortcuts',
    shortcutList: [
      ['Space', 'pause or resume (when no button or field has focus)'],
      ['N', 'next segment'],
      ['B', 'back one segment'],
      ['+', 'add a minute to this segment'],
    ] as const,
  },
  announce: {
    segment: (i: number, n: number, label: string) => `Segment ${i + 1} of ${n}: ${label}`,
    started: (label: string) => `Run started. ${label}`,
    paused: 'Paused',
    resumed: 'Running again',
    finished: 'Run finished. The summary follows.',
    nearly: 'Nearly out of time for this segment',
    over: 'Over time for this segment',
    meetingOver: 'Past the agreed end of the meeting',
    wrapUp: 'Two minutes to the agreed end: time to wrap up',
    saved: 'Run saved to this meeting’s history.',
    discarded: 'Run discarded.',
  },
  summary: {
    heading: 'How the run went',
    caption: 'Planned against actual time per segment',
    segment: 'Segment',
    planned: 'Planned',
    actual: 'Actual',
    difference: 'Difference',
    total: 'Total',
    delta: spokenDelta,
    /** A segment the run never reached, in place of its actual time and difference. */
    notReached: '—',
    skipped: 'skipped',
    overtime: (sec: number) =>
      sec > 0 ? `Total overtime: ${spokenDuration(sec)} past the agreed end.` : 'You finished within the agreed time.',
    rating: 'How did it feel? (1 = rough, 5 = great)',
    ratingOption: (n: number) => `${n}`,
    ratingNames: ['rough', 'shaky', 'okay', 'good', 'great'] as const,
    notes: 'Notes for next time',
    notesHint: 'Only you see these; they stay in this browser.',
    notesTooLong: (max: number) => `Keep notes under ${max} characters; nothing was cut.`,
    save: 'Save run',
    saveFailed: 'The run could not be saved: its meeting no longer exists. Pick a meeting above and try again.',
    runsFull: (max: number) => `This meeting already keeps ${max} runs, the most one meeting holds. Start a new meeting above to save more; this run stays here meanwhile.`,
    undoFinish: 'Back to the run',
    discard: 'Discard run',
    confirmDiscard: 'Discard this run without saving?',
    yesDiscard: 'Yes, discard',
    keep: 'Keep it',
  },
  speech: {
    heading: 'Practice aloud',
    lead: 'Time your introduction, questions and share of a run aloud. Uses the microphone; nothing leaves this device.',
    turnOn: 'Turn on practice aloud',
    loadFailed: 'Practice aloud could not load. Check your connection, then press the button again (or reload the page). The timer works without it.',
  },
  history: {
    heading: 'Practice runs for this meeting',
    empty: 'No saved runs yet. Your runs will appear here with how close you kept to the plan.',
    chartTitle: 'Planned and actual minutes per run, oldest first',
    legendPlanned: 'Planned',
    legendActual: 'Actual',
    /** Shown beside the legend: the list below runs newest first, the chart oldest first. */
    legendOrder: 'runs numbered oldest first',
    /** The minutes scale and the figures on a single run's bars. */
    chartMinutes: (n: number) => `${n} min`,
    /** Under the only run's bars. */
    chartOneRun: 'This run',
    chartDesc: (n: number) => `Bar chart of the last ${n} runs; the same figures are listed below.`,
    runLabel: (date: string) => `Run on ${date}`,
    speech: (r: RunSpeech) => speechLine(r, DEFAULT_SPEECH_TARGETS.questionsPhaseMaxShare),
    totals: (planned: number, actual: number, delta: number) =>
      `${formatClock(actual)} used of ${formatClock(planned)} planned (${spokenDelta(delta)})`,
    rated: (n: number) => `Rated ${n} of 5`,
    trend: {
      none: '',
      first: 'One run so far: do another to see a trend.',
      closer: 'Your latest run kept closer to the plan than your last few runs did on average.',
      steady: 'Your latest run kept about as close to the plan as your last few runs did on average.',
      further: 'Your latest run drifted further from the plan than your last few runs did on average.',
    } satisfies Record<RunTrend, string>,
  },
};

/** A run's date and time in the reader's own locale and time zone. */
