// The wire's destination as the bank will see it, shared by the redemption and wire-out reviews
// (main builds both from the same facts): beneficiary, bank, routing, masked account, since when
// the account is approved, and the memo. Rows of the review's facts list (<dl>), not a list.
import type { RedemptionReview } from '../../../../shared/contract';
import { formatDateTime } from '../../format/time';
import { routingText } from '../../format/wire-facts';

interface WireDestinationFactsProps {
  review: Pick<RedemptionReview, 'beneficiary' | 'destination' | 'memo' | 'arrival' | 'today'>;
  /** The wire-out review names the account row for its tests; the redemption review does not. */
  accountTestId?: string;
}

export function WireDestinationFacts({ review, accountTestId }: WireDestinationFactsProps) {
  const b = review.beneficiary;
  return (
    <>
      <dt>Beneficiary</dt>
      <dd data-testid="review-beneficiary">{b.ownerText}</dd>
      <dt>Bank</dt>
      <dd data-testid="review-destination">
        {review.destination.bankName} · {review.destination.accountNumberMasked} ·{' '}
        {review.destination.label}
      </dd>
      <dt>Routing</dt>
      <dd className="tabular" data-testid="review-routing">
        {routingText(review)}
      </dd>
      <dt>Account</dt>
      <dd className="tabular" {...(accountTestId ? { 'data-testid': accountTestId } : {})}>
        {b.accountNumberMasked}
      </dd>
      {b.approvedSince ? (
        <>
          <dt>Approved</dt>
          <dd>since {formatDateTime(b.approvedSince)}</dd>
        </>
      ) : null}
      {review.memo ? (
        <>
          <dt>Memo</dt>
          <dd>{review.memo}</dd>
        </>
      ) : null}
    </>
  );
}
