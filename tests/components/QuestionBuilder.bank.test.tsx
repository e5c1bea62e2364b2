// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import QuestionBuilder from '../../src/components/questions/QuestionBuilder';
import { bankJson } from '../../src/lib/bank-data';
import type { BankQuestion } from '../../src/lib/question-bank';
import { createNewMeeting } from '../../src/stores/active-meeting';
import { $meetings } from '../../src/stores/meetings';

const bank: BankQuestion[] = [
  { id: 'opening-1', text: 'How did you get into this work?', category: 'opening', minutes: 2, audience: ['any'] },
  { id: 'path-1', text: 'What would you do in my place?', category: 'path', minutes: 3, audience: ['any'] },
];

/** Lets the fetch, its JSON and the re-render settle. */
const settle = () => act(() => new Promise((r) => setTimeout(r, 10)));

beforeEach(() => {
  localStorage.clear();
  $meetings.set({ meetings: [], tombstones: [] });
  createNewMeeting({ title: 'Chat with Ana', lengthMinutes: 20 });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('QuestionBuilder: the bank from its own file', () => {
  it('says it is loading, then offers the questions of the file the page names', async () => {
    const fetch = vi.fn(async () => new Response(bankJson(bank)));
    vi.stubGlobal('fetch', fetch);
    render(<QuestionBuilder bankUrl="/tools/questions/bank.json?v=1" />);
    expect(screen.getByText('Loading the question bank…')).toBeTruthy();
    await settle();
    expect(fetch).toHaveBeenCalledWith('/tools/questions/bank.json?v=1');
    expect(screen.getByRole('button', { name: 'Add: What would you do in my place?' })).toBeTruthy();
    expect(screen.getByText('Showing 2 of 2 questions.')).toBeTruthy();
  });

  it('still offers the list and your own questions when the file cannot be fetched, and says why the bank is empty', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    render(<QuestionBuilder bankUrl="/tools/questions/bank.json?v=2" />);
    await settle();
    expect(screen.getByRole('heading', { name: 'Your list' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Your own question' })).toBeTruthy();
    expect(screen.getByText(/question bank could not be loaded/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Add: / })).toBeNull();
  });

  it('reads a damaged file as no bank rather than breaking the page', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"not": "a list"')));
    render(<QuestionBuilder bankUrl="/tools/questions/bank.json?v=3" />);
    await settle();
    expect(screen.getByText(/question bank could not be loaded/)).toBeTruthy();
  });
});
