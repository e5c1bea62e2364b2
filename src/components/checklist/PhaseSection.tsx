/** One phase of the checklist: heading, progress and its items. */
import type { ItemView, TemplateItem } from '../../lib/checklist';
import type { Phase } from '../../lib/meeting';
import { CHECKLIST_IDS } from '../shared/focus-ids';
import { memo, sameFields } from '../shared/memo';
import ItemRow from './ItemRow';
import ProgressBar from './ProgressBar';
import { strings } from './strings';

interface Props {
  phase: Phase;
  views: ItemView[];
  meetingId: string;
  template: readonly TemplateItem[];
  zone: string;
}

const phaseHeadingId = CHECKLIST_IDS.phaseHeading;

/**
 * A row re-renders only when something it shows changed: ticking one item re-rendered every row of
 * the list (about 40 ms a tick on a slow phone). Views are made afresh on each render, so a view
 * counts as the same when its fields are (the item objects of unchanged items are kept by the store).
 */
const Row = memo(ItemRow, (a, b) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof typeof a)[]);
  for (const k of keys) if (!(k === 'view' ? sameFields(a.view, b.view) : Object.is(a[k], b[k]))) return false;
  return true;
});

export default function PhaseSection({ phase, views, meetingId, template, zone }: Props) {
  const title = strings.phaseTitles[phase];
  const done = views.filter((v) => v.done).length;
  return (
    <section class="ck-phase card" aria-labelledby={phaseHeadingId(phase)}>
      <div class="ck-phase-head">
        <h2 id={phaseHeadingId(phase)} tabIndex={-1}>
          {title}
        </h2>
        <ProgressBar label={strings.phaseProgressLabel(title)} done={done} total={views.length} small />
      </div>
      {views.length === 0 ? (
        <p class="muted">{strings.emptyPhase}</p>
      ) : (
        <ul class="ck-list" role="list">
          {views.map((v, i) => (
            <Row
              key={v.item.id}
              view={v}
              meetingId={meetingId}
              templateItems={template}
              zone={zone}
              position={i + 1}
              total={views.length}
              neighbourId={(views[i + 1] ?? views[i - 1])?.item.id}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
