// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import QuestionBuilder from '../../src/components/questions/QuestionBuilder';
import type { BankQuestion } from '../../src/lib/question-bank';
import { QUESTION_CATEGORIES } from '../../src/lib/question-bank';
import { $activeMeeting, $activeMeetingId, createNewMeeting } from '../../src/stores/active-meeting';
import { $meetings, getMeeting, updateMeeting } from '../../src/stores/meetings';


/** Three questions per category; the third of each is for students only. */
const bank: BankQuestion[] = QUESTION_CATEGORIES.flatMap((category) =>
  [1, 2, 3].map((n) => ({
    id: `${category}-${n}`,
    text: `A ${category} question number ${n}?`,
    category,
    minutes: n,
    audience: n === 3 ? (['student'] as const) : (['any'] as const),
  })),
);

let meetingId: string;

/** Fires an event and lets the store's batched re-render (a zero-delay timer in useStore) and effects run. */
async function fire(run: () => unknown) {
  await act(async () => {
    run();
    await new Promise((r) => setTimeout(r, 0));
  });
}

beforeEach(() => {
  localStorage.clear();
  $meetings.set({ meetings: [], tombstones: [] });
  meetingId = createNewMeeting({ title: 'Chat with Ana', lengthMinutes: 20 });
});

afterEach(() => cleanup());

const questions = () => getMeeting(meetingId)!.questions;
const list = () => screen.getByRole('heading', { name: 'Your list' }).closest('section')!;
const listItems = () => within(list()).queryAllByRole('listitem').filter((li) => li.hasAttribute('data-qid'));

function seed(texts: string[], minutes = 2) {
  $meetings.set({
    ...$meetings.get(),
    meetings: $meetings.get().meetings.map((m) =>
      m.id === meetingId ? { ...m, questions: texts.map((text, i) => ({ id: `q${i}`, text, minutes })) } : m,
    ),
  });
}

describe('QuestionBuilder: the bank', () => {
  it('adds a bank question to the list and marks it as added', async () => {
    render(<QuestionBuilder bank={bank} />);
    const add = screen.getByRole('button', { name: 'Add: A trends question number 2?' });
    await fire(() => fireEvent.click(add));
    expect(questions()).toMatchObject([{ bankId: 'trends-2', text: 'A trends question number 2?', minutes: 2 }]);
    expect(screen.getByRole('button', { name: 'Added: A trends question number 2?' })).toBe(add);
    expect(add.textContent).toBe('Added');
    expect(add.getAttribute('aria-disabled')).toBe('true');
    await fire(() => fireEvent.click(add));
    expect(questions()).toHaveLength(1);
  });

  it('filters the bank by category, audience and text', async () => {
    render(<QuestionBuilder bank={bank} />);
    await fire(() => fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'advice' } }));
    expect(screen.getByText('Showing 3 of 3 matching questions (24 in the bank).')).toBeTruthy();
    await fire(() => fireEvent.change(screen.getByLabelText('Suits'), { target: { value: 'career-changer' } }));
    expect(screen.getByText('Showing 2 of 2 matching questions (24 in the bank).')).toBeTruthy();
    await fire(() => fireEvent.input(screen.getByLabelText('Search the questions'), { target: { value: 'NUMBER 2' } }));
    expect(screen.getByText('Showing 1 of 1 matching questions (24 in the bank).')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add: A advice question number 2?' })).toBeTruthy();
  });
});

describe('QuestionBuilder: counts', () => {
  it('says how many questions are on screen, computed from the data', async () => {
    const big: BankQuestion[] = Array.from({ length: 30 }, (_, i) => ({ id: `trends-${i}`, text: `Trend question ${i}?`, category: 'trends', minutes: 2, audience: ['any'] }));
    render(<QuestionBuilder bank={big} />);
    expect(screen.getByText('Showing 25 of 30 questions.')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Add: Trend question/ })).toHaveLength(25);
    await fire(() => fireEvent.click(screen.getByRole('button', { name: 'Show 5 more (5 not shown)' })));
    expect(screen.getByText('Showing 30 of 30 questions.')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Add: Trend question/ })).toHaveLength(30);
  });
});

