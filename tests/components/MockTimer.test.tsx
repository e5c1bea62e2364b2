// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import MockTimer from '../../src/components/timer/MockTimer';
import RunHistory from '../../src/components/timer/RunHistory';
import { agendaData as data } from '../unit/timer-fixtures';
import type { MeetingQuestion } from '../../src/lib/meeting';
import { EMPTY_TIMER_RUN } from '../../src/lib/timer-run';
import { DEFAULT_TIMER_SETTINGS } from '../../src/lib/timer-settings';
import { $activeMeetingId } from '../../src/stores/active-meeting-id';
import { createNewMeeting } from '../../src/stores/active-meeting';
import { $meetings, getMeeting } from '../../src/stores/meetings';
import { $timerRun } from '../../src/stores/timer-run';
import { $timerSettings, setChime } from '../../src/stores/timer-settings';
import { T0 } from '../unit/timer-fixtures';

useTestStorageEngine();

const questions: MeetingQuestion[] = [
  { id: 'q1', text: 'How did you get into this role?', minutes: 5 },
  { id: 'q2', text: 'What does a typical week look like?', minutes: 5, note: 'Listen for the hard parts' },
];

/** Advances the fake clock and lets the island repaint. */
const wait = (ms: number) => act(() => {
  vi.advanceTimersByTime(ms);
});
const timer = () => screen.getByRole('timer');
const button = (name: string | RegExp) => screen.getByRole('button', { name });
const liveText = () => screen.getAllByRole('status').map((n) => n.textContent ?? '').join(' | ');
/** useStore (components/shared/use-store) repaints on a zero-delay timeout after a store change; run it. */
const flush = () =>
  act(() => {
    vi.advanceTimersByTime(0);
  });
const press = (key: string, target: Element = document.body) => {
  fireEvent.keyDown(target, { key });
  flush();
};
const click = (el: Element) => {
  fireEvent.click(el);
  flush();
};
const typeInto = (el: Element, value: string) => {
  fireEvent.input(el, { target: { value } });
  fireEvent.change(el);
  flush();
};

function setup(partial: Parameters<typeof createNewMeeting>[0] = { lengthMinutes: 20, questions }) {
  const id = createNewMeeting(partial);
  render(<MockTimer agendas={data} />);
  return id;
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0, toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
  cleanTestStorage();
  $meetings.set({ meetings: [], tombstones: [] });
  $activeMeetingId.set('');
  $timerRun.set(EMPTY_TIMER_RUN);
  $timerSettings.set(DEFAULT_TIMER_SETTINGS);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  cleanTestStorage();
});

