/**
 * Which meeting the tools show. Its own module so meetings.ts (which switches it when creating or
 * deleting) and active-meeting.ts (which reads the meeting list) do not import each other.
 */
import { persistentText } from './persist';

/** Id of the active meeting; '' until one is chosen. Stored as plain text under `coffee-chat:active-meeting`. */
export const $activeMeetingId = persistentText('active-meeting', '');
