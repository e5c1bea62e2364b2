/**
 * Changes to the person a meeting is with. Apart from meeting-details.ts (length and dates), so the
 * message writer, which changes only the person, loads none of those.
 */
import type { Contact } from '../lib/meeting';
import { updateMeeting } from './meetings';

/** Changes one field of the person the meeting is with. */
export function setContactField(meetingId: string, field: keyof Contact, value: string): void {
  updateMeeting(meetingId, (m) => ({ ...m, contact: { ...m.contact, [field]: value } }));
}
