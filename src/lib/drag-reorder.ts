/**
 * Dragging a row of a vertical list with the pointer, as plain arithmetic: where the row lands,
 * which side of its new neighbour the drop line goes, and how far to scroll near the viewport's
 * edges. Components measure the rows and apply the answers.
 */

/**
 * The index a dragged row lands on, from the pointer's Y and every row's vertical midpoint in list
 * order (the dragged row's own at `from`, which is ignored). The row goes after each other row
 * whose midpoint the pointer has passed, so the answer is its index once moved: `from` itself when
 * the pointer is still over it, 0 above the first row, the last index below the last. An empty list
 * gives -1.
 */
export function dropIndex(y: number, midpoints: readonly number[], from: number): number {
  if (midpoints.length === 0) return -1;
  return midpoints.reduce((index, mid, i) => (i !== from && y > mid ? index + 1 : index), 0);
}

/**
 * Where row `index` shows the drop line while the row at `from` is dragged to `to`: before it when
 * the dragged row goes up, after it when it goes down; nowhere for other rows or when nothing moves.
 */
export function dropSide(index: number, from: number, to: number): 'before' | 'after' | undefined {
  if (index !== to || to === from) return undefined;
  return to < from ? 'before' : 'after';
}

/**
 * Pixels to scroll by for a pointer at `y` in a viewport `height` tall: up (negative) within `edge`
 * px of the top, down within `edge` px of the bottom, faster nearer the edge up to `max`; 0 in
 * between. The zones never take more than a quarter of the viewport each.
 */
export function edgeScroll(y: number, height: number, edge = 48, max = 12): number {
  const zone = Math.min(edge, height / 4);
  if (zone <= 0) return 0;
  const speed = (depth: number) => Math.ceil(max * Math.min(1, depth / zone));
  if (y < zone) return -speed(zone - y);
  if (y > height - zone) return speed(y - (height - zone));
  return 0;
}
