// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import PrepChecklist from '../../src/components/checklist/PrepChecklist';
import templateJson from '../../src/content/checklists/template.json';
import { itemsFromTemplate, type TemplateItem } from '../../src/lib/checklist';
import { checklistItems } from '../../src/lib/checklist-derive';
import { $activeMeetingId, createNewMeeting } from '../../src/stores/active-meeting';
import { $meetings, getMeeting, updateMeeting } from '../../src/stores/meetings';

// Due dates and the datetime field are read in the reader's zone; pin it.
process.env.TZ = 'UTC';

// The meeting bar and storage notice have their own tests; here they only need to render.
vi.mock('../../src/components/shared/MeetingBar', () => ({ default: () => null }));
vi.mock('../../src/components/shared/StorageNotice', () => ({ default: () => null }));

const template = templateJson as TemplateItem[];
const OVERVIEW = 'All your meetings';
const HOUR = 3_600_000;
let meetingId: string;

beforeEach(() => {
  localStorage.clear();
  $meetings.set({ meetings: [], tombstones: [] });
  meetingId = createNewMeeting({ title: 'Chat with Dana', contact: { name: 'Dana', role: '', organization: 'Acme' } });
});

afterEach(() => cleanup());

/** The items the meeting's checklist holds: stored, or derived from the template while none are. */
const checklist = () => checklistItems(getMeeting(meetingId)!, template);
const section = (name: string) => screen.getByRole('heading', { name }).closest('section')!;

/** Opens an item's menu (its Actions button) and returns the named entry. */
async function menuItem(text: string, label: string): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole('button', { name: `Actions: ${text}` }));
  return screen.findByRole('menuitem', { name: label });
}

async function renderChecklist() {
  render(<PrepChecklist template={template} />);
  // The list renders in stages, one task each; the overview comes last.
  await screen.findByRole('heading', { name: OVERVIEW });
}

