/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

// Real-browser suite: playwright-core drives the system Chromium against the built site.
// Files run one at a time: two cores cannot host several Chromiums without flaky timings.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // On CI a test that fails once gets one more try: timing on a shared 2-core machine can lose a
    // race that no reader would. A retried test is still named in the output, so flakes stay visible.
    retry: process.env.CI ? 1 : 0,
    globalSetup: ['tests/browser/global-setup.ts'],
  },
});
