/** The writer for one meeting: details, the kind picker, and the editor of the chosen kind. */
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Meeting } from '../../lib/meeting';
import { isMessageKind, meetingContext, suggestedKind, type MessageKind } from '../../lib/messages';
import { readerTimeZone } from '../../lib/zoned-time';
import { MESSAGES_IDS } from '../shared/focus-ids';
import DetailsPanel from './DetailsPanel';
import Editor from './Editor';
import type { ChecklistTemplateItem } from '../../lib/checklist-derive';
import type { WriterTemplates } from '../../lib/messages';
import type { WriterSlots } from './StaticParts';

export default function MessagesBody({ meeting, ...given }: WriterTemplates & WriterSlots & { meeting: Meeting; checklist: readonly ChecklistTemplateItem[] }) {
  const zone = useMemo(() => readerTimeZone(), []);
  const [kind, setKind] = useState<MessageKind>(() => suggestedKind(meeting, new Date(), zone));
  const ctx = useMemo(() => meetingContext(meeting, zone), [meeting, zone]);
  // The kind picker is the page's HTML (given.picker): it shows the kind chosen here, and its changes choose.
  useLayoutEffect(() => {
    const picker = document.getElementById(MESSAGES_IDS.kind) as HTMLSelectElement | null;
    if (picker) picker.value = kind;
  }, []);
  return (
    <>
      <DetailsPanel meeting={meeting} intro={given.details} />
      <section
        class="card mw-message"
        aria-labelledby="mw-message-title"
        onChange={(e) => {
          const t = e.target as HTMLSelectElement;
          if (t.id === MESSAGES_IDS.kind && isMessageKind(t.value)) setKind(t.value);
        }}
      >
        {given.picker}
        <Editor key={kind} kind={kind} meeting={meeting} ctx={ctx} {...given} />
      </section>
    </>
  );
}
