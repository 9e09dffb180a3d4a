// The filters above the Activity list: status, stablecoin, source (ad hoc or a rule), date
// range and free text (applied after a short pause in typing).
import { STABLECOINS } from '../../../../shared/assets';
import { ORCHESTRATION_STATUSES } from '../../../../shared/paxos-schemas';
import { Field, fieldA11y, TextField } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import type { FieldErrors } from '../../errors/field-errors';
import { useRules } from '../../store/selectors';
import type { ActivityFilterDraft } from './activity-filter';

interface ActivityFiltersProps {
  draft: ActivityFilterDraft;
  update: (patch: Partial<ActivityFilterDraft>) => void;
  errors: FieldErrors;
  onClear: () => void;
}

function DateField({ path, label, value, onChange, error }: { path: string; label: string; value: string; onChange: (v: string) => void; error?: string }) {
  const id = `f-activity-${path}`;
  return (
    <Field id={id} label={label} error={error}>
      <input {...fieldA11y(id, error)} type="date" value={value} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}

export function ActivityFilters({ draft, update, errors, onClear }: ActivityFiltersProps) {
  const rules = useRules();
  return (
    <form className="filters" aria-label="Activity filters" onSubmit={(e) => e.preventDefault()}>
      <SelectField
        path="activity-status"
        label="Status"
        value={draft.status}
        onChange={(status) => update({ status })}
        placeholder="All statuses"
        options={ORCHESTRATION_STATUSES.map((s) => ({ value: s, label: s }))}
      />
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
        options={[{ value: 'adhoc', label: 'Ad hoc only' }, ...rules.map((r) => ({ value: r.id, label: `Rule: ${r.nickname ?? r.id}` }))]}
      />
      <DateField path="from" label="From" value={draft.from} onChange={(from) => update({ from })} error={errors.from} />
      <DateField path="to" label="To" value={draft.to} onChange={(to) => update({ to })} error={errors.to} />
      {/* Searches ids, ref_ids, memos and bank account names (main decides the fields). */}
      <TextField path="activity-text" label="Search" value={draft.text} onChange={(text) => update({ text })} />
      <button type="button" className="button--link" onClick={onClear}>
        Clear filters
      </button>
    </form>
  );
}
