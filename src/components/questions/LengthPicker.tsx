/** The meeting length: a common choice or a custom number of minutes. */
import { useId, useState } from 'preact/hooks';
import { parseMeetingLength } from '../../lib/fields';
import { LENGTH_CHOICES, LIMITS } from '../../lib/meeting';
import { setLength } from '../../stores/meeting-details';
import { strings } from './strings';

const s = strings.meeting;
const isChoice = (n: number) => (LENGTH_CHOICES as readonly number[]).includes(n);

export default function LengthPicker({ meetingId, minutes }: { meetingId: string; minutes: number }) {
  const id = useId();
  const [custom, setCustom] = useState(!isChoice(minutes));
  const [draft, setDraft] = useState(String(minutes));
  const [error, setError] = useState(false);

  const onSelect = (e: Event) => {
    const value = (e.currentTarget as HTMLSelectElement).value;
    if (value === 'custom') {
      setCustom(true);
      setDraft(String(minutes));
      return;
    }
    setCustom(false);
    setError(false);
    const n = parseMeetingLength(value);
    if (n !== null) setLength(meetingId, n);
  };
  const onCustom = (e: Event) => {
    const raw = (e.currentTarget as HTMLInputElement).value;
    setDraft(raw);
    const n = parseMeetingLength(raw);
    setError(n === null);
    if (n !== null) setLength(meetingId, n);
  };

  return (
    <div class="qb-length">
      <div class="field">
        <label for={`${id}-choice`}>{s.length}</label>
        <select id={`${id}-choice`} value={custom ? 'custom' : String(minutes)} onChange={onSelect}>
          {LENGTH_CHOICES.map((n) => (
            <option key={n} value={String(n)}>
              {s.lengthOption(n)}
            </option>
          ))}
          <option value="custom">{s.custom}</option>
        </select>
      </div>
      {custom && (
        <div class="field">
          <label for={`${id}-custom`}>{s.customLength}</label>
          <span class="hint" id={`${id}-hint`}>{s.customHint}</span>
          <input
            id={`${id}-custom`}
            type="number"
            inputMode="numeric"
            min={LIMITS.minLength}
            max={LIMITS.maxLength}
            step={1}
            value={draft}
            onInput={onCustom}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          />
          {error && <span class="error" id={`${id}-error`}>{s.lengthError}</span>}
        </div>
      )}
    </div>
  );
}
