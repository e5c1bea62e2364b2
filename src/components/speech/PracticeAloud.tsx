/**
 * Practice aloud (loaded on demand, with the microphone code): rehearse the introduction, ask each
 * question aloud, and listen during a mock run. Renders and dispatches only: the numbers come from
 * src/lib/speech, the meeting changes from src/stores/speech.ts, the microphone from
 * src/scripts/speech/microphone.ts. Any fault shows a plain message; the timer keeps working.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { IntroTake, Meeting } from '../../lib/meeting';
import { audioExtension } from '../../lib/speech/audio-file';
import type { MicFault } from '../../lib/speech/faults';
import { introVerdict, questionRunsLong, type SpeechTargets } from '../../lib/speech/metrics';
import { askingSeconds, introTakeNumbers, runIntervals, runSpeech } from '../../lib/speech/run-speech';
import type { TimerEvent, TimerPlan, TimerStatus } from '../../lib/timer-engine';
import { createMicrophone, type Microphone, type MicLevel, type Take } from '../../scripts/speech/microphone';
import type { OpenRunSpeech } from '../../stores/speech';
import { speechStrings as s } from './strings';

export interface PracticeAloudProps {
  meeting: Meeting;
  plan: TimerPlan;
  events: TimerEvent[];
  status: TimerStatus;
  onClose: () => void;
  /**
   * What the timer hands in rather than this chunk importing it: the house targets, the store
   * functions that keep the numbers, and the page's announcer. Importing them would split the
   * timer's own code into more chunks and make the page heavier at load.
   */
  targets: SpeechTargets;
  keep: {
    introTake: (meetingId: string, take: IntroTake) => void;
    askedSeconds: (meetingId: string, questionId: string, seconds: number) => void;
    runSpeech: (open: OpenRunSpeech | null) => void;
  };
  announce: (message: string) => void;
}

