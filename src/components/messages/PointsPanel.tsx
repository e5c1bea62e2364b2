/** For the thank-you: the meeting's questions and notes, so the reader can pick the one point to mention. */
import type { MeetingContext } from '../../lib/messages';
import { writerStrings as s } from './strings';

export default function PointsPanel({ ctx }: { ctx: MeetingContext }) {
  const questions = ctx.questions ?? [];
  const notes = (ctx.notes ?? '').split('\n').filter((n) => n.trim());
  return (
    <details class="mw-points" open>
      <summary>{s.pointsHeading}</summary>
      {questions.length === 0 && notes.length === 0 ? (
        <p class="hint">{s.pointsNone}</p>
      ) : (
        <>
          <p class="hint">{s.pointsHint}</p>
          {questions.length > 0 && (
            <>
              <h4>{s.pointsQuestions}</h4>
              <ul>
                {questions.map((q, i) => (
                  <li key={i} dir="auto">
                    {q}
                  </li>
                ))}
              </ul>
            </>
          )}
          {notes.length > 0 && (
            <>
              <h4>{s.pointsNotes}</h4>
              <ul>
                {notes.map((n, i) => (
                  <li key={i} dir="auto">
                    {n}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </details>
  );
}
