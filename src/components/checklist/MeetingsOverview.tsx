/** Every meeting with its next due item ("Thank-you to Dana due tomorrow"); opening one makes it active. */
import { useStore } from '../shared/use-store';
import { overviewStatus, type TemplateItem } from '../../lib/checklist';
import type { Meeting } from '../../lib/meeting';
import { setActiveMeeting } from '../../stores/active-meeting';
import { $meetingList } from '../../stores/meetings';
import { focusLater } from '../shared/dom';
import { useAnnounce } from '../shared/feedback';
import { CHECKLIST_IDS } from '../shared/focus-ids';
import Icon from './Icon';
import { strings } from './strings';

interface Props {
  template: TemplateItem[];
  activeId: string;
  now: Date;
  zone: string;
}

/** The overview line for one meeting, in words. */
function nextLine(m: Meeting, template: TemplateItem[], now: Date, zone: string): { text: string; overdue: boolean } {
  const status = overviewStatus(m, template, now, zone, strings.duePhrases);
  if (status.kind === 'next') return { text: status.line, overdue: status.overdue };
  return { text: status.kind === 'no-date' ? strings.overviewNoDate : strings.overviewAllDone, overdue: false };
}

export default function MeetingsOverview({ template, activeId, now, zone }: Props) {
  const announce = useAnnounce();
  const meetings = useStore($meetingList);
  const open = (m: Meeting, title: string) => {
    setActiveMeeting(m.id);
    announce(strings.switched(title));
    focusLater(CHECKLIST_IDS.dateInput);
  };
  return (
    <section class="ck-overview card stack" aria-labelledby="ck-overview-heading">
      <h2 id="ck-overview-heading">{strings.overviewHeading}</h2>
      <ul class="ck-overview-list" role="list">
        {meetings.map((m) => {
          const title = m.title.trim() || strings.overviewUntitled;
          const line = nextLine(m, template, now, zone);
          const active = m.id === activeId;
          return (
            <li key={m.id} class={`ck-overview-item${active ? ' is-active' : ''}`} aria-current={active ? 'true' : undefined}>
              <div>
                <strong class="ck-overview-title" dir="auto">{title}</strong>
                <p class={`ck-overview-next${line.overdue ? ' ck-due-overdue' : ''}`}>
                  {line.overdue && <Icon name="alert" />}
                  {line.text}
                </p>
              </div>
              {active ? (
                <span class="ck-overview-badge">{strings.overviewActive}</span>
              ) : (
                <button type="button" class="btn btn-small" aria-label={strings.overviewOpenFor(title)} onClick={() => open(m, title)}>
                  {strings.overviewOpen}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