describe('MockTimer before the start', () => {
  it('frames the meeting’s questions with small talk and a close', () => {
    setup();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toContain('Small talk and introduction');
    expect(items[1]).toContain('How did you get into this role?');
    expect(items.at(-1)).toContain('Next steps and close');
    expect(screen.getByText(/Adds up to 20:00, the agreed length/)).toBeTruthy();
  });

  it('suggests a template agenda when the meeting has no questions', () => {
    setup({ lengthMinutes: 30, questions: [] });
    expect(screen.getByText(/no questions yet/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open the question builder' })).toBeTruthy();
    expect(screen.getByText(/Adds up to 30:00/)).toBeTruthy();
  });

  it('adjusts a segment’s minutes, and refuses nonsense with a message next to the field', () => {
    setup();
    const field = screen.getByLabelText('Minutes for Small talk and introduction') as HTMLInputElement;
    typeInto(field, '3.5');
    expect(screen.getByText(/Adds up to 21:30/)).toBeTruthy();
    expect(button('Reset to the meeting’s agenda')).toBeTruthy();

    typeInto(field, 'lots');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(field.getAttribute('aria-describedby')!);
    expect(error?.textContent).toMatch(/Enter minutes/);
    expect(screen.getByText(/Adds up to 21:30/)).toBeTruthy();
  });

  it('starts with the chime and vibration off', () => {
    setup();
    expect((screen.getByLabelText(/Soft chime/) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText(/Vibrate/) as HTMLInputElement).checked).toBe(false);
  });
});

describe('MockTimer during a run', () => {
  it('counts down the segment and the meeting from the start click, drift-free', () => {
    setup();
    click(button('Start the run'));
    expect(within(timer()).getByText('2:00')).toBeTruthy();
    expect(within(timer()).getByText('20:00')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Small talk and introduction' })).toBeTruthy();
    expect(screen.getByText(/How did you get into this role\?/, { selector: '.mt-next' })).toBeTruthy();
    wait(30_000);
    expect(within(timer()).getByText('1:30')).toBeTruthy();
    expect(within(timer()).getByText('19:30')).toBeTruthy();
    expect(document.activeElement).toBe(button('Pause'));
  });

  it('shows the right time after the page was throttled: a repaint reads the clock, it does not count ticks', () => {
    setup();
    click(button('Start the run'));
    // Move the wall clock without firing the interval, as a background tab would.
    vi.setSystemTime(T0 + 90_000);
    wait(250);
    expect(within(timer()).getByText('0:30')).toBeTruthy();
  });

  it('pauses and resumes, goes next and back, adds a minute, by buttons and shortcuts', () => {
    setup();
    click(button('Start the run'));
    wait(10_000);
    press(' ');
    expect(screen.getByText('Paused', { selector: '.mt-paused' })).toBeTruthy();
    wait(60_000);
    expect(within(timer()).getByText('1:50')).toBeTruthy();
    click(button('Resume'));
    press('n');
    expect(screen.getByText('Segment 2 of 5')).toBeTruthy();
    expect(within(timer()).getByText('5:00')).toBeTruthy();
    press('+');
    expect(within(timer()).getByText('6:00')).toBeTruthy();
    press('B');
    expect(screen.getByText('Segment 1 of 5')).toBeTruthy();
    expect(button('Back').getAttribute('aria-disabled')).toBe('true');
    click(button('Back'));
    expect(screen.getByText('Segment 1 of 5')).toBeTruthy();
  });

  it('ignores shortcuts while typing in a field', () => {
    setup();
    click(button('Start the run'));
    const input = document.createElement('input');
    document.body.append(input);
    press('n', input);
    press(' ', input);
    expect(screen.getByText('Segment 1 of 5')).toBeTruthy();
    expect(button('Pause')).toBeTruthy();
    input.remove();
  });

  it('announces segment and cue changes politely, not every second', () => {
    setup();
    click(button('Start the run'));
    expect(liveText()).toContain('Run started. Small talk and introduction');
    wait(5_000);
    expect(liveText()).not.toMatch(/1:5\d/);
    wait(91_000);
    expect(liveText()).toContain('Nearly out of time for this segment');
    expect(screen.getByText('Nearly out of time', { selector: '.mt-cue' })).toBeTruthy();
    wait(30_000);
    expect(liveText()).toContain('Over time for this segment');
    expect(within(timer()).getByText('+0:06')).toBeTruthy();
    expect(screen.getByText('Over in this segment')).toBeTruthy();
    press('n');
    expect(liveText()).toContain('Segment 2 of 5: How did you get into this role?');
  });

  it('warns to wrap up two minutes before the agreed end', () => {
    setup({ lengthMinutes: 5, questions: [] });
    click(button('Start the run'));
    wait(3 * 60_000 + 500);
    expect(screen.getByText(/time to wrap up/, { selector: '.mt-wrap-up' })).toBeTruthy();
    expect(liveText()).toContain('Two minutes to the agreed end');
  });

  it('counts up without cues in count-up mode', () => {
    setup();
    click(screen.getByLabelText(/count up/));
    click(button('Start the run'));
    wait(150_000);
    expect(within(timer()).getByText('Used in this segment').nextElementSibling?.textContent).toBe('2:30');
    expect(within(timer()).getByText('of 2:00 planned')).toBeTruthy();
    expect(screen.getByText('Counting up')).toBeTruthy();
    expect(screen.queryByText('Over time', { selector: '.mt-cue' })).toBeNull();
    expect(liveText()).not.toContain('Over time');
  });

  it('resumes a run after reload at the right time', () => {
    setup();
    click(button('Start the run'));
    wait(30_000);
    press('n');
    cleanup();
    vi.setSystemTime(T0 + 30_000 + 125_000);
    render(<MockTimer agendas={data} />);
    expect(screen.getByText('Segment 2 of 5')).toBeTruthy();
    expect(within(timer()).getByText('2:55')).toBeTruthy();
    expect(within(timer()).getByText('17:25')).toBeTruthy();
  });

  it('holds a screen wake lock while running and lets it go on pause', async () => {
    const release = vi.fn(() => Promise.resolve());
    const request = vi.fn(() => Promise.resolve({ released: false, release }));
    Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request } });
    setup();
    click(button('Start the run'));
    await act(async () => {});
    expect(request).toHaveBeenCalledWith('screen');
    click(button('Pause'));
    expect(release).toHaveBeenCalled();
    delete (navigator as { wakeLock?: unknown }).wakeLock;
  });

  it('creates audio on the Start click only when the chime is on', () => {
    const created = vi.fn();
    class FakeAudio {
      state = 'running';
      constructor() {
        created();
      }
      resume() {
        return Promise.resolve();
      }
    }
    vi.stubGlobal('AudioContext', FakeAudio);
    setup();
    click(button('Start the run'));
    expect(created).not.toHaveBeenCalled();
    click(button('Finish'));
    click(button('Discard run'));
    click(button('Yes, discard'));
    // Chime turned on elsewhere (another tab, or before a reload): the next Start click creates the audio.
    act(() => setChime(true));
    flush();
    click(button('Start the run'));
    expect(created).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });
});

