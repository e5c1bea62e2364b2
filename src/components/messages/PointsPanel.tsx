/** For the thank-you: the meeting's questions and notes, so the reader can pick the one point to mention. */
import { Fragment } from 'preact';
import type { MeetingContext } from '../../lib/messages';
import * as s from './strings';

export default function PointsPanel({ ctx }: { ctx: MeetingContext }) {
  const notes = (ctx.notes ?? '').split('\n').filter((n) => n.trim());
  const groups: [string, readonly string[]][] = [
    [s.pointsQuestions, ctx.questions ?? []],
    [s.pointsNotes, notes],
  ];
  return (
    <details class="mw-points" open>
      <summary>{s.pointsHeading}</summary>
      {groups.every(([, list]) => list.length === 0) ? (
        <p class="hint">{s.pointsNone}</p>
      ) : (
        <>
          <p class="hint">{s.pointsHint}</p>
          {groups.map(
            ([title, list]) =>
              list.length > 0 && (
                <Fragment key={title}>
                  <h4>{title}</h4>
                  <ul>
                    {list.map((text, i) => (
                      <li key={i} dir="auto">
                        {text}
                      </li>
                    ))}
                  </ul>
                </Fragment>
              ),
          )}
        </>
      )}
    </details>
  );
}
