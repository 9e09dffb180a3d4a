// Step 2: the conversion as main reviewed it (any pair), for the operator to read before anything is sent: what
// leaves which profile and what is credited where, 1:1 at the pair's precision, the limits
// inside Paxos (apart from wires), the environment, one warning area. Main then asks in its own
// dialog (the guard; this page is the good UX).
import type { ConversionReview } from '../../../../shared/conversion-review';
import { Money } from '../Money';
import { ReviewActions } from '../review-flow/ReviewActions';
import { ReviewHeading } from '../review-flow/ReviewHeading';
import { ReviewWarningBox } from '../review-flow/ReviewWarningBox';
import type { ReviewStepProps } from '../review-flow/step-props';
import { formatAmountSafe } from '../../format/amount';

const VERB: Record<string, string> = {
  mint: 'Mint',
  redeem_to_cash: 'Redeem',
  conversion: 'Convert',
};

export function ConversionReviewStep({ review, ...actions }: ReviewStepProps<ConversionReview>) {
  // Paxos's kinds are open: an unknown one still reads as a conversion.
  const verb = VERB[review.kind] ?? 'Convert';
  const overLimit = review.overPerConversionLimit || review.overDailyConversionLimit;
  const get = formatAmountSafe(review.receive, review.to.asset);
  return (
    <section className="review" aria-labelledby="review-title" data-testid="conversion-review">
      <ReviewHeading>
        Review: {verb.toLowerCase()} {review.from.asset} → {review.to.asset}
      </ReviewHeading>
      <p className="review__headline" data-testid="review-headline">
        {formatAmountSafe(review.amount, review.from.asset)} from {review.from.nickname} becomes{' '}
        {get} in {review.to.nickname}
      </p>
      <p className="muted" data-testid="review-terms">
        {review.terms}
      </p>
      <dl className="facts facts--large">
        <dt>Environment</dt>
        <dd data-testid="review-environment">{review.environment}</dd>
        <dt>You pay</dt>
        <dd>
          <Money value={review.amount} asset={review.from.asset} /> from {review.from.nickname}
        </dd>
        <dt>Credited</dt>
        <dd data-testid="review-receive">
          <Money value={review.receive} asset={review.to.asset} /> into {review.to.nickname}
          {review.to.sameProfile ? ' (same profile)' : ''}
        </dd>
        <dt>Rate</dt>
        <dd data-testid="review-rate">
          {review.rateStated ? '1:1 as Paxos states it' : 'Rate not stated by Paxos'}
        </dd>
        <dt>Precision</dt>
        <dd>
          {review.precision} decimals, the fewer of the pair
          {review.remainder !== '0'
            ? ` (${formatAmountSafe(review.remainder, review.from.asset)} is below it and not converted: Paxos does not say whether it stays in ${review.from.nickname}; an amount at ${review.precision} decimals avoids it)`
            : ' (nothing is cut)'}
        </dd>
        <dt>{review.from.asset} after</dt>
        <dd>
          <Money value={review.from.balanceAfter} asset={review.from.asset} /> in{' '}
          {review.from.nickname}
        </dd>
        <dt>Converted today</dt>
        <dd>
          <Money value={review.today.afterUsd} asset="USD" /> with this one, of{' '}
          <Money value={review.today.dailyLimitUsd} asset="USD" /> (inside Paxos; wires count apart)
        </dd>
      </dl>
      {review.warnings.length > 0 || overLimit || review.willQueue ? (
        <ReviewWarningBox>
          <ul className="plain-list">
            {review.willQueue ? (
              <li>
                Paxos cannot be reached right now: confirming puts this in the queue —{' '}
                <strong>queued, not sent</strong> — and it is sent when the connection returns.
              </li>
            ) : null}
            {overLimit ? (
              <li>
                <strong>Over a soft limit:</strong> main will ask you to tick “I checked the amount
                and the destination”.
              </li>
            ) : null}
            {review.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </ReviewWarningBox>
      ) : null}
      {/* The next steps are a labelled list here, not a headed one as on the wire reviews:
          kept as it was, so this page's structure does not change. */}
      <ol className="next-steps" aria-label="What happens next">
        {review.nextSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <ReviewActions
        {...actions}
        confirmLabel={`${verb} ${get}`}
        backLabel="Back"
        pendingLabel="Waiting for confirmation…"
        confirmTestId="conversion-confirm"
      />
    </section>
  );
}
