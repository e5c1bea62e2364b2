/**
 * The house every tool lives in: the meeting bar, the storage notice, the tool's body keyed by the
 * meeting it shows, and the page's one live region. A new tool is its island file plus a body:
 *
 * ```tsx
 * // src/components/messages/MessageWriter.tsx (the island the page mounts with client:load)
 * export default function MessageWriter(props: Props) {
 *   return (
 *     <ToolShell tool="messages">
 *       {(meeting) => <MessagesBody meeting={meeting} {...props} />}
 *     </ToolShell>
 *   );
 * }
 * ```
 *
 * - The body renders only once the active meeting exists (the meeting store makes the first one
 *   when an island subscribes; tools never create or pick meetings themselves). It is keyed by the
 *   meeting id, so half-typed input never carries over to another meeting.
 * - To speak to screen readers, a part calls `useAnnounce()(message)`; to offer an undo,
 *   `useUndo().offerUndo({ message, run, focusId, dismissFocusId })` and place `<UndoBar />` where
 *   the offer should show (`useUndo` from `./feedback`, `UndoBar` from this module, so it ships in
 *   the shell's chunk). Never add another live region.
 *   An offer belongs to the meeting shown when it was made; showing another meeting drops it.
 * - Before something that cannot be undone, ask once with `<ConfirmBar>` (`./ConfirmBar`).
 * - Ids that focus moves to go in `./focus-ids`; every meeting change is a function in `src/stores`;
 *   every rule (parsing, validation, budgets) a function in `src/lib`. Words go in the tool's
 *   `strings.ts` (shared ones in `./strings`).
 * - A new tool adds its name and CSS class prefix to TOOL_CLASS below; the root element gets that
 *   class, the body sits in `.<prefix>-screen`, and the live region is the root's last child.
 * - A page about every meeting rather than one (the data page) passes `whole` instead of children:
 *   no meeting bar, and the shell never makes or picks a meeting.
 * - `top` goes under the storage notice (a notice such as the share import), `after` outside the
 *   screen part (e.g. a print-only sheet), and `ready`/`loading` hold the body back while the tool
 *   prepares (the checklist waits for locale data).
 */
import type { ComponentChildren } from 'preact';
import { Fragment } from 'preact';
import { atom } from 'nanostores';
import { useStore } from './use-store';
import type { Meeting } from '../../lib/meeting';
import { $activeMeeting } from '../../stores/active-meeting';
import { FeedbackProvider, useFeedbackState } from './feedback';
import MeetingBar from './MeetingBar';
import StorageNotice from './StorageNotice';

// The undo bar is the shell's too (the undo offer lives in its feedback context); tools import it
// from here so it ships in the shell's chunk. Imported from its own file, it was a chunk of its own on
// some pages and cut shared chunks in two on others (0.27 KB gzip more on the builder, the checklist and
// the message writer, 0.1 KB less on the timer and data pages, which do not show it).
export { default as UndoBar } from './UndoBar';

/** The tools that live in the shell, with the class prefix their styles use. */
export const TOOL_CLASS = { questions: 'qb', checklist: 'ck', timer: 'mt', messages: 'mw', data: 'dp' } as const;
export type ToolName = keyof typeof TOOL_CLASS;

export interface ToolShellProps {
  tool: ToolName;
  /** The tool's body for the active meeting. */
  children?: (meeting: Meeting) => ComponentChildren;
  /** Instead of children: a body about every meeting, shown without the meeting bar. */
  whole?: ComponentChildren;
  /** Under the storage notice, above the body, whatever meeting is shown (or none yet). */
  top?: ComponentChildren;
  /** After the screen part, for the active meeting (e.g. a print sheet). */
  after?: (meeting: Meeting) => ComponentChildren;
  /** False while the body is not ready to show; `loading` shows instead. */
  ready?: boolean;
  loading?: ComponentChildren;
  /** Id of the Undo button (see focus-ids); defaults to `<class>-undo`. */
  undoId?: string;
}

/** What a `whole` page reads instead of the active meeting, so it never creates one. */
const NO_MEETING = atom<Meeting | undefined>(undefined);

export default function ToolShell({ tool, children, whole, top, after, ready = true, loading, undoId }: ToolShellProps) {
  const meeting = useStore(whole === undefined ? $activeMeeting : NO_MEETING);
  const cls = TOOL_CLASS[tool];
  const { value, message } = useFeedbackState(undoId ?? `${cls}-undo`, meeting?.id);
  return (
    <FeedbackProvider value={value}>
      <div class={cls}>
        <div class={`${cls}-screen stack`}>
          {whole === undefined && <MeetingBar />}
          <StorageNotice />
          {top}
          {whole ?? (meeting && ready ? <Fragment key={meeting.id}>{children?.(meeting)}</Fragment> : loading)}
        </div>
        {meeting && after?.(meeting)}
        <p class="visually-hidden" role="status" aria-live="polite">
          {message}
        </p>
      </div>
    </FeedbackProvider>
  );
}
