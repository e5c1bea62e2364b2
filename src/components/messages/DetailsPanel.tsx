/** What fills the templates: the person, how the reader is connected to them, and the reader's interest. */
import { contactFieldFits } from '../../lib/fields';
import { LIMITS, type Contact, type Meeting } from '../../lib/meeting';
import { connectionFits, interestFits } from '../../lib/messages';
import { setContactField } from '../../stores/meeting-details';
import { setConnection, setInterest } from '../../stores/messages';
import TextField from '../questions/TextField';
import { writerStrings as s } from './strings';

const CONTACT: [keyof Contact, string][] = [
  ['name', s.name],
  ['role', s.role],
  ['organization', s.organization],
];

export default function DetailsPanel({ meeting }: { meeting: Meeting }) {
  const id = meeting.id;
  return (
    <section class="card mw-details" aria-labelledby="mw-details-title">
      <h2 id="mw-details-title">{s.detailsHeading}</h2>
      <p class="hint">{s.detailsHint}</p>
      <div class="mw-fields">
        {CONTACT.map(([field, label]) => (
          <TextField
            key={field}
            label={label}
            value={meeting.contact[field]}
            validate={(v) => (contactFieldFits(v) ? null : s.tooLong(LIMITS.contactField))}
            onValid={(v) => setContactField(id, field, v)}
          />
        ))}
        <TextField
          label={s.connection}
          hint={s.connectionHint}
          value={meeting.connection ?? ''}
          validate={(v) => (connectionFits(v) ? null : s.tooLong(LIMITS.connection))}
          onValid={(v) => setConnection(id, v)}
        />
        <TextField
          label={s.interestBroad}
          hint={s.interestBroadHint}
          value={meeting.interestBroad ?? ''}
          validate={(v) => (interestFits(v) ? null : s.tooLong(LIMITS.interest))}
          onValid={(v) => setInterest(id, 'broad', v)}
        />
        <TextField
          label={s.interestNarrow}
          hint={s.interestNarrowHint}
          value={meeting.interestNarrow ?? ''}
          validate={(v) => (interestFits(v) ? null : s.tooLong(LIMITS.interest))}
          onValid={(v) => setInterest(id, 'narrow', v)}
        />
      </div>
    </section>
  );
}
