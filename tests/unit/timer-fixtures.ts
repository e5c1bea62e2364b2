/** Shared timer test data: one fixed start time and a ten-minute plan (intro, one question, close). */
import type { TimerPlan } from '../../src/lib/timer-engine';
import agendas from '../../src/content/agendas/agendas.json';
import { labelAgendas, type AgendaFile } from '../../src/lib/agenda';
import { strings as agendaLabels } from '../../src/components/timer/agenda-strings';

/** The agendas as the timer page hands them over: the file's segments named by the timer's words. */
export const agendaData = labelAgendas(agendas as AgendaFile, agendaLabels);

/** Monday 5 January 2026, 09:00 UTC. */
export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

/** Two minutes of small talk, six on one question, two to close. */
export function tenMinutePlan(question = 'Question'): TimerPlan {
  return {
    totalSec: 600,
    segments: [
      { label: 'Small talk and introduction', seconds: 120 },
      { label: question, seconds: 360 },
      { label: 'Next steps and close', seconds: 120 },
    ],
  };
}
