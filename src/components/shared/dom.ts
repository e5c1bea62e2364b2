/** Focuses an element by id after the next render (ids may hold any character, so no selectors). */
export function focusLater(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}

/**
 * Resolves in a later task, after the browser has had a chance to paint and handle input. Splitting
 * start-up work this way turns one long task into short ones, which is what a slow phone (and
 * Lighthouse's blocking time) feels.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
