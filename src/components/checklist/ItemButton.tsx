/** A small item button: an icon and a short visible word, with the item's text for screen readers. */
import Icon, { type IconName } from './Icon';

interface Props {
  id?: string;
  icon: IconName;
  /** The visible word ("Move up"). */
  label: string;
  /** The full accessible name ("Move up: Prepare 5 to 10 questions"); starts with the visible word. */
  name: string;
  disabled?: boolean;
  danger?: boolean;
  onClick: () => void;
}

export default function ItemButton({ id, icon, label, name, disabled, danger, onClick }: Props) {
  return (
    <button
      type="button"
      id={id}
      class={`btn btn-small btn-quiet ck-icon-btn${danger ? ' btn-danger' : ''}`}
      disabled={disabled}
      aria-label={name}
      onClick={onClick}
    >
      <Icon name={icon} />
      <span class="ck-btn-word">{label}</span>
    </button>
  );
}
