// What the operator gives their bank: Paxos's receiving bank, the account, the routing number,
// the beneficiary, and the memo in large type (a wire without it is delayed for manual matching
// or returned), each with a copy button.
import type { WireInstructionsView } from '../../../../shared/money-in';
import { AsOf } from '../../components/AsOf';
import { CopyButton } from '../../components/CopyButton';

function Line({ label, value, copy }: { label: string; value: string; copy?: boolean }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <span className={copy ? 'mono' : undefined}>{value}</span>{' '}
        {copy ? <CopyButton text={value} what={label.toLowerCase()} /> : null}
      </dd>
    </>
  );
}

export function WireInstructionsPanel({ view }: { view: WireInstructionsView }) {
  const routingLabel = view.routingType === 'SWIFT' ? 'SWIFT / BIC' : 'ABA routing number';
  return (
    <div className="wire-instructions" data-testid="wire-instructions">
      <div className="memo-box" role="group" aria-labelledby="memo-label">
        <p id="memo-label" className="memo-box__label">
          Memo (reference) — the sending bank must quote it exactly
        </p>
        <p className="memo-box__value mono" data-testid="memo-id">
          {view.memoId}
        </p>
        <CopyButton text={view.memoId} what="memo" />
        <p className="muted">
          A wire that quotes this memo is credited to <strong>{view.profileName}</strong> as USD. A
          wire without it is delayed for manual matching or returned to the sender.
        </p>
      </div>
      <dl className="facts facts--large">
        <Line label="Beneficiary" value={view.beneficiaryName} copy />
        <Line label="Beneficiary address" value={view.beneficiaryAddress} />
        <Line label="Account number" value={view.accountNumber} copy />
        <Line label={routingLabel} value={view.routingNumber} copy />
        <Line label="Bank" value={view.bankName} copy />
        <Line label="Bank address" value={view.bankAddress} />
      </dl>
      <p className="muted">
        Instructions {view.id} ({view.status}) <AsOf at={view.fetchedAt} />
        {view.fromCache ? ' — Paxos could not be reached: these are the ones last read.' : null}
      </p>
    </div>
  );
}
