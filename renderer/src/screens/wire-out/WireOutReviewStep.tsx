// Step 2: the wire out as main reviewed it, for the operator to read before anything is sent:
// the fee mode in words, the beneficiary as the bank will see it, routing and last 4, the
// balance after, today's wires against the daily limit, when it should arrive, and main's
// warnings. Confirm then makes main ask in its own dialog (the guard; this page is the good UX).
import { useEffect, useRef } from 'react';
import type { BridgeCallError } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Money } from '../../components/Money';
import { WAITING_FOR_CONFIRMATION } from '../../format/pending-labels';
import { formatDateTime } from '../../format/time';
import { arrivalNote, arrivalText, routingText, todayText } from '../../format/wire-facts';
import type { WireOutReview } from './wire-out-draft';
import { wireOutConfirmLabel, wireOutHeadline } from './wire-out-text';

interface WireOutReviewStepProps {
  review: WireOutReview;
  onConfirm: () => void;
  onBack: () => void;
  pending: boolean;
  error: BridgeCallError | null;
}

export function WireOutReviewStep({
  review,
  onConfirm,
  onBack,
  pending,
  error,
}: WireOutReviewStepProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const b = review.beneficiary;
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
      <h2 id="review-title" tabIndex={-1} ref={heading}>
        Review the wire out
      </h2>
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
        <dd className="tabular" data-testid="review-account">
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
        <dt>Balance after</dt>
        <dd data-testid="review-balance-after">
          <Money value={review.balanceAfter} asset="USD" />{' '}
          <span className="muted">
            (of <Money value={review.available} asset="USD" /> available
            {review.feeMode === 'on_top' ? ', before the fee' : ''})
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
      {/* Main's warnings already say "queued, not sent" when offline: said once, here. */}
      {warnings.length > 0 ? (
        <div
          className="warning-box"
          role="note"
          aria-label="Warnings"
          data-testid="review-warnings"
        >
          <ul className="plain-list">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <h3>What happens next</h3>
      <ol className="next-steps">
        {review.nextSteps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      {error ? <ErrorNotice error={error} takeFocus /> : null}
      <div className="form__actions">
        <button type="button" onClick={onBack} disabled={pending}>
          Back to edit
        </button>
        <button
          type="button"
          className="button--primary"
          onClick={onConfirm}
          disabled={pending}
          data-testid="wire-out-confirm"
        >
          {pending ? WAITING_FOR_CONFIRMATION : wireOutConfirmLabel(review)}
        </button>
      </div>
    </section>
  );
}
