/** Category, audience and text filters for the bank. */
import { useId } from 'preact/hooks';
import { AUDIENCES, type Audience, type BankFilter } from '../../lib/question-bank';
import { QUESTION_CATEGORIES, type QuestionCategory } from '../../lib/question-bank';
import { strings } from './strings';

const s = strings.bank;

export default function BankFilters({ filter, onChange }: { filter: BankFilter; onChange: (f: BankFilter) => void }) {
  const id = useId();
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  return (
    <div class="qb-filters">
      <div class="field">
        <label for={`${id}-q`}>{s.search}</label>
        <input id={`${id}-q`} type="search" value={filter.query} onInput={(e) => onChange({ ...filter, query: value(e) })} />
      </div>
      <div class="field">
        <label for={`${id}-c`}>{s.category}</label>
        <select id={`${id}-c`} value={filter.category} onChange={(e) => onChange({ ...filter, category: value(e) as QuestionCategory | '' })}>
          <option value="">{s.allCategories}</option>
          {QUESTION_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {strings.categoryNames[c]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${id}-a`}>{s.audience}</label>
        <select id={`${id}-a`} value={filter.audience} onChange={(e) => onChange({ ...filter, audience: value(e) as Audience | '' })}>
          {AUDIENCES.map((a) => (
            <option key={a} value={a === 'any' ? '' : a}>
              {strings.audienceNames[a]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
