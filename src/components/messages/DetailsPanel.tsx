/** What fills the templates: the person, how the reader is connected to them, and the reader's interest. */
import { contactFieldFits } from '../../lib/fields';
import { LIMITS, type Contact, type Meeting } from '../../lib/meeting';
import { WRITER_TEXT_LIMITS, writerTextFits, type WriterText } from '../../lib/messages';
import { setContactField } from '../../stores/meeting-details';
import { setWriterText } from '../../stores/messages';
import TextField from '../questions/TextField';
import { writerStrings as s } from './strings';

const CONTACT: (keyof Contact)[] = ['name', 'role', 'organization'];
const OWN: WriterText[] = ['connection', 'interestBroad', 'interestNarrow'];

export default function DetailsPanel({ meeting }: { meeting: Meeting }) {
  const id = meeting.id;
  return (
    <section class="card mw-details" aria-labelledby="mw-details-title">
      <h2 id="mw-details-title">{s.detailsHeading}</h2>
      <p class="hint">{s.detailsHint}</p>
      <div class="mw-fields">
        {CONTACT.map((field) => (
          <TextField
            key={field}
            label={s[field]}
            value={meeting.contact[field]}
            validate={(v) => (contactFieldFits(v) ? null : s.tooLong(LIMITS.contactField))}
            onValid={(v) => setContactField(id, field, v)}
          />
        ))}
        {OWN.map((key) => (
          <TextField
            key={key}
            label={s[key]}
            hint={s[`${key}Hint`]}
            value={meeting[key] ?? ''}
            validate={(v) => (writerTextFits(key, v) ? null : s.tooLong(WRITER_TEXT_LIMITS[key]))}
            onValid={(v) => setWriterText(id, key, v)}
          />
        ))}
      </div>
    </section>
  );
}
