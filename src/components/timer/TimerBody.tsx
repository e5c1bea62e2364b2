/** The timer for one meeting: setup, the run, or its summary, then the history. Renders and dispatches only. */
import { useMemo, useState } from 'preact/hooks';
import { buildAgenda, setSegmentSeconds, type AgendaData } from '../../lib/agenda';
import type { Meeting } from '../../lib/meeting';
import { timerState, type TimerEventType } from '../../lib/timer-engine';
import { timerView, type TimerRunData } from '../../lib/timer-run';
import type { TimerSettings as TimerSettingsData } from '../../lib/timer-settings';
import { discardRun, dispatchTimer, draftPlan, saveRefusal, saveRun, startRun, undoFinish } from '../../stores/timer-run';
import AgendaEditor from './AgendaEditor';
import { unlockAudio } from './alerts';
import OtherRunNotice from './OtherRunNotice';
import RunSummary from './RunSummary';
import RunHistory from './RunHistory';
import { strings } from './strings';
import TimerControls from './TimerControls';
import TimerDisplay from './TimerDisplay';
import TimerSettings from './TimerSettings';
import { useAnnounce } from '../shared/feedback';
import { useCueAnnouncer } from './use-cue-announcer';
import { useNow } from './use-now';
import { useShortcuts } from './use-shortcuts';
import { useWakeLock } from './use-wake-lock';
import StartButton from './StartButton';
import SpeechLauncher from './SpeechLauncher';
import { useStore } from '../shared/use-store';
import { $runSpeech, heardFor } from '../../stores/speech';

export interface TimerBodyProps {
  meeting: Meeting;
  data: TimerRunData;
  settings: TimerSettingsData;
  agendas: AgendaData;
}

type Focus = 'run' | 'summary' | 'start' | 'history' | null;

export default function TimerBody({ meeting, data, settings, agendas }: TimerBodyProps) {
  const agenda = useMemo(() => buildAgenda(meeting, agendas), [meeting.lengthMinutes, meeting.questions, agendas]);
  const { fresh, plan, events, status, live, edited, elsewhere } = timerView(data, meeting.id, agenda.plan);
  const now = useNow(status === 'running');
  const state = timerState(plan, events, now);
  const [focus, setFocus] = useState<Focus>(null);
  const [saveFailed, setSaveFailed] = useState<boolean | 'full'>(false);
  const announce = useAnnounce();
  const runSpeech = heardFor(useStore($runSpeech), meeting.id, events);
  useCueAnnouncer(state, plan, {
    calm: settings.mode === 'count-up',
    chime: settings.chime,
    vibrate: settings.vibrate,
  });
  useWakeLock(status === 'running');

  const act = (type: Exclude<TimerEventType, 'start'>) => {
    if (settings.chime) unlockAudio();
    dispatchTimer(type);
    if (type === 'finish') setFocus('summary');
  };
  useShortcuts(live, (a) => act(a === 'toggle' ? (status === 'paused' ? 'resume' : 'pause') : a));

  const start = () => {
    if (settings.chime) unlockAudio();
    startRun(meeting.id, fresh, plan);
    setFocus('run');
  };
  const save = () => {
    const saved = saveRun(meeting.id);
    setSaveFailed(saved ? false : saveRefusal(meeting.id));
    if (saved) {
      announce(strings.announce.saved);
      setFocus('history');
    }
  };
  const discard = () => {
    discardRun();
    announce(strings.announce.discarded);
    setFocus('start');
  };

  if (elsewhere) {
    return (
      <div class="stack">
        <OtherRunNotice meetingId={data.meetingId} />
        <RunHistory runs={meeting.runs} />
      </div>
    );
  }
  return (
    <div class="stack">
      {status === 'idle' && (
        <>
          <AgendaEditor
            plan={plan}
            fromTemplate={agenda.fromTemplate}
            lengthMinutes={meeting.lengthMinutes}
            edited={edited}
            onSegment={(i, sec) => draftPlan(meeting.id, fresh, setSegmentSeconds(plan, i, sec))}
            onReset={() => draftPlan(meeting.id, fresh, fresh)}
          />
          <TimerSettings mode={settings.mode} chime={settings.chime} vibrate={settings.vibrate} />
          <StartButton autoFocus={focus === 'start'} onStart={start} />
        </>
      )}
      {live && (
        <>
          <TimerDisplay plan={plan} state={state} mode={settings.mode} reveal={focus === 'run'} />
          <TimerControls
            paused={status === 'paused'}
            canBack={state.index > 0}
            canNext={state.index < plan.segments.length - 1}
            autoFocus={focus === 'run'}
            onAction={act}
          />
        </>
      )}
      {status === 'finished' && (
        <RunSummary
          plan={plan}
          events={events}
          rating={data.rating}
          notes={data.notes}
          speech={runSpeech}
          autoFocus={focus === 'summary'}
          saveFailed={saveFailed}
          onSave={save}
          onUndoFinish={() => {
            undoFinish();
            setFocus('run');
          }}
          onDiscard={discard}
        />
      )}
      <SpeechLauncher meeting={meeting} plan={plan} events={events} status={status} />
      <RunHistory runs={meeting.runs} focus={focus === 'history'} />
    </div>
  );
}
