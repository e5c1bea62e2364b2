/**
 * The microphone controller: asks for the microphone only when `start()` is called, runs the
 * energy worklet, feeds its frames to the pure detector (src/lib/speech/detector.ts), records the
 * take for playback (a blob: URL, in memory only), and turns every failure into a fault id from
 * src/lib/speech/faults.ts. It never throws: the timer keeps working whatever happens here.
 *
 * Load it on demand, when the reader turns the microphone on, so no page pays for it at load:
 *   const { createMicrophone } = await import('…/scripts/speech/microphone'); // from a component
 */
import { createDetector, meterLevel, rmsToDb, type DetectorOptions, type Segment } from '../../lib/speech/detector';
import { classifyMicError, supportFault, type MicFault } from '../../lib/speech/faults';
import { ENERGY_PROCESSOR, STOP, type EnergyMessage, type EnergyOptions } from './energy-protocol';
import defaultWorkletUrl from './energy-worklet.ts?worker&url';

export type { MicFault } from '../../lib/speech/faults';
export type { Segment } from '../../lib/speech/detector';

export type MicState = 'idle' | 'starting' | 'listening' | 'stopped' | 'failed';

/** A live reading for the level meter, sent with every batch of frames (about 20 a second). */
export interface MicLevel {
  /** Level of the latest frame, dBFS (-100 for silence). */
  db: number;
  /** The same as a 0–1 meter position (-70 dBFS to 0). */
  level: number;
  /** True while the detector hears speech (including the short hangover after it). */
  speaking: boolean;
  /** True during the first half second, while the room's noise is measured. */
  calibrating: boolean;
  /** Microphone clock, seconds since listening began. */
  time: number;
}

export type MicEvent =
  | { type: 'state'; state: MicState }
  | ({ type: 'level' } & MicLevel)
  | { type: 'segment'; segment: Segment }
  | { type: 'fault'; fault: MicFault };

/** A recorded take: a blob: URL for an <audio> element and the blob for a download. */
export interface Take {
  url: string;
  blob: Blob;
  mimeType: string;
}

export interface MicResult {
  /** Every speech segment, microphone clock (s). */
  segments: Segment[];
  /** How long the microphone listened (s). */
  durationS: number;
  /** The recording, or null (recording off, unsupported, or nothing captured). */
  take: Take | null;
  /** The fault that ended listening, or null when stopped normally. */
  fault: MicFault | null;
}

export interface MicrophoneOptions {
  /** Detector tuning; defaults in DEFAULT_DETECTOR_OPTIONS. */
  detector?: Partial<DetectorOptions>;
  /** Record the take with MediaRecorder (default true). */
  record?: boolean;
  /**
   * Audio constraints. Default: echo cancellation, noise suppression and auto gain off, so the
   * levels the detector sees are the room's, not a processed version of it.
   */
  constraints?: MediaTrackConstraints;
  /** Frame length (s) of the worklet; default 0.01. */
  frameS?: number;
  /** Where the worklet module is served (default: the file Vite emits next to this module). */
  workletUrl?: string;
  /** Milliseconds to wait for the AudioContext to run before giving up with 'audio-context'. */
  resumeTimeoutMs?: number;
}

export interface Microphone {
  /** Asks for the microphone and starts listening. Call it from the button press (user gesture). */
  start(): Promise<{ ok: true } | { ok: false; fault: MicFault }>;
  /** Stops listening and recording; resolves with the segments and the take. Safe to call twice. */
  stop(): Promise<MicResult>;
  state(): MicState;
  /** The latest level reading. */
  level(): MicLevel;
  /** Segments so far, including the one in progress. */
  segments(): Segment[];
  /** Microphone clock (s): frames processed so far. */
  time(): number;
  /**
   * The instants (performance.now() and Date.now() clocks, ms) at which microphone time 0 began,
   * so timer instants can be mapped onto the microphone clock (lib/speech/metrics toMicTime).
   * Null until the first frames arrive.
   */
  zero(): { perfMs: number; epochMs: number } | null;
  /** The fault that stopped it, if any. */
  fault(): MicFault | null;
  /** Listens to state, level, segment and fault events; returns an unsubscribe function. */
  subscribe(listener: (event: MicEvent) => void): () => void;
  /** Stops everything and revokes the take's blob: URL (call when the page or panel goes away). */
  dispose(): void;
}

