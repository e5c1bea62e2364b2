/** The mock-meeting timer island: the active meeting, then the timer for it. */
import { useStore } from '../shared/use-store';
import type { AgendaData } from '../../lib/agenda';
import { $timerRun } from '../../stores/timer-run';
import { $timerSettings } from '../../stores/timer-settings';
import ToolShell from '../shared/ToolShell';
import TimerBody from './TimerBody';
import './timer.css';

export interface MockTimerProps {
  agendas: AgendaData;
}

export default function MockTimer({ agendas }: MockTimerProps) {
  const data = useStore($timerRun);
  const settings = useStore($timerSettings);
  return <ToolShell tool="timer">{(meeting) => <TimerBody meeting={meeting} data={data} settings={settings} agendas={agendas} />}</ToolShell>;
}
