/**
 * The optional soft chime and vibration. The AudioContext is created inside a click (Start, or any
 * control after a reload), because browsers only let a page make sound after the reader acts.
 */
let context: AudioContext | undefined;

/** Creates or resumes the audio context; call from a click handler when the chime is on. */
export function unlockAudio(): void {
  try {
    const Ctor = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctor) return;
    context ??= new Ctor();
    if (context.state === 'suspended') void context.resume().catch(() => {});
  } catch {
    context = undefined; // no audio on this device; the visual cues carry on
  }
}

/** A short, soft two-note chime; silent when audio was never unlocked. */
export function chime(): void {
  const ctx = context;
  if (!ctx || ctx.state !== 'running') return;
  const t = ctx.currentTime;
  [660, 880].forEach((freq, i) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = freq;
    const start = t + i * 0.18;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.12, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.6);
    osc.connect(gain).connect(ctx.destination);
    osc.start(start);
    osc.stop(start + 0.65);
  });
}

/** A short buzz where the device supports it. */
export function buzz(): void {
  if (typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function') navigator.vibrate([120, 80, 120]);
}
