/** Start-to-finish controls with their shortcuts. aria-disabled keeps focus on a button that stops applying. */
import { useEffect, useRef } from 'preact/hooks';
import type { TimerEventType } from '../../lib/timer-engine';
import { strings } from './strings';

export interface TimerControlsProps {
  paused: boolean;
  canBack: boolean;
  canNext: boolean;
  autoFocus: boolean;
  onAction: (type: Exclude<TimerEventType, 'start'>) => void;
}

export default function TimerControls({ paused, canBack, canNext, autoFocus, onAction }: TimerControlsProps) {
  const c = strings.controls;
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The display above scrolls itself into view (TimerDisplay's `reveal`); focus must not scroll it away.
    if (autoFocus) first.current?.focus({ preventScroll: true });
  }, [autoFocus]);
  const guarded = (ok: boolean, type: Exclude<TimerEventType, 'start'>) => () => {
    if (ok) onAction(type);
  };
  return (
    <div class="stack">
      <div role="group" aria-label={c.group} class="cluster mt-controls">
        <button ref={first} type="button" class="btn btn-primary" aria-keyshortcuts="Space" onClick={() => onAction(paused ? 'resume' : 'pause')}>
          {paused ? c.resume : c.pause}
        </button>
        <button type="button" class="btn" aria-keyshortcuts="B" aria-disabled={!canBack} onClick={guarded(canBack, 'back')}>
          {c.back}
        </button>
        <button type="button" class="btn" aria-keyshortcuts="N" aria-disabled={!canNext} onClick={guarded(canNext, 'next')}>
          {c.next}
        </button>
        <button type="button" class="btn" aria-keyshortcuts="+" onClick={() => onAction('add-minute')}>
          {c.addMinute}
        </button>
        <button type="button" class="btn btn-danger" onClick={() => onAction('finish')}>
          {c.finish}
        </button>
      </div>
      <div class="mt-shortcuts">
        <h3 class="mt-shortcuts-heading">{c.shortcuts}</h3>
        <dl>
          {c.shortcutList.map(([key, what]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
