/**
 * memo() without preact/compat (which would add its whole compatibility layer to every tool): the
 * component re-renders only when one of its props changes (compared with Object.is, one level deep).
 */
import { createElement, type Component, type FunctionComponent } from 'preact';

function sameProps(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const k in a) if (k !== 'children' && !Object.is(a[k], b[k])) return false;
  for (const k in b) if (k !== 'children' && !(k in a)) return false;
  return Object.is(a.children, b.children);
}

export function memo<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  function shouldComponentUpdate(this: Component<P>, next: P): boolean {
    return !sameProps(this.props as Record<string, unknown>, next as Record<string, unknown>);
  }
  function Memo(this: Component<P>, props: P) {
    this.shouldComponentUpdate = shouldComponentUpdate;
    return createElement(render as FunctionComponent<object>, props);
  }
  Memo.displayName = `Memo(${render.displayName ?? render.name})`;
  return Memo as FunctionComponent<P>;
}
