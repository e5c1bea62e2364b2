/** "Delete everything from this device", behind a confirmation that names what goes and offers a backup first. */
import { useState } from 'preact/hooks';
import { href } from '../../lib/href';
import type { Meeting } from '../../lib/meeting';
import { deleteEverything, keysLeft } from '../../stores/device-data';
import { exportBackup } from '../backup/export';
import ConfirmBar from '../shared/ConfirmBar';
import { DATA_IDS } from '../shared/focus-ids';
import { useAnnounce } from '../shared/feedback';
import { strings as s } from './strings';

export default function DeleteEverything({ meetings, runs, damaged }: { meetings: Meeting[]; runs: number; damaged: number }) {
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState('');

  const confirm = () => {
    deleteEverything();
    const left = keysLeft();
    if (left > 0) return setProblem(s.deleteLeft(left));
    // A fresh page: the stores in this one still hold what was deleted in memory.
    location.replace(href('/data/?deleted'));
  };

  return (
    <section class="card stack" aria-labelledby="dp-delete">
      <h2 id="dp-delete">{s.deleteHeading}</h2>
      <p class="muted">{s.deleteIntro}</p>
      <div>
        <button type="button" id={DATA_IDS.deleteEverything} class="btn btn-danger" aria-expanded={open} onClick={() => setOpen(!open)}>
          {s.deleteButton}
        </button>
      </div>
      {open && (
        <ConfirmBar
          id="dp-confirm"
          question={s.confirmHeading}
          confirm={s.confirmDelete}
          onConfirm={confirm}
          onCancel={() => setOpen(false)}
          focus="box"
          back={DATA_IDS.deleteEverything}
          detail={
            <>
              <ul>
                {s.confirmList(meetings.length, runs, damaged).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <p>{s.confirmWarning}</p>
            </>
          }
          extra={
            <button type="button" class="btn btn-primary" onClick={() => (exportBackup(meetings), announce(s.backedUp))}>
              {s.backupFirst}
            </button>
          }
        >
          {problem && (
            <p class="notice notice-error" role="alert">
              {problem}
            </p>
          )}
        </ConfirmBar>
      )}
    </section>
  );
}
