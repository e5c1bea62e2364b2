/** The message writer island: the shell around the active meeting's messages. */
import ToolShell from '../shared/ToolShell';
import { MESSAGES_IDS } from '../shared/focus-ids';
import type { MessageTemplate } from '../../lib/messages';
import MessagesBody from './MessagesBody';
import './messages.css';

export interface MessageWriterProps {
  /** The templates each kind starts from (src/content/templates, passed by the page). */
  templates: MessageTemplate[];
}

export default function MessageWriter({ templates }: MessageWriterProps) {
  return (
    <ToolShell tool="messages" undoId={MESSAGES_IDS.undo}>
      {(meeting) => <MessagesBody meeting={meeting} templates={templates} />}
    </ToolShell>
  );
}
