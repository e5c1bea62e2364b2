/**
 * memo() without preact/compat (which would add its whole compatibility layer to every tool): the
 * component re-renders only when one of its props changes (compared with Object.is, one level deep,
 * or with `same`). Context still reaches it: Preact re-renders a context reader whatever memo says.
 */
import { createElement, type Component, type FunctionComponent } from 'preact';

export function sameProps(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const k in a) if (k !== 'children' && !Object.is(a[k], b[k])) return false;
  for (const k in b) if (k !== 'children' && !(k in a)) return false;
  return Object.is(a.children, b.children);
}

/** True when two values hold the same fields: Object.is each, dates by their time. */
export function sameFields(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const k of keys) {
    const u = x[k];
    const v = y[k];
    if (!Object.is(u, v) && !(u instanceof Date && v instanceof Date && u.getTime() === v.getTime())) return false;
  }
  return true;
}

export function memo<P extends object>(render: FunctionComponent<P>, same: (a: P, b: P) => boolean = sameProps as never): FunctionComponent<P> {
  function shouldComponentUpdate(this: Component<P>, next: P): boolean {
    return !same(this.props as P, next);
  }
  function Memo(this: Component<P>, props: P) {
    this.shouldComponentUpdate = shouldComponentUpdate;
    return createElement(render as FunctionComponent<object>, props);
  }
  Memo.displayName = `Memo(${render.displayName ?? render.name})`;
  return Memo as FunctionComponent<P>;
}
