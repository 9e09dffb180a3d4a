// Demo only: play Paxos's approver for a redemption or rule that waits PENDING at the built-in
// Paxos. Approve, or reject with an optional reason (Paxos reports it as the fail reason of a
// redemption). Main refuses this outside the Demo environment.
import { useId, useState, type FormEvent } from 'react';
import { call } from '../bridge/treasury';
import { useBridgeAction } from '../hooks/useBridgeAction';
import { ErrorNotice } from './ErrorNotice';

type Decision = 'approve' | 'reject';

export function DemoApprovalControl({ kind, id }: { kind: 'orchestration' | 'rule'; id: string }) {
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState<Decision | null>(null);
  const decide = useBridgeAction((decision: Decision) =>
    call('decideDemoApproval', {
      kind,
      id,
      decision,
      ...(decision === 'reject' && reason.trim() ? { reason: reason.trim() } : {}),
    }),
  );
  const what = kind === 'rule' ? 'rule' : 'redemption';
  const run = async (decision: Decision) => {
    setSent(null);
    if (await decide.run(decision)) setSent(decision);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run('approve');
  };
  return (
    <form
      className="form form--inline"
      aria-label="Demo approval at Paxos"
      data-testid="demo-approval"
      onSubmit={onSubmit}
    >
      <p className="muted">
        Demo: the built-in Paxos waits for an approver. Decide for it to see what the {what} does
        next.
      </p>
      <div className="field">
        <label htmlFor={reasonId}>Rejection reason (demo, optional)</label>
        <input
          id={reasonId}
          value={reason}
          maxLength={200}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <button type="submit" disabled={decide.pending}>
        Approve {what} (demo)
      </button>
      <button type="button" disabled={decide.pending} onClick={() => void run('reject')}>
        Reject {what} (demo)
      </button>
      {sent ? (
        <p role="status" className="muted">
          {sent === 'approve' ? 'Approved' : 'Rejected'} at the built-in Paxos. The {what} changes
          here once Paxos reports it.
        </p>
      ) : null}
      {decide.error ? <ErrorNotice error={decide.error} /> : null}
    </form>
  );
}
