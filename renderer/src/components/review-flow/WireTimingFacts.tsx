// When a wire goes and arrives, shared by the redemption and wire-out reviews: today's wires
// against the daily limit, and the expected arrival with its note (Fedwire cut-off, holidays).
// Rows of the review's facts list (<dl>).
import type { RedemptionReview } from '../../../../shared/contract';
import { arrivalNote, arrivalText, todayText } from '../../format/wire-facts';

export function WireTimingFacts({
  review,
}: {
  review: Pick<RedemptionReview, 'beneficiary' | 'arrival' | 'today'>;
}) {
  return (
    <>
      <dt>Today</dt>
      <dd data-testid="review-today">{todayText(review)}</dd>
      <dt>Expected arrival</dt>
      <dd data-testid="review-arrival">
        {arrivalText(review)}
        <span className="field__hint">{arrivalNote(review)}</span>
      </dd>
    </>
  );
}
