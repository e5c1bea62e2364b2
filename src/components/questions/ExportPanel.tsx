/** Copy as text, download Markdown, print, and copy a share link, each with a status message. */
import { useId, useState } from 'preact/hooks';
import type { Meeting } from '../../lib/meeting';
import { exportFileName, toMarkdown, toPlainText } from '../../lib/question-export';
import { shareFragment, shareMeeting } from '../../lib/share-link';
import { downloadText } from '../shared/download-text';
import { pageUrlWith } from './browser';
import { copyText } from '../shared/copy-text';
import { strings } from './strings';

const s = strings.exports;

interface Status {
  text: string;
  /** Text to show for copying by hand when the clipboard refused. */
  manual?: { label: string; value: string };
  error?: boolean;
}

export default function ExportPanel({ meeting, summary }: { meeting: Meeting; summary: string }) {
  const id = useId();
  const [status, setStatus] = useState<Status | null>(null);

  const copy = async () => {
    const text = toPlainText(meeting, strings.exportLabels, summary);
    const ok = await copyText(text);
    setStatus(ok ? { text: s.copied } : { text: s.copyFailed, manual: { label: s.copyFallbackLabel, value: text } });
  };
  const download = () => {
    const name = exportFileName(meeting.title);
    downloadText(name, toMarkdown(meeting, strings.exportLabels, summary), 'text/markdown;charset=utf-8');
    setStatus({ text: s.downloaded(name) });
  };
  const share = async () => {
    const r = shareMeeting(meeting);
    if (!r.ok) return setStatus({ text: r.error === 'empty' ? s.shareEmpty : s.shareTooLong, error: true });
    const url = pageUrlWith(shareFragment(r.payload));
    const ok = await copyText(url);
    setStatus(ok ? { text: s.shareCopied, manual: { label: s.shareLabel, value: url } } : { text: s.shareCopyFailed, manual: { label: s.shareLabel, value: url } });
  };

  return (
    <div class="qb-export">
      <h3>{s.heading}</h3>
      <div class="cluster">
        <button type="button" class="btn" onClick={copy}>
          {s.copy}
        </button>
        <button type="button" class="btn" onClick={download}>
          {s.download}
        </button>
        <button type="button" class="btn" onClick={() => window.print()}>
          {s.print}
        </button>
        <button type="button" class="btn" onClick={share} aria-describedby={`${id}-share-what`}>
          {s.share}
        </button>
      </div>
      <p class="muted qb-small" id={`${id}-share-what`}>
        {s.shareCarries(meeting.title)}
      </p>
      <div role="status" class="qb-export-status">
        {status && <p class={status.error ? 'qb-error-text' : undefined}>{status.text}</p>}
      </div>
      {status?.manual && (
        <div class="field">
          <label for={`${id}-manual`}>{status.manual.label}</label>
          <textarea id={`${id}-manual`} readOnly rows={status.manual.value.includes('\n') ? 6 : 2} value={status.manual.value} onFocus={(e) => (e.currentTarget as HTMLTextAreaElement).select()} />
        </div>
      )}
    </div>
  );
}
