/** Every word of spoken practice (loaded with the microphone code, only when the reader turns it on). */
import type { MicFault } from '../../lib/speech/faults';
import type { IntroVerdict, SpeechTargets } from '../../lib/speech/metrics';

const sec = (s: number) => `${s.toFixed(1)} s`;

/** Plain messages for each microphone fault; the timer keeps working in every case. */
const faults: Record<MicFault, string> = {
  denied:
    'The microphone was refused, so nothing is measured. To allow it, use the microphone or lock icon in the address bar, allow the microphone for this site, and press the button again. The timer works without it.',
  'no-microphone': 'No microphone was found. Plug one in (or turn on a headset) and press the button again. The timer works without it.',
  busy: 'Another app or tab is using the microphone. Close it there (a call or a recorder) and press the button again. The timer works without it.',
  unplugged: 'The microphone went away (unplugged or switched off). The numbers measured until then are kept; the timer goes on without the meter.',
  'audio-context': 'This browser would not start its audio engine, so nothing is measured. Reload the page and try again. The timer works without it.',
  unsupported: 'This browser cannot measure speech here (it needs a secure page with microphone and audio support). The timer works without it.',
  cancelled: 'Stopped before the microphone started.',
  unknown: 'The microphone could not start. Press the button again, or carry on: the timer works without it.',
};

export const speechStrings = {
  faults,
  panelHeading: 'Practice aloud',
  listening: 'Listening',
  calibrating: 'Measuring the room’s quiet first: stay silent for a moment.',
  speaking: 'Hearing you speak',
  quiet: 'Quiet',
  stop: 'Stop listening',
  meter: 'Sound level',
  why: 'The microphone is used only to tell when you are speaking. The sound is processed in this page and never sent anywhere; only the numbers are kept with this meeting.',
  oneMic:
    'One microphone hears everyone in the room. For a run with a partner on a call, wear headphones so only your voice is counted; in the same room, the meter counts both voices.',
  off: 'Turn off practice aloud',
  intro: {
    heading: 'Rehearse your introduction',
    lead: (t: SpeechTargets) => `Say who you are and why you asked for this chat. Aim for about ${t.introTargetS} seconds of speaking.`,
    record: 'Record a take (uses the microphone)',
    again: 'Try again (uses the microphone)',
    spoke: (spoken: number, target: number) => `You spoke for ${sec(spoken)}; the target is about ${target} s.`,
    verdict: { short: 'A little short: add one line about what you hope to learn.', 'on-target': 'On target.', long: 'Too long: cut it down so the contact can start talking.' } as Record<IntroVerdict, string>,
    pauses: (n: number, longest: number) => (n === 0 ? 'No pauses.' : `${n} ${n === 1 ? 'pause' : 'pauses'}, the longest ${sec(longest)}.`),
    play: 'Your take',
    download: 'Download the take',
    fileName: 'introduction-take',
    kept: 'Only the numbers are kept with this meeting. The recording stays in this page until you leave it or turn practice aloud off, unless you download it.',
    last: (spoken: number, at: string) => `Last take kept: ${sec(spoken)} of speaking (${at}).`,
  },
  questions: {
    heading: 'Ask each question aloud',
    lead: (max: number) => `Say each question as you would in the meeting. A question that takes over ${max} s to ask runs long.`,
    none: 'This meeting has no questions yet. Add some in the question builder.',
    position: (i: number, n: number) => `Question ${i} of ${n}`,
    record: 'Record asking it (uses the microphone)',
    previous: 'Previous question',
    next: 'Next question',
    took: (s: number) => `Took ${sec(s)} to ask.`,
    long: (max: number) => `Runs long: over ${max} s. Try a shorter way to ask it.`,
    notHeard: 'Nothing was heard. Check the microphone and try again.',
    measured: 'Measured so far',
    notYet: 'not measured yet',
  },
  run: {
    heading: 'During a mock run',
    lead: 'Listen while you run the timer: your talk time in each segment, your share of the meeting, your longest stretch and the silence you leave after each question.',
    listen: 'Listen during the run (uses the microphone)',
    live: (spoken: number) => `You have spoken ${sec(spoken)} in this segment.`,
    waiting: 'Listening. Start the run when you are ready; the numbers count from the start.',
  },
  announce: {
    listening: 'Listening.',
    stopped: 'Stopped listening.',
  },
};
