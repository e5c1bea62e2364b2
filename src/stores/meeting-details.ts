/** Changes to a meeting's details: the person it is with, its length and its two dates. */
import type { Contact } from '../lib/meeting';
import { updateMeeting } from './meetings';

/** Changes one field of the person the meeting is with. */
export function setContactField(meetingId: string, field: keyof Contact, value: string): void {
  updateMeeting(meetingId, (m) => ({ ...m, contact: { ...m.contact, [field]: value } }));
}

/** Changes the meeting's length in minutes. */
export function setLength(meetingId: string, minutes: number): void {
  updateMeeting(meetingId, (m) => ({ ...m, lengthMinutes: minutes }));
}

/** Sets (or, with null, removes) the meeting's date. */
export function setScheduledAt(meetingId: string, iso: string | null): void {
  updateMeeting(meetingId, (m) => {
    const { scheduledAt: _old, ...rest } = m;
    return iso ? { ...rest, scheduledAt: iso } : rest;
  });
}

/** Sets or clears the day the request was sent (the 3B7 step counts from it). */
export function setRequestSentOn(meetingId: string, day: string | null): void {
  updateMeeting(meetingId, (m) => {
    const { requestSentOn: _old, ...rest } = m;
    return day ? { ...rest, requestSentOn: day } : rest;
  });
}
