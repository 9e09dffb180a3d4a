// Step 2: the redemption as a wire instruction, worded from main's review, for the operator to
// read before anything is sent: what leaves which profile and what arrives, the beneficiary as
// the bank will see it, the balance after, today's total against the limit, when the money
// should arrive, one warning area, and a confirm button that names the amount. Main then asks
// in its own dialog (the guard; this page is the good UX): over a soft limit that dialog has a
// box to tick, so nothing is re-typed here.
import type { RedemptionReview } from '../../../../shared/contract';
import { environmentLabels, type EnvironmentKind } from '../../../../shared/environment';
import { Money } from '../../components/Money';
import { ReviewActions } from '../../components/review-flow/ReviewActions';
import { ReviewHeading } from '../../components/review-flow/ReviewHeading';
import type { ReviewStepProps } from '../../components/review-flow/step-props';
import { WhatHappensNext } from '../../components/review-flow/WhatHappensNext';
import { WireDestinationFacts } from '../../components/review-flow/WireDestinationFacts';
import { WireTimingFacts } from '../../components/review-flow/WireTimingFacts';
import { ReviewWarnings } from './ReviewWarnings';
import { confirmLabel, headline, receiveLabel } from './review-text';

export function RedeemReviewStep({ review, ...actions }: ReviewStepProps<RedemptionReview>) {
  const environmentText =
    environmentLabels[review.environment as EnvironmentKind] ?? review.environment;
  return (
    <section className="review" aria-labelledby="review-title" data-testid="redemption-review">
      <ReviewHeading>Review the wire</ReviewHeading>
      <p className="review__headline" data-testid="review-headline">
        {headline(review)}
      </p>
      <p className="muted" data-testid="review-terms">
        {review.receive.terms}
      </p>
      <dl className="facts facts--large">
        <dt>Environment</dt>
        <dd data-testid="review-environment">{environmentText}</dd>
        <dt>Redeem</dt>
        <dd data-testid="review-amount">
          <Money value={review.amount} asset={review.asset} />
        </dd>
        <dt>{receiveLabel(review)}</dt>
        <dd data-testid="review-receive">
          <Money value={review.receive.amountUsd} asset="USD" />
        </dd>
        <WireDestinationFacts review={review} />
        <dt>Balance after</dt>
        <dd data-testid="review-balance-after">
          <Money value={review.balanceAfter} asset={review.asset} />{' '}
          <span className="muted">
            (of <Money value={review.available} asset={review.asset} /> available)
          </span>
        </dd>
        <WireTimingFacts review={review} />
      </dl>
      <ReviewWarnings review={review} />
      <WhatHappensNext steps={review.nextSteps} />
      <ReviewActions
        {...actions}
        confirmLabel={confirmLabel(review)}
        backLabel="Back to edit"
        focusError
      />
    </section>
  );
}
