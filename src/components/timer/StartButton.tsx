/** The Start button; its click is also what lets the chime make sound later. */
import { useEffect, useRef } from 'preact/hooks';
import { strings } from './strings';

export default function StartButton({ autoFocus, onStart }: { autoFocus: boolean; onStart: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);
  return (
    <button ref={ref} type="button" class="btn btn-primary mt-start" onClick={onStart}>
      {strings.setup.start}
    </button>
  );
}
