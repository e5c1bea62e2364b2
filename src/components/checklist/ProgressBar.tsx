/** A real <progress> with its label and the count in words, so it reads without the bar. */
import { useId } from 'preact/hooks';
import { strings } from './strings';

interface Props {
  label: string;
  done: number;
  total: number;
  small?: boolean;
  /** Show the label on screen (the overall bar) or only to assistive tech (phase bars under their heading). */
  showLabel?: boolean;
}

export default function ProgressBar({ label, done, total, small, showLabel }: Props) {
  const id = useId();
  return (
    <div class={`ck-progress${small ? ' ck-progress-small' : ''}`}>
      <label for={id} class={showLabel ? 'ck-progress-label' : 'visually-hidden'}>
        {label}
      </label>
      <progress id={id} max={Math.max(total, 1)} value={done} />
      <span class="ck-progress-text">{strings.progressText(done, total)}</span>
    </div>
  );
}
