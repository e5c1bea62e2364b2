/** Damaged copies, each with its date and size: download (the stored text, exactly), try as an import, delete after a confirm. */
import { useState } from 'preact/hooks';
import { byteSize, damagedFileName, type DamagedCopy } from '../../lib/data-inventory';
import { formatDateTime, readerTimeZone } from '../../lib/zoned-time';
import { damagedText, deleteCopy, restoreCopy } from '../../stores/device-data';
import ConfirmBar from '../shared/ConfirmBar';
import { focusLater } from '../shared/dom';
import { downloadText } from '../shared/download-text';
import { useAnnounce } from '../shared/feedback';
import { strings as s } from './strings';

type Outcome = { key: string; text: string; ok: boolean };

export default function DamagedCopies({ copies, onChange }: { copies: DamagedCopy[]; onChange: () => void }) {
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const zone = readerTimeZone();

  const download = (c: DamagedCopy) => {
    downloadText(damagedFileName(c), damagedText(c.key), 'text/plain;charset=utf-8');
    announce(s.downloaded);
  };
  const tryImport = (c: DamagedCopy) => {
    const { reading, summary } = restoreCopy(c.key);
    const text = !reading.ok
      ? s.copyProblems[reading.problem]
      : summary
        ? s.restored(summary.added, summary.newer, reading.dropped)
        : s.restoredNone(reading.dropped);
    setOutcome({ key: c.key, text, ok: reading.ok && !!summary });
    focusLater('dp-outcome');
    onChange();
  };
  const remove = (c: DamagedCopy) => {
    deleteCopy(c.key);
    setConfirming(null);
    setOutcome(null);
    announce(s.removed);
    onChange();
    focusLater('damaged');
  };

  return (
    <section class="card stack" aria-labelledby="damaged" id="dp-damaged">
      <h2 id="damaged" tabIndex={-1}>
        {s.damagedHeading}
      </h2>
      {copies.length === 0 ? (
        <p>{s.noDamaged}</p>
      ) : (
        <>
          <p class="muted">{s.damagedIntro}</p>
          <ul class="dp-copies stack">
            {copies.map((c) => {
              const label = s.copyLabel(s.storeNames[c.store] ?? c.store, formatDateTime(c.at, zone), s.bytes(byteSize(c.bytes)));
              const id = `dp-copy-${c.key.replace(/[^A-Za-z0-9]+/g, '-')}`;
              return (
                <li key={c.key} class="stack">
                  <p id={id}>{label}</p>
                  <div class="cluster" role="group" aria-labelledby={id}>
                    <button type="button" class="btn btn-small" onClick={() => download(c)}>
                      {s.download}
                    </button>
                    <button type="button" class="btn btn-small" onClick={() => tryImport(c)}>
                      {s.tryImport}
                    </button>
                    <button type="button" id={`${id}-delete`} class="btn btn-small btn-danger" aria-expanded={confirming === c.key} onClick={() => setConfirming(confirming === c.key ? null : c.key)}>
                      {s.remove}
                    </button>
                  </div>
                  {outcome?.key === c.key && (
                    <p class={`notice ${outcome.ok ? 'notice-success' : 'notice-warning'}`} id="dp-outcome" tabIndex={-1} role="status">
                      {outcome.text}
                    </p>
                  )}
                  {confirming === c.key && (
                    <ConfirmBar
                      id={`${id}-confirm`}
                      question={s.confirmRemove}
                      confirm={s.confirmRemoveButton}
                      cancel={s.keep}
                      onConfirm={() => remove(c)}
                      onCancel={() => setConfirming(null)}
                      back={`${id}-delete`}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
