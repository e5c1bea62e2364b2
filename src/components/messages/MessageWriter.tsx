/** The message writer island: the shell around the active meeting's messages. */
import ToolShell from '../shared/ToolShell';
import { MESSAGES_IDS } from '../shared/focus-ids';
import type { MessageTemplate, PlaceholderFields } from '../../lib/messages';
import MessagesBody from './MessagesBody';
import './messages.css';

export interface MessageWriterProps {
  /** The templates each kind starts from (src/content/templates, passed by the page). */
  templates: MessageTemplate[];
  /** The meeting field each of their placeholders stands for (placeholderFields, worked out by the page). */
  placeholders: PlaceholderFields;
}

export default function MessageWriter(props: MessageWriterProps) {
  return (
    <ToolShell tool="messages" undoId={MESSAGES_IDS.undo}>
      {(meeting) => <MessagesBody meeting={meeting} {...props} />}
    </ToolShell>
  );
}
