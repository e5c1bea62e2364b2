/**
 * A row's menu button (WAI-ARIA menu button pattern): the button names the row ("Actions: <text>");
 * Enter, Space or ↓ open the menu on its first item, ↑ on its last; ↑ ↓ Home End move, Escape closes
 * and returns focus to the button, Tab closes; a pointer press outside closes. Items are buttons or
 * links with role="menuitem"; a disabled item stays reachable and says so (aria-disabled). After an
 * item runs, focus returns to the button unless the item moved it elsewhere.
 */
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface RowMenuItem {
  label: string;
  onSelect?: () => void;
  /** A link instead of an action. */
  href?: string;
  disabled?: boolean;
  danger?: boolean;
}

interface Props {
  /** The button's accessible name, starting with its visible word ("Actions: Research Acme"). */
  name: string;
  /** The visible word on the button. */
  label: string;
  items: RowMenuItem[];
  /** An id for the button, so focus can be sent back to it after a re-render. */
  id?: string;
  class?: string;
}

export default function RowMenu({ name, label, items, id, class: cls }: Props) {
  const auto = useId();
  const buttonId = id ?? `${auto}-menu-button`;
  const menuId = `${auto}-menu`;
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const entries = () => Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

  // Layout effect: focus is on the first item by the time the menu can be seen, so a key pressed
  // right after Enter (a fast typist, a screen reader's queued keys) goes to the menu, not the button.
  useLayoutEffect(() => {
    if (!open) return;
    const list = entries();
    (open === 'last' ? list.at(-1) : list[0])?.focus();
    const outside = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(e.key === 'ArrowUp' ? 'last' : 'first');
    }
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const list = entries();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => list[(i + list.length) % list.length]?.focus();
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(list.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') return setOpen(false);
    else return;
    e.preventDefault();
  };
  const run = (item: RowMenuItem) => (e: Event) => {
    if (item.disabled) {
      e.preventDefault();
      return;
    }
    if (item.href) return setOpen(false);
    e.preventDefault();
    close(true);
    // The action may move focus on (an editor, the undo offer); that move wins over the return.
    item.onSelect?.();
  };

  return (
    <div class={`row-menu${cls ? ` ${cls}` : ''}`}>
      <button
        ref={button}
        id={buttonId}
        type="button"
        class="btn btn-small btn-quiet row-menu-button"
        aria-label={name}
        aria-haspopup="menu"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : setOpen('first'))}
        onKeyDown={onButtonKey}
      >
        <span aria-hidden="true">⋯</span> {label}
      </button>
      {open && (
        <ul ref={menu} id={menuId} role="menu" aria-labelledby={buttonId} class="row-menu-list" onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li key={item.label} role="none">
              {item.href ? (
                <a role="menuitem" tabIndex={-1} href={item.disabled ? undefined : item.href} aria-disabled={item.disabled ? 'true' : undefined} onClick={run(item)}>
                  {item.label}
                </a>
              ) : (
                <button
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  class={item.danger ? 'row-menu-danger' : undefined}
                  aria-disabled={item.disabled ? 'true' : undefined}
                  onClick={run(item)}
                >
                  {item.label}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
