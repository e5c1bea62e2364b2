/** The mock-meeting timer island: the active meeting, then the timer for it. */
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import type { AgendaData } from '../../lib/agenda';
import { $activeMeeting, ensureActiveMeeting } from '../../stores/active-meeting';
import { $timerRun } from '../../stores/timer-run';
import MeetingBar from '../meeting/MeetingBar';
import StorageNotice from '../meeting/StorageNotice';
import TimerBody from './TimerBody';
import './timer.css';

export interface MockTimerProps {
  agendas: AgendaData;
}

export default function MockTimer({ agendas }: MockTimerProps) {
  const meeting = useStore($activeMeeting);
  const data = useStore($timerRun);
  useEffect(() => {
    ensureActiveMeeting();
  }, []);
  return (
    <div class="mt stack">
      <MeetingBar />
      <StorageNotice />
      {meeting && <TimerBody key={meeting.id} meeting={meeting} data={data} agendas={agendas} />}
    </div>
  );
}
