// What a search over Activity looks at: the words the list shows for a row (formatted amount,
// destination label and last 4, bank, profile, rule nickname or "ad hoc", status) and the ids an
// operator pastes from a bank statement or a support call (Paxos ids, ref_id, transfer ids).
import { formatAmount, isDecimalString } from '../../../shared/money';
import type { RecordSummary } from '../store/cache/cache-records';
import type { ActivityLabels } from './activity-labels';

export function activitySearchText(s: RecordSummary, id: string, labels: ActivityLabels): string {
  const destination = s.fiatAccountId ? labels.bankAccount(s.fiatAccountId) : undefined;
  const amount = s.amount && isDecimalString(s.amount) ? formatAmount(s.amount) : '';
  return [
    id,
    s.refId,
    s.memo,
    s.amount,
    // "1,500.25", "1,500.25 USDC" and "$1,500.25" all find a 1500.25 redemption.
    amount,
    amount && s.asset ? `${amount} ${s.asset} $${amount}` : '',
    s.asset,
    s.status,
    s.ruleId ? (labels.rule(s.ruleId) ?? s.ruleId) : 'ad hoc',
    destination?.label,
    destination?.last4 ? `••${destination.last4} ${destination.last4}` : '',
    destination?.bankName,
    s.fiatAccountId,
    s.profileId ? labels.profile(s.profileId) : '',
    s.sourceTransferId,
    s.destinationTransferId,
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}
