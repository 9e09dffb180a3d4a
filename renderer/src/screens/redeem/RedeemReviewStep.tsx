// Step 2: the redemption as a wire instruction, worded from main's review, for the operator to
// read before anything is sent: what leaves which profile and what arrives, the beneficiary as
// the bank will see it, the balance after, today's total against the limit, when the money
// should arrive, one warning area, and a confirm button that names the amount. Main then asks
// in its own dialog (the guard; this page is the good UX): over a soft limit that dialog has a
// box to tick, so nothing is re-typed here.
import { useEffect, useRef } from 'react';
import type { RedemptionReview } from '../../../../shared/contract';
import { environmentLabels, type EnvironmentKind } from '../../../../shared/environment';
import type { BridgeCallError } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Money } from '../../components/Money';
import { formatDateTime } from '../../format/time';
import { WAITING_FOR_CONFIRMATION } from '../../format/pending-labels';
import { ReviewWarnings } from './ReviewWarnings';
import {
  arrivalNote,
  arrivalText,
  confirmLabel,
  headline,
  receiveLabel,
  routingText,
  todayText,
} from './review-text';

interface RedeemReviewStepProps {
  review: RedemptionReview;
  onConfirm: () => void;
  onBack: () => void;
  pending: boolean;
  error: BridgeCallError | null;
}

export function RedeemReviewStep({
  review,
  onConfirm,
  onBack,
  pending,
  error,
}: RedeemReviewStepProps) {
  const canConfirm = !pending;
  const environmentText =
    environmentLabels[review.environment as EnvironmentKind] ?? review.environment;
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the instruction, not the page body, so a keyboard or screen-reader user
  // starts reading it from the top.
  useEffect(() => heading.current?.focus(), []);
  const b = review.beneficiary;
  return (
    <section className="review" aria-labelledby="review-title" data-testid="redemption-review">
      <h2 id="review-title" tabIndex={-1} ref={heading}>
        Review the wire
      </h2>
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
        <dd className="tabular">{b.accountNumberMasked}</dd>
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
        <dt>Balance after</dt>
        <dd data-testid="review-balance-after">
          <Money value={review.balanceAfter} asset={review.asset} />{' '}
          <span className="muted">
            (of <Money value={review.available} asset={review.asset} /> available)
          </span>
        </dd>
        <dt>Today</dt>
        <dd data-testid="review-today">{todayText(review)}</dd>
        <dt>Expected arrival</dt>
        <dd data-testid="review-arrival">
          {arrivalText(review)}
          <span className="field__hint">{arrivalNote(review)}</span>
        </dd>
      </dl>
      <ReviewWarnings review={review} />
      <h3>What happens next</h3>
      <ol className="next-steps">
        {review.nextSteps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      {/* Next to the button, and focused: a declined dialog is explained where the operator is. */}
      {error ? <ErrorNotice error={error} takeFocus /> : null}
      <div className="form__actions">
        <button type="button" onClick={onBack} disabled={pending}>
          Back to edit
        </button>
        <button
          type="button"
          className="button--primary"
          onClick={onConfirm}
          disabled={!canConfirm}
        >
          {pending ? WAITING_FOR_CONFIRMATION : confirmLabel(review)}
        </button>
      </div>
    </section>
  );
}
