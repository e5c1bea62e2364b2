/** Offers text as a file download; called from event handlers only, never at import time. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

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
