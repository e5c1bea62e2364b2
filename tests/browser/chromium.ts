import { existsSync } from 'node:fs';

/** The system Chromium: CHROME_PATH, else Debian's. Never downloads one. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install it with "apt-get install -y chromium" ' +
        '(Debian/Ubuntu) or point CHROME_PATH at a Chrome or Chromium binary.',
    );
  }
  return found;
}
