// Builds the site only when dist/ is missing or older than any source file, so `npm test`
// and the browser suite always check the current code without rebuilding needlessly.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = existsSync('dist/pagefind/pagefind.js') ? statSync('dist/index.html').mtimeMs : 0;
const sources = Math.max(...['src', 'public', 'astro.config.mjs', 'package.json'].map(newest));
if (process.env.CI || built < sources) {
  console.log('Building the site (dist/ is missing or out of date)...');
  execSync('npm run build', { stdio: 'inherit' });
} else {
  console.log('dist/ is up to date.');
}
