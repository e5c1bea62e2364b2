/**
 * The reader's time zone for the tools that show dates (checklist, message writer), read in a task
 * of its own after the first render: the first date a page formats loads the browser's locale data
 * (about 60 ms on a slow phone), so the date-bound parts render a task later instead of making one
 * long task. null until then. Read once a page: a part mounted later (another meeting's body) has it
 * at once.
 */
import { useEffect, useState } from 'preact/hooks';
import { readerTimeZone } from '../../lib/zoned-time';
import { nextTask } from './dom';

let pageZone: string | null = null;

export function useReaderZone(): string | null {
  const [zone, setZone] = useState(pageZone);
  useEffect(() => {
    if (zone) return;
    let live = true;
    void nextTask()
      .then(() => {
        pageZone = readerTimeZone();
        return nextTask();
      })
      .then(() => live && setZone(pageZone));
    return () => {
      live = false;
    };
  }, []);
  return zone;
}
