/** Count down or up, and the optional chime and vibration (off until the reader turns them on). */
import type { TimerMode } from '../../lib/timer-settings';
import { setChime, setTimerMode, setVibrate } from '../../stores/timer-settings';
import { unlockAudio } from './alerts';
import { strings } from './strings';

export interface TimerSettingsProps {
  mode: TimerMode;
  chime: boolean;
  vibrate: boolean;
}

export default function TimerSettings({ mode, chime, vibrate }: TimerSettingsProps) {
  const s = strings.setup;
  const modes: [TimerMode, string][] = [
    ['countdown', s.countdown],
    ['count-up', s.countUp],
  ];
  return (
    <fieldset class="mt-settings stack">
      <legend>{s.settings}</legend>
      <fieldset class="mt-radios">
        <legend>{s.mode}</legend>
        {modes.map(([value, label]) => (
          <label key={value}>
            <input type="radio" name="mt-mode" value={value} checked={mode === value} onChange={() => setTimerMode(value)} /> {label}
          </label>
        ))}
      </fieldset>
      <label class="mt-check">
        <input
          type="checkbox"
          checked={chime}
          onChange={(e) => {
            // Turning the chime on is a click, so audio may start from here.
            if (e.currentTarget.checked) unlockAudio();
            setChime(e.currentTarget.checked);
          }}
        />{' '}
        {s.chime}
      </label>
      <label class="mt-check">
        <input type="checkbox" checked={vibrate} onChange={(e) => setVibrate(e.currentTarget.checked)} /> {s.vibrate}
      </label>
    </fieldset>
  );
}
