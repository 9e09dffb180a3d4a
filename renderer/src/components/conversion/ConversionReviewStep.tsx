// Step 2: the conversion as main reviewed it (any pair), for the operator to read before anything is sent: what
// leaves which profile and what is credited where, 1:1 at the pair's precision, the limits
// inside Paxos (apart from wires), the environment, one warning area. Main then asks in its own
// dialog (the guard; this page is the good UX).
import { useEffect, useRef } from 'react';
import type { ConversionReview } from '../../../../shared/conversion-review';
import type { BridgeCallError } from '../../bridge/treasury';
import { ErrorNotice } from '../ErrorNotice';
import { Money } from '../Money';
import { formatAmountSafe } from '../../format/amount';

interface ConversionReviewStepProps {
  review: ConversionReview;
  onConfirm: () => void;
  onBack: () => void;
  pending: boolean;
  error: BridgeCallError | null;
}

const VERB: Record<string, string> = {
  mint: 'Mint',
  redeem_to_cash: 'Redeem',
  conversion: 'Convert',
};

export function ConversionReviewStep(props: ConversionReviewStepProps) {
  const { review, onConfirm, onBack, pending, error } = props;
  // Paxos's kinds are open: an unknown one still reads as a conversion.
  const verb = VERB[review.kind] ?? 'Convert';
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const overLimit = review.overPerConversionLimit || review.overDailyConversionLimit;
  const get = formatAmountSafe(review.receive, review.to.asset);
  return (
    <section className="review" aria-labelledby="review-title" data-testid="conversion-review">
      <h2 id="review-title" tabIndex={-1} ref={heading}>
        Review: {verb.toLowerCase()} {review.from.asset} → {review.to.asset}
      </h2>
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
        <div
          className="warning-box"
          role="note"
          aria-label="Warnings"
          data-testid="review-warnings"
        >
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
        </div>
      ) : null}
      <ol className="next-steps" aria-label="What happens next">
        {review.nextSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {error ? <ErrorNotice error={error} /> : null}
      <div className="form__actions">
        <button type="button" onClick={onBack} disabled={pending}>
          Back
        </button>
        <button
          type="button"
          className="button--primary"
          onClick={onConfirm}
          disabled={pending}
          data-testid="conversion-confirm"
        >
          {pending ? 'Waiting for confirmation…' : `${verb} ${get}`}
        </button>
      </div>
    </section>
  );
}
