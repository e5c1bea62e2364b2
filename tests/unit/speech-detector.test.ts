import { describe, expect, it } from 'vitest';
import { createDetector, meterLevel, rmsToDb, SILENCE_DB, type DetectorOptions, type Segment } from '../../src/lib/speech/detector';

/** Runs a detector over a whole array of frame levels (dBFS), as the live controller feeds it frame by frame. */
function detectSpeech(levelsDb: ArrayLike<number>, options: Partial<DetectorOptions> = {}): Segment[] {
  const d = createDetector(options);
  for (let i = 0; i < levelsDb.length; i++) d.push(levelsDb[i] ?? SILENCE_DB);
  return d.finish();
}
import { frameLevels, renderScene, type Part, type SceneOptions } from './speech-fixtures';

function run(parts: Part[], options: SceneOptions = {}) {
  const { samples, sampleRate, truth } = renderScene(parts, options);
  return { truth, found: detectSpeech(frameLevels(samples, sampleRate)) };
}

/** Each true burst is found as one segment whose start, end and length are within 0.2 s. */
function expectMatches(found: Segment[], truth: Segment[]) {
  expect(found.map((s) => [+s.start.toFixed(2), +s.end.toFixed(2)])).toHaveLength(truth.length);
  truth.forEach((t, i) => {
    const f = found[i]!;
    expect(Math.abs(f.start - t.start)).toBeLessThan(0.2);
    expect(Math.abs(f.end - t.end)).toBeLessThan(0.2);
    expect(Math.abs(f.end - f.start - (t.end - t.start))).toBeLessThan(0.2);
  });
}

const BURSTS: Part[] = [
  { kind: 'silence', s: 1.5 },
  { kind: 'speech', s: 3 },
  { kind: 'silence', s: 2 },
  { kind: 'speech', s: 5.2 },
  { kind: 'silence', s: 1 },
  { kind: 'speech', s: 1.4 },
  { kind: 'silence', s: 3 },
  { kind: 'speech', s: 8 },
  { kind: 'silence', s: 1.5 },
];

