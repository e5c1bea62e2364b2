/**
 * Registers the service worker (dist/sw.js, written by scripts/build-sw.mjs) and, when a new
 * version has installed and is waiting, says so and lets the reader choose when to reload.
 * A new version never takes over by itself: a timer mid-run keeps running on the old one.
 * Loaded by the site script after `load`, at a fixed URL (see astro.config.mjs), so it costs
 * guide pages nothing up front.
 */
import { SEARCH_FILE } from '../lib/offline-cache';

const strings = {
  ready: 'A new version is ready.',
  reload: 'Reload',
  later: 'Later',
  regionLabel: 'Site update',
} as const;

/** Shows the update prompt once; Reload activates the waiting worker, then reloads the page. */
function announce(waiting: ServiceWorker) {
  if (document.querySelector('[data-sw-update]')) return;
  const region = document.createElement('div');
  region.dataset.swUpdate = '';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-label', strings.regionLabel);
  // Styles through the CSSOM (allowed by the CSP), with the site's tokens, so no stylesheet grows.
  Object.assign(region.style, {
    position: 'fixed',
    insetInline: '1rem',
    bottom: '1rem',
    zIndex: '50',
    maxWidth: '28rem',
    marginInline: 'auto',
    display: 'flex',
    flexWrap: 'wrap',
    gap: '0.5rem 1rem',
    alignItems: 'center',
    padding: '0.75rem 1rem',
    background: 'var(--surface)',
    color: 'var(--text)',
    border: '1px solid var(--border)',
    borderRadius: 'var(--radius-lg)',
    boxShadow: 'var(--shadow)',
  });
  document.body.append(region);

  const text = document.createElement('p');
  text.textContent = strings.ready;
  text.style.margin = '0';
  text.style.flex = '1 1 12rem';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = strings.reload;
  const later = document.createElement('button');
  later.type = 'button';
  later.textContent = strings.later;

  reload.addEventListener('click', () => {
    reload.disabled = true;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  later.addEventListener('click', () => region.remove());
  // Filled after the empty live region is in the page, so screen readers announce it.
  requestAnimationFrame(() => region.append(text, reload, later));
}

/**
 * Hands the search files this page fetched (index chunks, result text) to the service worker in idle
 * time, with Workbox's CACHE_URLS message; it saves them for offline search. Online, search never
 * waits on the worker (see SEARCH_FILE in src/lib/offline-cache.ts).
 */
function saveSearchFilesForOffline() {
  if (typeof PerformanceObserver === 'undefined') return;
  let pending = new Set<string>();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const controller = navigator.serviceWorker.controller;
    if (!controller || !pending.size) return;
    controller.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: [...pending] } });
    pending = new Set();
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const url = new URL(entry.name);
      if (url.origin === location.origin && SEARCH_FILE.test(url.pathname)) pending.add(url.href);
    }
    if (!pending.size || scheduled) return;
    scheduled = true;
    if ('requestIdleCallback' in window) requestIdleCallback(flush, { timeout: 2000 });
    else setTimeout(flush, 500);
  }).observe({ type: 'resource', buffered: true });
}

/** Calls `onWaiting` when a new worker has installed while an older one controls the page. */
function watchForUpdates(registration: ServiceWorkerRegistration, onWaiting: (w: ServiceWorker) => void) {
  if (registration.waiting && navigator.serviceWorker.controller) onWaiting(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      // With no controller this is the first install: nothing to announce, the site simply works offline.
      if (worker.state === 'installed' && navigator.serviceWorker.controller) onWaiting(worker);
    });
  });
}

if ('serviceWorker' in navigator) {
  navigator.serviceWorker
    .register(`${import.meta.env.BASE_URL}sw.js`)
    .then((registration) => {
      watchForUpdates(registration, announce);
      saveSearchFilesForOffline();
    })
    .catch(() => {
      // No service worker (private mode, blocked): the site works online as before.
    });
}
