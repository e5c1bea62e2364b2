/** What fills the templates: the person, how the reader is connected to them, and the reader's interest. */
import type { ComponentChildren } from 'preact';
import { contactFieldFits } from '../../lib/contact-field';
import { LIMITS, type Contact, type Meeting } from '../../lib/meeting';
import { WRITER_TEXT_LIMITS, writerTextFits, type WriterText } from '../../lib/messages';
import { setContactField } from '../../stores/contact';
import { setWriterText } from '../../stores/messages';
import TextField from '../questions/TextField';
import * as s from './strings';

const CONTACT: (keyof Contact)[] = ['name', 'role', 'organization'];
const OWN: WriterText[] = ['connection', 'interestBroad', 'interestNarrow'];

/** `intro`: the heading (id mw-details-title) and help, rendered by the page (StaticParts.tsx). */
export default function DetailsPanel({ meeting, intro }: { meeting: Meeting; intro: ComponentChildren }) {
  const id = meeting.id;
  return (
    <section class="card mw-details" aria-labelledby="mw-details-title">
      {intro}
      <div class="mw-fields">
        {CONTACT.map((field) => (
          <TextField
            key={field}
            label={s.fieldLabels[field]}
            value={meeting.contact[field]}
            validate={(v) => (contactFieldFits(v) ? null : s.tooLong(LIMITS.contactField))}
            onValid={(v) => setContactField(id, field, v)}
          />
        ))}
        {OWN.map((key) => (
          <TextField
            key={key}
            label={s.fieldLabels[key]}
            hint={s.fieldHints[key]}
            value={meeting[key] ?? ''}
            validate={(v) => (writerTextFits(key, v) ? null : s.tooLong(WRITER_TEXT_LIMITS[key]))}
            onValid={(v) => setWriterText(id, key, v)}
          />
        ))}
      </div>
    </section>
  );
}
