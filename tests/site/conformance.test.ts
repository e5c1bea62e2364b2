/**
 * The Nu HTML Checker (the W3C's conformance checker, from the vnu-jar package; its install script
 * that would download a Java runtime is not allowed to run, the machine's Java runs the jar) over
 * every built page: no errors, in the header or anywhere else.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, fileFor, pagePaths } from './dist';

/** Java runs the checker; CI installs it when missing (.ci/run). Without it this one test is skipped, and says so. */
const hasJava = (() => {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasJava) console.warn('HTML conformance check skipped: no Java on this machine (apt-get install default-jre-headless).');

const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

describe('HTML conformance', () => {
  it.skipIf(!hasJava)('finds no error on any built page', () => {
    const files = [...pagePaths(), '/404.html'].map((p) => fileFor(p)!);
    expect(files.length).toBeGreaterThan(20);
    let out = '';
    try {
      out = execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'gnu', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      out = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
    expect(out.replaceAll(`${process.cwd()}/${DIST}/`, '').trim().split('\n').filter(Boolean)).toEqual([]);
  }, 120_000);
});
