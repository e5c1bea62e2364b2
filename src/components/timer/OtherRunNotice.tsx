/** Only one run can be open: says which meeting holds it and offers to go there or drop it. */
import { setActiveMeeting } from '../../stores/active-meeting';
import { getMeeting } from '../../stores/meetings';
import { discardRun } from '../../stores/timer-run';
import { strings } from './strings';

export default function OtherRunNotice({ meetingId }: { meetingId: string }) {
  const s = strings.otherRun;
  const other = getMeeting(meetingId);
  return (
    <div class="notice notice-warning stack">
      <p>{other ? s.text(other.title) : s.textUnknown}</p>
      <div class="cluster">
        {other && (
          <button type="button" class="btn btn-primary" onClick={() => setActiveMeeting(meetingId)}>
            {s.goThere}
          </button>
        )}
        <button type="button" class="btn btn-danger" onClick={discardRun}>
          {s.discard}
        </button>
      </div>
    </div>
  );
}
