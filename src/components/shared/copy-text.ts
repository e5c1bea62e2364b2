/** Copying text from an event handler: the builder's exports and the message writer share it. */

/** Copies text with the Clipboard API, falling back to execCommand; resolves false when neither works. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied or an insecure context: try the old way.
  }
  const before = document.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  try {
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    // Deprecated but still the only copy path without the Clipboard API (insecure contexts, old browsers).
    return (document as { execCommand(command: string): boolean }).execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    before?.focus();
  }
}
