/**
 * A date and time the reader types in their own zone, stored as a UTC instant, or a day stored as
 * the day itself (YYYY-MM-DD); cleared with a button.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useAnnounce } from '../shared/feedback';
import { fromDateTimeLocal, isCalendarDay, toDateTimeLocal } from '../../lib/zoned-time';

export interface DateFieldText {
  label: string;
  invalid: string;
  saved: string;
  cleared: string;
  clear: string;
}

interface Props {
  id: string;
  /** "datetime-local" for a moment (stored as a UTC instant), "date" for a day (stored as YYYY-MM-DD). */
  type: 'datetime-local' | 'date';
  value: string | undefined;
  zone: string;
  text: DateFieldText;
  /** Under the label: what the date is for, or what setting it will do. */
  hint: string;
  /** Stores the new value (an instant, or a day), or null to remove it. */
  onSet: (iso: string | null) => void;
}

const CODEC = {
  'datetime-local': { toLocal: toDateTimeLocal, fromLocal: fromDateTimeLocal },
  date: {
    toLocal: (value: string | undefined) => (value && isCalendarDay(value) ? value : ''),
    fromLocal: (value: string) => (isCalendarDay(value.trim()) ? value.trim() : null),
  },
};

export default function DateField({ id, type, value, zone, text, hint, onSet }: Props) {
  const announce = useAnnounce();
  const input = useRef<HTMLInputElement>(null);
  const { toLocal, fromLocal } = CODEC[type];
  const stored = toLocal(value, zone);
  const [draft, setDraft] = useState(stored);
  const [error, setError] = useState(false);
  // Follow changes from elsewhere (another tab, an import), but never under the reader's fingers.
  useEffect(() => {
    if (document.activeElement !== input.current) setDraft(stored);
  }, [stored]);

  const commit = (e: Event) => {
    const el = e.currentTarget as HTMLInputElement;
    const next = el.value;
    setDraft(next);
    if (next === '' && !el.validity?.badInput) return clear();
    const stored = fromLocal(next, zone);
    setError(!stored);
    if (stored && stored !== value) {
      onSet(stored);
      announce(text.saved);
    }
  };
  const clear = () => {
    setDraft('');
    setError(false);
    if (value) {
      onSet(null);
      announce(text.cleared);
    }
  };
  const describedBy = `${id}-hint${error ? ` ${id}-error` : ''}`;
  return (
    <div class="ck-date">
      <div class="field">
        <label for={id}>{text.label}</label>
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
        <div class="cluster">
          <input
            ref={input}
            id={id}
            type={type}
            value={draft}
            onChange={commit}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={describedBy}
          />
          {value && (
            <button type="button" class="btn btn-small" onClick={clear}>
              {text.clear}
            </button>
          )}
        </div>
        {error && (
          <span class="error" id={`${id}-error`}>
            {text.invalid}
          </span>
        )}
      </div>
    </div>
  );
}
