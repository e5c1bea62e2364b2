/** The message writer island: the shell around the active meeting's messages. */
import ToolShell from '../shared/ToolShell';
import { MESSAGES_IDS } from '../shared/focus-ids';
import type { ComponentChildren } from 'preact';
import type { ChecklistTemplateItem } from '../../lib/checklist-derive';
import type { WriterTemplates } from '../../lib/messages';
import MessagesBody from './MessagesBody';
import './messages.css';

/**
 * The parts that never change with state, which the page renders as HTML into the island's slots
 * (StaticParts.tsx, WRITER_SLOTS): the details card's heading and help, the message card's heading
 * and kind picker, the message text's hint, the advice's heading and help.
 */
export interface WriterSlots {
  details?: ComponentChildren;
  picker?: ComponentChildren;
  bodyHint?: ComponentChildren;
  checks?: ComponentChildren;
}

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
