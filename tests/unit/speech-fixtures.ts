/**
 * Synthetic "speech-like" sound for the detector tests and the fake-microphone WAV: noise shaped
 * into syllables (raised-cosine bursts of 120–260 ms), short gaps between syllables, longer gaps
 * between words, over a background noise whose level can change with time. Seeded, so repeatable.
 */
import type { Segment } from '../../src/lib/speech/detector';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Roughly Gaussian noise with unit RMS. */
function gauss(r: () => number): number {
  return (r() + r() + r() + r() - 2) * Math.sqrt(3);
}

export type Part =
  | { kind: 'speech'; s: number; /** peak level dBFS (default -20) */ db?: number }
  | { kind: 'silence'; s: number }
  | { kind: 'click'; s: number; db?: number };

export interface SceneOptions {
  sampleRate?: number;
  /** Background noise level (dBFS RMS) at time t (s); -Infinity for digital silence. */
  noiseDb?: (t: number) => number;
  seed?: number;
}

/** Syllable envelope (0–1 per sample) filling exactly `n` samples, starting and ending on a syllable. */
function speechEnvelope(n: number, sampleRate: number, r: () => number): Float32Array {
  const env = new Float32Array(n);
  let i = 0;
  let syllablesInWord = 0;
  while (i < n) {
    let len = Math.round((0.12 + 0.14 * r()) * sampleRate);
    if (n - i - len < 0.15 * sampleRate) len = n - i; // the last syllable ends the burst
    for (let k = 0; k < len && i + k < n; k++) env[i + k] = 0.5 * (1 - Math.cos((2 * Math.PI * (k + 0.5)) / len));
    i += len;
    syllablesInWord++;
    if (i >= n) break;
    const wordEnd = syllablesInWord >= 2 + Math.floor(r() * 3);
    const gap = Math.round((wordEnd ? 0.1 + 0.2 * r() : 0.02 + 0.06 * r()) * sampleRate);
    if (wordEnd) syllablesInWord = 0;
    // A gap must leave room for one more whole syllable.
    i += Math.min(gap, Math.max(0, n - i - Math.round(0.12 * sampleRate)));
  }
  return env;
}

/** Renders parts to samples; returns the samples and the true speech segments (s). */
export function renderScene(parts: Part[], options: SceneOptions = {}): { samples: Float32Array; sampleRate: number; truth: Segment[] } {
  const sampleRate = options.sampleRate ?? 16_000;
  const r = rng(options.seed ?? 1);
  const noiseDb = options.noiseDb ?? (() => -60);
  const total = Math.round(parts.reduce((a, p) => a + p.s, 0) * sampleRate);
  const samples = new Float32Array(total);
  const truth: Segment[] = [];
  let at = 0;
  for (const p of parts) {
    const n = Math.round(p.s * sampleRate);
    if (p.kind === 'speech') {
      const env = speechEnvelope(n, sampleRate, r);
      // Peak RMS of the syllable: noise has unit RMS, so the amplitude is the level.
      const amp = 10 ** ((p.db ?? -20) / 20);
      for (let k = 0; k < n; k++) samples[at + k] = amp * env[k]! * gauss(r);
      truth.push({ start: at / sampleRate, end: (at + n) / sampleRate });
    } else if (p.kind === 'click') {
      const amp = 10 ** ((p.db ?? -10) / 20);
      for (let k = 0; k < n; k++) samples[at + k] = amp * gauss(r);
    }
    at += n;
  }
  for (let k = 0; k < total; k++) {
    const db = noiseDb(k / sampleRate);
    if (Number.isFinite(db)) samples[k] = samples[k]! + 10 ** (db / 20) * gauss(r);
  }
  return { samples, sampleRate, truth };
}

/** RMS per frame in dBFS, as the worklet computes it. */
export function frameLevels(samples: Float32Array, sampleRate: number, frameS = 0.01): number[] {
  const size = Math.round(sampleRate * frameS);
  const out: number[] = [];
  for (let i = 0; i + size <= samples.length; i += size) {
    let sum = 0;
    for (let k = 0; k < size; k++) sum += samples[i + k]! ** 2;
    const rms = Math.sqrt(sum / size);
    out.push(rms > 0 ? Math.max(-100, 20 * Math.log10(rms)) : -100);
  }
  return out;
}

/** 16-bit mono PCM WAV bytes. */
export function wav(samples: Float32Array, sampleRate: number): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const v = new DataView(bytes.buffer);
  const text = (at: number, s: string) => [...s].forEach((c, i) => v.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  v.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true);
  v.setUint16(22, 1, true);
  v.setUint32(24, sampleRate, true);
  v.setUint32(28, sampleRate * 2, true);
  v.setUint16(32, 2, true);
  v.setUint16(34, 16, true);
  text(36, 'data');
  v.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) v.setInt16(44 + i * 2, Math.max(-32768, Math.min(32767, Math.round(samples[i]! * 32767))), true);
  return bytes;
}
