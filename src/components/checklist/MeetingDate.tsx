/** The meeting's date and time in the reader's zone, stored as a UTC instant. */
import type { Meeting } from '../../lib/meeting';
import { setScheduledAt } from './actions';
import DateField from './DateField';
import { S } from './strings';

export const DATE_INPUT_ID = 'ck-date';

interface Props {
  meeting: Meeting;
  zone: string;
  announce: (message: string) => void;
}

export default function MeetingDate({ meeting, zone, announce }: Props) {
  const text = {
    label: S.dateLabel,
    hint: meeting.scheduledAt ? S.dateHint(zone) : S.dateMissing,
    invalid: S.dateInvalid,
    saved: S.dateSaved,
    cleared: S.dateCleared,
    clear: S.clearDate,
  };
  return (
    <DateField
      id={DATE_INPUT_ID}
      type="datetime-local"
      value={meeting.scheduledAt}
      zone={zone}
      text={text}
      onSet={(iso) => setScheduledAt(meeting.id, iso)}
      announce={announce}
    />
  );
}
