// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import QuestionBuilder from '../../src/components/questions/QuestionBuilder';
import { encodeShare, shareFragment } from '../../src/lib/share-link';
import { $activeMeeting, createNewMeeting } from '../../src/stores/active-meeting';
import { $meetings, getMeeting } from '../../src/stores/meetings';


let mineId: string;

async function settle(run: () => unknown = () => {}) {
  await act(async () => {
    run();
    await new Promise((r) => setTimeout(r, 0));
  });
}

function openWith(fragment: string) {
  history.replaceState(null, '', `/tools/questions/${fragment}`);
}

function sharedPayload(): string {
  const r = encodeShare({
    title: 'Chat with Bo – café ☕',
    lengthMinutes: 30,
    questions: [
      { text: 'What changed this year?', minutes: 3, bankId: 'trends-1' },
      { text: 'Mine: <b>bold</b>?', minutes: 2 },
    ],
  });
  if (!r.ok) throw new Error(r.error);
  return r.payload;
}

beforeEach(() => {
  localStorage.clear();
  $meetings.set({ meetings: [], tombstones: [] });
  mineId = createNewMeeting({ title: 'My own chat', questions: [{ id: 'x', text: 'Keep me?', minutes: 2 }] });
});

afterEach(() => {
  cleanup();
  openWith('');
});

describe('QuestionBuilder: opening a share link', () => {
  it('imports a shared list as a new meeting without touching the current one, then clears the link', async () => {
    openWith(shareFragment(sharedPayload()));
    render(<QuestionBuilder bank={[]} />);
    await settle();
    expect(screen.getByText(/Someone shared a list with you: “Chat with Bo – café ☕”, 2 questions/)).toBeTruthy();
    await settle(() => fireEvent.click(screen.getByRole('button', { name: 'Import as a new meeting' })));
    const meetings = $meetings.get().meetings;
    expect(meetings).toHaveLength(2);
    expect(getMeeting(mineId)!.questions.map((q) => q.text)).toEqual(['Keep me?']);
    const imported = $activeMeeting.get()!;
    expect(imported.id).not.toBe(mineId);
    expect(imported).toMatchObject({ title: 'Chat with Bo – café ☕', lengthMinutes: 30 });
    expect(imported.questions.map((q) => [q.text, q.minutes, q.bankId])).toEqual([
      ['What changed this year?', 3, 'trends-1'],
      ['Mine: <b>bold</b>?', 2, undefined],
    ]);
    expect(location.hash).toBe('');
    expect(screen.queryByRole('button', { name: 'Import as a new meeting' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your list' }));
    expect(screen.getAllByText('Mine: <b>bold</b>?').length).toBeGreaterThan(0);
    expect(document.querySelector('b')).toBeNull();
  });

  it('on a first visit through a link, leaves no blank meeting beside the imported one', async () => {
    $meetings.set({ meetings: [], tombstones: [] });
    const blankId = createNewMeeting(); // what the tools make on arrival
    openWith(shareFragment(sharedPayload()));
    render(<QuestionBuilder bank={[]} />);
    await settle();
    await settle(() => fireEvent.click(screen.getByRole('button', { name: 'Import as a new meeting' })));
    expect(getMeeting(blankId)).toBeUndefined();
    expect($meetings.get().meetings.map((m) => m.title)).toEqual(['Chat with Bo – café ☕']);
  });

  it('numbers the imported meeting when the reader already has one with that title', async () => {
    const r = encodeShare({ title: 'My own chat', lengthMinutes: 20, questions: [{ text: 'Why this field?', minutes: 2 }] });
    if (!r.ok) throw new Error(r.error);
    openWith(shareFragment(r.payload));
    render(<QuestionBuilder bank={[]} />);
    await settle();
    await settle(() => fireEvent.click(screen.getByRole('button', { name: 'Import as a new meeting' })));
    expect($meetings.get().meetings.map((m) => m.title)).toEqual(['My own chat', 'My own chat (2)']);
  });

  it('changes nothing when dismissed, and clears the link', async () => {
    openWith(shareFragment(sharedPayload()));
    render(<QuestionBuilder bank={[]} />);
    await settle();
    await settle(() => fireEvent.click(screen.getByRole('button', { name: 'Dismiss' })));
    expect($meetings.get().meetings.map((m) => m.id)).toEqual([mineId]);
    expect(location.hash).toBe('');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your list' }));
  });

  it('explains a damaged link and changes nothing', async () => {
    openWith('#share=1.bm90IGpzb24gYXQgYWxs');
    render(<QuestionBuilder bank={[]} />);
    await settle();
    expect(screen.getByRole('alert').textContent).toContain('This share link is damaged or cut off.');
    expect($meetings.get().meetings.map((m) => m.id)).toEqual([mineId]);
    expect(location.hash).toBe('');
  });

  it('refuses an oversized link with a clear message', async () => {
    openWith(`#share=1.${'A'.repeat(9000)}`);
    render(<QuestionBuilder bank={[]} />);
    await settle();
    expect(screen.getByRole('alert').textContent).toContain('too long to open safely');
  });

  it('says when a link comes from another version', async () => {
    openWith(shareFragment(sharedPayload().replace(/^1\./, '7.')));
    render(<QuestionBuilder bank={[]} />);
    await settle();
    expect(screen.getByRole('alert').textContent).toContain('different version');
  });

  it('ignores fragments that are not share links', async () => {
    openWith('#bank');
    render(<QuestionBuilder bank={[]} />);
    await settle();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(location.hash).toBe('#bank');
  });
});
