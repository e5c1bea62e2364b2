/** One phase of the checklist: heading, progress and its items. */
import type { ItemView } from '../../lib/checklist';
import type { Phase } from '../../lib/meeting';
import { CHECKLIST_IDS } from '../shared/focus-ids';
import ItemRow from './ItemRow';
import ProgressBar from './ProgressBar';
import { strings } from './strings';

interface Props {
  phase: Phase;
  views: ItemView[];
  meetingId: string;
  zone: string;
}

const phaseHeadingId = CHECKLIST_IDS.phaseHeading;

export default function PhaseSection({ phase, views, meetingId, zone }: Props) {
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
            <ItemRow
              key={v.item.id}
              view={v}
              meetingId={meetingId}
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
