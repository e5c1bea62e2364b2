/** The last undoable change (a deletion or a reset) with its Undo button. */
import { focusLater } from '../shared/dom';
import { S } from './strings';

export const UNDO_BUTTON_ID = 'ck-undo';

export interface UndoOffer {
  message: string;
  run: () => void;
  /** Where focus goes after undoing (the restored item, the reset button). */
  focusId: string;
  /** Where focus goes when the reader dismisses the offer instead. */
  dismissFocusId: string;
}

interface Props {
  offer: UndoOffer;
  onClose: () => void;
  announce: (message: string) => void;
}

export default function UndoBar({ offer, onClose, announce }: Props) {
  const undo = () => {
    offer.run();
    onClose();
    announce(S.restored);
    focusLater(offer.focusId);
  };
  return (
    <div class="notice ck-undo cluster">
      <span>{offer.message}</span>
      <button type="button" class="btn btn-small btn-primary" id={UNDO_BUTTON_ID} onClick={undo}>
        {S.undo}
      </button>
      <button
        type="button"
        class="btn btn-small btn-quiet"
        onClick={() => {
          onClose();
          focusLater(offer.dismissFocusId);
        }}
      >
        {S.dismiss}
      </button>
    </div>
  );
}
