// @vitest-environment happy-dom
// The search box when Pagefind cannot load (no build behind the dev server, or no network before
// the service worker has the site). With an index it is tested in the browser suites.
import { waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { searchStrings } from '../../src/scripts/search-strings';

let status: HTMLElement;
let input: HTMLInputElement;

beforeEach(async () => {
  vi.resetModules(); // a fresh module: no Pagefind cached from another test
  // Nothing answers here: the result titles (pagefind-titles.json) cannot be fetched either.
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
  document.body.innerHTML = `<div id="root"><input data-search-input><ul data-search-results></ul><p data-search-status></p></div>`;
  input = document.querySelector('input')!;
  status = document.querySelector('[data-search-status]')!;
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

async function typeQuery(q: string) {
  input.value = q;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('search without an index', () => {
  it('tells a developer on the dev server how to get search', async () => {
    const { bindSearch } = await import('../../src/scripts/search');
    bindSearch(document.getElementById('root')!);
    await typeQuery('coffee');
    await waitFor(() => expect(status.textContent).toBe(searchStrings.unavailable));
  });

  it('tells a reader on the built site that the connection failed, not to run npm', async () => {
    vi.stubEnv('DEV', false);
    const { bindSearch } = await import('../../src/scripts/search');
    bindSearch(document.getElementById('root')!);
    await typeQuery('coffee');
    await waitFor(() => expect(status.textContent).toBe(searchStrings.offline));
  });

  it('asks for two letters before searching, and clears when the box is emptied', async () => {
    const { bindSearch } = await import('../../src/scripts/search');
    bindSearch(document.getElementById('root')!);
    await typeQuery('c');
    expect(status.textContent).toBe(searchStrings.typeToSearch);
    await typeQuery('');
    expect(status.textContent).toBe('');
    expect(document.querySelectorAll('[data-search-results] li')).toHaveLength(0);
  });
});
