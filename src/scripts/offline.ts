/**
 * The offline page's list of guides this device has saved: it reads the service worker's page
 * cache (the Cache API is open to pages too) and links each saved guide by its title.
 */
import { offlineStrings as s } from '../components/offline/strings';
import { RUNTIME_CACHES, savedGuides, savedPageTitle, type SavedPage } from '../lib/offline-cache';

async function readSavedPages(): Promise<SavedPage[]> {
  const cache = await caches.open(RUNTIME_CACHES.pages.name);
  const requests = await cache.keys();
  return Promise.all(
    requests.map(async (request) => {
      const path = new URL(request.url).pathname;
      const html = await (await cache.match(request))?.text().catch(() => '');
      return { path: request.url, title: savedPageTitle(html ?? '', path) };
    }),
  );
}

export async function listSavedGuides(): Promise<void> {
  const status = document.querySelector<HTMLElement>('[data-offline-status]');
  const list = document.querySelector<HTMLUListElement>('[data-offline-guides]');
  if (!status || !list) return;
  let guides: SavedPage[];
  try {
    if (!('caches' in window)) throw new Error('no Cache API');
    guides = savedGuides(await readSavedPages(), location.origin);
  } catch {
    status.textContent = s.guidesUnavailable;
    return;
  }
  if (!guides.length) {
    status.textContent = s.guidesNone;
    return;
  }
  list.replaceChildren(
    ...guides.map(({ path, title }) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = path;
      link.textContent = title;
      item.append(link);
      return item;
    }),
  );
  list.hidden = false;
  status.hidden = true;
}
