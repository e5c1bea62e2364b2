/**
 * "Practice aloud": off on every visit. The button loads the microphone tools (PracticeAloud and
 * the microphone controller) only when pressed, so the timer page pays nothing for them at load;
 * the microphone itself is asked for only by the Record and Listen buttons inside.
 */
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { Meeting } from '../../lib/meeting';
import type { TimerEvent, TimerPlan, TimerStatus } from '../../lib/timer-engine';
import { DEFAULT_SPEECH_TARGETS } from '../../lib/speech/targets';
import { setAskedSeconds, setIntroTake, setRunSpeech } from '../../stores/speech';
import type { PracticeAloudProps } from '../speech/PracticeAloud';
import { useAnnounce } from '../shared/feedback';
import { strings } from './strings';
import { href } from '../../lib/href';

type PanelModule = typeof import('../speech/PracticeAloud');
// The build emits the panel at a fixed URL (astro.config.mjs); a plain import() of it keeps Vite's
// preload helper (about 0.9 KB) off the timer page. Under the site's base path.
const PRACTICE_ALOUD_SRC = href('/_astro/practice-aloud.js');

export interface SpeechLauncherProps {
  meeting: Meeting;
  plan: TimerPlan;
  events: TimerEvent[];
  status: TimerStatus;
}

export default function SpeechLauncher(p: SpeechLauncherProps) {
  const s = strings.speech;
  const [Panel, setPanel] = useState<ComponentType<PracticeAloudProps> | null>(null);
  const [failed, setFailed] = useState(false);
  const announce = useAnnounce();
  const open = () =>
    (import.meta.env.DEV ? import('../speech/PracticeAloud') : (import(/* @vite-ignore */ PRACTICE_ALOUD_SRC) as Promise<PanelModule>)).then(
      (m) => setPanel(() => m.default),
      () => setFailed(true),
    );
  if (Panel) {
    return (
      <Panel
        {...p}
        targets={DEFAULT_SPEECH_TARGETS}
        keep={{ introTake: setIntroTake, askedSeconds: setAskedSeconds, runSpeech: setRunSpeech }}
        announce={announce}
        onClose={() => setPanel(null)}
      />
    );
  }
  return (
    <section class="stack" aria-labelledby="sp-off-heading">
      <h2 id="sp-off-heading">{s.heading}</h2>
      <p>{s.lead}</p>
      <div>
        <button type="button" class="btn" onClick={() => void open()}>
          {s.turnOn}
        </button>
      </div>
      {failed && (
        <p class="notice notice-error" role="alert">
          {s.loadFailed}
        </p>
      )}
    </section>
  );
}
