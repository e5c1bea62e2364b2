/** The advice on the draft: every check of the kind, passed or with what to change and the guide behind it. */
import type { ComponentChildren } from 'preact';
import type { CheckReport, CheckStatus, MeetingContext } from '../../lib/messages';
import { formatDay } from '../../lib/messages';
import { formatDate } from '../../lib/zoned-time';
import { href } from '../../lib/href';
import * as s from './strings';
import type { StringFormat } from './strings';
import { isNote } from '../../lib/messages';

/** Each status's mark (for sighted readers) and word. */
const STATUS: Record<CheckStatus, [mark: string, word: string]> = {
  pass: ['✓', s.passes],
  flag: ['!', s.advice],
  note: ['·', ''],
  skipped: ['·', s.skipped],
};

/**
 * `intro`: the heading (id mw-checks-title) and help, rendered by the page (StaticParts.tsx).
 * `report` is null for the moment before the first check has run (the editor runs it after it shows).
 */
export default function ChecksPanel({ report, ctx, intro }: { report: CheckReport | null; ctx: MeetingContext; intro: ComponentChildren }) {
  if (!report) {
    return (
      <section class="mw-checks" aria-labelledby="mw-checks-title" aria-busy="true">
        {intro}
      </section>
    );
  }
  const fmt: StringFormat = {
    date: (iso) => formatDate(new Date(iso), ctx.timeZone),
    day: (day) => formatDay(day, ctx.timeZone),
  };
  const advice = report.flags.length;
  // Notes a check already shows under its name (timing) are not repeated at the top.
  const inResults = new Set(report.results.flatMap((r) => r.findings.map((f) => f.id)));
  const topNotes = report.notes.filter((n) => !inResults.has(n.id));
  return (
    <section class="mw-checks" aria-labelledby="mw-checks-title">
      {intro}
      {topNotes.map((n) => (
        <p class="notice mw-note" key={n.id}>
          {s.noteText(n)}
        </p>
      ))}
      {report.empty ? (
        <p>{s.checksEmpty}</p>
      ) : (
        <>
          <p class="mw-summary">
            <strong>{s.checksSummary(advice)}</strong>
          </p>
          <ul class="mw-check-list" role="list">
            {report.results.map((r) => (
              <li key={r.check} class={`mw-check mw-check-${r.status}`}>
                <span class="mw-check-name">
                  <span aria-hidden="true" class="mw-mark">
                    {STATUS[r.status][0]}
                  </span>{' '}
                  {s.checkLabels[r.check]}:{' '}
                  <span class="mw-check-status">{STATUS[r.status][1]}</span>
                </span>
                {r.findings.length > 0 && (
                  <ul role="list" class="mw-findings">
                    {r.findings.map((f, i) =>
                      isNote(f) ? (
                        <li key={i}>{s.noteText(f)}</li>
                      ) : (
                        <li key={i}>
                          <span dir="auto">{s.flagText(f, fmt)}</span>{' '}
                          <a href={href(s.flagGuide(f).href)}>{s.guideLink(s.flagGuide(f).label)}</a>
                        </li>
                      ),
                    )}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
