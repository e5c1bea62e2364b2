/**
 * The speech targets (from the house numbers) and the check the timer shows at load. metrics.ts
 * takes targets as a parameter and never imports this file, so the microphone chunk shares no code
 * with the timer page beyond Preact.
 */
import { SPEAKING } from '../../content/house-numbers';
import type { RunSpeech } from '../meeting';

/** Targets the verdicts compare against; the site's come from SPEAKING in src/content/house-numbers.ts. */
export interface SpeechTargets {
  /** The introduction's target speaking time (s). */
  introTargetS: number;
  /** How far (s) either side of the target still counts as on target. */
  introToleranceS: number;
  /** A question spoken for longer than this (s) runs long. */
  questionMaxS: number;
  /** In the questions phase, the reader's share of the time (0–1) should stay at or under this. */
  questionsPhaseMaxShare: number;
  /** Gaps shorter than this (s) do not end a monologue (nobody else gets a word in). */
  monologueGapS: number;
  /** Gaps shorter than this (s) are not counted as pauses (breaths between words). */
  minPauseS: number;
}

/** The house numbers (SPEAKING in src/content/house-numbers.ts) as targets. */
export const DEFAULT_SPEECH_TARGETS: SpeechTargets = {
  introTargetS: SPEAKING.introductionSeconds,
  introToleranceS: SPEAKING.introductionToleranceSeconds,
  questionMaxS: SPEAKING.questionLongSeconds,
  questionsPhaseMaxShare: SPEAKING.questionsPhaseMaxSharePercent / 100,
  monologueGapS: SPEAKING.monologueGapSeconds,
  minPauseS: SPEAKING.pauseMinSeconds,
};

/** Whether a run's questions phase kept the reader at or under the house share (null: no questions). */
export function questionsShareOk(speech: RunSpeech, targets: SpeechTargets = DEFAULT_SPEECH_TARGETS): boolean | null {
  return speech.questionsShare === undefined ? null : speech.questionsShare <= targets.questionsPhaseMaxShare;
}
