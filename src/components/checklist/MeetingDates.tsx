/**
 * The two dates of a meeting the checklist asks for: when it is (a moment in the reader's zone,
 * stored as a UTC instant) and, while no meeting is set, the day the request went out (it dates the
 * 3B7 step: try someone else after 3 business days, follow up after 7; once the meeting has a date
 * the person has answered: the field stays and says its reminders have stopped).
 */
import { awaitingReply } from '../../lib/checklist';
import { formatDate } from '../../lib/zoned-time';
import type { Meeting } from '../../lib/meeting';
import { setRequestSentOn, setScheduledAt } from '../../stores/meeting-details';
import { CHECKLIST_IDS } from '../shared/focus-ids';
import DateField from './DateField';
import { strings } from './strings';


interface Props {
  meeting: Meeting;
  zone: string;
}

export function MeetingDate({ meeting, zone }: Props) {
  return (
    <DateField
      id={CHECKLIST_IDS.dateInput}
      type="datetime-local"
      value={meeting.scheduledAt}
      zone={zone}
      text={strings.meetingDate}
      hint={meeting.scheduledAt ? strings.dateHint(zone) : strings.dateMissing}
      onSet={(iso) => setScheduledAt(meeting.id, iso)}
    />
  );
}

export function RequestDate({ meeting, zone }: Props) {
  // Stays in view once the meeting has a date, saying that its reminders have stopped.
  const days = awaitingReply(meeting, zone);
  return (
    <DateField
      id={CHECKLIST_IDS.requestInput}
      type="date"
      value={meeting.requestSentOn}
      zone={zone}
      text={strings.requestDate}
      hint={
        meeting.scheduledAt
          ? strings.requestAnswered
          : days
            ? strings.requestHint(formatDate(days.tryAnother, zone), formatDate(days.followUp, zone))
            : strings.requestMissing
      }
      onSet={(day) => setRequestSentOn(meeting.id, day)}
    />
  );
}
