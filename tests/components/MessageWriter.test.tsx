// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import MessageWriter from '../../src/components/messages/MessageWriter';
import { WRITER_SLOTS } from '../../src/components/messages/StaticParts';
import { writerTemplates, type MessageTemplate } from '../../src/lib/messages';
import type { TemplateItem } from '../../src/lib/checklist';
import { checklistItems } from '../../src/lib/checklist-derive';
import templateJson from '../../src/content/checklists/template.json';
import { LIMITS } from '../../src/lib/meeting';
import { createNewMeeting } from '../../src/stores/active-meeting';
import { $meetings, getMeeting } from '../../src/stores/meetings';

process.env.TZ = 'UTC';
vi.mock('../../src/components/shared/MeetingBar', () => ({ default: () => null }));
vi.mock('../../src/components/shared/StorageNotice', () => ({ default: () => null }));

const templates: MessageTemplate[] = [
  { id: 'request-cold-email', subject: 'Fellow [School] grad: 20 minutes on [field]?', body: 'Hi [First name],\n\nI am exploring [broad field].\n\nThank you,\n[Your name]\n' },
  { id: 'request-linkedin-note', body: 'Hi [First name], open to a 20-minute call?' },
  { id: 'thank-you', subject: 'Thank you, [First name]', body: 'Hi [First name],\n\nThank you.\n' },
];
// As the page hands them over: each kind's template and what their placeholders stand for, and the
// parts that never change in the island's slots.
const slots = Object.fromEntries(Object.entries(WRITER_SLOTS).map(([slot, Part]) => [slot, <Part />]));
const props = { ...writerTemplates(templates), ...slots };

const GOOD = `Hi Maria,

I found you through the Temple alumni network, and your move from the ICU to informatics is the path I hope to take.

Would you have 20 minutes in the next few weeks to tell me how you made that change? Any time that suits you works for me.

Thank you,
Jordan`;

const checklist = templateJson as TemplateItem[];
let meetingId: string;
beforeEach(() => {
  localStorage.clear();
  $meetings.set({ meetings: [], tombstones: [] });
  meetingId = createNewMeeting({
    title: 'Chat with Maria',
    contact: { name: 'Maria Lopez', role: 'Nurse', organization: 'Northwind' },
    connection: 'fellow Temple alum',
    interestBroad: 'health informatics',
  });
});
afterEach(() => cleanup());

const body = () => screen.getByLabelText('Message text') as HTMLTextAreaElement;
/** Renders the writer and waits for its editor (it renders a task or two after the details, once the zone is read). */
async function openWriter() {
  const view = render(<MessageWriter {...props} checklist={checklist} />);
  await screen.findByLabelText('Message text');
  return view;
}
const advice = () => screen.getByRole('region', { name: 'Advice on this draft' });

