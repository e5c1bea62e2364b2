/**
 * The kinds of message the writer helps with. They live with the meeting's drafts (lib/meeting.ts)
 * and which checks apply to each is kind-checks.ts, so the meeting validator on every tool page
 * carries only the kinds.
 */
import { isMessageKind, MESSAGE_KINDS, type MessageKind } from '../meeting';

export { isMessageKind, MESSAGE_KINDS, type MessageKind };