type Activity = 'intro' | 'question' | 'run';

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export default function PracticeAloud(p: PracticeAloudProps) {
  const { announce, targets: T } = p;
  const mic = useRef<Microphone | null>(null);
  /** What the current microphone was started for: only a 'run' microphone measures the run. */
  const micFor = useRef<Activity | null>(null);
  const [active, setActive] = useState<Activity | null>(null);
  const [level, setLevel] = useState<MicLevel | null>(null);
  const [fault, setFault] = useState<{ where: Activity; fault: MicFault } | null>(null);
  const [take, setTake] = useState<Take | null>(null);
  const [qIndex, setQIndex] = useState(0);
  const [lastAsk, setLastAsk] = useState<{ id: string; sec: number | null } | null>(null);
  const [runLive, setRunLive] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);
  const introResult = useRef<HTMLParagraphElement>(null);
  const askResult = useRef<HTMLParagraphElement>(null);
  const runButton = useRef<HTMLButtonElement>(null);
  const latest = useRef(p);
  latest.current = p;

  useEffect(() => {
    heading.current?.focus();
    return () => mic.current?.dispose();
  }, []);
  useEffect(() => {
    if (active) stopButton.current?.focus();
  }, [active]);

  /** The run's numbers so far, kept in memory for saveRun; the live line for the current segment. */
  const measureRun = () => {
    const m = mic.current;
    const zero = m?.zero();
    const { plan, events, meeting } = latest.current;
    const startedAt = events.find((e) => e.type === 'start')?.at;
    if (!m || !zero || startedAt === undefined || micFor.current !== 'run') return;
    const now = Date.now();
    const segments = m.segments();
    const speech = runSpeech(plan, events, segments, zero.epochMs, now, T);
    if (speech) latest.current.keep.runSpeech({ meetingId: meeting.id, startedAt, speech });
    const current = runIntervals(plan, events, now).at(-1);
    setRunLive(current && speech ? (speech.talkSec[current.index] ?? 0) : 0);
  };

  // The run's numbers follow every timer event (next, pause, finish) while the microphone listened.
  useEffect(() => {
    measureRun();
  }, [p.events]);

  async function begin(what: Activity) {
    if (active) return;
    setFault(null);
    mic.current?.dispose();
    const m = createMicrophone({ record: what === 'intro' });
    mic.current = m;
    micFor.current = what;
    let lastPaint = 0;
    m.subscribe((e) => {
      if (e.type === 'level') {
        // About ten repaints a second are plenty for a meter.
        if (e.time - lastPaint < 0.1) return;
        lastPaint = e.time;
        setLevel(e);
        if (what === 'run' && Math.floor(e.time * 2) !== Math.floor((e.time - 0.1) * 2)) measureRun();
      } else if (e.type === 'fault' && e.fault !== 'cancelled') {
        setFault({ where: what, fault: e.fault });
        if (what === 'run') measureRun();
        setActive(null);
      }
    });
    setActive(what);
    const started = await m.start();
    if (!started.ok) {
      setActive(null);
      if (started.fault !== 'cancelled') setFault({ where: what, fault: started.fault });
      return;
    }
    announce(s.announce.listening);
  }

  async function end() {
    const m = mic.current;
    const what = active;
    if (!m || !what) return;
    if (what === 'run') measureRun();
    const r = await m.stop();
    setActive(null);
    setLevel(null);
    announce(s.announce.stopped);
    const { meeting } = latest.current;
    if (what === 'intro') {
      latest.current.keep.introTake(meeting.id, introTakeNumbers(r.segments, r.durationS, new Date(), T));
      setTake(r.take);
    } else if (what === 'question') {
      const q = meeting.questions[qIndex];
      const sec = askingSeconds(r.segments);
      if (q && sec !== null) latest.current.keep.askedSeconds(meeting.id, q.id, sec);
      if (q) setLastAsk({ id: q.id, sec });
    }
    const target = what === 'intro' ? introResult : what === 'question' ? askResult : runButton;
    requestAnimationFrame(() => target.current?.focus());
  }

  const listening = (what: Activity) =>
    active === what && (
      <div class="sp-listening" role="group" aria-label={s.listening}>
        <p class="sp-state">
          <span class="sp-dot" aria-hidden="true" /> <strong>{s.listening}</strong>
          {level && <> · {level.calibrating ? s.calibrating : level.speaking ? s.speaking : s.quiet}</>}
        </p>
        {!reducedMotion() && <meter class="sp-meter" aria-label={s.meter} min={0} max={1} value={level?.level ?? 0} />}
        {what === 'run' && <p>{p.status === 'idle' ? s.run.waiting : s.run.live(runLive)}</p>}
        <button type="button" class="btn btn-danger" ref={stopButton} onClick={() => void end()}>
          {s.stop}
        </button>
      </div>
    );
  const faultLine = (what: Activity) =>
    fault?.where === what && (
      <p class="notice notice-error" role="alert">
        {s.faults[fault.fault]}
      </p>
    );

  const intro = p.meeting.introTake;
  const questions = p.meeting.questions;
  const q = questions[Math.min(qIndex, Math.max(0, questions.length - 1))];
  const busy = active !== null;

  return (
    <section class="card stack sp-panel" aria-labelledby="sp-heading">
      <h2 id="sp-heading" tabIndex={-1} ref={heading}>
        {s.panelHeading}
      </h2>
      <p>{s.why}</p>

      <section class="stack" aria-labelledby="sp-intro-h">
        <h3 id="sp-intro-h">{s.intro.heading}</h3>
        <p>{s.intro.lead(T)}</p>
        {listening('intro') || (
          <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void begin('intro')}>
            {intro ? s.intro.again : s.intro.record}
          </button>
        )}
        {faultLine('intro')}
        {intro && (
          <div class="stack sp-result">
            <p ref={introResult} tabIndex={-1}>
              {s.intro.spoke(intro.spokenSec, T.introTargetS)} <strong>{s.intro.verdict[introVerdict(intro.spokenSec, T)]}</strong>{' '}
              {s.intro.pauses(intro.pauses, intro.longestPauseSec)}
            </p>
            {take && (
              <>
                <audio controls src={take.url} aria-label={s.intro.play} />
                <p>
                  <a href={take.url} download={`${s.intro.fileName}.${audioExtension(take.mimeType)}`}>
                    {s.intro.download}
                  </a>
                </p>
              </>
            )}
            <p class="hint">{s.intro.kept}</p>
          </div>
        )}
      </section>

      <section class="stack" aria-labelledby="sp-q-h">
        <h3 id="sp-q-h">{s.questions.heading}</h3>
        <p>{s.questions.lead(T.questionMaxS)}</p>
        {!q ? (
          <p>{s.questions.none}</p>
        ) : (
          <>
            <p class="sp-question">
              <span class="muted">{s.questions.position(qIndex + 1, questions.length)}</span>
              <br />
              <strong dir="auto">{q.text}</strong>
            </p>
            {listening('question') || (
              <div class="cluster">
                <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void begin('question')}>
                  {s.questions.record}
                </button>
                <button type="button" class="btn" disabled={busy || qIndex === 0} onClick={() => setQIndex(qIndex - 1)}>
                  {s.questions.previous}
                </button>
                <button type="button" class="btn" disabled={busy || qIndex >= questions.length - 1} onClick={() => setQIndex(qIndex + 1)}>
                  {s.questions.next}
                </button>
              </div>
            )}
            {faultLine('question')}
            {lastAsk?.id === q.id && (
              <p ref={askResult} tabIndex={-1}>
                {lastAsk.sec === null ? s.questions.notHeard : s.questions.took(lastAsk.sec)}{' '}
                {lastAsk.sec !== null && questionRunsLong(lastAsk.sec, T) && <strong>{s.questions.long(T.questionMaxS)}</strong>}
              </p>
            )}
            <h4>{s.questions.measured}</h4>
            <ol class="sp-asked">
              {questions.map((x) => (
                <li key={x.id}>
                  <span dir="auto">{x.text}</span>:{' '}
                  {x.askedSec === undefined ? <span class="muted">{s.questions.notYet}</span> : s.questions.took(x.askedSec)}
                  {x.askedSec !== undefined && questionRunsLong(x.askedSec, T) && <strong> {s.questions.long(T.questionMaxS)}</strong>}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <section class="stack" aria-labelledby="sp-run-h">
        <h3 id="sp-run-h">{s.run.heading}</h3>
        <p>{s.run.lead}</p>
        <p class="notice">{s.oneMic}</p>
        {listening('run') || (
          <button type="button" class="btn btn-primary" ref={runButton} disabled={busy || p.status === 'finished'} onClick={() => void begin('run')}>
            {s.run.listen}
          </button>
        )}
        {faultLine('run')}
      </section>

      <button type="button" class="btn" onClick={p.onClose}>
        {s.off}
      </button>
    </section>
  );
}
