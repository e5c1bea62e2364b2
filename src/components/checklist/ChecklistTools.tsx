/** Whole-list tools: reset to the template (with undo) and the calendar download. */
import { calendarReadiness, followUpDues, type TemplateItem } from '../../lib/checklist';
import { calendarFileName, meetingCalendar } from '../../lib/ics';
import type { Meeting } from '../../lib/meeting';
import { downloadText } from '../shared/dom';
import { useAnnounce, useUndo } from '../shared/feedback';
import { CHECKLIST_IDS } from '../shared/focus-ids';
import { resetChecklist } from '../../stores/checklist';
import { CALENDAR_TEXT, S } from './strings';

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
    offerUndo({ message: S.reset, run: undo, focusId: RESET_ID, dismissFocusId: CHECKLIST_IDS.addInput });
  };
  const onCalendar = () => {
    const ics = meetingCalendar(meeting, followUpDues(meeting, template, zone), new Date(), CALENDAR_TEXT);
    if (!ics) return;
    downloadText(calendarFileName(meeting), ics, 'text/calendar;charset=utf-8');
    announce(S.calendarDone);
  };
  const ready = calendarReadiness(meeting);
  return (
    <div class="ck-tools card stack">
      <div class="stack ck-tool">
        <button type="button" class="btn btn-primary" onClick={onCalendar} disabled={ready === 'none'} aria-describedby="ck-cal-hint">
          {S.calendarButton}
        </button>
        <p class="hint muted" id="ck-cal-hint">
          {{ meeting: S.calendarHint, request: S.calendarHint3b7, none: S.calendarNeedsDate }[ready]}
        </p>
      </div>
      <div class="stack ck-tool">
        <button type="button" class="btn" id={RESET_ID} onClick={onReset} aria-describedby="ck-reset-hint">
          {S.resetButton}
        </button>
        <p class="hint muted" id="ck-reset-hint">
          {S.resetHint}
        </p>
      </div>
    </div>
  );
}
