/**
 * The "Your data" page: what Coffee Chat keeps on this device, whether the browser will keep it,
 * backup and import (the backup panel itself), damaged copies, and deleting everything. It lives in
 * the tools' shell as a `whole` page (storage notice, one live region; no meeting bar, since it is
 * about every meeting, and it never creates one).
 */
import { useStore } from "../shared/use-store";
import { useEffect, useState } from "preact/hooks";
import { byteSize } from "../../lib/data-inventory";
import { $meetingList } from "../../stores/meetings";
import {
  checkPersistence,
  estimateStorage,
  takeInventory,
  type Inventory,
} from "../../stores/device-data";
import { $persistence, askPersistence } from "../../stores/persistence";
import BackupPanel from "../backup/BackupPanel";
import ToolShell from "../shared/ToolShell";
import DamagedCopies from "./DamagedCopies";
import DeleteEverything from "./DeleteEverything";
import { strings as s } from "./strings";
import "./data.css";
import { focusLater } from '../shared/dom';

export default function DataPage() {
  return <ToolShell tool="data" whole={<DataBody />} />;
}

function DataBody() {
  const meetings = useStore($meetingList);
  const persistence = useStore($persistence);
  const [inv, setInv] = useState<Inventory | null>(null);
  const [estimate, setEstimate] = useState<
    { usage: number; quota: number } | null | undefined
  >(undefined);
  const [deleted, setDeleted] = useState(false);
  const refresh = () => {
    setInv(takeInventory());
    void estimateStorage().then(setEstimate);
  };
  useEffect(() => {
    refresh();
    void checkPersistence(); // reads the state; asking waits for the button or a save
    if (new URLSearchParams(location.search).has("deleted")) {
      setDeleted(true);
      history.replaceState(null, "", location.pathname);
      focusLater("dp-deleted");
    }
  }, []);
  useEffect(() => {
    if (inv) setInv(takeInventory());
  }, [meetings]);

  const runs = meetings.reduce((sum, m) => sum + m.runs.length, 0);
  const size = (b: number) => s.size(s.bytes(byteSize(b)));
  return (
    <div class="dp-body stack">
      {deleted && (
        <p class="notice notice-success" id="dp-deleted" tabIndex={-1}>
          {s.deleted}
        </p>
      )}
      <section class="card stack" aria-labelledby="dp-stored">
        <h2 id="dp-stored">{s.storedHeading}</h2>
        <p class="muted">{s.storedIntro}</p>
        {/* Before the first read (server render, hydration) the same four lines hold their place, so nothing below moves. */}
        {!inv && (
          <ul class="dp-list" aria-hidden="true">
            <li>…</li>
            <li>…</li>
            <li>…</li>
            <li>…</li>
          </ul>
        )}
        {inv && (
          <ul class="dp-list">
            <li>
              {s.meetings(meetings.length, runs)}: {size(inv.bytes.meetings)}
            </li>
            <li>
              {s.drafts(inv.count.draft)}
              {inv.count.draft > 0 && `: ${size(inv.bytes.draft)}`}
            </li>
            <li>
              {s.settings(inv.count.setting)}: {size(inv.bytes.setting)}
            </li>
            <li>
              <a href="#damaged">{s.damaged(inv.count.damaged)}</a>
              {inv.count.damaged > 0 && `: ${size(inv.bytes.damaged)}`}
            </li>
          </ul>
        )}
        <p>
          {estimate === undefined
            ? '\u00a0'
            : estimate
              ? s.estimate(s.bytes(byteSize(estimate.usage)), s.bytes(byteSize(estimate.quota)))
              : s.noEstimate}
        </p>
      </section>

      <section class="card stack" aria-labelledby="dp-keep">
        <h2 id="dp-keep">{s.keepHeading}</h2>
        <p
          id="dp-persistence"
          class={
            persistence === "persisted"
              ? "notice notice-success"
              : persistence === "unknown" || persistence === "asking"
                ? ""
                : "notice notice-warning"
          }
        >
          {s.persistence[persistence]}
        </p>
        {(persistence === "not-persisted" || persistence === "unknown") && (
          <div class="stack">
            <div>
              <button
                type="button"
                class="btn"
                aria-describedby="dp-ask-note"
                onClick={() => void askPersistence(true)}
              >
                {s.askButton}
              </button>
            </div>
            <p class="muted" id="dp-ask-note">
              {s.askNote}
            </p>
          </div>
        )}
      </section>

      <BackupPanel link={false} />

      <DamagedCopies copies={inv?.damaged ?? []} onChange={refresh} />

      <DeleteEverything
        meetings={meetings}
        runs={runs}
        damaged={inv?.count.damaged ?? 0}
      />
    </div>
  );
}
