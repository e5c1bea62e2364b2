/** One agenda line before the start: the segment and its minutes, checked when the reader leaves the field. */
import { useEffect, useState } from 'preact/hooks';
import { parseSegmentSeconds } from '../../lib/agenda';
import { strings } from './strings';

export interface SegmentRowProps {
  index: number;
  label: string;
  seconds: number;
  onChange: (index: number, seconds: number) => void;
}

/** Minutes as the reader would type them: "3", "2.5". */
const minutesText = (sec: number) => String(Math.round((sec / 60) * 100) / 100);

export default function SegmentRow({ index, label, seconds, onChange }: SegmentRowProps) {
  const s = strings.setup;
  const [text, setText] = useState(minutesText(seconds));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(minutesText(seconds));
    setInvalid(false);
  }, [seconds]);
  const id = `mt-seg-${index}`;
  const commit = () => {
    const sec = parseSegmentSeconds(text);
    // A bad value stays in the field with a message; the plan keeps its last good length.
    setInvalid(sec === undefined);
    if (sec !== undefined && sec !== seconds) onChange(index, sec);
  };
  return (
    <li class="mt-agenda-row">
      <span class="mt-agenda-label" dir="auto">{label}</span>
      <div class="field mt-minutes">
        <label for={id}>
          {s.minutesLabel}
          <span class="visually-hidden">{s.minutesSuffix(label)}</span>
        </label>
        <input
          id={id}
          type="text"
          inputMode="decimal"
          size={5}
          value={text}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
          onChange={commit}
        />
        {invalid && (
          <p id={`${id}-error`} class="error">
            {s.minutesError}
          </p>
        )}
      </div>
    </li>
  );
}
