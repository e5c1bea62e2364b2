/**
 * The whole microphone pipeline in real Chromium: a fake microphone plays a WAV this test writes
 * (known bursts of speech-like sound and silence), the controller (src/scripts/speech/microphone.ts)
 * runs the energy worklet and the detector, and the speaking times must match the WAV.
 *
 * The controller is not on any site page yet, so the test builds a test-only page
 * (tests/browser/speech-page/) with Vite, serves it under a strict CSP (script-src 'self',
 * media-src 'self' blob:) and Permissions-Policy microphone=(self), and drives it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer } from '../../scripts/static-server.mjs';
import type { Segment } from '../../src/lib/speech/detector';
import { speakingTime } from '../../src/lib/speech/metrics';
import { renderScene, wav, type Part } from '../unit/speech-fixtures';
import { findChromium } from './chromium';

const CSP = "default-src 'self'; script-src 'self'; media-src 'self' blob:; object-src 'none'; base-uri 'self'";

// Three seconds of silence first: the fake device starts playing when it opens, and the worklet
// starts a little later (longer on a loaded machine), so the first burst is never cut.
const PARTS: Part[] = [
  { kind: 'silence', s: 3 },
  { kind: 'speech', s: 3 },
  { kind: 'silence', s: 2 },
  { kind: 'speech', s: 1.5 },
  { kind: 'silence', s: 1.5 },
  { kind: 'speech', s: 4.5 },
  { kind: 'silence', s: 2.5 },
  { kind: 'speech', s: 2 },
  { kind: 'silence', s: 2 },
];
const TOTAL_S = PARTS.reduce((a, p) => a + p.s, 0);

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--autoplay-policy=no-user-gesture-required'];
const fakeMic = (file: string) => ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${file}%noloop`];

let dir = '';
let server: Server;
let url = '';
let truth: Segment[] = [];
let wavFile = '';

async function serve(root: string, permissions: string) {
  writeFileSync(join(root, '404.html'), '<!doctype html><title>Not found</title>');
  writeFileSync(join(root, 'favicon.ico'), '');
  writeFileSync(join(root, '_headers'), `/*\n  Content-Security-Policy: ${CSP}\n  Permissions-Policy: ${permissions}\n`);
  return startServer({ root, port: 0 });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'speech-'));
  await build({ configFile: false, root: 'tests/browser/speech-page', logLevel: 'warn', build: { outDir: join(dir, 'site'), emptyOutDir: true, modulePreload: false } });
  ({ server, url } = await serve(join(dir, 'site'), 'microphone=(self)'));
  const scene = renderScene(PARTS, { sampleRate: 48_000, noiseDb: () => -62, seed: 11 });
  truth = scene.truth;
  wavFile = join(dir, 'speech.wav');
  writeFileSync(wavFile, wav(scene.samples, scene.sampleRate));
});

afterAll(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

async function launch(args: string[]): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: [...ARGS, ...args], headless: true });
}

describe('microphone pipeline (fake microphone)', () => {
  it('measures each burst within 0.3 s and the talk share within 3 points, through 6 s of a blocked main thread', async () => {
    const browser = await launch(fakeMic(wavFile));
    try {
      const context = await browser.newContext();
      await context.grantPermissions(['microphone'], { origin: url });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${url}/`);
      expect(await page.evaluate(() => window.speech.start())).toEqual({ ok: true });
      // Mid-run the page's main thread is busy for 6 s (as a throttled background tab or a slow
      // page can be; headless Chromium cannot hide a tab): the worklet keeps counting on the audio
      // thread and its messages wait in the queue, each frame stamped by its index, so nothing is
      // lost or shifted.
      await page.waitForTimeout(3000);
      const blockedMs = await page.evaluate(() => {
        const from = Date.now();
        while (Date.now() - from < 6000) {
          /* busy: no message from the worklet is handled meanwhile */
        }
        return Date.now() - from;
      });
      expect(blockedMs).toBeGreaterThanOrEqual(6000);
      await page.waitForFunction((t) => (window.speech.mic?.time() ?? 0) > t, TOTAL_S + 0.5, { timeout: 40_000, polling: 250 });
      const result = await page.evaluate(() => window.speech.stop());
      const events = await page.evaluate(() => [...new Set(window.speech.events)]);
      expect(errors).toEqual([]);
      expect(result.fault).toBeNull();
      expect(events).toEqual(expect.arrayContaining(['state', 'level', 'segment']));

      const found = result.segments as Segment[];
      expect(found).toHaveLength(truth.length);
      // The file starts playing when the device opens, a little before the worklet's time 0.
      const offset = found[0]!.start - truth[0]!.start;
      const errs = truth.map((t, i) => ({
        duration: Math.abs(found[i]!.end - found[i]!.start - (t.end - t.start)),
        start: Math.abs(found[i]!.start - offset - t.start),
        end: Math.abs(found[i]!.end - offset - t.end),
      }));
      const span = { start: offset, end: offset + TOTAL_S };
      const shareFound = speakingTime(found, span) / TOTAL_S;
      const shareTrue = speakingTime(truth) / TOTAL_S;
      console.log(
        `fake microphone: offset ${offset.toFixed(3)} s; per burst |duration error| ${errs.map((e) => e.duration.toFixed(3)).join(', ')} s; ` +
          `|end error| ${errs.map((e) => e.end.toFixed(3)).join(', ')} s; talk share ${(shareFound * 100).toFixed(1)} % vs ${(shareTrue * 100).toFixed(1)} %`,
      );
      for (const e of errs) {
        expect(e.duration).toBeLessThan(0.3);
        expect(e.start).toBeLessThan(0.3);
        expect(e.end).toBeLessThan(0.3);
      }
      expect(Math.abs(shareFound - shareTrue)).toBeLessThan(0.03);
      expect(offset).toBeGreaterThanOrEqual(-2);
      expect(offset).toBeLessThan(1.5);

      // The take plays back from a blob: URL that the page's CSP allows (media-src blob:).
      expect(result.take?.url).toMatch(/^blob:/);
      expect(result.take?.size).toBeGreaterThan(1000);
      const playable = await page.evaluate(async (src) => {
        const audio = new Audio(src);
        audio.muted = true;
        return new Promise<boolean>((done) => {
          audio.onloadedmetadata = () => done(true);
          audio.onerror = () => done(false);
          setTimeout(() => done(false), 5000);
        });
      }, result.take!.url);
      expect(playable).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("gives 'denied' when the reader refuses the microphone", async () => {
    // No fake UI and no grant: headless Chromium refuses the permission prompt, as a reader would.
    const browser = await launch(['--use-fake-device-for-media-stream']);
    try {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${url}/`);
      expect(await page.evaluate(() => window.speech.start())).toEqual({ ok: false, fault: 'denied' });
      expect(await page.evaluate(() => [window.speech.mic!.state(), window.speech.faults])).toEqual(['failed', ['denied']]);
    } finally {
      await browser.close();
    }
  });

  it("gives 'unplugged' when the device goes away mid-run, keeping what it measured", async () => {
    const browser = await launch(fakeMic(wavFile));
    try {
      const context = await browser.newContext();
      await context.grantPermissions(['microphone'], { origin: url });
      const page = await context.newPage();
      await page.goto(`${url}/`);
      expect(await page.evaluate(() => window.speech.start())).toEqual({ ok: true });
      await page.waitForFunction(() => (window.speech.mic?.time() ?? 0) > 7, undefined, { timeout: 20_000, polling: 250 });
      // The browser fires 'ended' on the track when a headset is unplugged; do what it does.
      await page.evaluate(() => window.speech.stream!.getAudioTracks()[0]!.dispatchEvent(new Event('ended')));
      await page.waitForFunction(() => window.speech.mic?.state() === 'failed');
      const result = await page.evaluate(() => window.speech.stop());
      expect(result.fault).toBe('unplugged');
      expect(await page.evaluate(() => window.speech.faults)).toEqual(['unplugged']);
      // The first burst (3–6 s of the file) was measured before the device went away.
      expect(result.segments.length).toBeGreaterThanOrEqual(1);
      expect(result.segments[0]!.end - result.segments[0]!.start).toBeGreaterThan(2.7);
    } finally {
      await browser.close();
    }
  });

  it("gives 'denied' where Permissions-Policy blocks the microphone", async () => {
    const blocked = mkdtempSync(join(tmpdir(), 'speech-blocked-'));
    await build({ configFile: false, root: 'tests/browser/speech-page', logLevel: 'warn', build: { outDir: blocked, emptyOutDir: true, modulePreload: false } });
    const other = await serve(blocked, 'microphone=()');
    const browser = await launch(fakeMic(wavFile));
    try {
      const context = await browser.newContext();
      await context.grantPermissions(['microphone'], { origin: other.url });
      const page = await context.newPage();
      await page.goto(`${other.url}/`);
      expect(await page.evaluate(() => window.speech.start())).toEqual({ ok: false, fault: 'denied' });
    } finally {
      await browser.close();
      await new Promise<void>((done) => other.server.close(() => done()));
    }
  });

  it('the built site lets the timer page, and no other, use the microphone', async () => {
    const browser = await launch([]);
    try {
      const page = await (await browser.newContext({ baseURL: inject('baseUrl') })).newPage();
      const allowed = async (path: string) => {
        await page.goto(path);
        // Chromium's view of the Permissions-Policy header it received for this document.
        return page.evaluate(() => (document as unknown as { featurePolicy: { allowsFeature(f: string): boolean } }).featurePolicy.allowsFeature('microphone'));
      };
      expect(await allowed('/tools/timer/')).toBe(true);
      expect(await allowed('/tools/questions/')).toBe(false);
      expect(await allowed('/')).toBe(false);
    } finally {
      await browser.close();
    }
  });
});
