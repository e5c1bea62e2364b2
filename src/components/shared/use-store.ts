/**
 * useStore for the islands: the value of a nanostores store, re-rendering the component when it
 * changes, like @nanostores/preact's useStore, with one difference that matters on slow phones.
 * That hook re-renders each subscriber from its own zero-delay timer, so one change to the meetings
 * (ticking an item, a keystroke in a note) rendered a tool's body once per subscriber, each in a
 * task of its own: on the checklist, about seven render passes before the next paint. Here every
 * subscriber changed in one task re-renders from ONE timer, so Preact renders them in a single pass
 * (parents first; a child its parent already rendered is not rendered again).
 */
import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

const pending = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | undefined;

function flush(): void {
  timer = undefined;
  const due = [...pending];
  pending.clear();
  for (const rerender of due) rerender();
}

export function useStore<T>(store: ReadableAtom<T>): T {
  const [, force] = useState({});
  const [first] = useState(() => store.get());
  useEffect(() => {
    const rerender = () => force({});
    // The store may have changed between the first render and this effect.
    if (store.get() !== first) rerender();
    const unlisten = store.listen(() => {
      pending.add(rerender);
      timer ??= setTimeout(flush);
    });
    return () => {
      unlisten();
      pending.delete(rerender);
    };
  }, [store]);
  return store.get();
}
