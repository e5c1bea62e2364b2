import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/static-server.mjs';
import { findChromium } from './chromium';

/** One static server for the whole suite, on a free port, serving the built site. */
export default async function setup(project: TestProject) {
  findChromium(); // fail early, with the fix, when no browser is installed
  const { server, url } = await startServer({ root: 'dist', port: 0 });
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
