// A Convert & Hold rule's wire facts: the memo the sending bank must quote, in large type with a
// copy button, and the deposit instructions it belongs to. Main gives them only while the rule is
// ACTIVE, so a PENDING or REJECTED rule's memo is never handed to a bank from here.
import { CopyButton } from '../../components/CopyButton';

export function WireInstructions({
  memo,
  instructionsId,
  asset,
}: {
  memo: string;
  instructionsId?: string;
  asset: string;
}) {
  return (
    <div className="deposit-address" data-testid="hold-instructions">
      <div>
        <p className="muted">Memo every wire must quote</p>
        <p>
          <code className="mono break memo-large" data-testid="hold-memo">
            {memo}
          </code>{' '}
          <CopyButton text={memo} what="memo" />
        </p>
        {instructionsId ? (
          <p className="muted">
            Paxos deposit instructions <code className="mono">{instructionsId}</code>{' '}
            <CopyButton text={instructionsId} what="deposit instructions id" />
          </p>
        ) : null}
        <p className="warning-box" role="note">
          Wire USD quoting exactly <strong>{memo}</strong>: it is converted to {asset} as it
          arrives. A wire without the memo is not converted, and may be delayed or returned.
        </p>
      </div>
    </div>
  );
}
