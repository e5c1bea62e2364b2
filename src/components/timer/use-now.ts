/** The clock the timer repaints from: Date.now(), refreshed while `active`. Ticks only repaint. */
import { useEffect, useState } from 'preact/hooks';

/** Repaint interval; a quarter second keeps the shown second within 250 ms of the truth. */
export const TICK_MS = 250;

/** Current epoch ms, updated every TICK_MS while active and whenever the tab becomes visible again. */
export function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!active) return undefined;
    const tick = () => setNow(Date.now());
    const id = setInterval(tick, TICK_MS);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(id);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [active]);
  return now;
}
