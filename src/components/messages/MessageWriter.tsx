/** The message writer island: the shell around the active meeting's messages. */
import ToolShell from '../shared/ToolShell';
import { MESSAGES_IDS } from '../shared/focus-ids';
import type { ChecklistTemplateItem } from '../../lib/checklist-derive';
import type { WriterTemplates } from '../../lib/messages';
import MessagesBody from './MessagesBody';
import type { WriterSlots } from './StaticParts';
import './messages.css';

/**
 * The template each kind starts from (src/content/templates) and the meeting field each of their
 * placeholders stands for, worked out by the page with writerTemplates(); the checklist template's
 * items (src/content/checklists), for "I sent it" on a checklist not stored yet; and the static parts.
 */
export type MessageWriterProps = WriterTemplates & WriterSlots & { checklist: readonly ChecklistTemplateItem[] };

export default function MessageWriter(props: MessageWriterProps) {
  return (
    <ToolShell tool="messages" undoId={MESSAGES_IDS.undo}>
      {(meeting) => <MessagesBody meeting={meeting} {...props} />}
    </ToolShell>
  );
}
