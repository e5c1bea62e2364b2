/**
 * The day the reader sent their request, while no meeting is set: it dates the 3B7 step (try
 * someone else after 3 business days, follow up after 7). Once the meeting has a date the person
 * has answered, so the field steps aside.
 */
import { dayStart, formatDate, threeBSeven } from '../../lib/due-dates';
import type { Meeting } from '../../lib/meeting';
import { setRequestSentAt } from './actions';
import DateField from './DateField';
import { S } from './strings';

export const REQUEST_INPUT_ID = 'ck-request';

interface Props {
  meeting: Meeting;
  zone: string;
  announce: (message: string) => void;
}

export default function RequestDate({ meeting, zone, announce }: Props) {
  if (meeting.scheduledAt) return null;
  const sent = meeting.requestSentOn ? dayStart(meeting.requestSentOn, zone) : null;
  const dates = sent ? threeBSeven(sent, zone) : null;
  const text = {
    label: S.requestLabel,
    hint: dates ? S.requestHint(formatDate(dates.tryAnother, zone), formatDate(dates.followUp, zone)) : S.requestMissing,
    invalid: S.requestInvalid,
    saved: S.requestSaved,
    cleared: S.requestCleared,
    clear: S.clearDate,
  };
  return (
    <DateField
      id={REQUEST_INPUT_ID}
      type="date"
      value={meeting.requestSentOn}
      zone={zone}
      text={text}
      onSet={(iso) => setRequestSentAt(meeting.id, iso)}
      announce={announce}
    />
  );
}
