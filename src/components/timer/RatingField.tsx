/** The 1 to 5 self-rating as a radio group. */
import { strings } from './strings';

export interface RatingFieldProps {
  value: number | undefined;
  onChange: (n: number) => void;
}

export default function RatingField({ value, onChange }: RatingFieldProps) {
  const s = strings.summary;
  return (
    <fieldset class="mt-radios mt-rating">
      <legend>{s.rating}</legend>
      {s.ratingNames.map((name, i) => (
        <label key={name}>
          <input type="radio" name="mt-rating" value={i + 1} checked={value === i + 1} onChange={() => onChange(i + 1)} />{' '}
          {s.ratingOption(i + 1)} <span class="muted">({name})</span>
        </label>
      ))}
    </fieldset>
  );
}
