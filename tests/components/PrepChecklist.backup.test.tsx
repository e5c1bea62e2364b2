// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import BackupPanel from '../../src/components/backup/BackupPanel';
import { BACKUP_VERSION, serializeBackup } from '../../src/lib/backup';
import { createMeeting, type Meeting } from '../../src/lib/meeting';
import { $backupMeta } from '../../src/stores/backup-meta';
import { $activeMeetingId, nameNewMeetings } from '../../src/stores/active-meeting';
import { strings } from '../../src/components/shared/strings';
import { $meetings } from '../../src/stores/meetings';

const DAY = 24 * 3_600_000;

function meeting(id: string, title: string, updatedAt: string, createdAt = '2026-01-01T00:00:00.000Z'): Meeting {
  return { ...createMeeting({ id, title }, new Date(createdAt)), updatedAt };
}

const mine = () => $meetings.get().meetings;

beforeEach(() => {
  localStorage.clear();
  $meetings.set({ meetings: [], tombstones: [] });
  $backupMeta.set({ lastBackupAt: null });
});

afterEach(() => cleanup());

/** Picks a file in the import field. */
function pick(text: string, name = 'backup.json') {
  const input = screen.getByLabelText('Import a backup') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
  return input;
}

describe('BackupPanel', () => {
  it('says it was never backed up and reminds gently when week-old work was never exported', () => {
    $meetings.set({
      meetings: [meeting('a', 'Old chat', new Date(Date.now() - DAY).toISOString(), new Date(Date.now() - 10 * DAY).toISOString())],
      tombstones: [],
    });
    render(<BackupPanel />);
    expect(screen.getByText('Not backed up yet.')).toBeTruthy();
    expect(screen.getByText(/delete what a site stored after 7 days/)).toBeTruthy();
  });

  it('downloads every meeting as one file and remembers when', async () => {
    $meetings.set({ meetings: [meeting('a', 'Old chat', new Date(Date.now() - DAY).toISOString(), new Date(Date.now() - 10 * DAY).toISOString())], tombstones: [] });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:x';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    render(<BackupPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Download backup (.json)' }));
    await waitFor(() => expect($backupMeta.get().lastBackupAt).not.toBeNull());
    const saved = JSON.parse(await blobs[0].text());
    expect(saved).toMatchObject({ app: 'coffee-chat', kind: 'backup', version: BACKUP_VERSION });
    expect(saved.meetings.map((m: Meeting) => m.title)).toEqual(['Old chat']);
    expect(await screen.findByText(/^Last backed up/)).toBeTruthy();
    expect(screen.queryByText(/delete what a site stored after 7 days/)).toBeNull();
  });

  it('refuses a file that is not JSON, says why and changes nothing', async () => {
    $meetings.set({ meetings: [meeting('a', 'Mine', '2026-02-01T00:00:00.000Z')], tombstones: [] });
    const before = JSON.stringify($meetings.get());
    render(<BackupPanel />);
    const input = pick('{ this is not json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/not JSON/);
    expect(alert.textContent).toMatch(/Nothing was changed/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(JSON.stringify($meetings.get())).toBe(before);
  });

  it('refuses a backup from a newer version and one with a broken field, naming it', async () => {
    render(<BackupPanel />);
    pick(JSON.stringify({ app: 'coffee-chat', kind: 'backup', version: 9, exportedAt: '2026-01-01T00:00:00Z', meetings: [] }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/newer version/);
    const broken = JSON.parse(serializeBackup([meeting('a', 'x', '2026-02-01T00:00:00.000Z')], new Date()));
    broken.meetings[0].checklist = 'nope';
    pick(JSON.stringify(broken));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/meetings\[0\]\.checklist/));
    expect(mine()).toEqual([]);
  });

  it('previews "3 meetings: 2 new, 1 newer than yours" and merges on confirm without losing anything', async () => {
    $meetings.set({
      meetings: [meeting('a', 'Mine, older', '2026-02-01T00:00:00.000Z'), meeting('keep', 'Only here', '2026-02-01T00:00:00.000Z')],
      tombstones: [],
    });
    render(<BackupPanel />);
    pick(
      serializeBackup(
        [meeting('a', 'From backup, newer', '2026-03-01T00:00:00.000Z'), meeting('b', 'New B', '2026-01-05T00:00:00.000Z'), meeting('c', 'New C', '2026-01-05T00:00:00.000Z')],
        new Date(),
      ),
    );
    expect(await screen.findByText('3 meetings: 2 new, 1 newer than yours.')).toBeTruthy();
    expect(mine()).toHaveLength(2); // nothing changes before confirming
    fireEvent.click(screen.getByRole('button', { name: 'Import and merge' }));
    await waitFor(() => expect(mine()).toHaveLength(4));
    expect(mine().map((m) => m.title).sort()).toEqual(['From backup, newer', 'New B', 'New C', 'Only here']);
    expect(screen.getByText(/Imported: 2 added, 1 updated/)).toBeTruthy();
  });

  it('shows the latest imported meeting when the one on screen is still blank (restoring on a new device)', async () => {
    nameNewMeetings(strings.meeting.newTitle); // as the meeting bar in every tool's shell does when it loads
    const blank = meeting('blank', 'My next coffee chat', '2026-04-01T00:00:00.000Z');
    $meetings.set({ meetings: [blank], tombstones: [] });
    $activeMeetingId.set('blank');
    render(<BackupPanel />);
    pick(serializeBackup([meeting('b', 'Chat with Bo', '2026-01-05T00:00:00.000Z'), meeting('c', 'Chat with Cy', '2026-02-05T00:00:00.000Z')], new Date()));
    fireEvent.click(await screen.findByRole('button', { name: 'Import and merge' }));
    expect(await screen.findByText(/Imported: 2 added, 0 updated\. Nothing of yours was removed\. Now showing “Chat with Cy”\./)).toBeTruthy();
    expect($activeMeetingId.get()).toBe('c');
  });

  it('keeps the meeting on screen after an import when the reader has worked on it', async () => {
    $meetings.set({ meetings: [{ ...meeting('mine', 'Mine', '2026-04-01T00:00:00.000Z'), contact: { name: 'Ana', role: '', organization: '' } }], tombstones: [] });
    $activeMeetingId.set('mine');
    render(<BackupPanel />);
    pick(serializeBackup([meeting('b', 'Chat with Bo', '2026-01-05T00:00:00.000Z')], new Date()));
    fireEvent.click(await screen.findByRole('button', { name: 'Import and merge' }));
    await screen.findByText(/Imported: 1 added/);
    expect(screen.queryByText(/Now showing/)).toBeNull();
    expect($activeMeetingId.get()).toBe('mine');
  });

  it('changes nothing when the reader cancels the import', async () => {
    render(<BackupPanel />);
    pick(serializeBackup([meeting('b', 'New B', '2026-01-05T00:00:00.000Z')], new Date()));
    await screen.findByText('1 meeting: 1 new.');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Import cancelled. Nothing was changed.')).toBeTruthy();
    expect(mine()).toEqual([]);
  });
});
