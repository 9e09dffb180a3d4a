// Step 2: the wire out as main reviewed it, for the operator to read before anything is sent:
// the fee mode in words, the beneficiary as the bank will see it, routing and last 4, the
// balance after, today's wires against the daily limit, when it should arrive, and main's
// warnings. Confirm then makes main ask in its own dialog (the guard; this page is the good UX).
import { Money } from '../../components/Money';
import { ReviewActions } from '../../components/review-flow/ReviewActions';
import { ReviewHeading } from '../../components/review-flow/ReviewHeading';
import { ReviewWarningBox } from '../../components/review-flow/ReviewWarningBox';
import type { ReviewStepProps } from '../../components/review-flow/step-props';
import { WhatHappensNext } from '../../components/review-flow/WhatHappensNext';
import { WireDestinationFacts } from '../../components/review-flow/WireDestinationFacts';
import { WireTimingFacts } from '../../components/review-flow/WireTimingFacts';
import type { WireOutReview } from './wire-out-draft';
import { wireOutConfirmLabel, wireOutHeadline } from './wire-out-text';

export function WireOutReviewStep({ review, ...actions }: ReviewStepProps<WireOutReview>) {
  const warnings = [
    ...review.warnings,
    ...(review.overDailyLimit
      ? [
          'Over a soft limit: before it is sent, Treasury Desk will ask you to tick “I checked the amount and the destination”.',
        ]
      : []),
    ...(review.receive.mayArriveLess ? [review.receive.mayArriveLess] : []),
  ];
  return (
    <section className="review" aria-labelledby="review-title" data-testid="wire-out-review">
      <ReviewHeading>Review the wire out</ReviewHeading>
      <p className="review__headline" data-testid="review-headline">
        {wireOutHeadline(review)}
      </p>
      <p className="muted" data-testid="review-terms">
        {review.receive.terms}
      </p>
      <dl className="facts facts--large">
        <dt>Environment</dt>
        <dd>{review.environment}</dd>
        <dt>Fee</dt>
        <dd data-testid="review-fee-mode">{review.feeModeText}</dd>
        <dt>{review.feeMode === 'deducted' ? 'Debited' : 'Sent'}</dt>
        <dd data-testid="review-amount">
          <Money value={review.amount} asset="USD" />
        </dd>
        <WireDestinationFacts review={review} accountTestId="review-account" />
        <dt>Balance after</dt>
        <dd data-testid="review-balance-after">
          <Money value={review.balanceAfter} asset="USD" />{' '}
          <span className="muted">
            (of <Money value={review.available} asset="USD" /> available
            {review.feeMode === 'on_top' ? ', before the fee' : ''})
          </span>
        </dd>
        <WireTimingFacts review={review} />
      </dl>
      {/* Main's warnings already say "queued, not sent" when offline: said once, here. */}
      {warnings.length > 0 ? (
        <ReviewWarningBox>
          <ul className="plain-list">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </ReviewWarningBox>
      ) : null}
      <WhatHappensNext steps={review.nextSteps} />
      <ReviewActions
        {...actions}
        confirmLabel={wireOutConfirmLabel(review)}
        backLabel="Back to edit"
        focusError
        confirmTestId="wire-out-confirm"
      />
    </section>
  );
}
