/** The prep checklist island: the active meeting's date, its items by phase with due dates, tools, overview and backup. */
import { useStore } from '@nanostores/preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PHASES, byPhase, itemViews, type TemplateItem } from '../../lib/checklist';
import { readerTimeZone } from '../../lib/due-dates';
import { $activeMeeting, ensureActiveMeeting } from '../../stores/active-meeting';
import BackupPanel from '../backup/BackupPanel';
import { focusLater, nextTask } from '../shared/dom';
import MeetingBar from '../meeting/MeetingBar';
import StorageNotice from '../meeting/StorageNotice';
import { fillFromTemplate } from './actions';
import AddItem from './AddItem';
import ChecklistTools from './ChecklistTools';
import { MeetingDate, RequestDate } from './MeetingDates';
import MeetingsOverview from './MeetingsOverview';
import PhaseSection from './PhaseSection';
import ProgressSummary from './ProgressSummary';
import { DUE_PHRASES, S } from './strings';
import UndoBar, { UNDO_BUTTON_ID, type UndoOffer } from './UndoBar';
import { useNow } from './use-now';
import './checklist.css';

export interface PrepChecklistProps {
  template: TemplateItem[];
}

/** What every part gets to talk back: a polite announcement, and an undo offer. */
export interface Feedback {
  announce: (message: string) => void;
  offerUndo: (offer: UndoOffer) => void;
}

export default function PrepChecklist({ template }: PrepChecklistProps) {
  const meeting = useStore($activeMeeting);
  const [mounted, setMounted] = useState(false);
  const [message, setMessage] = useState('');
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const filled = useRef(new Set<string>());
  const now = useNow();
  const zone = useMemo(() => (mounted ? readerTimeZone() : 'UTC'), [mounted]);

  useEffect(() => {
    ensureActiveMeeting();
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
  // Only on the first view of a meeting in this page: a list the reader emptied stays empty.
  useEffect(() => {
    if (!meeting || filled.current.has(meeting.id)) return;
    filled.current.add(meeting.id);
    fillFromTemplate(meeting.id, template);
  }, [meeting?.id]);

  const feedback = useMemo<Feedback>(
    () => ({
      announce: setMessage,
      offerUndo: (offer) => {
        setUndo(offer);
        setMessage(offer.message);
        focusLater(UNDO_BUTTON_ID);
      },
    }),
    [],
  );
  const closeUndo = useCallback(() => setUndo(null), []);

  const views = meeting ? itemViews(meeting, template, now, zone, DUE_PHRASES) : [];
  const groups = byPhase(views.map((v) => ({ ...v, phase: v.item.phase })));

  return (
    <div class="ck">
      <div class="stack">
        <MeetingBar />
        <StorageNotice />
      </div>
      {!mounted || !meeting ? (
        <p class="muted ck-loading">{S.loading}</p>
      ) : (
        <div class="ck-grid">
          <div class="ck-main stack">
            {/* Keyed by meeting: a half-typed date or its error must not carry over to another meeting. */}
            <MeetingDate key={`date-${meeting.id}`} meeting={meeting} zone={zone} announce={feedback.announce} />
            <RequestDate key={`request-${meeting.id}`} meeting={meeting} zone={zone} announce={feedback.announce} />
            <ProgressSummary items={meeting.checklist} />
            {undo && <UndoBar offer={undo} onClose={closeUndo} announce={feedback.announce} />}
            {PHASES.map((phase) => (
              <PhaseSection key={phase} phase={phase} views={groups[phase]} meetingId={meeting.id} zone={zone} feedback={feedback} />
            ))}
            <AddItem meetingId={meeting.id} announce={feedback.announce} />
            <ChecklistTools meeting={meeting} template={template} zone={zone} feedback={feedback} />
          </div>
          <div class="ck-side stack">
            <MeetingsOverview template={template} activeId={meeting.id} now={now} zone={zone} announce={feedback.announce} />
            <BackupPanel />
          </div>
        </div>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
