// The one place on the review where everything that needs the operator's attention is said:
// queued rather than sent, over a soft limit (with the retype field), an international wire that
// may arrive reduced, and main's warnings.
import type { ReactNode } from 'react';
import type { RedemptionReview } from '../../../../shared/contract';

export function ReviewWarnings({
  review,
  children,
}: {
  review: RedemptionReview;
  children?: ReactNode;
}) {
  const limits = [
    review.overPerRedemptionLimit ? 'the per-redemption limit' : null,
    review.overDailyLimit ? 'today’s total limit' : null,
  ].filter(Boolean);
  const items: ReactNode[] = [];
  if (review.willQueue) {
    items.push(
      <li key="queue">
        Paxos cannot be reached right now. Confirming puts this redemption in the queue —{' '}
        <strong>queued, not sent</strong> — and it is sent when the connection returns.
      </li>,
    );
  }
  if (limits.length > 0) {
    items.push(
      <li key="limits">
        <strong>Over a soft limit:</strong> {limits.join(' and ')}.
      </li>,
    );
  }
  if (review.receive.mayArriveLess)
    items.push(
      <li key="international" data-testid="review-may-arrive-less">
        {review.receive.mayArriveLess}
      </li>,
    );
  for (const w of review.warnings) items.push(<li key={w}>{w}</li>);
  if (items.length === 0 && !children) return null;
  return (
    <div className="warning-box" role="note" aria-label="Warnings" data-testid="review-warnings">
      <ul className="plain-list">{items}</ul>
      {children}
    </div>
  );
}
