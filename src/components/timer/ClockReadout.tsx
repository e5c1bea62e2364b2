/** One big readout: label, digits and what it is measured against. */
export interface ClockReadoutProps {
  label: string;
  digits: string;
  detail?: string | undefined;
  main?: boolean;
}

export default function ClockReadout({ label, digits, detail, main = false }: ClockReadoutProps) {
  return (
    <p class={main ? 'mt-clock mt-clock-main' : 'mt-clock'}>
      <span class="mt-clock-label">{label}</span>
      <span class="mt-digits">{digits}</span>
      {detail && <span class="mt-clock-detail">{detail}</span>}
    </p>
  );
}
