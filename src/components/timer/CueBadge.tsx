/** The cue as text and shape as well as colour: a circle on track, a triangle nearly out, a square over. */
import type { Cue } from '../../lib/timer-engine';
import { strings } from './strings';

const SHAPES: Record<Cue, preact.JSX.Element> = {
  'on-track': <circle cx="8" cy="8" r="6" />,
  nearly: <path d="M8 1.5 15 14.5H1z" />,
  over: <rect x="2" y="2" width="12" height="12" />,
};

export default function CueBadge({ cue }: { cue: Cue }) {
  return (
    <span class={`mt-cue mt-cue-${cue}`}>
      <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" fill="currentColor" focusable="false">
        {SHAPES[cue]}
      </svg>
      {strings.cueNames[cue]}
    </span>
  );
}
