/**
 * The names of the timer's agenda segments, by the ids src/content/agendas/agendas.json uses (that
 * file holds only ids and lengths). Read at build time by the timer page, which hands the island its
 * agendas already named (lib/agenda labelAgendas), so these words stay out of the island's JavaScript.
 */
import type { AgendaLabels } from '../../lib/agenda';

export const strings = {
  /** The opening segment of every agenda. */
  intro: 'Small talk and introduction',
  /** The closing segment. */
  close: 'Next steps and close',
  /** Time a question list leaves free, before its closing questions. */
  spare: 'Follow-up questions and spare time',
  path: 'Their path: how did you get into this work?',
  work: 'The work: what does a typical week look like for you?',
  trends: 'Trends: what is changing in your field right now?',
  advice: 'Advice: what would you do in my position?',
  resources: 'Resources: who else should I talk to, what should I read?',
} satisfies AgendaLabels;
