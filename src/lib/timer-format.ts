/** Turning the engine's milliseconds into what the timer shows and says. */

/** "m:ss" under an hour, "h:mm:ss" from an hour; whole seconds, never negative. */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/**
 * Whole seconds to show for a countdown: rounded up while time remains (so 0:00 appears only when
 * it is really up), and as seconds over once it has run out.
 */
export function countdownSeconds(leftMs: number): { over: boolean; seconds: number } {
  if (leftMs > 0) return { over: false, seconds: Math.ceil(leftMs / 1000) };
  // `+ 0` turns -0 into 0.
  return { over: true, seconds: Math.floor(-leftMs / 1000) + 0 };
}

/** Whole seconds to show for elapsed time: rounded down, never negative. */
export function elapsedSeconds(elapsedMs: number): number {
  return Math.max(0, Math.floor(elapsedMs / 1000));
}

/** A countdown as text: "4:59" while time remains, "+0:12" once over. */
export function formatCountdown(leftMs: number): string {
  const { over, seconds } = countdownSeconds(leftMs);
  return over ? `+${formatClock(seconds)}` : formatClock(seconds);
}

/**
 * A duration as whole minutes and seconds, rounded to the second, never negative: 125 s is
 * { minutes: 2, seconds: 5 }. The words ("2 min 5 s") are the timer's strings.
 */
export function minutesAndSeconds(totalSeconds: number): { minutes: number; seconds: number } {
  const s = Math.max(0, Math.round(totalSeconds));
  return { minutes: Math.floor(s / 60), seconds: s % 60 };
}
