// The review of a crypto Convert & Hold rule before main's own confirmation: which coin on which
// network, what it becomes and where it is kept, the rate as Paxos states it (or that it does
// not), the precision, and that no one confirms each deposit.
import { conversionPrecision, rateStatedByPaxos } from '../../../../shared/conversion';
import { ReviewActions } from '../../components/review-flow/ReviewActions';
import { networkLabel } from '../../format/labels';

export interface CryptoHoldChoice {
  depositAsset: string;
  network: string;
  asset: string;
  profileName: string;
}

export function CryptoHoldReview({
  choice,
  pending,
  error,
  onBack,
  onConfirm,
}: {
  choice: CryptoHoldChoice;
  pending: boolean;
  error: unknown;
  onBack: () => void;
  onConfirm: () => void;
}) {
  const network = networkLabel(choice.network).text;
  const places = conversionPrecision(choice.depositAsset, choice.asset);
  const rate = rateStatedByPaxos(choice.depositAsset, choice.asset)
    ? '1:1, as Paxos states it'
    : 'Rate not stated by Paxos: each credited amount is read from Paxos and shown';
  return (
    <section
      className="review"
      aria-labelledby="crypto-hold-review-title"
      data-testid="hold-review"
    >
      <h2 id="crypto-hold-review-title">Review the Convert &amp; Hold rule</h2>
      <p className="review__headline">
        Every {choice.depositAsset} deposit on {network} to this rule’s address is converted
        automatically to {choice.asset} and kept in {choice.profileName}.
      </p>
      <dl className="facts">
        <dt>Deposits</dt>
        <dd>
          {choice.depositAsset} on {network}, to the address Paxos gives the rule
        </dd>
        <dt>Converted to</dt>
        <dd>{choice.asset}</dd>
        <dt>Rate</dt>
        <dd>{rate}</dd>
        <dt>Precision</dt>
        <dd>{places} decimals; anything finer is not credited</dd>
        <dt>Kept in</dt>
        <dd>{choice.profileName} (nothing leaves Paxos)</dd>
        <dt>Address</dt>
        <dd>Given by Paxos with the rule, shown once the rule is active</dd>
      </dl>
      <p className="warning-box" role="note">
        No one confirms each deposit: {choice.depositAsset} sent on {network} to the address is
        converted as it arrives. Another coin, or {choice.depositAsset} sent over another network,
        is not converted and may be lost.
      </p>
      <ReviewActions
        onBack={onBack}
        onConfirm={onConfirm}
        pending={pending}
        error={error}
        confirmLabel="Create rule"
        backLabel="Back"
        pendingLabel="Waiting for confirmation…"
      />
    </section>
  );
}
