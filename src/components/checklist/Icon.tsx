/** Tiny inline SVG icons in currentColor; decorative, so hidden from assistive tech. */
export type IconName = 'up' | 'down' | 'edit' | 'delete' | 'alert' | 'clock' | 'check';

const PATHS: Record<IconName, string> = {
  up: 'M12 5l-7 7h4.5v7h5v-7H19z',
  down: 'M12 19l7-7h-4.5V5h-5v7H5z',
  edit: 'M4 20h4l10-10-4-4L4 16zM14 6l4 4',
  delete: 'M5 7h14M9 7V4h6v3M7 7l1 13h8l1-13',
  alert: 'M12 3L2 21h20zM12 10v5M12 18v.01',
  clock: 'M12 3a9 9 0 100 18 9 9 0 000-18zM12 7v5l3 3',
  check: 'M4 12l5 5L20 6',
};

export default function Icon({ name }: { name: IconName }) {
  return (
    <svg class="ck-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
