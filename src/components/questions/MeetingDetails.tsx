/** The person the meeting is with and its length. */
import { contactFieldFits } from '../../lib/fields';
import { LIMITS, type Contact, type Meeting } from '../../lib/meeting';
import { setContactField } from '../../stores/contact';
import LengthPicker from './LengthPicker';
import { strings } from './strings';
import TextField from './TextField';

const s = strings.meeting;
const FIELDS: [keyof Contact, string][] = [
  ['name', s.name],
  ['role', s.role],
  ['organization', s.organization],
];
const validate = (v: string) => (contactFieldFits(v) ? null : s.fieldTooLong(LIMITS.contactField));

export default function MeetingDetails({ meeting }: { meeting: Meeting }) {
  return (
    <section class="card qb-details" aria-labelledby="qb-details-title">
      <h2 id="qb-details-title">{s.heading}</h2>
      <div class="qb-fields">
        {FIELDS.map(([field, label]) => (
          <TextField
            key={field}
            label={label}
            value={meeting.contact[field]}
            validate={validate}
            onValid={(v) => setContactField(meeting.id, field, v)}
          />
        ))}
        <LengthPicker meetingId={meeting.id} minutes={meeting.lengthMinutes} />
      </div>
    </section>
  );
}
