/** Small browser helpers for the builder's exports; called from event handlers only, never at import time. */

/** Removes the URL fragment without adding a history entry or scrolling. */
export function clearFragment(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

/** This page's address with a fragment. */
export function pageUrlWith(fragment: string): string {
  return `${location.origin}${location.pathname}${location.search}${fragment}`;
}
