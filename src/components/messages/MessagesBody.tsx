/** The writer for one meeting: details, the kind picker, and the editor of the chosen kind. */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Meeting } from '../../lib/meeting';
import { isMessageKind, meetingContext, suggestedKind, type MessageKind } from '../../lib/messages';
import { readerTimeZone } from '../../lib/zoned-time';
import { MESSAGES_IDS } from '../shared/focus-ids';
import { nextTask } from '../shared/dom';
import DetailsPanel from './DetailsPanel';
import Editor from './Editor';
import type { ChecklistTemplateItem } from '../../lib/checklist-derive';
import type { WriterTemplates } from '../../lib/messages';
import type { WriterSlots } from './StaticParts';

let pageZone: string | null = null;

export default function MessagesBody({ meeting, ...given }: WriterTemplates & WriterSlots & { meeting: Meeting; checklist: readonly ChecklistTemplateItem[] }) {
  // The first date formatted on a page loads the browser's locale data (about 60 ms on a slow phone),
  // and every message needs the reader's zone: the details show at once, the zone is read in a task
  // of its own, and the editor renders in the next one (as the checklist does).
  // Read once a page: switching to another meeting (a new body) shows its editor at once.
  const [zone, setZone] = useState<string | null>(pageZone);
  useEffect(() => {
    if (zone) return;
    let live = true;
    void nextTask().then(() => {
      pageZone = readerTimeZone();
      return nextTask().then(() => live && setZone(pageZone));
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <>
      <DetailsPanel meeting={meeting} intro={given.details} />
      <section class="card mw-message" aria-labelledby="mw-message-title" aria-busy={zone ? undefined : 'true'}>
        {given.picker}
        {zone && <KindEditor meeting={meeting} zone={zone} {...given} />}
      </section>
    </>
  );
}

/** The kind picker's state and the editor of the chosen kind, once the reader's zone is known. */
function KindEditor({ meeting, zone, ...given }: WriterTemplates & WriterSlots & { meeting: Meeting; zone: string; checklist: readonly ChecklistTemplateItem[] }) {
  const [kind, setKind] = useState<MessageKind>(() => suggestedKind(meeting, new Date(), zone));
  const ctx = useMemo(() => meetingContext(meeting, zone), [meeting, zone]);
  // The kind picker is the page's HTML (given.picker): it shows the kind chosen here, and its changes choose.
  useLayoutEffect(() => {
    const picker = document.getElementById(MESSAGES_IDS.kind) as HTMLSelectElement | null;
    if (!picker) return;
    picker.value = kind;
    const choose = () => isMessageKind(picker.value) && setKind(picker.value);
    picker.addEventListener('change', choose);
    return () => picker.removeEventListener('change', choose);
  }, []);
  return <Editor key={kind} kind={kind} meeting={meeting} ctx={ctx} {...given} />;
}
