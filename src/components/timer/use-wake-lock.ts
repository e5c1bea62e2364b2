/** Keeps the screen on while a run is running; the browser drops the lock when the tab hides. */
import { useEffect } from 'preact/hooks';

interface Sentinel {
  released: boolean;
  release(): Promise<void>;
}
interface WakeLockApi {
  request(type: 'screen'): Promise<Sentinel>;
}

/** Holds a screen wake lock while `active`, takes it again when the tab returns, releases it otherwise. */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    const api = (navigator as Navigator & { wakeLock?: WakeLockApi }).wakeLock;
    if (!active || !api) return undefined;
    let sentinel: Sentinel | undefined;
    let stopped = false;
    const acquire = () => {
      if (document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      api.request('screen').then(
        (s) => {
          if (stopped) void s.release().catch(() => {});
          else sentinel = s;
        },
        // Refused (battery saver, permissions policy): the timer works the same, the screen may dim.
        () => {},
      );
    };
    acquire();
    document.addEventListener('visibilitychange', acquire);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', acquire);
      if (sentinel && !sentinel.released) void sentinel.release().catch(() => {});
    };
  }, [active]);
}
