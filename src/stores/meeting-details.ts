/** Changes to a meeting's details: its length and its two dates (the person it is with: contact.ts). */
import { updateMeeting } from './meetings';

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
