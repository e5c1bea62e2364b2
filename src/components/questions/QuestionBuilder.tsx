/** The question builder island: the active meeting, the bank, the list and its budget, exports. */
import { useEffect, useState } from 'preact/hooks';
import type { BankQuestion } from '../../lib/question-bank';
import { $activeMeetingId } from '../../stores/active-meeting';
import ToolShell from '../shared/ToolShell';
import BankPanel from './BankPanel';
import ListPanel from './ListPanel';
import MeetingDetails from './MeetingDetails';
import OwnQuestion from './OwnQuestion';
import PrintSheet from './PrintSheet';
import ShareImport from './ShareImport';
import { strings } from './strings';
import { useBank } from './use-bank';
import './questions.css';

const NO_QUESTIONS: BankQuestion[] = [];

export interface QuestionBuilderProps {
  /** The bank itself, or (the page) the URL of its file, fetched on hydration: see lib/bank-data.ts. */
  bank?: BankQuestion[];
  bankUrl?: string;
}

export default function QuestionBuilder({ bank: given, bankUrl }: QuestionBuilderProps) {
  const loaded = useBank(given, bankUrl);
  const bank = loaded?.questions ?? NO_QUESTIONS;
  // The page without JavaScript promises nothing a script would do: "Loading" only once hydrated.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  // After the share notice closes, focus goes to the list of the meeting it leaves us on.
  const [focusListOf, setFocusListOf] = useState<string | null>(null);
  return (
    <ToolShell
      tool="questions"
      top={<ShareImport onClose={(id) => setFocusListOf(id ?? ($activeMeetingId.get() || null))} />}
      after={(meeting) => <PrintSheet meeting={meeting} />}
      ready={loaded !== null}
      loading={hydrated && <p class="muted">{strings.bank.loading}</p>}
    >
      {(meeting) => (
        <div class="qb-grid">
          <div class="qb-main stack">
            <MeetingDetails meeting={meeting} />
            <ListPanel meeting={meeting} bank={bank} focusHeading={focusListOf === meeting.id} onFocused={() => setFocusListOf(null)} />
          </div>
          <div class="qb-side stack">
            <OwnQuestion meetingId={meeting.id} />
            <BankPanel meeting={meeting} bank={bank} failed={loaded?.failed} />
          </div>
        </div>
      )}
    </ToolShell>
  );
}
