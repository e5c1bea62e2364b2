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
  // The kind shown: the reader's pick, or once the zone is known the one the meeting suggests.
  const [kind, setKind] = useState<MessageKind | null>(null);
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
  // The kind picker is the page's HTML (given.picker), there from the start: a pick made before the
  // editor shows is kept; otherwise the picker shows the suggested kind once there is one.
  useLayoutEffect(() => {
    const picker = document.getElementById(MESSAGES_IDS.kind) as HTMLSelectElement | null;
    if (!picker) return;
    const choose = () => isMessageKind(picker.value) && setKind(picker.value);
    picker.addEventListener('change', choose);
    return () => picker.removeEventListener('change', choose);
  }, []);
  const shown = kind ?? (zone ? suggestedKind(meeting, new Date(), zone) : null);
  useLayoutEffect(() => {
    const picker = document.getElementById(MESSAGES_IDS.kind) as HTMLSelectElement | null;
    if (picker && shown) picker.value = shown;
    if (!kind && shown) setKind(shown);
  }, [shown]);
  const ctx = useMemo(() => (zone ? meetingContext(meeting, zone) : null), [meeting, zone]);
  return (
    <>
      <DetailsPanel meeting={meeting} intro={given.details} />
      <section class="card mw-message" aria-labelledby="mw-message-title" aria-busy={ctx ? undefined : 'true'}>
        {given.picker}
        {ctx && shown && <Editor key={shown} kind={shown} meeting={meeting} ctx={ctx} {...given} />}
      </section>
    </>
  );
}
