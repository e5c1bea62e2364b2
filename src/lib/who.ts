/**
 * Who a meeting is with, in every form the tools use, so the person is named the same way
 * everywhere: a full line for exports and print, a short label for the checklist overview, and a
 * name for calendar titles and file names. (The meeting bar's "with …" phrase is wording, built in
 * components/shared/strings.ts from the same contact.)
 */
import type { Contact, Meeting } from './meeting';

/** "Name, Role, Organization" with the empty parts left out. */
export function personLine(contact: Contact): string {
  return [contact.name, contact.role, contact.organization].map((s) => s.trim()).filter(Boolean).join(', ');
}

/** Who a meeting is with, for short labels: the contact's name, else organization, else the title. */
export function contactLabel(m: Pick<Meeting, 'contact' | 'title'>): string {
  return m.contact.name.trim() || m.contact.organization.trim() || m.title.trim();
}

/** Who the meeting is with, for calendar titles and file names: "Name (Organization)", else what there is. */
export function meetingWho(m: Pick<Meeting, 'contact' | 'title'>): string {
  const name = m.contact.name.trim();
  const org = m.contact.organization.trim();
  if (name && org) return `${name} (${org})`;
  return name || org || m.title.trim() || 'coffee chat';
}

/** Who a request went to, for 3B7 reminders: the contact's name, else their organization, else '' (never the title). */
export function requestedOf(m: Pick<Meeting, 'contact'>): string {
  return m.contact.name.trim() || m.contact.organization.trim();
}