describe('speech detector', () => {
  it('finds bursts of speech between silences within 0.2 s each', () => {
    let worst = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const { truth, found } = run(BURSTS, { seed });
      expectMatches(found, truth);
      truth.forEach((t, i) => (worst = Math.max(worst, Math.abs(found[i]!.end - found[i]!.start - (t.end - t.start)))));
    }
    console.log(`detector, 20 takes of 4 bursts: worst |speaking time error| per burst ${worst.toFixed(3)} s`);
  });

  it('counts a long monologue to its end (the floor does not creep up into the voice)', () => {
    for (const seed of [21, 22]) {
      const { truth, found } = run([{ kind: 'silence', s: 1 }, { kind: 'speech', s: 90 }, { kind: 'silence', s: 1 }], { seed, noiseDb: () => -50 });
      expectMatches(found, truth);
    }
  });

  it('keeps pauses between words inside one segment', () => {
    const { truth, found } = run([{ kind: 'silence', s: 1 }, { kind: 'speech', s: 12 }, { kind: 'silence', s: 1 }], { seed: 9 });
    expectMatches(found, truth);
  });

  it('does not lose speech that starts before calibration ends', () => {
    const { truth, found } = run([{ kind: 'speech', s: 2.5 }, { kind: 'silence', s: 1.5 }, { kind: 'speech', s: 2 }, { kind: 'silence', s: 1 }], { seed: 3 });
    expectMatches(found, truth);
  });

  it('works over digital silence and over a noisy room', () => {
    expectMatches(...swap(run(BURSTS, { noiseDb: () => -Infinity, seed: 4 })));
    expectMatches(...swap(run(BURSTS.map((p) => (p.kind === 'speech' ? { ...p, db: -22 } : p)), { noiseDb: () => -45, seed: 5 })));
  });

  it('follows a rising noise floor without counting the noise as speech', () => {
    // Noise rises 25 dB over the take; each burst stays 22 dB above the noise of its moment.
    const noise = (t: number) => -68 + (25 * t) / 40;
    const parts: Part[] = [];
    let t = 0;
    for (const [speech, silence] of [[3, 2], [4, 3], [2, 2.5], [6, 3], [3, 2], [4, 3], [2, 2]] as const) {
      parts.push({ kind: 'silence', s: silence });
      t += silence;
      parts.push({ kind: 'speech', s: speech, db: noise(t + speech / 2) + 22 });
      t += speech;
    }
    parts.push({ kind: 'silence', s: 2 });
    const { truth, found } = run(parts, { noiseDb: noise, seed: 6 });
    expectMatches(found, truth);
  });

  it('takes a steady noise that switches on (a fan) as the new floor within seconds', () => {
    const fan = (t: number) => (t < 6 ? -66 : -44);
    const parts: Part[] = [
      { kind: 'silence', s: 1 },
      { kind: 'speech', s: 3, db: -30 },
      { kind: 'silence', s: 6 }, // the fan switches on at 6 s, mid-silence
      { kind: 'speech', s: 4, db: -22 },
      { kind: 'silence', s: 2 },
    ];
    const { truth, found } = run(parts, { noiseDb: fan, seed: 7 });
    // The fan's first 1.2 s may not be told apart from a voice, but it is dropped, never counted.
    expectMatches(found, truth);
  });

  it('ignores clicks and knocks shorter than a syllable', () => {
    const parts: Part[] = [
      { kind: 'silence', s: 1.5 },
      { kind: 'click', s: 0.01 },
      { kind: 'silence', s: 1 },
      { kind: 'click', s: 0.03, db: -6 },
      { kind: 'silence', s: 1 },
      { kind: 'speech', s: 3 },
      { kind: 'silence', s: 1.2 },
      { kind: 'click', s: 0.02 },
      { kind: 'silence', s: 1.2 },
      { kind: 'click', s: 0.05 },
      { kind: 'silence', s: 1 },
    ];
    const { truth, found } = run(parts, { seed: 8 });
    expectMatches(found, truth);
    expect(run(parts.filter((p) => p.kind !== 'speech'), { seed: 8 }).found).toEqual([]);
  });

  it('finds nothing in a room with only steady noise', () => {
    expect(run([{ kind: 'silence', s: 10 }], { noiseDb: () => -40 }).found).toEqual([]);
  });

  it('reports live state frame by frame, and an open segment while speaking', () => {
    const { samples, sampleRate } = renderScene([{ kind: 'silence', s: 1 }, { kind: 'speech', s: 2 }, { kind: 'silence', s: 1 }]);
    const levels = frameLevels(samples, sampleRate);
    const d = createDetector();
    const first = d.push(levels[0]!);
    expect(first.calibrating).toBe(true);
    let speakingAt = -1;
    for (let i = 1; i < 200; i++) {
      const info = d.push(levels[i]!);
      if (info.speaking && speakingAt < 0) speakingAt = info.time;
    }
    expect(speakingAt).toBeGreaterThan(0.95);
    expect(speakingAt).toBeLessThan(1.2);
    expect(d.current()?.start).toBeCloseTo(1, 0);
    expect(d.segments()).toEqual([]);
    for (let i = 200; i < levels.length; i++) d.push(levels[i]!);
    expect(d.finish()).toHaveLength(1);
    expect(d.time()).toBeCloseTo(4, 5);
  });

  it('survives bad input: NaN, infinities, an empty take', () => {
    expect(detectSpeech([])).toEqual([]);
    expect(detectSpeech([Number.NaN, Infinity, -Infinity, 0, 5])).toEqual([]);
    expect(detectSpeech(Array.from({ length: 30 }, () => -50))).toEqual([]);
  });

  it('converts RMS to dBFS and to a meter position', () => {
    expect(rmsToDb(1)).toBe(0);
    expect(rmsToDb(0.1)).toBeCloseTo(-20);
    expect(rmsToDb(0)).toBe(-100);
    expect(meterLevel(0)).toBe(1);
    expect(meterLevel(-35)).toBeCloseTo(0.5);
    expect(meterLevel(-100)).toBe(0);
    expect(meterLevel(Number.NaN)).toBe(0);
  });
});

function swap(r: { truth: Segment[]; found: Segment[] }): [Segment[], Segment[]] {
  return [r.found, r.truth];
}
