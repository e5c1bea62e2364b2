/** When an item is due, in words and as a date; overdue items get an icon and the word, not only colour. */
import type { ItemView } from '../../lib/checklist';
import { formatDateTime } from '../../lib/zoned-time';
import Icon from './Icon';
import { strings } from './strings';

interface Props {
  view: ItemView;
  zone: string;
  id: string;
}

export default function DueLine({ view, zone, id }: Props) {
  if (!view.dueAt || !view.phrase) return null;
  const when = formatDateTime(view.dueAt, zone);
  const overdue = view.status === 'overdue';
  return (
    <p class={`ck-due ck-due-${view.status}`} id={id}>
      <Icon name={overdue ? 'alert' : 'clock'} />
      {overdue ? <strong>{strings.sentence(view.phrase)}</strong> : <span>{strings.sentence(view.phrase)}</span>}
      <span class="ck-due-date">
        {' · '}
        <time dateTime={view.dueAt.toISOString()}>{overdue ? strings.wasDue(when) : when}</time>
      </span>
    </p>
  );
}
