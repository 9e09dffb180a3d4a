// The Activity filters as the operator sets them (form values), and the ActivityFilter main
// applies. Dates are whole local days: "to" includes the whole of its day.
import type { ActivityFilter } from '../../../../shared/operation-inputs';
import type { FieldErrors } from '../../errors/field-errors';

/**
 * The status chips: all, or a group of Paxos statuses (main matches them exactly). In progress
 * includes what awaits approval at Paxos (PENDING; PENDING_APPROVAL, an unreleased preview's
 * word); a redemption Paxos REJECTED is filed with the failures.
 */
export const statusChips = [
  { value: '', label: 'All', statuses: [] },
  {
    value: 'in_progress',
    label: 'In progress',
    statuses: ['PENDING', 'PROCESSING', 'PENDING_APPROVAL'],
  },
  { value: 'COMPLETED', label: 'Completed', statuses: ['COMPLETED'] },
  { value: 'FAILED', label: 'Failed or rejected', statuses: ['FAILED', 'REJECTED'] },
] as const;

export interface ActivityFilterDraft {
  /** One of statusChips' values. */
  status: string;
  asset: string;
  /** '' for all, 'adhoc' for redemptions started in the app, or a rule id. */
  source: string;
  from: string;
  to: string;
  text: string;
}

export const emptyActivityFilter = (): ActivityFilterDraft => ({
  status: '',
  asset: '',
  source: '',
  from: '',
  to: '',
  text: '',
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function localDayStart(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

export function validateActivityFilter(draft: ActivityFilterDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (draft.from && !DAY.test(draft.from)) errors.from = 'Enter a date.';
  if (draft.to && !DAY.test(draft.to)) errors.to = 'Enter a date.';
  if (!errors.from && !errors.to && draft.from && draft.to && draft.from > draft.to) {
    errors.to = `The end date (${draft.to}) is before the start date (${draft.from}). Pick an end date on or after it.`;
  }
  return errors;
}

/** The filter main applies; `text` is passed separately so it can be debounced. */
export function toActivityFilter(draft: ActivityFilterDraft, text: string): ActivityFilter {
  const filter: ActivityFilter = {};
  const chip = statusChips.find((c) => c.value === draft.status);
  if (chip && chip.statuses.length > 0) filter.statuses = [...chip.statuses];
  else if (draft.status && !chip) filter.statuses = [draft.status];
  if (draft.asset) filter.assets = [draft.asset];
  if (draft.source) filter.ruleId = draft.source;
  if (draft.from && DAY.test(draft.from)) filter.from = localDayStart(draft.from).toISOString();
  if (draft.to && DAY.test(draft.to)) {
    const end = localDayStart(draft.to);
    end.setDate(end.getDate() + 1);
    filter.to = new Date(end.getTime() - 1).toISOString();
  }
  const trimmed = text.trim();
  if (trimmed) filter.text = trimmed.slice(0, 200);
  return filter;
}
