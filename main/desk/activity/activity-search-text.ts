// What a search over Activity looks at: the words the list shows for a row (formatted amount,
// destination label and last 4, bank, profile, rule nickname or "ad hoc", status) and the ids an
// operator pastes from a bank statement or a support call (Paxos ids, ref_id, transfer ids).
// A search scans every row (100,000 of them) on every page asked for, so the part of the text
// that depends on the record alone is built once per summary and kept (summaries are replaced,
// not changed, when a record changes); the names of ids are looked up once per search.
import type { RecordSummary } from '../store/cache/cache-records';
import type { ActivityLabels } from './activity-labels';

const AMOUNT = /^(\d+)(?:\.(\d+))?$/;

/** "1500.250" → "1,500.25": as shared/money formatAmount writes it, without decimal.js (hot loop). */
export function groupedAmount(value: string): string {
  const match = AMOUNT.exec(value);
  if (!match) return '';
  const whole = (match[1] ?? '0').replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = (match[2] ?? '').replace(/0+$/, '').padEnd(2, '0');
  return `${whole}.${fraction}`;
}

const recordText = new WeakMap<RecordSummary, string>();

function ownText(s: RecordSummary, id: string): string {
  const cached = recordText.get(s);
  if (cached !== undefined) return cached;
  const amount = s.amount ? groupedAmount(s.amount) : '';
  const text = [
    id,
    s.refId,
    s.memo,
    s.amount,
    // "1,500.25", "1,500.25 USDC" and "$1,500.25" all find a 1500.25 redemption.
    amount && s.asset ? `${amount} ${s.asset} $${amount}` : amount,
    s.asset,
    s.status,
    s.ruleId ? '' : 'ad hoc',
    s.fiatAccountId,
    s.ruleId,
    s.sourceTransferId,
    s.destinationTransferId,
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
  recordText.set(s, text);
  return text;
}

/** A matcher for one search: true when every term appears in what the row shows. */
export function activityTextMatcher(terms: readonly string[], labels: ActivityLabels): (s: RecordSummary, id: string) => boolean {
  const names = new Map<string, string>();
  const named = (key: string, make: () => string | undefined) => {
    let text = names.get(key);
    if (text === undefined) names.set(key, (text = (make() ?? '').toLowerCase()));
    return text;
  };
  return (s, id) => {
    const own = ownText(s, id);
    const destination = s.fiatAccountId
      ? named(`a:${s.fiatAccountId}`, () => {
          const d = labels.bankAccount(s.fiatAccountId!);
          return d ? `${d.label}\n${d.last4 ? `••${d.last4}` : ''}\n${d.bankName ?? ''}` : undefined;
        })
      : '';
    const rule = s.ruleId ? named(`r:${s.ruleId}`, () => labels.rule(s.ruleId!)) : '';
    const profile = s.profileId ? named(`p:${s.profileId}`, () => labels.profile(s.profileId!)) : '';
    return terms.every((term) => own.includes(term) || destination.includes(term) || rule.includes(term) || profile.includes(term));
  };
}

/** The whole text of a row, for tests and for reading what a search looks at. */
export function activitySearchText(s: RecordSummary, id: string, labels: ActivityLabels): string {
  const d = s.fiatAccountId ? labels.bankAccount(s.fiatAccountId) : undefined;
  return [ownText(s, id), d?.label, d?.last4 ? `••${d.last4}` : '', d?.bankName, s.ruleId ? labels.rule(s.ruleId) : '', s.profileId ? labels.profile(s.profileId) : '']
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}
