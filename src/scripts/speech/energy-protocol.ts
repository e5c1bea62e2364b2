/** What the energy worklet and the microphone controller say to each other. */

/** The name the worklet registers its processor under. */
export const ENERGY_PROCESSOR = 'coffee-chat-energy';

export interface EnergyOptions {
  /** Frame length in seconds (rounded to whole samples). */
  frameS?: number;
  /** Frames per message. */
  batch?: number;
}

/** Worklet → main thread: RMS (linear, full scale 1) of frames `first`, `first + 1`, ... */
export interface EnergyMessage {
  first: number;
  frameS: number;
  rms: Float32Array;
}

/** Main thread → worklet: end processing. */
export const STOP = 'stop';
