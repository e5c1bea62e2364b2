/**
 * AudioWorklet processor: one RMS value per short frame (10 ms by default) of microphone samples,
 * posted to the main thread in small batches. It runs on the audio thread, so it keeps counting
 * while the tab is hidden, and it sends numbers only, never samples.
 *
 * Built by Vite as its own file (imported with `?worker&url` in microphone.ts), so the page loads
 * it from its own origin: a strict CSP (script-src 'self') allows it; a blob: or data: URL would not.
 *
 * Messages: see energy-protocol.ts.
 */

import { ENERGY_PROCESSOR, STOP, type EnergyMessage, type EnergyOptions } from './energy-protocol';

// The AudioWorkletGlobalScope is not in TypeScript's DOM library; declare the little we use.
declare const sampleRate: number;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}
declare function registerProcessor(name: string, processor: new (options: { processorOptions?: EnergyOptions }) => AudioWorkletProcessor): void;

class EnergyProcessor extends AudioWorkletProcessor {
  private readonly size: number;
  private readonly batch: number;
  private sum = 0;
  private count = 0;
  private frames: number[] = [];
  private next = 0;
  private stopped = false;

  constructor(options: { processorOptions?: EnergyOptions }) {
    super();
    this.size = Math.max(1, Math.round(sampleRate * (options.processorOptions?.frameS ?? 0.01)));
    this.batch = Math.max(1, Math.round(options.processorOptions?.batch ?? 5));
    this.port.onmessage = (e: MessageEvent) => {
      if (e.data === STOP) this.stopped = true;
    };
  }

  process(inputs: Float32Array[][]): boolean {
    const channels = inputs[0] ?? [];
    // No channels (the track ended or has not started): count silence so time keeps its pace.
    const n = channels[0]?.length ?? 128;
    const k = channels.length;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let c = 0; c < k; c++) {
        const v = channels[c]![i] ?? 0;
        s += v * v;
      }
      this.sum += k > 0 ? s / k : 0;
      if (++this.count === this.size) {
        this.frames.push(Math.sqrt(this.sum / this.size));
        this.sum = 0;
        this.count = 0;
      }
    }
    if (this.frames.length >= this.batch) {
      const rms = Float32Array.from(this.frames);
      const message: EnergyMessage = { first: this.next, frameS: this.size / sampleRate, rms };
      this.port.postMessage(message, [rms.buffer]);
      this.next += this.frames.length;
      this.frames = [];
    }
    return !this.stopped;
  }
}

registerProcessor(ENERGY_PROCESSOR, EnergyProcessor);
