/**
 * The bank for the builder: given as props (tests, or a page that inlines it), or fetched once from
 * the file the page names (src/lib/bank-data.ts). Until it arrives the value is null; when it cannot
 * be fetched or read, the builder still works with an empty bank and says so.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { parseBankData } from '../../lib/bank-data';
import type { BankQuestion } from '../../lib/question-bank';

export interface LoadedBank {
  questions: BankQuestion[];
  /** True when the file could not be fetched or held nothing readable. */
  failed: boolean;
}

/** One fetch per URL for the page's life, shared by every mount. */
const loads = new Map<string, Promise<LoadedBank>>();

function load(url: string): Promise<LoadedBank> {
  let p = loads.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => (r.ok ? r.json() : null))
      .then((data: unknown) => {
        const questions = parseBankData(data);
        return { questions, failed: questions.length === 0 };
      })
      .catch(() => ({ questions: [], failed: true }));
    // A failure is not remembered: the next mount (another meeting, say) tries again.
    p.then((r) => r.failed && loads.delete(url));
    loads.set(url, p);
  }
  return p;
}

const NONE: LoadedBank = { questions: [], failed: true };

export function useBank(given: BankQuestion[] | undefined, url: string | undefined): LoadedBank | null {
  const [fetched, setFetched] = useState<LoadedBank | null>(null);
  useEffect(() => {
    if (given || !url) return;
    let live = true;
    load(url).then((r) => live && setFetched(r));
    return () => {
      live = false;
    };
  }, [given, url]);
  const fromProps = useMemo(() => (given ? { questions: given, failed: false } : null), [given]);
  return fromProps ?? (url ? fetched : NONE);
}