describe('MessageWriter', () => {
  it('starts from the template filled from the meeting, with the rest still marked', async () => {
    await openWriter();
    expect(body().value).toBe('Hi Maria,\n\nI am exploring health informatics.\n\nThank you,\n[Your name]');
    expect((screen.getByLabelText('Subject') as HTMLInputElement).value).toBe('Fellow [School] grad: 20 minutes on health informatics?');
    // The first check runs in a task of its own, after the editor shows; the advice is busy until then.
    await waitFor(() => expect(advice().textContent).toContain('Fill in [Your name].'));
    expect(advice().hasAttribute('aria-busy')).toBe(false);
  });

  it('updates the advice as the reader types, with a guide link for each point', async () => {
    await openWriter();
    fireEvent.input(screen.getByLabelText('Subject'), { target: { value: 'Fellow Temple nurse: 20 minutes on informatics?' } });
    fireEvent.input(body(), { target: { value: GOOD } });
    await waitFor(() => expect(advice().textContent).toContain('Every check passes.'));
    fireEvent.input(body(), { target: { value: `${GOOD}\n\nI have attached my resume.` } });
    await waitFor(() => expect(advice().textContent).toMatch(/leave your résumé out/));
    const link = screen.getByRole('link', { name: 'Guide: Never ask for a job' });
    expect(link.getAttribute('href')).toBe('/guides/etiquette/#never-ask-for-a-job');
  });

  it('autosaves the draft on the meeting, per kind, and brings it back', async () => {
    const view = await openWriter();
    fireEvent.input(body(), { target: { value: 'My own words' } });
    await waitFor(() => expect(getMeeting(meetingId)!.drafts).toEqual([expect.objectContaining({ kind: 'cold-request', body: 'My own words' })]));
    fireEvent.change(screen.getByLabelText('Kind of message'), { target: { value: 'linkedin-note' } });
    expect(body().value).toBe('Hi Maria, open to a 20-minute call?');
    expect(screen.queryByLabelText('Subject')).toBeNull();
    view.unmount();
    await openWriter();
    expect(body().value).toBe('My own words');
  });

  it('refuses to save a draft over the limit but keeps it on screen', async () => {
    await openWriter();
    const long = 'a'.repeat(LIMITS.draftBody + 1);
    fireEvent.input(body(), { target: { value: long } });
    await screen.findByText(/so it is not saved/);
    expect(body().value).toBe(long);
    expect(getMeeting(meetingId)!.drafts).toBeUndefined();
    expect(screen.getByText(/too long for an email link/)).toBeTruthy();
  });

  it('"I sent it" records the day and ticks the checklist item', async () => {
    await openWriter();
    fireEvent.input(screen.getByLabelText('Sent on'), { target: { value: '2026-03-05' } });
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    const m = getMeeting(meetingId)!;
    expect(m.requestSentOn).toBe('2026-03-05');
    expect(m.checklist.find((i) => i.templateId === 'before-request')!.done).toBe(true);
    expect(within(screen.getByRole('region', { name: 'Send it' })).getByText(/Recorded as sent on Thu, Mar 5/)).toBeTruthy();
  });

  it('"I sent it" for a kind with no meeting day ticks its item on a checklist never changed, storing the list', async () => {
    expect(getMeeting(meetingId)!.checklist).toEqual([]);
    await openWriter();
    fireEvent.change(screen.getByLabelText('Kind of message'), { target: { value: 'confirmation' } });
    fireEvent.input(screen.getByLabelText('Sent on'), { target: { value: '2026-03-05' } });
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    const m = getMeeting(meetingId)!;
    expect(m.checklist.map((i) => i.templateId)).toEqual(checklist.map((t) => t.id));
    expect(m.checklist.filter((i) => i.done).map((i) => i.templateId)).toEqual(['before-confirm']);
    expect(checklistItems(m, checklist)).toBe(m.checklist);
  });

  it('shows pasted HTML as text and offers the email app link', async () => {
    await openWriter();
    fireEvent.input(body(), { target: { value: '<img src=x onerror="alert(1)"><b>Hi</b>' } });
    await waitFor(() => expect(advice().textContent).toContain('looks like pasted HTML'));
    expect(document.querySelector('.mw img, .mw b')).toBeNull();
    const mail = screen.getByRole('link', { name: 'Open in your email app' });
    expect(mail.getAttribute('href')).toMatch(/^mailto:\?subject=.*&body=%3Cimg/);
  });

  it('starts again from the template with an undo that brings the draft back', async () => {
    await openWriter();
    fireEvent.input(body(), { target: { value: 'Draft to keep' } });
    await waitFor(() => expect(getMeeting(meetingId)!.drafts?.[0]?.body).toBe('Draft to keep'));
    fireEvent.click(screen.getByRole('button', { name: 'Start again from the template' }));
    expect(body().value).toMatch(/^Hi Maria,/);
    expect(getMeeting(meetingId)!.drafts).toBeUndefined();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    });
    expect(body().value).toBe('Draft to keep');
  });
});