describe('PrepChecklist', () => {
  it('shows a new meeting the template items, grouped by phase, without writing them to it', async () => {
    const before = getMeeting(meetingId);
    await renderChecklist();
    expect(getMeeting(meetingId)).toBe(before);
    expect(checklist()).toHaveLength(template.length);
    expect(within(section('After the meeting')).getByRole('checkbox', { name: 'Send a thank-you within 24 hours' })).toBeTruthy();
    expect(within(section('On the day')).getByRole('checkbox', { name: 'Ask who else you should talk to' })).toBeTruthy();
    // The guide and the tool that helps sit in the row's menu.
    const guide = await menuItem('Send a thank-you within 24 hours', 'Read the guide');
    expect(guide.getAttribute('href')).toBe('/guides/following-up/#the-thank-you-note-send-it-within-24-hours');
    fireEvent.keyDown(guide, { key: 'Escape' });
    expect((await menuItem('Prepare 5 to 10 questions', 'Open the question builder')).getAttribute('href')).toBe('/tools/questions/');
  });

  it('ticks an item, saves it and counts it in the overall and phase progress', async () => {
    await renderChecklist();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ask who else you should talk to' }));
    await waitFor(() => expect(checklist().find((i) => i.templateId === 'day-referrals')?.done).toBe(true));
    const overall = screen.getByLabelText('Overall progress') as HTMLProgressElement;
    expect(overall.value).toBe(1);
    expect(screen.getByText(`1 of ${template.length} done`)).toBeTruthy();
    expect((within(section('On the day')).getByLabelText('On the day: progress') as HTMLProgressElement).value).toBe(1);
  });

  it('saves the date typed in the meeting field as a UTC instant and shows due dates from it', async () => {
    await renderChecklist();
    const field = screen.getByLabelText('Meeting date and time');
    fireEvent.change(field, { target: { value: '2099-03-10T14:30' } });
    await waitFor(() => expect(getMeeting(meetingId)!.scheduledAt).toBe('2099-03-10T14:30:00.000Z'));
    const thanks = screen.getByRole('checkbox', { name: 'Send a thank-you within 24 hours' });
    const due = document.getElementById(thanks.getAttribute('aria-describedby')!)!;
    expect(due.querySelector('time')?.getAttribute('datetime')).toBe('2099-03-11T14:30:00.000Z');
  });

  it('dates the 3B7 step from the day the request went out, and says its reminders stop once the meeting has a date', async () => {
    await renderChecklist();
    const field = screen.getByLabelText('Request sent on (optional)');
    fireEvent.change(field, { target: { value: '2099-03-05' } });
    await waitFor(() => expect(getMeeting(meetingId)!.requestSentOn).toBe('2099-03-05'));
    // Thu 5 March 2099: three business days is Tue 10 March, seven is Mon 16 March.
    expect(document.getElementById(`${field.id}-hint`)!.textContent).toBe('No reply by Tue, Mar 10? Ask someone else too. Still nothing by Mon, Mar 16? Follow up once.');
    const step = screen.getByRole('checkbox', { name: /^No reply\? Follow up once/ });
    const due = document.getElementById(step.getAttribute('aria-describedby')!)!;
    expect(due.querySelector('time')?.getAttribute('datetime')).toBe('2099-03-16T09:00:00.000Z');
    // The overview of all meetings names it too, though the meeting has no date yet.
    expect(within(screen.getByRole('region', { name: 'All your meetings' })).getByText(/^Follow-up to Dana due in \d+ days$/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Meeting date and time'), { target: { value: '2099-03-20T14:30' } });
    await waitFor(() => expect(step.getAttribute('aria-describedby')).toBeNull());
    // The request date stays in view, with its day, and says where its reminders went.
    const kept = screen.getByLabelText('Request sent on (optional)') as HTMLInputElement;
    expect(kept.value).toBe('2099-03-05');
    expect(document.getElementById(`${kept.id}-hint`)!.textContent).toMatch(/^They answered: your meeting has a date, so the 3B7 reminders stop/);
  });

  it('counts the questions for "Prepare 5 to 10 questions" and is done when the list is in range', async () => {
    const q = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `q${i}`, text: `Question ${i}?`, minutes: 2 }));
    // The meeting was yesterday's plan: preparing questions would be overdue.
    const at = new Date(Date.now() + 2 * HOUR).toISOString();
    updateMeeting(meetingId, (m) => ({ ...m, scheduledAt: at, questions: q(3) }));
    await renderChecklist();
    const item = screen.getByRole('checkbox', { name: 'Prepare 5 to 10 questions' }) as HTMLInputElement;
    const described = () => (item.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
    expect(item.checked).toBe(false);
    expect(described()).toContain('3 questions on your list so far; bring 5 to 10.');
    updateMeeting(meetingId, (m) => ({ ...m, questions: q(7) }));
    await waitFor(() => expect(item.checked).toBe(true));
    expect(described()).toBe('7 questions on your list, within 5 to 10: done.');
    // Nothing was written to the meeting: the item is done by the list itself.
    expect(checklist().find((i) => i.templateId === 'before-questions')?.done).toBe(false);
  });

  it('refuses a half-typed request date with a message and keeps the saved one', async () => {
    updateMeeting(meetingId, (m) => ({ ...m, requestSentOn: '2099-03-05' }));
    await renderChecklist();
    const field = screen.getByLabelText('Request sent on (optional)') as HTMLInputElement;
    expect(field.value).toBe('2099-03-05');
    // A browser holds a half-typed date as an empty value flagged as bad input.
    Object.defineProperty(field, 'validity', { value: { badInput: true }, configurable: true });
    fireEvent.change(field, { target: { value: '' } });
    expect(await screen.findByText('Enter a full date, for example 10 March.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(getMeeting(meetingId)!.requestSentOn).toBe('2099-03-05');
    fireEvent.click(screen.getByRole('button', { name: 'Clear date' }));
    await waitFor(() => expect(getMeeting(meetingId)!.requestSentOn).toBeUndefined());
  });

  it('makes an overdue thank-you stand out in words and with an icon, not only colour', async () => {
    updateMeeting(meetingId, (m) => ({
      ...m,
      scheduledAt: new Date(Date.now() - 3 * 24 * HOUR).toISOString(),
      checklist: itemsFromTemplate(template),
    }));
    await renderChecklist();
    const thanks = screen.getByRole('checkbox', { name: 'Send a thank-you within 24 hours' });
    const due = document.getElementById(thanks.getAttribute('aria-describedby')!)!;
    expect(due.textContent).toMatch(/days? overdue/);
    expect(due.textContent).toMatch(/was due/);
    expect(due.querySelector('svg')).toBeTruthy();
  });

  it('refuses an empty or too-long own item with a message, and adds a trimmed one to its phase', async () => {
    await renderChecklist();
    const input = screen.getByLabelText('New item');
    fireEvent.click(screen.getByRole('button', { name: 'Add item' }));
    expect(screen.getByText('Write a few words for the item.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(input, { target: { value: 'x'.repeat(301) } });
    fireEvent.click(screen.getByRole('button', { name: 'Add item' }));
    expect(screen.getByText('Keep it to 300 characters or fewer.')).toBeTruthy();
    const before = checklist().length;
    fireEvent.input(input, { target: { value: '  Print the route  ' } });
    fireEvent.change(screen.getByLabelText('Part'), { target: { value: 'day-of' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add item' }));
    await waitFor(() => expect(checklist()).toHaveLength(before + 1));
    expect(within(section('On the day')).getByRole('checkbox', { name: 'Print the route' })).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('edits an item\'s text and keeps the old text when the new one is empty', async () => {
    await renderChecklist();
    fireEvent.click(await menuItem('Ask who else you should talk to', 'Edit'));
    const field = await screen.findByLabelText('Item text');
    fireEvent.input(field, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Write a few words for the item.')).toBeTruthy();
    expect(checklist().some((i) => i.text === 'Ask who else you should talk to')).toBe(true);
    fireEvent.input(field, { target: { value: 'Ask for two more names' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(checklist().some((i) => i.text === 'Ask for two more names')).toBe(true));
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Actions: Ask for two more names'));
  });

  it('deletes an item and Undo puts it back in its place, with focus on it', async () => {
    await renderChecklist();
    const order = checklist().map((i) => i.id);
    fireEvent.click(await menuItem('Ask who else you should talk to', 'Delete'));
    await waitFor(() => expect(checklist()).toHaveLength(order.length - 1));
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await waitFor(() => expect(checklist().map((i) => i.id)).toEqual(order));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Ask who else you should talk to' })),
    );
  });

  it('moves an item down and up within its phase from its menu, focus back on its menu button', async () => {
    await renderChecklist();
    const phase = () => within(section('On the day')).getAllByRole('checkbox').map((c) => c.getAttribute('id'));
    const first = phase()[0];
    const name = checklist().find((i) => i.templateId === 'day-arrive')!.text;
    const up = await menuItem(name, 'Move up');
    expect(up.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(up);
    expect(phase()[0]).toBe(first);
    fireEvent.keyDown(up, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    fireEvent.click(await menuItem(name, 'Move down'));
    await waitFor(() => expect(phase()[1]).toBe(first));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: `Actions: ${name}` })));
    fireEvent.click(await menuItem(name, 'Move up'));
    await waitFor(() => expect(phase()[0]).toBe(first));
  });

  it('shows each row at rest with its checkbox and one menu button, never more', async () => {
    await renderChecklist();
    for (const row of within(section('Before the meeting')).getAllByRole('listitem')) {
      const controls = within(row).queryAllByRole('button').length + within(row).queryAllByRole('checkbox').length + within(row).queryAllByRole('link').length;
      expect(controls).toBeLessThanOrEqual(2);
    }
  });

  it('the row menu opens with the keyboard, moves with arrows and closes with Escape, focus back on its button', async () => {
    await renderChecklist();
    const button = screen.getByRole('button', { name: 'Actions: Ask who else you should talk to' });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    button.focus();
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('menuitem'));
    const menu = screen.getByRole('menu', { name: 'Actions: Ask who else you should talk to' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const items = within(menu).getAllByRole('menuitem');
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items.at(-1));
    fireEvent.keyDown(menu, { key: 'Home' });
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(menu, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('resets to the template and can undo the reset', async () => {
    await renderChecklist();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ask who else you should talk to' }));
    await waitFor(() => expect(checklist().some((i) => i.done)).toBe(true));
    const before = checklist();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to template' }));
    await waitFor(() => expect(checklist().every((i) => !i.done)).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(checklist()).toEqual(before));
  });

  it('offers the calendar file only once the meeting has a date', async () => {
    await renderChecklist();
    const button = screen.getByRole('button', { name: 'Download calendar file (.ics)' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    updateMeeting(meetingId, (m) => ({ ...m, scheduledAt: '2099-01-01T10:00:00.000Z' }));
    await waitFor(() => expect(button.disabled).toBe(false));
  });

  it('offers the 3B7 reminders as a calendar file once the request date is known', async () => {
    await renderChecklist();
    const button = screen.getByRole('button', { name: 'Download calendar file (.ics)' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Request sent on (optional)'), { target: { value: '2099-03-05' } });
    await waitFor(() => expect(button.disabled).toBe(false));
    expect(document.getElementById(button.getAttribute('aria-describedby')!)!.textContent).toMatch(/^Reminders for the 3B7 follow-up/);
  });

  it('lists every meeting with its next due item and switches to one', async () => {
    const other = createNewMeeting({
      title: 'Chat with Sam',
      contact: { name: 'Sam', role: '', organization: '' },
      scheduledAt: new Date(Date.now() - 2 * HOUR).toISOString(),
    });
    updateMeeting(other, (m) => ({ ...m, checklist: itemsFromTemplate(template).map((i) => ({ ...i, done: i.phase !== 'after' })) }));
    $activeMeetingId.set(meetingId);
    await renderChecklist();
    const overview = section('All your meetings');
    expect(within(overview).getByText(/Thank-you to Sam due (today|tomorrow)/)).toBeTruthy();
    expect(within(overview).getByText('No date set yet')).toBeTruthy();
    fireEvent.click(within(overview).getByRole('button', { name: 'Open the checklist for Chat with Sam' }));
    await waitFor(() => expect($activeMeetingId.get()).toBe(other));
  });

  it("shows the opened meeting's own date, not the one typed or refused for the meeting before", async () => {
    const other = createNewMeeting({ title: 'Chat with Sam', contact: { name: 'Sam', role: '', organization: '' }, scheduledAt: '2099-05-01T09:00:00.000Z' });
    $activeMeetingId.set(meetingId);
    await renderChecklist();
    const field = screen.getByLabelText('Meeting date and time') as HTMLInputElement;
    // A half-typed date for Dana, refused with a message.
    Object.defineProperty(field, 'validity', { value: { badInput: true }, configurable: true });
    fireEvent.change(field, { target: { value: '' } });
    await screen.findByText('Enter a full date and time, for example 10 March, 2:30 PM.');
    fireEvent.click(screen.getByRole('button', { name: 'Open the checklist for Chat with Sam' }));
    await waitFor(() => expect((screen.getByLabelText('Meeting date and time') as HTMLInputElement).value).toBe('2099-05-01T09:00'));
    expect(screen.queryByText('Enter a full date and time, for example 10 March, 2:30 PM.')).toBeNull();
    expect(getMeeting(other)!.scheduledAt).toBe('2099-05-01T09:00:00.000Z');
  });
});
