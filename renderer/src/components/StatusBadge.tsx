// A Paxos status as a badge: words for the operator, coloured by meaning, with the status
// exactly as Paxos sent it in the tooltip and in `data-status` (tests and support read that).
import {
  bankAccountStatusLabel,
  humanizeCode,
  orchestrationStatusLabel,
  ruleStatusLabel,
  transferStatusLabel,
  type CodeLabel,
} from '../format/labels';
import { statusTone } from '../model/status-tone';

export type StatusKind = 'orchestration' | 'bankAccount' | 'rule' | 'transfer';

const labelers: Record<StatusKind, (code: string) => CodeLabel> = {
  orchestration: orchestrationStatusLabel,
  bankAccount: bankAccountStatusLabel,
  rule: ruleStatusLabel,
  transfer: transferStatusLabel,
};

interface StatusBadgeProps {
  status: string;
  /** Which Paxos object the status belongs to: PENDING means different things for each. */
  kind?: StatusKind;
  label?: string;
}

export function StatusBadge({ status, kind, label }: StatusBadgeProps) {
  const text = label ?? (kind ? labelers[kind](status).text : humanizeCode(status));
  return (
    <span
      className={`badge badge--${statusTone(status)}`}
      data-status={status}
      title={`Paxos status: ${status}`}
    >
      {text}
    </span>
  );
}
