/** Shows which meeting a tool works on and lets the reader switch, start, rename or delete one (with undo). */
import { useStore } from './use-store';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { canAddMeeting, MAX_MEETINGS } from '../../lib/data-care';
import { $activeMeeting, createNewMeeting, deleteMeeting, nameNewMeetings, setActiveMeeting } from '../../stores/active-meeting';
import { $meetingList } from '../../stores/meetings';
import BackupReminder from '../backup/BackupReminder';
import RenameForm from './RenameForm';
import { strings } from './strings';

import './meeting.css';

const S = strings.meeting;
// Before any island subscribes (every tool's shell renders this bar), so the first meeting has its name.
nameNewMeetings(S.newTitle);

// Deleting a meeting shows another one, and the shell's undo channel (feedback.tsx) drops its offers
// when the meeting shown changes; so this offer is the bar's own, shown in the bar, where the reader
// deleted the meeting.
interface UndoOffer {
  title: string;
  undo: () => void;
}

export default function MeetingBar() {
  const meeting = useStore($activeMeeting);
  const list = useStore($meetingList);
  const [renaming, setRenaming] = useState(false);
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const [message, setMessage] = useState('');
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  // Hydration must see what the server rendered (no meeting): Preact does not patch attributes
  // while hydrating, so a returning reader's bar kept the loading line's class and lost its id.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);

  // Server render, hydration, and the moment before the first meeting exists: the same shape as
  // the loaded bar, with inert controls, so nothing below it moves when the meetings arrive.
  if (!meeting || !mounted) return <LoadingBar />;

  const say = (text: string) => (setOffer(null), setMessage(text));
  const startNew = () => !canAddMeeting(list.length) ? say(S.meetingsFull(MAX_MEETINGS)) : (createNewMeeting(), say(''), setRenaming(true));
  const remove = () => {
    setRenaming(false);
    setMessage('');
    setOffer({ title: meeting.title, undo: deleteMeeting(meeting.id) });
  };
  const restore = () => {
    offer?.undo();
    say(S.restored(offer?.title ?? ''));
    select.current?.focus(); // the Undo button is gone; keep focus inside the bar
  };
  const closeRename = (renamedTo?: string) => {
    setRenaming(false);
    if (renamedTo) say(S.renamed(renamedTo));
    renameButton.current?.focus();
  };

  return (
    <section class="meeting-bar" aria-labelledby={`${id}-now`}>
      <p class="meeting-bar-current" id={`${id}-now`}>
        <span class="meeting-bar-label">{S.workingOn}</span> <strong dir="auto">{meeting.title || S.untitled}</strong>{' '}
        <span class="meeting-bar-person">{S.withPerson(meeting.contact)}</span>
      </p>
      <div class="meeting-bar-controls">
        <div class="field meeting-bar-switch">
          <label for={`${id}-pick`}>{S.switchLabel}</label>
          <select id={`${id}-pick`} ref={select} value={meeting.id} onChange={(e) => (setRenaming(false), setActiveMeeting(e.currentTarget.value))}>
            {list.map((m) => <option key={m.id} value={m.id}>{S.optionLabel(m.title, m.contact)}</option>)}
          </select>
        </div>
        <div class="cluster">
          <button type="button" class="btn" onClick={startNew}>{S.newMeeting}</button>
          <button type="button" class="btn" ref={renameButton} aria-expanded={renaming} onClick={() => setRenaming(!renaming)}>{S.rename}</button>
          <button type="button" class="btn btn-danger" onClick={remove}>{S.delete}</button>
        </div>
      </div>
      {renaming && <RenameForm key={meeting.id} id={`${id}-rename`} meeting={meeting} onClose={closeRename} />}
      <div class="meeting-bar-status" role="status">
        {offer ? (
          <div class="notice cluster">
            <span>{S.deleted(offer.title)}</span>
            <button type="button" class="btn btn-small btn-primary" onClick={restore}>{strings.undo}</button>
            <button type="button" class="btn btn-small btn-quiet" onClick={() => (setOffer(null), select.current?.focus())}>{strings.dismiss}</button>
          </div>
        ) : message}
      </div>
      <BackupReminder meetings={list} onClosed={() => select.current?.focus()} />
    </section>
  );
}

/** Placeholder with the loaded bar's layout; its controls are disabled until the meetings load. */
function LoadingBar() {
  return (
    <section class="meeting-bar" aria-label={S.region} aria-busy="true">
      <p class="meeting-bar-current muted">{S.loading}</p>
      {/* Only there to hold the layout: hidden from assistive tech until the real controls arrive. */}
      <div class="meeting-bar-controls" aria-hidden="true" inert>
        <div class="field meeting-bar-switch">
          <span class="label">{S.switchLabel}</span>
          <select disabled aria-label={S.switchLabel}><option>{S.loading}</option></select>
        </div>
        <div class="cluster">
          <button type="button" class="btn" disabled>{S.newMeeting}</button>
          <button type="button" class="btn" disabled>{S.rename}</button>
          <button type="button" class="btn btn-danger" disabled>{S.delete}</button>
        </div>
      </div>
      <div class="meeting-bar-status" />
    </section>
  );
}
