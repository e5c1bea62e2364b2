/** The writer for one meeting: details, the kind picker, and the editor of the chosen kind. */
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Meeting } from '../../lib/meeting';
import { isMessageKind, meetingContext, suggestedKind, type MessageKind } from '../../lib/messages';
import { MESSAGES_IDS } from '../shared/focus-ids';
import { useReaderZone } from '../shared/use-reader-zone';
import DetailsPanel from './DetailsPanel';
import Editor from './Editor';
import type { ChecklistTemplateItem } from '../../lib/checklist-derive';
import type { WriterTemplates } from '../../lib/messages';
import type { WriterSlots } from './StaticParts';

export default function MessagesBody({ meeting, details, picker, ...given }: WriterTemplates & WriterSlots & { meeting: Meeting; checklist: readonly ChecklistTemplateItem[] }) {
  // The details show at once; the editor once the reader's zone is read (a task later, useReaderZone).
  const zone = useReaderZone();
  const [kind, setKind] = useState<MessageKind>(() => suggestedKind(meeting, new Date()));
  // The kind picker is the page's HTML (`picker`), usable from the start: it shows the kind chosen
  // here, and its changes choose (before the editor shows too).
  useLayoutEffect(() => {
    const select = document.getElementById(MESSAGES_IDS.kind) as HTMLSelectElement | null;
    if (!select) return;
    select.value = kind;
    const choose = () => isMessageKind(select.value) && setKind(select.value);
    select.addEventListener('change', choose);
    return () => select.removeEventListener('change', choose);
  }, []);
  const ctx = useMemo(() => (zone ? meetingContext(meeting, zone) : null), [meeting, zone]);
  return (
    <>
      <DetailsPanel meeting={meeting} intro={details} />
      <section class="card mw-message" aria-labelledby="mw-message-title" aria-busy={ctx ? undefined : 'true'}>
        {picker}
        {ctx && <Editor key={kind} kind={kind} meeting={meeting} ctx={ctx} {...given} />}
      </section>
    </>
  );
}
