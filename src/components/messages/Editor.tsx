/**
 * The editor of one kind for one meeting: subject and text (the saved draft, else the template filled
 * from the meeting), advice that follows the typing, the thank-you's points, and the send actions.
 */
import type { ChecklistTemplateItem } from '../../lib/checklist-derive';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Meeting } from '../../lib/meeting';
import {
  DEFAULT_MESSAGE_LIMITS,
  checkMessage,
  draftFits,
  draftFor,
  fillPlaceholders,
  hasSubject,
  meetingTemplateFields,
  type CheckReport,
  type MeetingContext,
  type MessageKind,
  type WriterTemplates,
} from '../../lib/messages';
import { LIMITS } from '../../lib/meeting';
import { clearDraft, saveDraft } from '../../stores/messages';
import { useAnnounce, useUndo } from '../shared/feedback';
import { focusLater } from '../shared/dom';
import { MESSAGES_IDS } from '../shared/focus-ids';
import TextInput from '../shared/TextInput';
import { UndoBar } from '../shared/ToolShell';
import ActionsPanel from './ActionsPanel';
import ChecksPanel from './ChecksPanel';
import PointsPanel from './PointsPanel';
import type { WriterSlots } from './StaticParts';
import * as s from './strings';

/** How long typing pauses before the advice updates, and before the draft is saved. */
const CHECK_DELAY_MS = 150;
const SAVE_DELAY_MS = 400;

interface Draft {
  subject: string;
  body: string;
}

interface Props extends WriterTemplates, Pick<WriterSlots, 'bodyHint' | 'checks'> {
  kind: MessageKind;
  meeting: Meeting;
  ctx: MeetingContext;
  checklist: readonly ChecklistTemplateItem[];
}

export default function Editor({ kind, meeting, ctx, templates, placeholders, checklist, bodyHint, checks }: Props) {
  const announce = useAnnounce();
  const { offerUndo } = useUndo();
  const saved = draftFor(meeting, kind);
  const template = templates[kind];
  const fields = meetingTemplateFields(ctx);
  const fromTemplate: Draft = {
    subject: fillPlaceholders(template?.subject ?? '', fields, placeholders).text,
    body: fillPlaceholders((template?.body ?? '').trimEnd(), fields, placeholders).text,
  };
  // What the reader typed since the last save; null shows the saved draft, or else the template.
  const [typed, setTyped] = useState<Draft | null>(null);
  const draft: Draft = typed ?? (saved ? { subject: saved.subject, body: saved.body } : fromTemplate);
  const withSubject = hasSubject(kind);

  // The first check runs in a task of its own, after the editor shows: the first run compiles the
  // checks' patterns and the word segmenter, the slowest part of opening the page on a slow phone.
  const [report, setReport] = useState<CheckReport | null>(null);
  useEffect(() => {
    const t = setTimeout(() => setReport(checkMessage(kind, draft, ctx, DEFAULT_MESSAGE_LIMITS, new Date())), report ? CHECK_DELAY_MS : 0);
    return () => clearTimeout(t);
  }, [kind, draft.subject, draft.body, ctx]);

  // Autosave: a pause in typing saves; leaving the kind or the page saves at once.
  const pending = useRef<Draft | null>(null);
  const [saveState, setSaveState] = useState<'template' | 'saved' | 'too-long'>(saved ? 'saved' : 'template');
  const flush = () => {
    const d = pending.current;
    if (!d) return;
    pending.current = null;
    setSaveState(saveDraft(meeting.id, kind, d) ? 'saved' : 'too-long');
  };
  useEffect(() => {
    if (!typed) return;
    pending.current = typed;
    if (!draftFits(typed)) {
      setSaveState('too-long');
      pending.current = null;
      return;
    }
    const t = setTimeout(flush, SAVE_DELAY_MS);
    return () => clearTimeout(t);
  }, [typed]);
  useEffect(() => {
    const onHide = () => flush();
    addEventListener('pagehide', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      flush();
    };
  }, []);

  const restart = () => {
    const before = saved ?? (typed ? { ...typed } : null);
    pending.current = null;
    setTyped(null);
    clearDraft(meeting.id, kind);
    setSaveState('template');
    if (before) {
      offerUndo({
        message: s.restarted,
        run: () => {
          saveDraft(meeting.id, kind, { subject: before.subject, body: before.body });
          setSaveState('saved');
        },
        focusId: MESSAGES_IDS.body,
        dismissFocusId: MESSAGES_IDS.restart,
      });
    } else {
      announce(s.draftFromTemplate);
      focusLater(MESSAGES_IDS.body);
    }
  };

  const update = (part: Partial<Draft>) => setTyped({ ...draft, ...part });
  const statusText =
    saveState === 'too-long' ? s.draftTooLong(LIMITS.draftBody) : typed || saveState === 'saved' ? s.draftSaved : s.draftFromTemplate;

  return (
    <div class="mw-editor stack">
      {kind === 'thank-you' && <PointsPanel ctx={ctx} />}
      {withSubject && <TextInput id={MESSAGES_IDS.subject} label={s.subjectLabel} value={draft.subject} onInput={(subject) => update({ subject })} />}
      <div class="field">
        <label for={MESSAGES_IDS.body}>{s.bodyLabel}</label>
        {bodyHint}
        <textarea
          id={MESSAGES_IDS.body}
          dir="auto"
          rows={12}
          spellcheck
          value={draft.body}
          aria-describedby="mw-body-hint mw-body-count"
          onInput={(e) => update({ body: e.currentTarget.value })}
        />
        <p class="mw-count hint" id="mw-body-count">
          {/* A line high before the first check, so nothing below moves when the count arrives. */}
          {report ? s.countText(report.stats.words, report.stats.chars) : '\u00a0'}
        </p>
      </div>
      <div class="mw-draft-row">
        <p class={saveState === 'too-long' ? 'error' : 'hint'}>{statusText}</p>
        <button type="button" class="btn btn-small" id={MESSAGES_IDS.restart} onClick={restart}>
          {s.restart}
        </button>
      </div>
      <UndoBar />
      <ChecksPanel report={report} ctx={ctx} intro={checks} />
      <ActionsPanel kind={kind} meeting={meeting} draft={draft} withSubject={withSubject} ctx={ctx} checklist={checklist} />
    </div>
  );
}
