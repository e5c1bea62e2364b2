// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import MeetingBar from '../../src/components/shared/MeetingBar';
import StorageNotice from '../../src/components/shared/StorageNotice';
import { $activeMeetingId, createNewMeeting } from '../../src/stores/active-meeting';
import { $meetingList, $meetings } from '../../src/stores/meetings';
import { reportStorageStatus, resetStorageStatus } from '../../src/stores/storage-status';

/** Forgets every meeting, as on a first visit (removing the keys first, so the reset is not merged away). */
function firstVisit() {
  for (const key of ['coffee-chat:meetings', 'coffee-chat:active-meeting']) localStorage.removeItem(key);
  $meetings.set({ meetings: [], tombstones: [] });
  $activeMeetingId.set('');
  resetStorageStatus();
}

const picker = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Switch meeting' });
const button = (name: string | RegExp) => screen.getByRole('button', { name });

beforeEach(firstVisit);
afterEach(cleanup);

describe('MeetingBar', () => {
  it('on a first visit, shows "My next coffee chat" as the meeting being worked on', async () => {
    render(<MeetingBar />);
    expect(await screen.findByText('My next coffee chat', { selector: 'strong' })).toBeTruthy();
    expect(picker().options).toHaveLength(1);
  });

  it('names every control, so it can be found by role and name', async () => {
    render(<MeetingBar />);
    await screen.findByRole('combobox', { name: 'Switch meeting' });
    for (const name of ['New meeting', 'Rename', 'Delete meeting']) expect(button(name)).toBeTruthy();
    expect(screen.getByRole('region', { name: /Working on/ })).toBeTruthy();
  });

  it('shows the person the meeting is with', async () => {
    createNewMeeting({ title: 'Chat', contact: { name: 'Ana Ruiz', role: 'Data engineer', organization: 'Acme' } });
    render(<MeetingBar />);
    expect(await screen.findByText('with Ana Ruiz, Data engineer at Acme')).toBeTruthy();
  });

  it('starts a new meeting and asks for its name with the field focused', async () => {
    render(<MeetingBar />);
    fireEvent.click(await screen.findByRole('button', { name: 'New meeting' }));
    const input = await screen.findByRole<HTMLInputElement>('textbox', { name: 'New name for this meeting' });
    expect(document.activeElement).toBe(input);
    fireEvent.input(input, { target: { value: '  Chat with Ana  ' } });
    fireEvent.click(button('Save name'));
    expect(await screen.findByText('Chat with Ana', { selector: 'strong' })).toBeTruthy();
    expect(picker().options).toHaveLength(2);
    expect(document.activeElement).toBe(button('Rename'));
  });

  it("numbers a new meeting's default name, so cancelling the rename never leaves two look-alikes", async () => {
    render(<MeetingBar />);
    fireEvent.click(await screen.findByRole('button', { name: 'New meeting' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(Array.from(picker().options, (o) => o.text)).toEqual(['My next coffee chat', 'My next coffee chat (2)']);
  });

  it.each([
    ['an empty name', '   ', 'Enter a name for this meeting.'],
    ['a name over 120 characters', 'x'.repeat(121), 'Use at most 120 characters; shorten the name a little.'],
  ])('refuses %s with a message tied to the field, keeping the old name', async (_, value, message) => {
    render(<MeetingBar />);
    fireEvent.click(await screen.findByRole('button', { name: 'Rename' }));
    const input = screen.getByRole('textbox', { name: 'New name for this meeting' });
    fireEvent.input(input, { target: { value } });
    fireEvent.click(button('Save name'));
    const error = await screen.findByText(message);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(error.id);
    expect($meetingList.get()[0]?.title).toBe('My next coffee chat');
  });

  it('closes the rename form with Escape and puts focus back on Rename', async () => {
    render(<MeetingBar />);
    const rename = await screen.findByRole('button', { name: 'Rename' });
    fireEvent.click(rename);
    expect(rename.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('textbox')).toBeNull());
    expect(document.activeElement).toBe(rename);
  });

  it('switches the tools to the meeting picked in the list', async () => {
    const first = createNewMeeting({ title: 'First' });
    createNewMeeting({ title: 'Second' });
    render(<MeetingBar />);
    await screen.findByText('Second', { selector: 'strong' });
    fireEvent.change(picker(), { target: { value: first } });
    expect(await screen.findByText('First', { selector: 'strong' })).toBeTruthy();
    expect($activeMeetingId.get()).toBe(first);
  });

  it('deletes a meeting and brings it back with Undo', async () => {
    createNewMeeting({ title: 'Keep me' });
    render(<MeetingBar />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete meeting' }));
    expect(await screen.findByText('Deleted “Keep me”.')).toBeTruthy();
    expect($meetingList.get().map((m) => m.title)).not.toContain('Keep me');
    fireEvent.click(button('Undo'));
    expect(await screen.findByText('Keep me', { selector: 'strong' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Restored “Keep me”.');
    expect(document.activeElement).toBe(picker());
  });

  it('when another tab deletes the meeting shown here, switches to one that still exists', async () => {
    const other = createNewMeeting({ title: 'Still here' });
    const shown = createNewMeeting({ title: 'Deleted elsewhere' });
    render(<MeetingBar />);
    await screen.findByText('Deleted elsewhere', { selector: 'strong' });
    const data = $meetings.get();
    const newValue = JSON.stringify({
      v: 1,
      data: { meetings: data.meetings.filter((m) => m.id !== shown), tombstones: [{ id: shown, deletedAt: new Date(Date.now() + 1000).toISOString() }] },
    });
    localStorage.setItem('coffee-chat:meetings', newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: 'coffee-chat:meetings', newValue }));
    expect(await screen.findByText('Still here', { selector: 'strong' })).toBeTruthy();
    expect($activeMeetingId.get()).toBe(other);
  });

  it('shows a title the reader typed as text, never as HTML', async () => {
    createNewMeeting({ title: '<img src=x onerror=alert(1)>' });
    const { container } = render(<MeetingBar />);
    expect(await screen.findByText('<img src=x onerror=alert(1)>', { selector: 'strong' })).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('StorageNotice', () => {
  it('says nothing while storage works', () => {
    render(<StorageNotice />);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says in plain words when changes are not being saved', async () => {
    render(<StorageNotice />);
    reportStorageStatus('coffee-chat:test', { state: 'full' });
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toContain('Changes are not being saved.'));
    expect(status.textContent).toContain('Export a backup');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('names where damaged data was kept', async () => {
    render(<StorageNotice />);
    reportStorageStatus('coffee-chat:meetings', { state: 'damaged', damagedKey: 'coffee-chat:meetings:damaged:2026-05-01T12:00:00.000Z' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('coffee-chat:meetings:damaged:2026-05-01T12:00:00.000Z'));
  });

  it('says how many meetings were set aside, that the others are here, and where the copy is', async () => {
    render(<StorageNotice />);
    const damagedKey = 'coffee-chat:meetings:damaged:2026-05-01T12:00:00.000Z';
    reportStorageStatus('coffee-chat:meetings', { state: 'damaged', damagedKey, setAside: { items: 'meeting', count: 1, kept: 2 } });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        `Saved data needed repair. 1 saved meeting could not be read and was set aside; your other meetings are here. Nothing was deleted: a copy of everything as it was is kept in this browser under the name “${damagedKey}”. See your data on this device`,
      ),
    );
    // The copy is within reach: the notice links to the data page's damaged copies.
    expect(screen.getByRole('link', { name: 'See your data on this device' }).getAttribute('href')).toBe('/data/#damaged');
    // A notice, not an alarm: saving goes on, and there is nothing to click that could lose data.
    expect(screen.getByRole('status').querySelector('.notice-warning')).not.toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    reportStorageStatus('coffee-chat:meetings', { state: 'damaged', damagedKey, setAside: { items: 'meeting', count: 2, kept: 1 } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('2 saved meetings could not be read and were set aside; your other meeting is here.'));
  });
});
