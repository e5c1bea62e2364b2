/**
 * Voice activity detection over short-frame energies: a pure state machine, no DOM, no audio API.
 *
 * The AudioWorklet (src/scripts/speech/energy-worklet.js) turns microphone samples into one RMS
 * value per frame (10 ms by default); this module turns those values into speech segments:
 *
 * 1. Calibration: the first `calibrationS` seconds are buffered and the room's noise floor is set
 *    to a low percentile of them (so a reader who starts talking at once does not raise it), then
 *    the buffered frames are classified like every later frame, so no speech is lost.
 * 2. Adaptive threshold: a frame is active when it is `marginDb` above the noise floor and above
 *    `minSpeechDb`. The floor drops quickly to quieter frames, rises slowly through silence (a fan,
 *    traffic, a rising hum) and very slowly while speaking.
 * 3. Stationary-noise escape: speech energy swings by several dB from syllable to syllable; a
 *    "speech" stretch whose energy stays flat (spread under `stationaryDb`) for `stationaryS` is a
 *    new steady noise (a fan switched on), so the floor jumps to it and the stretch is dropped.
 * 4. Hangover: a segment stays open through quiet stretches shorter than `hangoverS`, so the pauses
 *    between words do not split speech. Its end is the last active frame, not the end of the hangover.
 * 5. Click rejection: a segment with less than `minSpeechS` of active frames (a knock, a click, a
 *    cough shorter than a syllable) is dropped.
 *
 * Times are seconds from the first frame (frame index × frame length), so they follow the audio
 * clock, which keeps running when the tab is hidden.
 */

export interface DetectorOptions {
  /** Length of one frame in seconds (the worklet's frame). */
  frameS: number;
  /** Seconds at the start used to measure the room's noise. */
  calibrationS: number;
  /** Percentile (0–1) of the calibration frames taken as the starting noise floor. */
  calibrationPercentile: number;
  /** dB above the noise floor a frame must reach to count as voice. */
  marginDb: number;
  /** Absolute minimum level (dBFS) of a voice frame, so digital silence does not make dust audible. */
  minSpeechDb: number;
  /** Quiet stretch (s) a segment bridges: pauses between words shorter than this do not split it. */
  hangoverS: number;
  /** Minimum active time (s) in a segment; shorter bursts are clicks and are dropped. */
  minSpeechS: number;
  /** Time constant (s) of the floor falling to quieter frames. */
  floorFallS: number;
  /** Time constant (s) of the floor rising through silence. */
  floorRiseS: number;
  /** Time constant (s) of the floor rising while speech is detected. */
  floorRiseSpeakingS: number;
  /** Window (s) over which energy must stay flat for a "speech" stretch to count as steady noise. */
  stationaryS: number;
  /** Spread (dB, max − min of the smoothed level) under which a window is flat. */
  stationaryDb: number;
}

export const DEFAULT_DETECTOR_OPTIONS: DetectorOptions = {
  frameS: 0.01,
  calibrationS: 0.5,
  calibrationPercentile: 0.2,
  marginDb: 9,
  minSpeechDb: -62,
  hangoverS: 0.5,
  minSpeechS: 0.08,
  floorFallS: 0.15,
  floorRiseS: 1.5,
  floorRiseSpeakingS: 30,
  stationaryS: 1.2,
  stationaryDb: 3,
};

/** One stretch of speech, in seconds from the first frame. */
export interface Segment {
  start: number;
  end: number;
}

/** What the detector says after each frame, for a live meter. */
export interface DetectorFrameInfo {
  /** Time of the end of this frame (s). */
  time: number;
  /** This frame's level (dBFS). */
  db: number;
  /** Current noise floor (dBFS); NaN while calibrating. */
  floorDb: number;
  /** True while a segment is open (including its hangover). */
  speaking: boolean;
  /** True until calibration ends. */
  calibrating: boolean;
}

export const SILENCE_DB = -100;

/** RMS (linear, full scale = 1) to dBFS, floored at SILENCE_DB. */
export function rmsToDb(rms: number): number {
  if (!(rms > 0)) return SILENCE_DB;
  return Math.max(SILENCE_DB, 20 * Math.log10(rms));
}

/** dBFS to a 0–1 meter position over [bottomDb, 0]. */
export function meterLevel(db: number, bottomDb = -70): number {
  if (!Number.isFinite(db)) return 0;
  return Math.min(1, Math.max(0, (db - bottomDb) / -bottomDb));
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.floor(p * (sorted.length - 1))));
  return sorted[i] ?? SILENCE_DB;
}

