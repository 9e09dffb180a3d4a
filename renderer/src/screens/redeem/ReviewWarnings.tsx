// The one place on the review where everything that needs the operator's attention is said:
// queued rather than sent, over a soft limit (and the box main's dialog will ask to tick), an
// international wire that may arrive reduced, and main's warnings.
import type { ReactNode } from 'react';
import type { RedemptionReview } from '../../../../shared/contract';
import { ReviewWarningBox } from '../../components/review-flow/ReviewWarningBox';

export function ReviewWarnings({
  review,
  children,
}: {
  review: RedemptionReview;
  children?: ReactNode;
}) {
  const overLimit = review.overPerRedemptionLimit || review.overDailyLimit;
  const items: ReactNode[] = [];
  if (review.willQueue) {
    items.push(
      <li key="queue">
        Paxos cannot be reached right now. Confirming puts this redemption in the queue —{' '}
        <strong>queued, not sent</strong> — and it is sent when the connection returns.
      </li>,
    );
  }
  // Main's warnings name each limit passed, with its amount; this adds only what happens next,
  // so the box never says the same thing twice.
  for (const w of review.warnings) items.push(<li key={w}>{w}</li>);
  if (overLimit) {
    items.push(
      <li key="limits" data-testid="review-over-limit">
        <strong>Over a soft limit:</strong> before it is sent, Treasury Desk will ask you to tick “I
        checked the amount and the destination”.
      </li>,
    );
  }
  if (review.receive.mayArriveLess)
    items.push(
      <li key="international" data-testid="review-may-arrive-less">
        {review.receive.mayArriveLess}
      </li>,
    );
  if (items.length === 0 && !children) return null;
  return (
    <ReviewWarningBox>
      <ul className="plain-list">{items}</ul>
      {children}
    </ReviewWarningBox>
  );
}
