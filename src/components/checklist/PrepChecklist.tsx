/** The prep checklist island: the active meeting's date, its items by phase with due dates, tools, overview and backup. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { PHASES, byPhase, itemViews, type TemplateItem } from '../../lib/checklist';
import { readerTimeZone } from '../../lib/zoned-time';
import type { Meeting } from '../../lib/meeting';
import BackupPanel from '../backup/BackupPanel';
import { nextTask } from '../shared/dom';
import { CHECKLIST_IDS } from '../shared/focus-ids';
import ToolShell from '../shared/ToolShell';
import UndoBar from '../shared/UndoBar';
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
  const [mounted, setMounted] = useState(false);
  const now = useNow();
  const zone = useMemo(() => (mounted ? readerTimeZone() : 'UTC'), [mounted]);

  useEffect(() => {
    // The first date formatted on a page loads the browser's locale data (about 50 ms on a slow
    // phone): that gets a task of its own, and the list renders in the next one.
    let live = true;
    void nextTask()
      .then(() => {
        readerTimeZone();
        return nextTask();
      })
      .then(() => live && setMounted(true));
    return () => {
      live = false;
    };
  }, []);

  return (
    <ToolShell tool="checklist" undoId={CHECKLIST_IDS.undo} ready={mounted} loading={<p class="muted ck-loading">{strings.loading}</p>}>
      {(m) => <ChecklistBody meeting={m} template={template} now={now} zone={zone} />}
    </ToolShell>
  );
}

function ChecklistBody({ meeting, template, now, zone }: { meeting: Meeting; template: TemplateItem[]; now: Date; zone: string }) {
  const views = itemViews(meeting, template, now, zone, strings.duePhrases);
  const groups = byPhase(views.map((v) => ({ ...v, phase: v.item.phase })));
  return (
    <div class="ck-grid">
      <div class="ck-main stack">
        <MeetingDate meeting={meeting} zone={zone} />
        <RequestDate meeting={meeting} zone={zone} />
        <ProgressSummary items={views.map((v) => ({ ...v.item, done: v.done }))} />
        <UndoBar class="ck-undo" />
        {PHASES.map((phase) => (
          <PhaseSection key={phase} phase={phase} views={groups[phase]} meetingId={meeting.id} template={template} zone={zone} />
        ))}
        <AddItem meetingId={meeting.id} template={template} />
        <ChecklistTools meeting={meeting} template={template} zone={zone} />
      </div>
      <div class="ck-side stack">
        <MeetingsOverview template={template} activeId={meeting.id} now={now} zone={zone} />
        <BackupPanel />
      </div>
    </div>
  );
}