const DEFAULT_CONSTRAINTS: MediaTrackConstraints = { echoCancellation: false, noiseSuppression: false, autoGainControl: false };

/** Creates an idle controller; nothing is asked for until `start()`. */
export function createMicrophone(options: MicrophoneOptions = {}): Microphone {
  const listeners = new Set<(event: MicEvent) => void>();
  let state: MicState = 'idle';
  let fault: MicFault | null = null;
  let context: AudioContext | null = null;
  let stream: MediaStream | null = null;
  let node: AudioWorkletNode | null = null;
  let recorder: MediaRecorder | null = null;
  let chunks: Blob[] = [];
  let take: Take | null = null;
  let detector = createDetector({ ...options.detector, frameS: options.frameS ?? 0.01 });
  let frameS = options.frameS ?? 0.01;
  let zero: { perfMs: number; epochMs: number } | null = null;
  let seen = 0;
  let last: MicLevel = { db: -100, level: 0, speaking: false, calibrating: true, time: 0 };
  let result: Promise<MicResult> | null = null;

  const emit = (event: MicEvent) => {
    for (const l of listeners) {
      try {
        l(event);
      } catch {
        /* a listener's bug must not stop the meter */
      }
    }
  };
  const setState = (next: MicState) => {
    if (state === next) return;
    state = next;
    emit({ type: 'state', state });
  };

  function onFrames(message: EnergyMessage) {
    if (message.frameS !== frameS) {
      // The worklet rounds frames to whole samples (e.g. 441 at 44.1 kHz): follow its length.
      frameS = message.frameS;
      detector = createDetector({ ...options.detector, frameS });
    }
    if (!zero) {
      const ahead = (message.first + message.rms.length) * frameS * 1000;
      zero = { perfMs: performance.now() - ahead, epochMs: Date.now() - ahead };
    }
    const before = detector.segments().length;
    let info = null;
    for (const rms of message.rms) info = detector.push(rmsToDb(rms));
    seen = message.first + message.rms.length;
    if (info) {
      last = { db: info.db, level: meterLevel(info.db), speaking: info.speaking, calibrating: info.calibrating, time: info.time };
      emit({ type: 'level', ...last });
    }
    const closed = detector.segments();
    for (let i = before; i < closed.length; i++) emit({ type: 'segment', segment: closed[i]! });
  }

  function release() {
    try {
      node?.port.postMessage(STOP);
      node?.disconnect();
    } catch {
      /* already gone */
    }
    for (const track of stream?.getTracks() ?? []) {
      track.onended = null;
      track.stop();
    }
    void context?.close().catch(() => undefined);
    node = null;
    stream = null;
    context = null;
  }

  function stopRecorder(): Promise<Take | null> {
    const r = recorder;
    recorder = null;
    if (!r || r.state === 'inactive') return Promise.resolve(chunks.length ? makeTake(r?.mimeType ?? '') : null);
    return new Promise((done) => {
      const finish = () => done(chunks.length ? makeTake(r.mimeType) : null);
      r.addEventListener('stop', finish, { once: true });
      r.addEventListener('error', finish, { once: true });
      try {
        r.stop();
      } catch {
        finish();
      }
    });
  }

  function makeTake(mimeType: string): Take {
    const blob = new Blob(chunks, { type: mimeType || chunks[0]?.type || 'audio/webm' });
    if (take) URL.revokeObjectURL(take.url);
    take = { url: URL.createObjectURL(blob), blob, mimeType: blob.type };
    return take;
  }

  function end(reason: MicFault | null): Promise<MicResult> {
    if (result) return result;
    result = (async () => {
      const recorded = await stopRecorder();
      release();
      const segments = detector.finish();
      fault = reason;
      setState(reason ? 'failed' : 'stopped');
      return { segments, durationS: seen * frameS, take: recorded, fault: reason };
    })();
    return result;
  }

  function fail(reason: MicFault): { ok: false; fault: MicFault } {
    release();
    fault = reason;
    emit({ type: 'fault', fault: reason });
    setState('failed');
    return { ok: false, fault: reason };
  }

  // A function, not `state` itself: TypeScript would keep the narrowing from before an await.
  const stillStarting = (): boolean => state === 'starting';

  /** stop() or dispose() was called while start() was waiting (e.g. on the permission prompt). */
  function cancelled(): { ok: false; fault: MicFault } {
    release();
    return { ok: false, fault: fault ?? 'cancelled' };
  }

  async function start(): Promise<{ ok: true } | { ok: false; fault: MicFault }> {
    if (state === 'starting' || state === 'listening') return { ok: true };
    // A fresh run: forget the last one's numbers (its take stays playable until dispose()).
    fault = null;
    result = null;
    seen = 0;
    zero = null;
    chunks = [];
    frameS = options.frameS ?? 0.01;
    detector = createDetector({ ...options.detector, frameS });
    const unsupported = supportFault({
      secureContext: typeof window !== 'undefined' && window.isSecureContext,
      getUserMedia: typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function',
      audioWorklet: typeof AudioWorkletNode === 'function' && typeof AudioContext === 'function',
    });
    if (unsupported) return fail(unsupported);
    setState('starting');

    // The AudioContext is made first, while the button press still counts as a user gesture.
    try {
      context = new AudioContext();
    } catch (error) {
      return fail(classifyMicError(error, 'audio-context'));
    }
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: options.constraints ?? DEFAULT_CONSTRAINTS });
    } catch (error) {
      return fail(classifyMicError(error, 'get-user-media'));
    }
    if (!stillStarting()) return cancelled();
    const track = stream.getAudioTracks()[0];
    if (!track || track.readyState === 'ended') return fail('no-microphone');
    track.onended = () => {
      emit({ type: 'fault', fault: 'unplugged' });
      void end('unplugged');
    };

    try {
      const ctx = context;
      await ctx.audioWorklet.addModule(options.workletUrl ?? defaultWorkletUrl);
      if (!stillStarting()) return cancelled();
      if (ctx.state !== 'running') {
        await Promise.race([
          ctx.resume(),
          new Promise((_, reject) => setTimeout(() => reject(new Error('resume timed out')), options.resumeTimeoutMs ?? 3000)),
        ]);
      }
      if (ctx.state !== 'running') throw new Error(`AudioContext is ${ctx.state}`);
      const processorOptions: EnergyOptions = { frameS, batch: 5 };
      node = new AudioWorkletNode(ctx, ENERGY_PROCESSOR, { numberOfInputs: 1, numberOfOutputs: 0, processorOptions });
      node.port.onmessage = (e: MessageEvent<EnergyMessage>) => onFrames(e.data);
      ctx.createMediaStreamSource(stream).connect(node);
    } catch (error) {
      return fail(classifyMicError(error, 'audio-context'));
    }

    if (options.record !== false && typeof MediaRecorder === 'function') {
      try {
        recorder = new MediaRecorder(stream);
        recorder.ondataavailable = (e) => {
          if (e.data.size > 0) chunks.push(e.data);
        };
        recorder.start();
      } catch {
        recorder = null; // no playback, the numbers still work
      }
    }
    setState('listening');
    return { ok: true };
  }

  return {
    start,
    stop: () => (state === 'listening' || state === 'starting' ? end(null) : (result ?? Promise.resolve({ segments: detector.finish(), durationS: seen * frameS, take, fault }))),
    state: () => state,
    level: () => last,
    segments: () => {
      const open = detector.current();
      return open ? [...detector.segments(), open] : [...detector.segments()];
    },
    time: () => seen * frameS,
    zero: () => zero,
    fault: () => fault,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      void end(fault).then(() => {
        if (take) URL.revokeObjectURL(take.url);
        take = null;
      });
      listeners.clear();
    },
  };
}
