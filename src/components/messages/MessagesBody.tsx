/** The writer for one meeting: details, the kind picker, and the editor of the chosen kind. */
import { useMemo, useState } from 'preact/hooks';
import type { ChecklistTemplateItem } from '../../lib/checklist-derive';
import type { Meeting } from '../../lib/meeting';
import { MESSAGE_KINDS, isMessageKind, meetingContext, suggestedKind, type MessageKind, type WriterTemplates } from '../../lib/messages';
import { readerTimeZone } from '../../lib/zoned-time';
import { MESSAGES_IDS } from '../shared/focus-ids';
import DetailsPanel from './DetailsPanel';
import Editor from './Editor';
import { kindLabels, writerStrings as s } from './strings';


export default function MessagesBody({ meeting, ...given }: WriterTemplates & { meeting: Meeting; checklist: readonly ChecklistTemplateItem[] }) {
  const zone = useMemo(() => readerTimeZone(), []);
  const [kind, setKind] = useState<MessageKind>(() => suggestedKind(meeting, new Date(), zone));
  const ctx = useMemo(() => meetingContext(meeting, zone), [meeting, zone]);
  return (
    <>
      <DetailsPanel meeting={meeting} />
      <section class="card mw-message" aria-labelledby="mw-message-title">
        <h2 id="mw-message-title">{s.messageHeading}</h2>
        <div class="field">
          <label for={MESSAGES_IDS.kind}>{s.kind}</label>
          <select
            id={MESSAGES_IDS.kind}
            value={kind}
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (isMessageKind(v)) setKind(v);
            }}
          >
            {MESSAGE_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabels[k]}
              </option>
            ))}
          </select>
        </div>
        <Editor key={kind} kind={kind} meeting={meeting} ctx={ctx} {...given} />
      </section>
    </>
  );
}
