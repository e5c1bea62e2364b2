/** The message writer island: the shell around the active meeting's messages. */
import ToolShell from '../shared/ToolShell';
import { MESSAGES_IDS } from '../shared/focus-ids';
import type { ChecklistTemplateItem } from '../../lib/checklist-derive';
import type { MessageTemplate } from '../../lib/messages';
import MessagesBody from './MessagesBody';
import './messages.css';

export interface MessageWriterProps {
  /** The templates each kind starts from (src/content/templates, passed by the page). */
  templates: MessageTemplate[];
  /** The checklist template's items (src/content/checklists), for "I sent it" on a checklist not stored yet. */
  checklist: readonly ChecklistTemplateItem[];
}

export default function MessageWriter({ templates, checklist }: MessageWriterProps) {
  return (
    <ToolShell tool="messages" undoId={MESSAGES_IDS.undo}>
      {(meeting) => <MessagesBody meeting={meeting} templates={templates} checklist={checklist} />}
    </ToolShell>
  );
}
