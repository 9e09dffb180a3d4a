// The filters above the Activity table: status chips, stablecoin, source (ad hoc or a rule),
// date range and a search over what the table shows (applied after a short pause in typing).
// A date range error is said once, under the bar, without reshaping it.
import { STABLECOINS } from '../../../../shared/assets';
import { Field, fieldA11y } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import type { FieldErrors } from '../../errors/field-errors';
import { useRules } from '../../store/selectors';
import { statusChips, type ActivityFilterDraft } from './activity-filter';

interface ActivityFiltersProps {
  draft: ActivityFilterDraft;
  update: (patch: Partial<ActivityFilterDraft>) => void;
  errors: FieldErrors;
  onClear: () => void;
}

const SEARCH_HINT = 'Bank account, last 4, rule, profile, amount (1,500.25), memo or a Paxos id';

function DateField({
  path,
  label,
  value,
  onChange,
  invalid,
}: {
  path: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  invalid: boolean;
}) {
  const id = `f-activity-${path}`;
  return (
    <Field id={id} label={label}>
      <input
        {...fieldA11y(id)}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? 'activity-date-error' : undefined}
        type="date"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}

export function ActivityFilters({ draft, update, errors, onClear }: ActivityFiltersProps) {
  const rules = useRules();
  const dateError = errors.from ?? errors.to;
  return (
    <form className="filters" aria-label="Activity filters" onSubmit={(e) => e.preventDefault()}>
      <div className="chips" role="group" aria-label="Status">
        {statusChips.map((chip) => (
          <button
            key={chip.value}
            type="button"
            className="chip"
            aria-pressed={draft.status === chip.value}
            onClick={() => update({ status: chip.value })}
          >
            {chip.label}
          </button>
        ))}
      </div>
      <div className="filters__row">
        <div className="field filters__search">
          <label htmlFor="f-activity-text">Search</label>
          <input
            id="f-activity-text"
            name="activity-text"
            type="search"
            value={draft.text}
            placeholder={SEARCH_HINT}
            aria-describedby="f-activity-text-hint"
            onChange={(e) => update({ text: e.target.value })}
          />
          <p id="f-activity-text-hint" className="visually-hidden">
            Searches what the table shows: {SEARCH_HINT}. Every word must match.
          </p>
        </div>
        <SelectField
          path="activity-asset"
          label="Stablecoin"
          value={draft.asset}
          onChange={(asset) => update({ asset })}
          placeholder="All stablecoins"
          options={STABLECOINS.map((a) => ({ value: a, label: a }))}
        />
        <SelectField
          path="activity-source"
          label="Source"
          value={draft.source}
          onChange={(source) => update({ source })}
          placeholder="Ad hoc and rules"
          options={[
            { value: 'adhoc', label: 'Ad hoc only' },
            ...rules.map((r) => ({ value: r.id, label: `Rule: ${r.nickname ?? r.id}` })),
          ]}
        />
        <DateField
          path="from"
          label="From"
          value={draft.from}
          onChange={(from) => update({ from })}
          invalid={Boolean(errors.from ?? errors.to)}
        />
        <DateField
          path="to"
          label="To"
          value={draft.to}
          onChange={(to) => update({ to })}
          invalid={Boolean(errors.to)}
        />
        <button type="button" className="button--link filters__clear" onClick={onClear}>
          Clear filters
        </button>
      </div>
      {dateError ? (
        <p id="activity-date-error" className="field__error filters__error" role="alert">
          {dateError} The list still shows the last valid dates.
        </p>
      ) : null}
    </form>
  );
}
