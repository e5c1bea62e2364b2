/** Overall progress of the active meeting's checklist. */
import { progress } from '../../lib/checklist';
import type { ChecklistItem } from '../../lib/meeting';
import ProgressBar from './ProgressBar';
import { strings } from './strings';

export default function ProgressSummary({ items }: { items: ChecklistItem[] }) {
  const { overall } = progress(items);
  return <ProgressBar label={strings.overallLabel} done={overall.done} total={overall.total} showLabel />;
}
