/**
 * A text field's draft that follows the stored value when it changes elsewhere (another tab, an
 * import), unless the reader is editing that field here: while it has focus, or while it holds text
 * that was not saved (too long, not a number), their typing wins and nothing is lost. When they
 * leave a field whose valid text another tab changed meanwhile, `onLeave` saves what they see again.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export function useSyncedDraft<E extends HTMLElement = HTMLInputElement>(stored: string, onLeave?: (draft: string) => void) {
  const [draft, setDraft] = useState(stored);
  const ref = useRef<E>(null);
  // The stored value the draft last agreed with: a draft that differs from it is unsaved typing.
  const base = useRef(stored);
  // Set when another tab changed the value while the reader was editing it here.
  const overtaken = useRef(false);
  useEffect(() => {
    if (stored === base.current) return;
    const editing = typeof document !== 'undefined' && document.activeElement === ref.current;
    if (!editing && draft === base.current) setDraft(stored);
    else overtaken.current = true;
    base.current = stored;
  }, [stored]);
  /** Call from onInput with the reader's text. */
  const input = (next: string) => {
    setDraft(next);
  };
  /** Records that `value` is now stored (call after saving it), so the next outside change is followed. */
  const saved = (value: string) => {
    base.current = value;
    overtaken.current = false;
  };
  const onBlur = () => {
    if (!overtaken.current) return;
    overtaken.current = false;
    if (draft !== stored) onLeave?.(draft);
  };
  return { draft, input, saved, ref, onBlur };
}
