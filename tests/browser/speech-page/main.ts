// Test-only page: exposes the microphone controller so tests/browser/speech.test.ts can drive it.
// Built with Vite by the test (not part of the site), so the worklet is emitted as a file exactly
// as it will be in the site build.
import { createMicrophone, type MicEvent, type MicFault, type Microphone, type Segment } from '../../../src/scripts/speech/microphone';

/** What stop() hands back to the test (a blob cannot cross page.evaluate). */
export interface StopResult {
  segments: Segment[];
  durationS: number;
  fault: MicFault | null;
  take: { url: string; size: number; type: string } | null;
}

declare global {
  interface Window {
    speech: { mic: Microphone | null; stream: MediaStream | null; events: MicEvent['type'][]; faults: string[]; start(): ReturnType<Microphone['start']>; stop(): Promise<StopResult> };
  }
}

// Keeps the stream the controller gets, so a test can end its track as unplugging a headset does.
const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
navigator.mediaDevices.getUserMedia = async (constraints) => {
  const stream = await getUserMedia(constraints);
  window.speech.stream = stream;
  return stream;
};

window.speech = {
  mic: null,
  stream: null,
  events: [],
  faults: [],
  async start() {
    const mic = createMicrophone();
    this.mic = mic;
    mic.subscribe((e) => {
      this.events.push(e.type);
      if (e.type === 'fault') this.faults.push(e.fault);
    });
    return mic.start();
  },
  async stop(): Promise<StopResult> {
    const r = await this.mic!.stop();
    return { segments: r.segments, durationS: r.durationS, fault: r.fault, take: r.take ? { url: r.take.url, size: r.take.blob.size, type: r.take.mimeType } : null };
  },
};
