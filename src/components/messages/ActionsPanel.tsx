/** Copy, open in the email app, and "I sent it" (a day on the meeting and a ticked checklist item). */
import { useState } from 'preact/hooks';
import type { ChecklistTemplateItem } from '../../lib/checklist-derive';
import type { Meeting } from '../../lib/meeting';
import {
  DEFAULT_MESSAGE_LIMITS,
  buildMailto,
  dayIn,
  formatDay,
  sentDay,
  sentRecord,
  type MeetingContext,
  type MessageKind,
} from '../../lib/messages';
import { isCalendarDay } from '../../lib/zoned-time';
import { href } from '../../lib/href';
import { markMessageSent } from '../../stores/messages';
import { copyText } from '../shared/copy-text';
import { useAnnounce } from '../shared/feedback';
import * as s from './strings';

interface Props {
  kind: MessageKind;
  meeting: Meeting;
  draft: { subject: string; body: string };
  withSubject: boolean;
  ctx: MeetingContext;
  /** The checklist template: "I sent it" ticks its item, storing a list not stored yet. */
  checklist: readonly ChecklistTemplateItem[];
}

export default function ActionsPanel({ kind, meeting, draft, withSubject, ctx, checklist }: Props) {
  const announce = useAnnounce();
  const [status, setStatus] = useState<{ text: string; error?: boolean; checklist?: boolean } | null>(null);
  const [day, setDay] = useState(() => dayIn(new Date(), ctx.timeZone));
  const record = sentRecord(kind);
  const already = sentDay(meeting, kind);
  const mail = buildMailto({ subject: withSubject ? draft.subject : undefined, body: draft.body }, DEFAULT_MESSAGE_LIMITS.mailtoMaxLength);

  const say = (text: string, extra: { error?: boolean; checklist?: boolean } = {}) => {
    setStatus({ text, ...extra });
    announce(text);
  };
  const copy = async (text: string) => say((await copyText(text)) ? s.copied : s.copyFailed);
  const markSent = () => {
    if (!isCalendarDay(day)) return say(s.sentBadDay, { error: true });
    markMessageSent(meeting.id, kind, day, checklist);
    say(s.sentDone(formatDay(day, ctx.timeZone)), { checklist: true });
  };

  return (
    <section class="mw-actions" aria-labelledby="mw-actions-title">
      <h3 id="mw-actions-title">{s.actionsHeading}</h3>
      <div class="cluster">
        <button type="button" class="btn btn-primary" onClick={() => copy(draft.body)}>
          {s.copyLabel}
        </button>
        {withSubject && draft.subject.trim() && (
          <button type="button" class="btn" onClick={() => copy(draft.subject)}>
            {s.copySubject}
          </button>
        )}
        {withSubject && mail.ok && (
          <a class="btn" href={mail.href}>
            {s.mailtoLabel}
          </a>
        )}
      </div>
      {withSubject && !mail.ok && <p class="notice">{s.mailtoTooLong(mail.length, mail.limit)}</p>}
      {record && (
        <div class="mw-sent cluster">
          <div class="field">
            <label for="mw-sent-on">{s.sentOn}</label>
            <input id="mw-sent-on" type="date" value={day} onInput={(e) => setDay(e.currentTarget.value)} />
          </div>
          <button type="button" class="btn" onClick={markSent}>
            {s.markSent}
          </button>
        </div>
      )}
      {already && !status && <p class="hint">{s.sentStatus(formatDay(already, ctx.timeZone))}</p>}
      {status && (
        <p class={status.error ? 'error' : 'notice'}>
          {status.text}
          {status.checklist && (
            <>
              {' '}
              <a href={href('/tools/checklist/')}>{s.sentChecklist}</a>
            </>
          )}
        </p>
      )}
    </section>
  );
}
