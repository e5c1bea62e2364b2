/** The question builder island: the active meeting, the bank, the list and its budget, exports. */
import { useStore } from '@nanostores/preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { BankQuestion } from '../../lib/suggest';
import { $activeMeeting, ensureActiveMeeting } from '../../stores/active-meeting';
import MeetingBar from '../meeting/MeetingBar';
import StorageNotice from '../meeting/StorageNotice';
import BankPanel from './BankPanel';
import ListPanel from './ListPanel';
import MeetingDetails from './MeetingDetails';
import OwnQuestion from './OwnQuestion';
import PrintSheet from './PrintSheet';
import ShareImport from './ShareImport';
import './questions.css';

export interface QuestionBuilderProps {
  bank: BankQuestion[];
}

export type Announce = (message: string) => void;

export default function QuestionBuilder({ bank }: QuestionBuilderProps) {
  const meeting = useStore($activeMeeting);
  const [message, setMessage] = useState('');
  const announce = useCallback<Announce>((m) => setMessage(m), []);
  // After the share notice closes, focus goes to the list of the meeting it leaves us on.
  const [focusListOf, setFocusListOf] = useState<string | null>(null);
  useEffect(() => {
    ensureActiveMeeting();
  }, []);

  return (
    <div class="qb">
      <div class="qb-screen stack">
        <MeetingBar />
        <StorageNotice />
        <ShareImport announce={announce} onClose={(id) => setFocusListOf(id ?? meeting?.id ?? null)} />
        {meeting && (
          <div class="qb-grid" key={meeting.id}>
            <div class="qb-main stack">
              <MeetingDetails meeting={meeting} />
              <ListPanel
                meeting={meeting}
                bank={bank}
                announce={announce}
                focusHeading={focusListOf === meeting.id}
                onFocused={() => setFocusListOf(null)}
              />
            </div>
            <div class="qb-side stack">
              <OwnQuestion meetingId={meeting.id} announce={announce} />
              <BankPanel meeting={meeting} bank={bank} announce={announce} />
            </div>
          </div>
        )}
      </div>
      {meeting && <PrintSheet meeting={meeting} />}
      <p class="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
