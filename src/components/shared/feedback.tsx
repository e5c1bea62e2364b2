/**
 * The one way a tool talks back: `useAnnounce()` for a polite screen-reader message, `useUndo()` to
 * offer an undo. Both reach the ToolShell of the page through a Preact context, so children never
 * import their root component (which is what made import cycles) and a page has one live region.
 */
import { createContext } from 'preact';
import { useContext, useMemo, useState } from 'preact/hooks';

/** The last undoable change (a deletion or a reset). */
export interface UndoOffer {
  message: string;
  run: () => void;
  /** Where focus goes after undoing (the restored item, the reset button). */
  focusId: string;
  /** Where focus goes when the reader dismisses the offer instead. */
  dismissFocusId: string;
  /** Announced after undoing; the shared "Restored." when omitted. */
  restored?: string;
  /** The Undo button's accessible name when "Undo" alone would not say what it brings back. */
  label?: string;
}

export type Announce = (message: string) => void;

interface Feedback {
  announce: Announce;
  /** Shows the offer (UndoBar shows it and focuses its Undo button) and announces its message. */
  offerUndo: (offer: UndoOffer) => void;
  undo: UndoOffer | null;
  closeUndo: () => void;
  /** Id of the Undo button, so focus can go there. */
  undoId: string;
}

const quiet: Feedback = { announce: () => {}, offerUndo: () => {}, undo: null, closeUndo: () => {}, undoId: '' };
const FeedbackContext = createContext<Feedback>(quiet);

/** Announces a message in the page's live region. */
export const useAnnounce = (): Announce => useContext(FeedbackContext).announce;

/** The undo offer of the page and the functions to make or close one. */
export function useUndo(): Pick<Feedback, 'offerUndo' | 'undo' | 'closeUndo' | 'undoId'> {
  return useContext(FeedbackContext);
}

/**
 * The state behind the context, for ToolShell: the live region's message and the undo offer. It
 * lives in the component that also reads the active meeting, so an announcement re-renders the tool
 * with the meeting as it is now (a change and its announcement land in the same render).
 */
export function useFeedbackState(undoId: string, meetingId?: string): { value: Feedback; message: string } {
  const [message, setMessage] = useState('');
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  // An offer belongs to the meeting shown when it was made (its body unmounts when another is
  // shown): switching meetings drops it in the same render, so it never shows, or takes focus, there.
  const [shown, setShown] = useState(meetingId);
  if (shown !== meetingId) {
    setShown(meetingId);
    setUndo(null);
  }
  const stable = useMemo(
    () => ({
      announce: setMessage,
      offerUndo: (offer: UndoOffer) => {
        setUndo(offer);
        setMessage(offer.message);
      },
      closeUndo: () => setUndo(null),
      undoId,
    }),
    [undoId],
  );
  const current = shown === meetingId ? undo : null;
  const value = useMemo<Feedback>(() => ({ ...stable, undo: current }), [stable, current]);
  return { value, message };
}

export const FeedbackProvider = FeedbackContext.Provider;
