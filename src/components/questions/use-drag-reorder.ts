/**
 * Reordering a list by dragging a row's handle with the pointer: mouse, touch and pen alike.
 * The store changes once, on release, through onDrop; until then only the dragged row follows the
 * pointer, so Escape or a cancelled pointer leaves the list exactly as it was.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { dropIndex, edgeScroll } from '../../lib/drag-reorder';

export interface Drag {
  id: string;
  from: number;
  to: number;
}

interface Session extends Drag {
  pointerId: number;
  handle: HTMLElement;
  row: HTMLElement;
  /** The pointer's Y in the page (not the viewport) when pressed, so auto-scroll keeps the row under it. */
  startY: number;
}

const rows = (list: HTMLElement | null) => Array.from(list?.children ?? []) as HTMLElement[];
const middle = (el: HTMLElement) => {
  const box = el.getBoundingClientRect();
  return box.top + box.height / 2;
};

/** `start` goes on the handle's pointerdown; `drag` says which row is lifted and where it would land. */
export function useDragReorder(listRef: RefObject<HTMLElement>, onDrop: (id: string, to: number) => void) {
  const [drag, setDrag] = useState<Drag | null>(null);
  const session = useRef<Session | null>(null);
  const dropRef = useRef(onDrop);
  dropRef.current = onDrop;

  const start = (id: string, e: PointerEvent) => {
    if (session.current || !e.isPrimary || e.button !== 0) return;
    const handle = e.currentTarget as HTMLElement;
    const row = handle.closest('li');
    const from = row ? rows(listRef.current).indexOf(row) : -1;
    if (!row || from === -1) return;
    e.preventDefault(); // no text selection, no compatibility mouse events
    handle.setPointerCapture?.(e.pointerId);
    session.current = { id, from, to: from, pointerId: e.pointerId, handle, row, startY: e.clientY + scrollY };
    setDrag({ id, from, to: from });
  };

  const dragging = drag !== null;
  useEffect(() => {
    if (!dragging) return;
    const end = (commit: boolean) => {
      const s = session.current;
      if (!s) return;
      session.current = null;
      s.row.style.transform = '';
      if (s.handle.hasPointerCapture?.(s.pointerId)) s.handle.releasePointerCapture(s.pointerId);
      setDrag(null);
      if (commit && s.to !== s.from) dropRef.current(s.id, s.to);
    };
    const ours = (e: PointerEvent) => session.current?.pointerId === e.pointerId;
    const move = (e: PointerEvent) => {
      const s = session.current;
      if (!s || !ours(e)) return;
      const by = edgeScroll(e.clientY, innerHeight);
      if (by) scrollBy({ top: by, behavior: 'instant' });
      s.row.style.transform = `translateY(${e.clientY + scrollY - s.startY}px)`;
      // Another tab may add or remove a question mid-drag: count from where the row is now.
      const list = rows(listRef.current);
      const from = list.indexOf(s.row);
      if (from === -1) return end(false); // the row itself is gone
      const shifted = from !== s.from;
      s.from = from;
      const to = dropIndex(e.clientY, list.map(middle), from);
      if (to !== s.to || shifted) {
        s.to = to;
        setDrag({ id: s.id, from, to });
      }
    };
    const up = (e: PointerEvent) => ours(e) && end(true);
    const cancel = (e: PointerEvent) => ours(e) && end(false);
    const key = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      end(false);
    };
    addEventListener('pointermove', move);
    addEventListener('pointerup', up);
    addEventListener('pointercancel', cancel);
    addEventListener('keydown', key);
    return () => {
      removeEventListener('pointermove', move);
      removeEventListener('pointerup', up);
      removeEventListener('pointercancel', cancel);
      removeEventListener('keydown', key);
      if (session.current) session.current.row.style.transform = ''; // unmounted mid-drag
      session.current = null;
    };
  }, [dragging]);

  return { drag, start };
}
