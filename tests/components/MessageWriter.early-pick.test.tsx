// @vitest-environment happy-dom
// Its own file: the writer reads the reader's zone once a page, so only a fresh page has the moment
// between the details showing and the editor, when the kind picker (page HTML) can already be used.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import MessageWriter from '../../src/components/messages/MessageWriter';
import { WRITER_SLOTS } from '../../src/components/messages/StaticParts';
import { writerTemplates, type MessageTemplate } from '../../src/lib/messages';
import type { TemplateItem } from '../../src/lib/checklist';
import templateJson from '../../src/content/checklists/template.json';
import { createNewMeeting } from '../../src/stores/active-meeting';

vi.mock('../../src/components/shared/MeetingBar', () => ({ default: () => null }));
vi.mock('../../src/components/shared/StorageNotice', () => ({ default: () => null }));

const templates: MessageTemplate[] = [
  { id: 'request-cold-email', subject: 'A request', body: 'Hi [First name], a request.\n' },
  { id: 'thank-you', subject: 'Thank you, [First name]', body: 'Hi [First name],\n\nThank you.\n' },
];
const slots = Object.fromEntries(Object.entries(WRITER_SLOTS).map(([slot, Part]) => [slot, <Part />]));
afterEach(() => cleanup());

it('keeps a kind picked before the editor shows, instead of jumping back to the suggested one', async () => {
  createNewMeeting({ title: 'Chat with Maria', contact: { name: 'Maria Lopez', role: '', organization: '' } });
  render(<MessageWriter {...writerTemplates(templates)} {...slots} checklist={templateJson as TemplateItem[]} />);
  const picker = (await screen.findByLabelText('Kind of message')) as HTMLSelectElement;
  expect(screen.queryByLabelText('Message text')).toBeNull(); // the editor is not there yet
  fireEvent.change(picker, { target: { value: 'thank-you' } });
  const body = (await screen.findByLabelText('Message text')) as HTMLTextAreaElement;
  expect(body.value).toBe('Hi Maria,\n\nThank you.');
  expect(picker.value).toBe('thank-you');
});