describe('MockTimer with a run open for another meeting', () => {
  it('offers to go back to that run instead of starting over it', () => {
    const first = setup();
    click(button('Start the run'));
    act(() => {
      createNewMeeting({ title: 'Chat with Dana' });
    });
    flush();
    expect(screen.getByText(/A practice run for “My next coffee chat” is still open/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start the run' })).toBeNull();
    click(button('Go to that run'));
    expect($activeMeetingId.get()).toBe(first);
    expect(screen.getByRole('timer')).toBeTruthy();
  });
});

describe('MockTimer after a run', () => {
  it('shows planned against actual, takes a rating and notes, and saves to the meeting', () => {
    const id = setup();
    click(button('Start the run'));
    wait(150_000);
    press('n');
    wait(60_000);
    click(button('Finish'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'How the run went' }));
    const table = screen.getByRole('table', { name: 'Planned against actual time per segment' });
    const first = within(table).getByRole('row', { name: /Small talk/ });
    expect(first.textContent).toContain('2:30');
    expect(first.textContent).toContain('+30 s');
    expect(screen.getByText('You finished within the agreed time.')).toBeTruthy();

    click(screen.getByRole('radio', { name: /4/ }));
    typeInto(screen.getByLabelText('Notes for next time'), 'Shorter intro');
    click(button('Save run'));

    const runs = getMeeting(id)!.runs;
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ rating: 4, notes: 'Shorter intro' });
    expect(runs[0]!.segments[0]).toEqual({ label: 'Small talk and introduction', plannedSec: 120, actualSec: 150 });
    const history = screen.getByRole('region', { name: 'Practice runs for this meeting' });
    expect(within(history).getByText(/Rated 4 of 5/)).toBeTruthy();
    expect(within(history).getByRole('img', { name: /Planned and actual minutes per run/ })).toBeTruthy();
    expect(document.activeElement).toBe(within(history).getByRole('heading'));
    expect(button('Start the run')).toBeTruthy();
  });

  it('takes back an accidental finish', () => {
    setup();
    click(button('Start the run'));
    wait(10_000);
    click(button('Finish'));
    click(button('Back to the run'));
    expect(button('Resume')).toBeTruthy();
    expect(within(timer()).getByText('1:50')).toBeTruthy();
  });

  it('discards a run only after a second confirmation', () => {
    const id = setup();
    click(button('Start the run'));
    wait(10_000);
    click(button('Finish'));
    click(button('Discard run'));
    expect(document.activeElement).toBe(button('Keep it'));
    click(button('Yes, discard'));
    expect(getMeeting(id)!.runs).toHaveLength(0);
    expect(document.activeElement).toBe(button('Start the run'));
  });

  it('renders notes as text, never as HTML', () => {
    const id = setup();
    click(button('Start the run'));
    click(button('Finish'));
    typeInto(screen.getByLabelText('Notes for next time'), '<img src=x onerror=alert(1)>');
    click(button('Save run'));
    expect(getMeeting(id)!.runs).toHaveLength(1);
    expect(document.querySelector('.mt-run-notes img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});

describe('RunHistory wording', () => {
  const run = (id: string, hour: number, actualSec: number) => ({
    id,
    startedAt: new Date(Date.UTC(2026, 0, 5, hour)).toISOString(),
    endedAt: new Date(Date.UTC(2026, 0, 5, hour, 30)).toISOString(),
    segments: [{ label: 'All', plannedSec: 1200, actualSec }],
  });

  it('compares the latest run with the average of the last few, and says which way the chart runs', () => {
    // +4 min, then -1 min, then +1.5 min: closer than the average (2.5 min) but not than the run just before.
    render(<RunHistory runs={[run('a', 9, 1440), run('b', 10, 1140), run('c', 11, 1290)]} />);
    expect(screen.getByText('Your latest run kept closer to the plan than your last few runs did on average.')).toBeTruthy();
    expect(screen.getByText('runs numbered oldest first')).toBeTruthy();
  });
});
