/** Timer shortcuts: Space, N, B and +, ignored while the reader types in a field. */
import { useEffect, useRef } from 'preact/hooks';

export type ShortcutAction = 'toggle' | 'next' | 'back' | 'add-minute';

const TEXT_ENTRY = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';
const ACTIVATES_WITH_SPACE = 'button, a[href], summary, [role="button"], [role="radio"], [role="checkbox"]';

/** The action for a key press, or null; `target` decides whether the reader is typing or on a control. */
export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, target: Element | null): ShortcutAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (target?.closest(TEXT_ENTRY)) return null;
  switch (e.key) {
    case ' ':
    case 'Spacebar':
      // Space already presses a focused button; taking it over would press two things at once.
      return target?.closest(ACTIVATES_WITH_SPACE) ? null : 'toggle';
    case 'n':
    case 'N':
      return 'next';
    case 'b':
    case 'B':
      return 'back';
    case '+':
      return 'add-minute';
    default:
      return null;
  }
}

/** Listens for the shortcuts while `enabled` and calls `onAction`. */
export function useShortcuts(enabled: boolean, onAction: (a: ShortcutAction) => void): void {
  const latest = useRef(onAction);
  latest.current = onAction;
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat) return;
      const action = shortcutFor(e, e.target instanceof Element ? e.target : null);
      if (!action) return;
      e.preventDefault();
      latest.current(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