describe('QuestionBuilder: your own question', () => {
  it('refuses an empty or overlong question with a message and adds a trimmed one', async () => {
    render(<QuestionBuilder bank={bank} />);
    const field = screen.getByLabelText('Question');
    const submit = screen.getByRole('button', { name: 'Add question' });
    await fire(() => fireEvent.input(field, { target: { value: '   ' } }));
    await fire(() => fireEvent.click(submit));
    expect(screen.getByText('Write a question first.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    await fire(() => fireEvent.input(field, { target: { value: 'x'.repeat(301) } }));
    await fire(() => fireEvent.click(submit));
    expect(screen.getByText("That's 301 characters; keep it to 300 or fewer.")).toBeTruthy();
    expect(questions()).toEqual([]);
    await fire(() => fireEvent.input(field, { target: { value: '  What surprised you?  ' } }));
    await fire(() => fireEvent.click(submit));
    expect(questions()).toMatchObject([{ text: 'What surprised you?' }]);
    expect((field as HTMLTextAreaElement).value).toBe('');
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows markup in a question as text', () => {
    seed(['<img src=x onerror=alert(1)>']);
    render(<QuestionBuilder bank={bank} />);
    expect(within(list()).getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});

/** Opens a question's menu (its Actions button) and returns the named entry. */
async function menuItem(text: string, label: string): Promise<HTMLElement> {
  await fire(() => fireEvent.click(screen.getByRole('button', { name: `Actions: ${text}` })));
  return screen.getByRole('menuitem', { name: label });
}

describe('QuestionBuilder: the list', () => {
  it('moves a question from its menu and keeps focus on it', async () => {
    seed(['First?', 'Second?', 'Third?']);
    render(<QuestionBuilder bank={bank} />);
    { const item = await menuItem('First?', 'Move down'); await fire(() => fireEvent.click(item)); }
    expect(questions().map((q) => q.text)).toEqual(['Second?', 'First?', 'Third?']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Actions: First?' }));
    { const item = await menuItem('First?', 'Move down'); await fire(() => fireEvent.click(item)); }
    expect(questions().map((q) => q.text)).toEqual(['Second?', 'Third?', 'First?']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Actions: First?' }));
    // At the bottom Move down says it does not apply, and does nothing.
    const down = await menuItem('First?', 'Move down');
    expect(down.getAttribute('aria-disabled')).toBe('true');
    await fire(() => fireEvent.click(down));
    expect(questions().map((q) => q.text)).toEqual(['Second?', 'Third?', 'First?']);
  });

  it('shows each row at rest with its text, its state and one menu button', async () => {
    seed(['First?']);
    render(<QuestionBuilder bank={bank} />);
    const row = screen.getByRole('button', { name: 'Actions: First?' }).closest('li')!;
    expect(within(row).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Actions: First?']);
    expect(row.textContent).toContain('2 min');
  });

  describe('pointer drag', () => {
    /** Lays the rows out 100 px apart (happy-dom has no layout), so row i's midpoint is at 100 i + 40. */
    function layOut() {
      listItems().forEach((li, i) => {
        li.getBoundingClientRect = () => new DOMRect(0, i * 100, 300, 80);
      });
    }
    /** The builder's polite live region, where moves are announced. */
    const announced = () => document.querySelector('.qb > [role="status"]')!.textContent;
    const pointer = (clientY: number) => ({ pointerId: 1, isPrimary: true, button: 0, pointerType: 'touch', clientY });
    const handleOf = (text: string) => within(list()).getByText(text).closest('li')!.querySelector('.qb-handle')!;
    /** Renders the list and presses the pointer on one question's handle; returns the handle. */
    async function press(texts: string[], dragged: string, clientY: number, init: PointerEventInit = {}) {
      seed(texts);
      render(<QuestionBuilder bank={bank} />);
      layOut();
      const handle = handleOf(dragged);
      await fire(() => fireEvent.pointerDown(handle, { ...pointer(clientY), ...init }));
      return handle;
    }

    it('moves a question to where the pointer is released and says so', async () => {
      const handle = await press(['First?', 'Second?', 'Third?'], 'First?', 20);
      const [first] = listItems();
      expect(first!.classList.contains('qb-lifted')).toBe(true);
      // Past the third row's midpoint (240): the drop line shows after it.
      await fire(() => fireEvent.pointerMove(handle, pointer(250)));
      expect(first!.style.transform).toBe('translateY(230px)');
      expect(listItems()[2]!.classList.contains('qb-drop-after')).toBe(true);
      expect(questions().map((q) => q.text)).toEqual(['First?', 'Second?', 'Third?']);
      await fire(() => fireEvent.pointerUp(handle, pointer(250)));
      expect(questions().map((q) => q.text)).toEqual(['Second?', 'Third?', 'First?']);
      expect(document.activeElement?.getAttribute('data-qid')).toBe('q0');
      expect(announced()).toBe('Moved to position 3 of 3.');
      expect(document.querySelector('.qb-lifted, .qb-drop-before, .qb-drop-after, .qb-dragging')).toBeNull();
      expect(first!.style.transform).toBe('');
    });

    it('lands where the pointer is even when another tab adds a question above mid-drag', async () => {
      const handle = await press(['First?', 'Second?', 'Third?'], 'Second?', 120);
      // Another tab puts a question at the top: Second? is now the third row.
      await fire(() =>
        updateMeeting(meetingId, (m) => ({ ...m, questions: [{ id: 'new', text: 'Zeroth?', minutes: 2 }, ...m.questions] })),
      );
      layOut();
      // Between the first two rows' midpoints (40 and 140): Second? goes above First?.
      await fire(() => fireEvent.pointerMove(handle, pointer(90)));
      await fire(() => fireEvent.pointerUp(handle, pointer(90)));
      expect(questions().map((q) => q.text)).toEqual(['Zeroth?', 'Second?', 'First?', 'Third?']);
    });

    it('shows the drop line before the row a question goes above', async () => {
      const handle = await press(['First?', 'Second?', 'Third?'], 'Third?', 220);
      await fire(() => fireEvent.pointerMove(handle, pointer(100)));
      expect(listItems()[1]!.classList.contains('qb-drop-before')).toBe(true);
      await fire(() => fireEvent.pointerUp(handle, pointer(100)));
      expect(questions().map((q) => q.text)).toEqual(['First?', 'Third?', 'Second?']);
    });

    it('puts everything back on Escape, and a cancelled pointer changes nothing', async () => {
      const handle = await press(['First?', 'Second?', 'Third?'], 'First?', 20);
      await fire(() => fireEvent.pointerMove(handle, pointer(250)));
      await fire(() => fireEvent.keyDown(document.body, { key: 'Escape' }));
      expect(document.querySelector('.qb-lifted, .qb-drop-after, .qb-dragging')).toBeNull();
      expect(listItems()[0]!.style.transform).toBe('');
      // The release after Escape belongs to no drag any more.
      await fire(() => fireEvent.pointerUp(handle, pointer(250)));
      expect(questions().map((q) => q.text)).toEqual(['First?', 'Second?', 'Third?']);

      await fire(() => fireEvent.pointerDown(handle, pointer(20)));
      await fire(() => fireEvent.pointerMove(handle, pointer(250)));
      await fire(() => fireEvent.pointerCancel(handle, pointer(250)));
      expect(questions().map((q) => q.text)).toEqual(['First?', 'Second?', 'Third?']);
      expect(announced()).toBe('');
    });

    it('ignores a secondary button and a second finger', async () => {
      const handle = await press(['First?', 'Second?'], 'First?', 20, { button: 2 });
      expect(document.querySelector('.qb-lifted')).toBeNull();
      await fire(() => fireEvent.pointerDown(handle, pointer(20)));
      await fire(() => fireEvent.pointerMove(handle, { ...pointer(250), pointerId: 2, isPrimary: false }));
      await fire(() => fireEvent.pointerUp(handle, { ...pointer(250), pointerId: 2, isPrimary: false }));
      expect(document.querySelector('.qb-lifted')).not.toBeNull();
      await fire(() => fireEvent.pointerUp(handle, pointer(20)));
      expect(questions().map((q) => q.text)).toEqual(['First?', 'Second?']);
    });
  });

  it('removes a question, offers undo with focus on it, and puts it back in place', async () => {
    seed(['First?', 'Second?', 'Third?']);
    render(<QuestionBuilder bank={bank} />);
    { const item = await menuItem('Second?', 'Remove'); await fire(() => fireEvent.click(item)); }
    expect(questions().map((q) => q.text)).toEqual(['First?', 'Third?']);
    const undo = screen.getByRole('button', { name: 'Undo: Second?' });
    expect(document.activeElement).toBe(undo);
    await fire(() => fireEvent.click(undo));
    expect(questions().map((q) => q.text)).toEqual(['First?', 'Second?', 'Third?']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Actions: Second?' }));
  });

  it('drops the undo offer when another meeting is shown, leaving focus where the reader put it', async () => {
    seed(['First?', 'Second?']);
    const otherId = createNewMeeting({ title: 'Chat with Bo' });
    act(() => $activeMeetingId.set(meetingId));
    render(<QuestionBuilder bank={bank} />);
    { const item = await menuItem('Second?', 'Remove'); await fire(() => fireEvent.click(item)); }
    expect(screen.getByRole('button', { name: 'Undo: Second?' })).toBeTruthy();
    const picker = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Switch meeting' });
    picker.focus();
    await fire(() => fireEvent.change(picker, { target: { value: otherId } }));
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Switch meeting' }));
    await fire(() => fireEvent.change(screen.getByRole('combobox', { name: 'Switch meeting' }), { target: { value: meetingId } }));
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
    expect(questions().map((q) => q.text)).toEqual(['First?']);
  });

  it('edits minutes and notes, refusing minutes outside 1 to 15', async () => {
    seed(['First?']);
    render(<QuestionBuilder bank={bank} />);
    const minutes = screen.getByLabelText('Minutes for question 1');
    await fire(() => fireEvent.input(minutes, { target: { value: '16' } }));
    expect(screen.getByText('Enter whole minutes from 1 to 15.')).toBeTruthy();
    expect(questions()[0]!.minutes).toBe(2);
    await fire(() => fireEvent.input(minutes, { target: { value: '4' } }));
    expect(questions()[0]!.minutes).toBe(4);
    await fire(() => fireEvent.input(screen.getByLabelText('Note for question 1'), { target: { value: 'Ask about travel' } }));
    expect(questions()[0]!.note).toBe('Ask about travel');
  });
});

describe('QuestionBuilder: the time budget', () => {
  it('says how the list fits and marks the questions past the line in words', async () => {
    seed(['One?', 'Two?', 'Three?', 'Four?'], 5);
    render(<QuestionBuilder bank={bank} />);
    // 20 min: 2 opening + 2 closing, 16 for questions; 5+5+5 fit, the fourth doesn't.
    expect(screen.getByText("Over by 4 min: the last question won't fit.")).toBeTruthy();
    const marked = listItems().filter((li) => li.textContent?.includes("Won't fit"));
    expect(marked.map((li) => li.getAttribute('data-qid'))).toEqual(['q3']);
    await fire(() => fireEvent.change(screen.getByLabelText('Length'), { target: { value: '30' } }));
    expect(getMeeting(meetingId)!.lengthMinutes).toBe(30);
    expect(screen.getByText('Fits with 4 min to spare.')).toBeTruthy();
  });

  it('accepts a custom length from 5 to 240 and says so otherwise', async () => {
    render(<QuestionBuilder bank={bank} />);
    await fire(() => fireEvent.change(screen.getByLabelText('Length'), { target: { value: 'custom' } }));
    const custom = screen.getByLabelText('Custom length in minutes');
    await fire(() => fireEvent.input(custom, { target: { value: '300' } }));
    expect(screen.getByText('Enter whole minutes from 5 to 240.')).toBeTruthy();
    expect(getMeeting(meetingId)!.lengthMinutes).toBe(20);
    await fire(() => fireEvent.input(custom, { target: { value: '25' } }));
    expect(getMeeting(meetingId)!.lengthMinutes).toBe(25);
  });

  it('shows which TIARA letters the list covers', async () => {
    render(<QuestionBuilder bank={bank} />);
    await fire(() => fireEvent.click(screen.getByRole('button', { name: 'Add: A trends question number 1?' })));
    const tiara = screen.getByRole('list', { name: 'TIARA coverage' });
    expect(within(tiara).getByText(/Trends/).parentElement!.textContent).toBe('Trends: 1 question');
    expect(within(tiara).getByText(/Insights/).parentElement!.textContent).toBe('Insights: not covered yet');
  });
});

describe('QuestionBuilder: suggestions', () => {
  it('fills an empty list for the chosen audience, then refuses with a reason', async () => {
    render(<QuestionBuilder bank={bank} />);
    await fire(() => fireEvent.change(screen.getByLabelText('Suggest for'), { target: { value: 'student' } }));
    await fire(() => fireEvent.click(screen.getByRole('button', { name: 'Suggest a list' })));
    const got = questions();
    expect(got[0]!.bankId).toMatch(/^opening-/);
    expect(got.at(-1)!.bankId).toMatch(/^closing-/);
    expect(got.some((q) => q.bankId === 'trends-3')).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your list' }));
    const again = screen.getByRole('button', { name: 'Suggest a list' });
    expect(again.getAttribute('aria-disabled')).toBe('true');
    expect(again.getAttribute('aria-describedby')).toBeTruthy();
    await fire(() => fireEvent.click(again));
    expect(questions()).toEqual(got);
  });
});

describe('QuestionBuilder: export', () => {
  it('copies the list as text and says so', async () => {
    seed(['First?']);
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<QuestionBuilder bank={bank} />);
    await fire(() => fireEvent.click(screen.getByRole('button', { name: 'Copy as text' })));
    expect(await screen.findByText('Copied the list to the clipboard.')).toBeTruthy();
    expect(writeText.mock.calls[0]![0]).toContain('1. First? (2 min)');
  });

  it('shows the text to copy by hand when the clipboard refuses', async () => {
    seed(['First?']);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn().mockRejectedValue(new Error('no')) }, configurable: true });
    Object.defineProperty(document, 'execCommand', { value: vi.fn().mockReturnValue(false), configurable: true });
    render(<QuestionBuilder bank={bank} />);
    await fire(() => fireEvent.click(screen.getByRole('button', { name: 'Copy as text' })));
    expect(await screen.findByText(/Copying did not work here/)).toBeTruthy();
    expect((screen.getByLabelText('The list as text') as HTMLTextAreaElement).value).toContain('First?');
  });

  it('copies a share link that opens the same list', async () => {
    seed(['First?']);
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<QuestionBuilder bank={bank} />);
    await fire(() => fireEvent.click(screen.getByRole('button', { name: 'Copy share link' })));
    expect(await screen.findByText(/Copied the share link/)).toBeTruthy();
    expect(writeText.mock.calls[0]![0]).toMatch(/#share=1\.[A-Za-z0-9_-]+$/);
  });

  it('opens the print dialog', async () => {
    const print = vi.fn();
    window.print = print;
    render(<QuestionBuilder bank={bank} />);
    await fire(() => fireEvent.click(screen.getByRole('button', { name: 'Print' })));
    expect(print).toHaveBeenCalled();
  });

  it('links to the timer for practice', () => {
    render(<QuestionBuilder bank={bank} />);
    expect(screen.getByRole('link', { name: 'Practice with the timer' }).getAttribute('href')).toBe('/tools/timer/');
    expect($activeMeeting.get()?.id).toBe(meetingId);
    expect($activeMeetingId.get()).toBe(meetingId);
  });
});

describe('QuestionBuilder: a long bank', () => {
  const big: BankQuestion[] = Array.from({ length: 60 }, (_, i) => ({
    id: `advice-${i + 1}`,
    text: `Advice question number ${i + 1}?`,
    category: 'advice' as const,
    minutes: 2,
    audience: ['any'] as const,
  }));

  it('shows the first 25 questions, then 25 more on request with focus on the first new one', async () => {
    render(<QuestionBuilder bank={big} />);
    expect(screen.queryByRole('button', { name: 'Add: Advice question number 26?' })).toBeNull();
    const more = screen.getByRole('button', { name: 'Show 25 more (35 not shown)' });
    await fire(() => fireEvent.click(more));
    const next = screen.getByRole('button', { name: 'Add: Advice question number 26?' });
    expect(document.activeElement).toBe(next);
    expect(screen.getByRole('button', { name: 'Show 10 more (10 not shown)' })).toBeTruthy();
  });

  it('searches the whole bank, not only the questions shown', async () => {
    render(<QuestionBuilder bank={big} />);
    await fire(() => fireEvent.input(screen.getByLabelText('Search the questions'), { target: { value: 'number 59' } }));
    expect(screen.getByRole('button', { name: 'Add: Advice question number 59?' })).toBeTruthy();
  });
});
