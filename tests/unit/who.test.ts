import { describe, expect, it } from 'vitest';
import { createMeeting } from '../../src/lib/meeting';
import { contactLabel, meetingWho, personLine } from '../../src/lib/who';

const m = (name: string, organization: string, title = 'Chat') => createMeeting({ title, contact: { name, role: 'Engineer', organization } });

describe('who a meeting is with', () => {
  it('names the person in full for exports, leaving out empty parts', () => {
    expect(personLine(m('Ana', 'Acme').contact)).toBe('Ana, Engineer, Acme');
    expect(personLine({ name: ' ', role: '', organization: 'Acme' })).toBe('Acme');
  });
  it('gives a short label: name, else organization, else title', () => {
    expect(contactLabel(m('Ana', 'Acme'))).toBe('Ana');
    expect(contactLabel(m(' ', 'Acme'))).toBe('Acme');
    expect(contactLabel(m('', '', 'My chat'))).toBe('My chat');
  });
  it('names the meeting for calendars: name and organization, else what there is', () => {
    expect(meetingWho(m('Ana', 'Acme'))).toBe('Ana (Acme)');
    expect(meetingWho(m('', 'Acme'))).toBe('Acme');
    expect(meetingWho(m('', '', ''))).toBe('coffee chat');
  });
});