export interface Detector {
  /** Feeds one frame's level in dBFS; returns what changed, for a live meter. */
  push(db: number): DetectorFrameInfo;
  /** Closes any open segment (at its last active frame) and returns every segment. */
  finish(): Segment[];
  /** Segments closed so far (an open one is not included). */
  segments(): readonly Segment[];
  /** The open segment so far, if speech is going on. */
  current(): Segment | null;
  /** Time (s) of the end of the last frame fed. */
  time(): number;
}

/** Creates a detector; feed it frames in order with `push`. */
export function createDetector(options: Partial<DetectorOptions> = {}): Detector {
  const o: DetectorOptions = { ...DEFAULT_DETECTOR_OPTIONS, ...options };
  const frameS = o.frameS;
  const alpha = (tau: number) => 1 - Math.exp(-frameS / Math.max(tau, frameS));
  const fall = alpha(o.floorFallS);
  const rise = alpha(o.floorRiseS);
  const riseSpeaking = alpha(o.floorRiseSpeakingS);
  const smooth = alpha(0.05);
  const calibrationFrames = Math.max(1, Math.round(o.calibrationS / frameS));
  const hangoverFrames = Math.max(0, Math.round(o.hangoverS / frameS));
  const minActiveFrames = Math.max(1, Math.round(o.minSpeechS / frameS));
  const stationaryFrames = Math.max(2, Math.round(o.stationaryS / frameS));
  const settleFrames = Math.round(0.25 / frameS);

  const closed: Segment[] = [];
  const calibration: number[] = [];
  let floor = Number.NaN;
  let index = 0; // frames classified so far
  let fed = 0; // frames pushed so far
  let smoothed = Number.NaN;
  // Open segment state.
  let open = false;
  let startFrame = 0;
  let lastActiveFrame = 0;
  let activeFrames = 0;
  // Smoothed levels since the segment opened, for the stationary-noise check.
  let recent: number[] = [];

  function close() {
    if (open && activeFrames >= minActiveFrames) {
      closed.push({ start: startFrame * frameS, end: (lastActiveFrame + 1) * frameS });
    }
    open = false;
    activeFrames = 0;
    recent = [];
  }

  function classify(db: number) {
    const i = index++;
    smoothed = Number.isNaN(smoothed) ? db : smoothed + (db - smoothed) * smooth;
    const threshold = Math.max(floor + o.marginDb, o.minSpeechDb);
    const active = db >= threshold;
    if (active) {
      if (!open) {
        open = true;
        startFrame = i;
        activeFrames = 0;
        recent = [];
      }
      lastActiveFrame = i;
      activeFrames++;
    } else if (open && i - lastActiveFrame > hangoverFrames) {
      close();
    }
    // Noise floor: fast down, slow up, slower up while speaking.
    if (db < floor) floor += (db - floor) * fall;
    else floor += (db - floor) * (open ? riseSpeaking : rise);

    if (open) {
      recent.push(smoothed);
      if (recent.length > stationaryFrames) recent.shift();
      if (recent.length === stationaryFrames) {
        let lo = Infinity;
        let hi = -Infinity;
        for (const v of recent) {
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
        if (hi - lo < o.stationaryDb) {
          // Flat for a whole window: a new steady noise. Keep any speech before the flat part,
          // drop the rest, and take the noise as the floor.
          const flatStart = i - stationaryFrames + 1;
          lastActiveFrame = flatStart - 1;
          activeFrames = Math.min(activeFrames, flatStart - startFrame);
          // The smoothed level takes a few frames to settle, so a flat part reaches back a little.
          if (flatStart - startFrame < minActiveFrames + settleFrames) activeFrames = 0;
          close();
          floor = lo;
        }
      }
    }
    return active;
  }

  function info(db: number): DetectorFrameInfo {
    return { time: fed * frameS, db, floorDb: floor, speaking: open, calibrating: Number.isNaN(floor) };
  }

  return {
    push(rawDb: number) {
      const db = Number.isFinite(rawDb) ? Math.max(SILENCE_DB, rawDb) : SILENCE_DB;
      fed++;
      if (Number.isNaN(floor)) {
        calibration.push(db);
        if (calibration.length >= calibrationFrames) {
          floor = percentile(calibration, o.calibrationPercentile);
          for (const c of calibration) classify(c);
          calibration.length = 0;
        }
        return info(db);
      }
      classify(db);
      return info(db);
    },
    finish() {
      if (Number.isNaN(floor) && calibration.length > 0) {
        floor = percentile(calibration, o.calibrationPercentile);
        for (const c of calibration) classify(c);
        calibration.length = 0;
      }
      close();
      return [...closed];
    },
    segments: () => closed,
    current: () => (open && activeFrames >= minActiveFrames ? { start: startFrame * frameS, end: (lastActiveFrame + 1) * frameS } : null),
    time: () => fed * frameS,
  };
}
