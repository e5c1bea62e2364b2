/**
 * Practice aloud in the real timer page, with Chromium's fake microphone playing a WAV this test
 * writes: the run's talk time per segment and share, the listening state (keyboard, axe in both
 * themes, reduced motion), a refused permission, and a tab in the background for 30 s mid-run.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { renderScene, wav, type Part } from '../unit/speech-fixtures';
import { findChromium } from './chromium';
import { axeViolations, watchErrors } from './harness';
import { MEETINGS_KEY, seedStorage } from './tools';

// Each burst sits in its own timer segment: the test presses Next in the silence after it.
const A = 3;
const B = 1.5;
const C = 4.5;
const D = 2;
const PARTS: Part[] = [
  { kind: 'silence', s: 5 },
  { kind: 'speech', s: A },
  { kind: 'silence', s: 3.5 },
  { kind: 'speech', s: B },
  // The tab goes to the background just after this silence begins, for 30 s; C plays meanwhile.
  { kind: 'silence', s: 12 },
  { kind: 'speech', s: C },
  { kind: 'silence', s: 17 },
  { kind: 'speech', s: D },
  { kind: 'silence', s: 5 },
];
const SHOTS = '/work/wt/notes/shots-speech';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--autoplay-policy=no-user-gesture-required'];
const fakeMic = (file: string) => ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${file}%noloop`];

const NOW = '2026-03-01T10:00:00.000Z';
const MEETING = {
  id: 'm-speech',
  title: 'Chat with Ana',
  contact: { name: 'Ana Ruiz', role: '', organization: '' },
  lengthMinutes: 20,
  questions: [
    { id: 'q1', text: 'How did you get started?', minutes: 1 },
    { id: 'q2', text: 'What does a usual week look like?', minutes: 1 },
    { id: 'q3', text: 'Who else should I talk to?', minutes: 1 },
  ],
  checklist: [],
  runs: [],
  notes: '',
  createdAt: NOW,
  updatedAt: NOW,
};

let wavFile = '';
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'speech-ui-'));
  const scene = renderScene(PARTS, { sampleRate: 48_000, noiseDb: () => -62, seed: 5 });
  wavFile = join(dir, 'speech.wav');
  writeFileSync(wavFile, wav(scene.samples, scene.sampleRate));
});

const browsers: Browser[] = [];
afterAll(async () => {
  for (const b of browsers) await b.close();
});

async function launch(args: string[]): Promise<Browser> {
  const b = await chromium.launch({ executablePath: findChromium(), args: [...ARGS, ...args], headless: true });
  browsers.push(b);
  return b;
}

async function open(browser: Browser, options: { theme?: 'light' | 'dark'; grant?: boolean; reducedMotion?: boolean } = {}) {
  const baseURL = inject('baseUrl');
  const context = await browser.newContext({ baseURL, colorScheme: options.theme ?? 'light', reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference', viewport: { width: 1100, height: 900 } });
  if (options.grant) await context.grantPermissions(['microphone'], { origin: baseURL });
  await seedStorage(context, {
    [MEETINGS_KEY]: JSON.stringify({ v: 3, data: { meetings: [MEETING], tombstones: [] } }),
    'coffee-chat:active-meeting': 'm-speech',
    'coffee-chat:theme': options.theme ?? 'light',
  });
  const page = await context.newPage();
  const errors = await watchErrors(page);
  await page.goto('/tools/timer/');
  await page.getByRole('button', { name: 'Start the run' }).waitFor();
  return { context, page, errors };
}

async function turnOn(page: Page) {
  await page.getByRole('button', { name: 'Turn on practice aloud' }).click();
  await page.getByRole('heading', { name: 'Practice aloud', level: 2 }).waitFor();
}

const state = (page: Page) => page.getByRole('group', { name: 'Listening' }).locator('.sp-state');
async function waitSpeech(page: Page, speaking: boolean, timeout = 20_000) {
  await state(page).filter({ hasText: speaking ? 'Hearing you speak' : /Quiet/ }).waitFor({ timeout });
}

async function storedRun(page: Page) {
  return page.evaluate((k) => {
    const m = JSON.parse(localStorage.getItem(k)!).data.meetings[0];
    return m.runs.at(-1) as { startedAt: string; endedAt: string; speech: { talkSec: number[]; share: number; spokenSec: number; questionsShare: number; silenceAfterSec: number[] } };
  }, MEETINGS_KEY);
}

describe('practice aloud in the timer (fake microphone)', () => {
  it('measures each burst of a run within 0.3 s and the talk share within 3 points, with the tab in the background for 30 s', async () => {
    const browser = await launch(fakeMic(wavFile));
    const { context, page, errors } = await open(browser, { grant: true });
    await turnOn(page);
    await page.getByRole('button', { name: 'Listen during the run (uses the microphone)' }).click();
    await page.getByRole('group', { name: 'Listening' }).waitFor();
    await page.getByRole('button', { name: 'Start the run' }).click();
    await page.getByRole('timer').waitFor();
    const next = async () => page.getByRole('button', { name: 'Next', exact: true }).click();

    await waitSpeech(page, true); // A
    await waitSpeech(page, false);
    await page.waitForTimeout(500);
    await next();
    await waitSpeech(page, true); // B
    await waitSpeech(page, false);
    await page.waitForTimeout(500);
    await next();

    // Another tab in front for 30 s, as a reader switching to their notes would.
    const front = await context.newPage();
    await front.goto('/');
    await front.bringToFront();
    const hidden = await page.evaluate(() => document.visibilityState);
    let frozen = false;
    if (hidden !== 'hidden') {
      // Headless Chromium keeps every tab "visible": freeze the page instead (no timers, no tasks,
      // as a background tab can be), which is harsher than hiding it.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
      frozen = true;
      await front.waitForTimeout(30_000);
      await cdp.send('Page.setWebLifecycleState', { state: 'active' });
    } else {
      await front.waitForTimeout(30_000);
    }
    console.log(`background tab: visibilityState ${hidden}${frozen ? ', so the page was frozen (Page.setWebLifecycleState) for 30 s' : ' for 30 s'}`);
    await page.bringToFront();
    await front.close();

    await waitSpeech(page, false);
    await next();
    await waitSpeech(page, true); // D
    await waitSpeech(page, false);
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Finish' }).click();
    await page.getByRole('heading', { name: 'How the run went' }).waitFor();
    const line = await page.getByText(/^You spoke /).first().textContent();
    if (process.env.SPEECH_SHOTS) await page.screenshot({ path: `${SHOTS}/run-summary.png`, fullPage: true });
    await page.getByRole('button', { name: 'Save run' }).click();
    await page.getByRole('heading', { name: 'Practice runs for this meeting' }).waitFor();
    const run = await storedRun(page);
    const runningS = (Date.parse(run.endedAt) - Date.parse(run.startedAt)) / 1000;
    const truth = [A, B, C, D];
    const found = run.speech.talkSec.slice(0, 4);
    const shareTrue = (A + B + C + D) / runningS;
    console.log(
      `timer UI: talk per segment ${found.join(', ')} s vs ${truth.join(', ')} s (|error| ${found.map((f, i) => Math.abs(f - truth[i]!).toFixed(2)).join(', ')}); ` +
        `share ${(run.speech.share * 100).toFixed(1)} % vs ${(shareTrue * 100).toFixed(1)} %; summary: "${line}"`,
    );
    found.forEach((f, i) => expect(Math.abs(f - truth[i]!)).toBeLessThanOrEqual(0.3));
    expect(run.speech.talkSec.slice(4).every((x) => x === 0)).toBe(true);
    expect(Math.abs(run.speech.share - shareTrue)).toBeLessThan(0.03);
    expect(line).toContain(`(${Math.round(run.speech.share * 100)}% of the run)`);
    expect(line).toContain('in the questions');
    // The history shows the saved numbers after a reload.
    await page.reload();
    await expect.poll(() => page.getByText(/^You spoke /).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 150_000);

  it('rehearses the introduction by keyboard alone, with a listening state axe finds clean in both themes', async () => {
    const browser = await launch(fakeMic(wavFile));
    for (const theme of ['light', 'dark'] as const) {
      const { context, page, errors } = await open(browser, { grant: true, theme });
      await page.getByRole('button', { name: 'Turn on practice aloud' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Practice aloud', level: 2 }).waitFor();
      // Focus moved to the panel's heading; Tab reaches the Record button.
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Practice aloud');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Record a take (uses the microphone)');
      await page.keyboard.press('Enter');
      const stop = page.getByRole('button', { name: 'Stop listening' });
      await stop.waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Stop listening');
      await expect.poll(() => page.getByRole('meter', { name: 'Sound level' }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      if (process.env.SPEECH_SHOTS) await page.screenshot({ path: `${SHOTS}/listening-${theme}.png`, fullPage: true });
      await waitSpeech(page, true);
      await waitSpeech(page, false);
      await page.keyboard.press('Enter'); // Stop
      const result = page.getByText(/^You spoke for \d+\.\d s; the target is about 30 s\./);
      await result.waitFor();
      expect(await result.evaluate((el) => el === document.activeElement)).toBe(true);
      const spoken = Number(/for (\d+\.\d) s/.exec((await result.textContent()) ?? '')![1]);
      console.log(`introduction take (${theme}): ${spoken} s spoken vs ${A} s`);
      expect(Math.abs(spoken - A)).toBeLessThanOrEqual(0.3);
      expect(await page.locator('audio').getAttribute('src')).toMatch(/^blob:/);
      expect(await page.getByRole('link', { name: 'Download the take' }).getAttribute('download')).toMatch(/^introduction-take\./);
      expect(await axeViolations(page)).toEqual([]);
      if (process.env.SPEECH_SHOTS) await page.screenshot({ path: `${SHOTS}/take-${theme}.png`, fullPage: true });
      // Only the numbers are kept with the meeting.
      const kept = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).data.meetings[0].introTake, MEETINGS_KEY);
      expect(Object.keys(kept).sort()).toEqual(['at', 'durationSec', 'longestPauseSec', 'pauses', 'spokenSec']);
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 120_000);

  it('asks a question aloud and shows its asking time beside it in the question builder', async () => {
    const browser = await launch(fakeMic(wavFile));
    const { context, page, errors } = await open(browser, { grant: true, reducedMotion: true });
    await turnOn(page);
    await page.getByRole('button', { name: 'Record asking it (uses the microphone)' }).click();
    await page.getByRole('button', { name: 'Stop listening' }).waitFor();
    // Reduced motion: the state shows in words, no moving meter.
    expect(await page.getByRole('meter').count()).toBe(0);
    await waitSpeech(page, true);
    await waitSpeech(page, false);
    await page.getByRole('button', { name: 'Stop listening' }).click();
    const took = page.getByText(/^Took \d+\.\d s to ask\./).first();
    await took.waitFor();
    const sec = Number(/(\d+\.\d)/.exec((await took.textContent()) ?? '')![1]);
    expect(Math.abs(sec - A)).toBeLessThanOrEqual(0.3);
    await page.goto('/tools/questions/');
    await page.getByText(`asked aloud in ${sec.toFixed(1)} s`).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('says plainly when the microphone is refused, and the timer keeps working', async () => {
    // No fake UI and no grant: headless Chromium refuses the prompt, as a reader would.
    const browser = await launch(['--use-fake-device-for-media-stream']);
    const { context, page } = await open(browser);
    await turnOn(page);
    await page.getByRole('button', { name: 'Record a take (uses the microphone)' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The microphone was refused' });
    await alert.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start the run' }).click();
    await page.getByRole('timer').waitFor();
    await context.close();
  });

  it.each([
    ['no-microphone', 'NotFoundError', 'No microphone was found'],
    ['busy', 'NotReadableError', 'Another app or tab is using the microphone'],
    ['audio-context', 'AudioContext', 'would not start its audio engine'],
  ])('fault %s: a plain message, and the timer keeps working', async (_, cause, message) => {
    const browser = await launch(fakeMic(wavFile));
    const { context, page } = await open(browser, { grant: true });
    await page.evaluate((c) => {
      if (c === 'AudioContext') {
        window.AudioContext = class {
          constructor() {
            throw new DOMException('no audio', 'NotSupportedError');
          }
        } as unknown as typeof AudioContext;
      } else {
        navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('fault', c));
      }
    }, cause);
    await turnOn(page);
    await page.getByRole('button', { name: 'Record a take (uses the microphone)' }).click();
    await page.getByRole('alert').filter({ hasText: message }).waitFor();
    await page.getByRole('button', { name: 'Start the run' }).click();
    await page.getByRole('timer').waitFor();
    await context.close();
  });

  it('fault unplugged: the microphone going away mid-run keeps the numbers so far, and the run goes on', async () => {
    const browser = await launch(fakeMic(wavFile));
    const { context, page } = await open(browser, { grant: true });
    await page.evaluate(() => {
      const real = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      navigator.mediaDevices.getUserMedia = async (c) => {
        const stream = await real(c);
        (window as unknown as { lastStream: MediaStream }).lastStream = stream;
        return stream;
      };
    });
    await turnOn(page);
    await page.getByRole('button', { name: 'Listen during the run (uses the microphone)' }).click();
    await page.getByRole('button', { name: 'Start the run' }).click();
    await waitSpeech(page, true);
    await waitSpeech(page, false);
    await page.evaluate(() => (window as unknown as { lastStream: MediaStream }).lastStream.getAudioTracks()[0]!.dispatchEvent(new Event('ended')));
    await page.getByRole('alert').filter({ hasText: 'The microphone went away' }).waitFor();
    await page.getByRole('button', { name: 'Finish' }).click();
    await page.getByRole('button', { name: 'Save run' }).click();
    await page.getByRole('heading', { name: 'Practice runs for this meeting' }).waitFor();
    const run = await storedRun(page);
    expect(Math.abs(run.speech.talkSec[0]! - A)).toBeLessThanOrEqual(0.3);
    await context.close();
  }, 60_000);
});
