/**
 * Offers text as a file download; called from event handlers only, never at import time. Apart from
 * dom.ts: the backup reminder's notice loads on its own and needs only this.
 */
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

