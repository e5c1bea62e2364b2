/**
 * The microphone controller's faults, with the browser's audio APIs replaced by small fakes
 * (the real pipeline runs in tests/browser/speech.test.ts with Chromium's fake microphone).
 * Every fault resolves start() with an id, never throws, and releases what it took.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMicrophone, type MicEvent } from '../../src/scripts/speech/microphone';

class FakeTrack extends EventTarget {
  readyState: 'live' | 'ended' = 'live';
  onended: (() => void) | null = null;
  stopped = false;
  stop() {
    this.stopped = true;
    this.readyState = 'ended';
  }
  unplug() {
    this.readyState = 'ended';
    this.onended?.();
  }
}

let track: FakeTrack;
let contexts: FakeContext[];
let addModule: () => Promise<void>;
let contextState: string;

class FakeContext {
  state = contextState;
  closed = false;
  audioWorklet = { addModule: () => addModule() };
  constructor() {
    contexts.push(this);
  }
  resume() {
    return new Promise<void>(() => undefined); // never resumes: a browser that refuses to play
  }
  close() {
    this.closed = true;
    return Promise.resolve();
  }
  createMediaStreamSource() {
    return { connect: () => undefined };
  }
}

class FakeNode {
  port = { postMessage: () => undefined, onmessage: null as ((e: MessageEvent) => void) | null };
  disconnect() {}
}

function domError(name: string) {
  return Object.assign(new Error(name), { name });
}

function stubBrowser(getUserMedia: () => Promise<unknown>) {
  vi.stubGlobal('window', { isSecureContext: true });
  vi.stubGlobal('navigator', { mediaDevices: { getUserMedia } });
  vi.stubGlobal('AudioContext', FakeContext);
  vi.stubGlobal('AudioWorkletNode', FakeNode);
}

const stream = () => ({ getAudioTracks: () => [track], getTracks: () => [track] });

beforeEach(() => {
  track = new FakeTrack();
  contexts = [];
  addModule = () => Promise.resolve();
  contextState = 'running';
});
afterEach(() => vi.unstubAllGlobals());

describe('microphone controller faults', () => {
  it.each([
    ['NotAllowedError', 'denied'],
    ['NotFoundError', 'no-microphone'],
    ['NotReadableError', 'busy'],
  ] as const)('%s from getUserMedia gives %s and closes the audio context', async (name, fault) => {
    stubBrowser(() => Promise.reject(domError(name)));
    const mic = createMicrophone({ workletUrl: '/w.js' });
    const events: MicEvent[] = [];
    mic.subscribe((e) => events.push(e));
    await expect(mic.start()).resolves.toEqual({ ok: false, fault });
    expect(mic.state()).toBe('failed');
    expect(mic.fault()).toBe(fault);
    expect(events).toContainEqual({ type: 'fault', fault });
    expect(contexts[0]?.closed).toBe(true);
  });

  it("gives 'unsupported' without asking when the page has no getUserMedia", async () => {
    vi.stubGlobal('window', { isSecureContext: true });
    vi.stubGlobal('navigator', {});
    await expect(createMicrophone().start()).resolves.toEqual({ ok: false, fault: 'unsupported' });
  });

  it("gives 'audio-context' when the worklet will not load or the context will not run, and lets the microphone go", async () => {
    stubBrowser(() => Promise.resolve(stream()));
    addModule = () => Promise.reject(domError('AbortError'));
    await expect(createMicrophone({ workletUrl: '/w.js' }).start()).resolves.toEqual({ ok: false, fault: 'audio-context' });
    expect(track.stopped).toBe(true);

    track = new FakeTrack();
    addModule = () => Promise.resolve();
    contextState = 'suspended';
    await expect(createMicrophone({ workletUrl: '/w.js', resumeTimeoutMs: 20 }).start()).resolves.toEqual({ ok: false, fault: 'audio-context' });
    expect(track.stopped).toBe(true);
  });

  it("gives 'unplugged' when the track ends mid-run and keeps what it measured", async () => {
    stubBrowser(() => Promise.resolve(stream()));
    const mic = createMicrophone({ workletUrl: '/w.js', record: false });
    const events: MicEvent[] = [];
    mic.subscribe((e) => events.push(e));
    await expect(mic.start()).resolves.toEqual({ ok: true });
    expect(mic.state()).toBe('listening');
    track.unplug();
    const result = await mic.stop();
    expect(result.fault).toBe('unplugged');
    expect(mic.state()).toBe('failed');
    expect(events.filter((e) => e.type === 'fault')).toEqual([{ type: 'fault', fault: 'unplugged' }]);
    expect(contexts[0]?.closed).toBe(true);
  });

  it("is 'cancelled', not failed, when stopped while the permission prompt is open", async () => {
    let grant: (s: unknown) => void = () => undefined;
    stubBrowser(() => new Promise((ok) => (grant = ok)));
    const mic = createMicrophone({ workletUrl: '/w.js' });
    const starting = mic.start();
    await mic.stop();
    grant(stream());
    await expect(starting).resolves.toEqual({ ok: false, fault: 'cancelled' });
    expect(mic.state()).toBe('stopped');
    expect(track.stopped).toBe(true);
  });
});
