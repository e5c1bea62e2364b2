/** Whole-list tools: reset to the template (with undo) and the calendar download. */
import { calendarReadiness, followUpDues, type TemplateItem } from '../../lib/checklist';
import { calendarFileName, meetingCalendar } from '../../lib/ics';
import type { Meeting } from '../../lib/meeting';
import { downloadText } from '../shared/download-text';
import { useAnnounce, useUndo } from '../shared/feedback';
import { CHECKLIST_IDS } from '../shared/focus-ids';
import { resetChecklist } from '../../stores/checklist';
import { strings } from './strings';

const RESET_ID = CHECKLIST_IDS.reset;

interface Props {
  meeting: Meeting;
  template: TemplateItem[];
  zone: string;
}

export default function ChecklistTools({ meeting, template, zone }: Props) {
  const announce = useAnnounce();
  const { offerUndo } = useUndo();
  const onReset = () => {
    const undo = resetChecklist(meeting.id, template);
    offerUndo({ message: strings.reset, run: undo, focusId: RESET_ID, dismissFocusId: CHECKLIST_IDS.addInput });
  };
  const onCalendar = () => {
    const ics = meetingCalendar(meeting, followUpDues(meeting, template, zone), new Date(), strings.calendarText);
    if (!ics) return;
    downloadText(calendarFileName(meeting), ics, 'text/calendar;charset=utf-8');
    announce(strings.calendarDone);
  };
  const ready = calendarReadiness(meeting);
  return (
    <div class="ck-tools card stack">
      <div class="stack ck-tool">
        <button type="button" class="btn btn-primary" onClick={onCalendar} disabled={ready === 'none'} aria-describedby="ck-cal-hint">
          {strings.calendarButton}
        </button>
        <p class="hint muted" id="ck-cal-hint">
          {{ meeting: strings.calendarHint, request: strings.calendarHint3b7, none: strings.calendarNeedsDate }[ready]}
        </p>
      </div>
      <div class="stack ck-tool">
        <button type="button" class="btn" id={RESET_ID} onClick={onReset} aria-describedby="ck-reset-hint">
          {strings.resetButton}
        </button>
        <p class="hint muted" id="ck-reset-hint">
          {strings.resetHint}
        </p>
      </div>
    </div>
  );
}
