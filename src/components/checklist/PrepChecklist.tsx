/** The prep checklist island: the active meeting's date, its items by phase with due dates, tools, overview and backup. */
import { useEffect, useState } from 'preact/hooks';
import { PHASES, byPhase, itemViews, type TemplateItem } from '../../lib/checklist';
import type { Meeting } from '../../lib/meeting';
import BackupPanel from '../backup/BackupPanel';
import { nextTask } from '../shared/dom';
import { CHECKLIST_IDS } from '../shared/focus-ids';
import { useReaderZone } from '../shared/use-reader-zone';
import ToolShell from '../shared/ToolShell';
import { UndoBar } from '../shared/ToolShell';
import AddItem from './AddItem';
import ChecklistTools from './ChecklistTools';
import { MeetingDate, RequestDate } from './MeetingDates';
import MeetingsOverview from './MeetingsOverview';
import PhaseSection from './PhaseSection';
import ProgressSummary from './ProgressSummary';
import { strings } from './strings';
import { useNow } from './use-now';
import './checklist.css';

export interface PrepChecklistProps {
  template: TemplateItem[];
}

export default function PrepChecklist({ template }: PrepChecklistProps) {
  const now = useNow();
  // The list renders once the zone is read (a task after the first render; see useReaderZone).
  const zone = useReaderZone();

  return (
    <ToolShell tool="checklist" undoId={CHECKLIST_IDS.undo} ready={zone !== null} loading={<p class="muted ck-loading">{strings.loading}</p>}>
      {(m) => <ChecklistBody meeting={m} template={template} now={now} zone={zone ?? 'UTC'} />}
    </ToolShell>
  );
}

/**
 * The list renders in three tasks on its first showing (the dates, progress and first phase; the
 * other phases and the add form; the tools, overview and backup panel), so a slow phone never runs
 * one long task: Lighthouse's blocking time on the checklist was 20–80 ms in one pass.
 */
const STAGES = 3;

function ChecklistBody({ meeting, template, now, zone }: { meeting: Meeting; template: TemplateItem[]; now: Date; zone: string }) {
  const stage = useStaged(STAGES);
  const views = itemViews(meeting, template, now, zone, strings.duePhrases);
  const groups = byPhase(views.map((v) => ({ ...v, phase: v.item.phase })));
  return (
    <div class="ck-grid">
      <div class="ck-main stack">
        <MeetingDate meeting={meeting} zone={zone} />
        <RequestDate meeting={meeting} zone={zone} />
        <ProgressSummary items={views.map((v) => ({ ...v.item, done: v.done }))} />
        <UndoBar class="ck-undo" />
        {PHASES.slice(0, stage === 1 ? 1 : PHASES.length).map((phase) => (
          <PhaseSection key={phase} phase={phase} views={groups[phase]} meetingId={meeting.id} template={template} zone={zone} />
        ))}
        {stage > 1 && <AddItem meetingId={meeting.id} template={template} />}
        {stage > 2 && <ChecklistTools meeting={meeting} template={template} zone={zone} />}
      </div>
      {stage > 2 && (
        <div class="ck-side stack">
          <MeetingsOverview template={template} activeId={meeting.id} now={now} zone={zone} />
          <BackupPanel />
        </div>
      )}
    </div>
  );
}

/** 1 on the first render, then one more in each following task, up to `stages`. */
function useStaged(stages: number): number {
  const [stage, setStage] = useState(1);
  useEffect(() => {
    if (stage >= stages) return;
    let live = true;
    void nextTask().then(() => live && setStage((n) => n + 1));
    return () => {
      live = false;
    };
  }, [stage, stages]);
  return stage;
}
