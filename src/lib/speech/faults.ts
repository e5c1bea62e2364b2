/**
 * Microphone faults as stable ids the UI turns into plain messages (words live in strings.ts).
 * Pure: classifies an error by its DOMException name and the step that failed.
 */

export type MicFault =
  /** The reader (or the browser, or Permissions-Policy) refused the microphone. */
  | 'denied'
  /** No audio input device. */
  | 'no-microphone'
  /** The device exists but another app or tab holds it, or the OS would not start it. */
  | 'busy'
  /** The device went away mid-run (unplugged, Bluetooth dropped, permission revoked). */
  | 'unplugged'
  /** The audio engine (AudioContext or its worklet) would not start. */
  | 'audio-context'
  /** This browser has no getUserMedia, AudioWorklet, or the page is not a secure context. */
  | 'unsupported'
  /** stop() was called before start() finished (not an error: the reader changed their mind). */
  | 'cancelled'
  /** Anything else. */
  | 'unknown';

/** The step that failed: asking for the stream, or starting the audio engine. */
export type MicStep = 'get-user-media' | 'audio-context';

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error && typeof (error as { name: unknown }).name === 'string') {
    return (error as { name: string }).name;
  }
  return '';
}

/** Turns an error thrown by getUserMedia or by the audio engine into a fault id. */
export function classifyMicError(error: unknown, step: MicStep): MicFault {
  if (step === 'audio-context') return 'audio-context';
  switch (errorName(error)) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
    case 'ConstraintNotSatisfiedError':
      return 'no-microphone';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    case 'TypeError':
    case 'NotSupportedError':
      return 'unsupported';
    default:
      return 'unknown';
  }
}

/** What the environment offers, checked before asking for anything. */
export interface MicSupport {
  secureContext: boolean;
  getUserMedia: boolean;
  audioWorklet: boolean;
}

/** 'unsupported' when something needed is missing, else null. */
export function supportFault(s: MicSupport): MicFault | null {
  return s.secureContext && s.getUserMedia && s.audioWorklet ? null : 'unsupported';
}
