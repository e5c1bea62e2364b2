/** The page's undo offer (made with useUndo().offerUndo) with its Undo and Dismiss buttons; nothing when there is none. */
import { useEffect, useRef } from 'preact/hooks';
import { focusLater } from './dom';
import { useAnnounce, useUndo } from './feedback';
import { strings } from './strings';

export default function UndoBar({ class: cls = '' }: { class?: string }) {
  const { undo: offer, closeUndo, undoId } = useUndo();
  const announce = useAnnounce();
  const button = useRef<HTMLButtonElement>(null);
  // Each new offer takes focus, so the reader can undo at once (Enter) or move on.
  useEffect(() => button.current?.focus(), [offer]);
  if (!offer) return null;
  const undo = () => {
    offer.run();
    closeUndo();
    announce(offer.restored ?? strings.restored);
    focusLater(offer.focusId);
  };
  return (
    <div class={`notice cluster ${cls}`.trim()}>
      <span>{offer.message}</span>
      <button type="button" class="btn btn-small btn-primary" id={undoId} ref={button} onClick={undo} aria-label={offer.label}>
        {strings.undo}
      </button>
      <button
        type="button"
        class="btn btn-small btn-quiet"
        onClick={() => {
          closeUndo();
          focusLater(offer.dismissFocusId);
        }}
      >
        {strings.dismiss}
      </button>
    </div>
  );
}
