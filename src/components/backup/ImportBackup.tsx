/** Choose a backup file, see what importing would do, confirm; a bad file changes nothing and says why. */
import { useRef, useState } from 'preact/hooks';
import { checkBackupSize, parseBackup, type ParsedBackup } from '../../lib/backup';
import type { Meeting } from '../../lib/meeting';
import { summarizeImport, type ImportSummary } from '../../lib/merge';
import { openMeetings } from '../../stores/active-meeting';
import { focusLater } from '../shared/dom';
import { BACKUP_IDS } from '../shared/focus-ids';
import { strings } from './strings';

type State =
  | { kind: 'idle' }
  | { kind: 'error'; message: string }
  | { kind: 'preview'; meetings: Meeting[]; summary: ImportSummary }
  | { kind: 'done'; message: string };

const { input: INPUT_ID, result: RESULT_ID } = BACKUP_IDS;

export default function ImportBackup({ current }: { current: Meeting[] }) {
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const show = (next: State) => {
    setState(next);
    if (next.kind === 'preview' || next.kind === 'done') focusLater(RESULT_ID);
  };
  const onPick = async (e: Event) => {
    const el = e.currentTarget as HTMLInputElement;
    const file = el.files?.[0];
    if (!file) return;
    let result: ParsedBackup | null = checkBackupSize(file.size);
    if (!result) {
      try {
        result = parseBackup(await file.text(), file.size);
      } catch {
        result = { ok: false, problem: 'unreadable' };
      }
    }
    if (!result.ok) return show({ kind: 'error', message: strings.refusal(result) });
    show({ kind: 'preview', meetings: result.meetings, summary: summarizeImport(current, result.meetings) });
  };
  const confirm = () => {
    if (state.kind !== 'preview') return;
    const { summary, shown } = openMeetings(state.meetings, { show: 'if-blank' });
    const message = strings.done(summary);
    show({ kind: 'done', message: shown ? `${message} ${strings.nowShowing(shown.title)}` : message });
  };
  const cancel = () => {
    setState({ kind: 'done', message: strings.cancelled });
    input.current?.focus();
  };

  const error = state.kind === 'error';
  return (
    <div class="bk-import stack">
      <div class="field">
        <label for={INPUT_ID}>{strings.importLabel}</label>
        <span class="hint" id={`${INPUT_ID}-hint`}>{strings.importHint}</span>
        <input
          ref={input}
          id={INPUT_ID}
          type="file"
          accept=".json,application/json"
          onChange={onPick}
          // Cleared as the picker opens, not after reading: the chosen file's name stays in view
          // beside the preview, and choosing the same file again still reads it again.
          onClick={(e) => (e.currentTarget.value = '')}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={`${INPUT_ID}-hint${error ? ` ${INPUT_ID}-error` : ''}`}
        />
      </div>
      {error && (
        <p class="notice notice-error" id={`${INPUT_ID}-error`} role="alert">
          {state.message} {strings.nothingChanged}
        </p>
      )}
      {state.kind === 'preview' && (
        <div class="notice stack bk-preview" id={RESULT_ID} tabIndex={-1} aria-labelledby="bk-preview-heading">
          <h3 id="bk-preview-heading">{strings.previewHeading}</h3>
          {state.meetings.length === 0 ? (
            <p>{strings.empty}</p>
          ) : (
            <>
              <p>{strings.preview(state.summary)}</p>
              <p class="muted">{strings.previewDetail}</p>
            </>
          )}
          <div class="cluster">
            {state.meetings.length > 0 && (
              <button type="button" class="btn btn-primary" onClick={confirm}>
                {strings.confirm}
              </button>
            )}
            <button type="button" class="btn" onClick={cancel}>
              {strings.cancel}
            </button>
          </div>
        </div>
      )}
      {state.kind === 'done' && (
        <p class="notice notice-success" id={RESULT_ID} tabIndex={-1} role="status">
          {state.message}
        </p>
      )}
    </div>
  );
}
