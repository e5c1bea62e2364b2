/** A localStorage stand-in for persistent stores: records writes, can be blocked or full, and can play "another tab". */
import { setPersistentEngine, type PersistentListener } from '@nanostores/persistent';

export type FakeMode = 'ok' | 'blocked' | 'full';

/** Installs a fresh fake as persistent's engine and returns its controls. */
export function installFakeStorage() {
  const data: Record<string, string> = {};
  const writes: string[] = [];
  let mode: FakeMode = 'ok';
  let listeners: PersistentListener[] = [];
  // Browsers throw SecurityError on any access when storage is blocked.
  const guard = () => {
    if (mode === 'blocked') throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  const storage = new Proxy(data, {
    get(t, k) {
      guard();
      return typeof k === 'string' ? t[k] : undefined;
    },
    has(t, k) {
      guard();
      return k in t;
    },
    set(t, k, v) {
      guard();
      if (mode === 'full') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      writes.push(String(k));
      t[String(k)] = String(v);
      return true;
    },
    deleteProperty(t, k) {
      guard();
      writes.push(`delete ${String(k)}`);
      delete t[String(k)];
      return true;
    },
  });
  setPersistentEngine(storage, {
    addEventListener: (_key, cb) => void listeners.push(cb),
    removeEventListener: (_key, cb) => void (listeners = listeners.filter((l) => l !== cb)),
  });
  return {
    data,
    writes,
    setMode: (m: FakeMode) => void (mode = m),
    /** Another tab changes a key: storage changes and a storage event arrives here. */
    otherTab(key: string, value: string | undefined) {
      if (value === undefined) delete data[key];
      else data[key] = value;
      for (const l of [...listeners]) l({ key, newValue: value as string });
    },
  };
}
