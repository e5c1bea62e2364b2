/** The meeting's date and time in the reader's zone, stored as a UTC instant. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { fromDateTimeLocal, toDateTimeLocal } from '../../lib/due-dates';
import type { Meeting } from '../../lib/meeting';
import { setScheduledAt } from './actions';
import { S } from './strings';

export const DATE_INPUT_ID = 'ck-date';

interface Props {
  meeting: Meeting;
  zone: string;
  announce: (message: string) => void;
}

export default function MeetingDate({ meeting, zone, announce }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const stored = toDateTimeLocal(meeting.scheduledAt, zone);
  const [draft, setDraft] = useState(stored);
  const [error, setError] = useState(false);
  // Follow changes from elsewhere (another tab, an import), but never under the reader's fingers.
  useEffect(() => {
    if (document.activeElement !== input.current) setDraft(stored);
  }, [stored]);

  const commit = (e: Event) => {
    const el = e.currentTarget as HTMLInputElement;
    const value = el.value;
    setDraft(value);
    if (value === '' && !el.validity?.badInput) return clear();
    const iso = fromDateTimeLocal(value, zone);
    setError(!iso);
    if (iso && iso !== meeting.scheduledAt) {
      setScheduledAt(meeting.id, iso);
      announce(S.dateSaved);
    }
  };
  const clear = () => {
    setDraft('');
    setError(false);
    if (meeting.scheduledAt) {
      setScheduledAt(meeting.id, null);
      announce(S.dateCleared);
    }
  };
  const describedBy = `${DATE_INPUT_ID}-hint${error ? ` ${DATE_INPUT_ID}-error` : ''}`;
  return (
    <div class="ck-date">
      <div class="field">
        <label for={DATE_INPUT_ID}>{S.dateLabel}</label>
        <span class="hint" id={`${DATE_INPUT_ID}-hint`}>
          {meeting.scheduledAt ? S.dateHint(zone) : S.dateMissing}
        </span>
        <div class="cluster">
          <input
            ref={input}
            id={DATE_INPUT_ID}
            type="datetime-local"
            value={draft}
            onChange={commit}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={describedBy}
          />
          {meeting.scheduledAt && (
            <button type="button" class="btn btn-small" onClick={clear}>
              {S.clearDate}
            </button>
          )}
        </div>
        {error && (
          <span class="error" id={`${DATE_INPUT_ID}-error`}>
            {S.dateInvalid}
          </span>
        )}
      </div>
    </div>
  );
}
