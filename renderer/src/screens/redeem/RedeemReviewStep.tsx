// Step 2: what main says will happen, for the operator to read before anything is sent: the
// environment, the amount in full, the destination, warnings and next steps. Confirm sends
// exactly what was reviewed. Main then asks in its own dialog (the guard; this page is the
// good UX): over a soft limit that dialog has a box to tick, so nothing is re-typed here.
import type { RedemptionReview } from '../../../../shared/contract';
import { environmentLabels, type EnvironmentKind } from '../../../../shared/environment';
import type { BridgeCallError } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Money } from '../../components/Money';

interface RedeemReviewStepProps {
  review: RedemptionReview;
  onConfirm: () => void;
  onBack: () => void;
  pending: boolean;
  error: BridgeCallError | null;
}

export function RedeemReviewStep({ review, onConfirm, onBack, pending, error }: RedeemReviewStepProps) {
  const overLimit = review.overPerRedemptionLimit || review.overDailyLimit;
  const canConfirm = !pending;
  const verb = review.willQueue ? 'Queue redemption' : 'Confirm redemption';
  const environmentText = environmentLabels[review.environment as EnvironmentKind] ?? review.environment;
  return (
    <section className="review" aria-labelledby="review-title" data-testid="redemption-review">
      <h2 id="review-title">Review the redemption</h2>
      <dl className="facts facts--large">
        <dt>Environment</dt>
        <dd data-testid="review-environment">{environmentText}</dd>
        <dt>Redeem</dt>
        <dd data-testid="review-amount">
          <Money value={review.amount} asset={review.asset} />
        </dd>
        <dt>From profile</dt>
        <dd>{review.profile.nickname}</dd>
        <dt>Available</dt>
        <dd>
          <Money value={review.available} asset={review.asset} />
        </dd>
        <dt>Wire to</dt>
        <dd data-testid="review-destination">
          {review.destination.bankName} · {review.destination.accountNumberMasked} · {review.destination.label}
        </dd>
        {review.memo ? (
          <>
            <dt>Memo</dt>
            <dd>{review.memo}</dd>
          </>
        ) : null}
      </dl>
      {review.willQueue ? (
        <p className="warning-box" role="note">
          Paxos cannot be reached right now. Confirming puts this redemption in the queue — <strong>queued, not sent</strong> — and it is sent
          when the connection returns.
        </p>
      ) : null}
      {overLimit ? (
        <div className="warning-box" role="note">
          <p>
            <strong>Over a soft limit:</strong>{' '}
            {[review.overPerRedemptionLimit ? 'the per-redemption limit' : null, review.overDailyLimit ? 'today’s total limit' : null]
              .filter(Boolean)
              .join(' and ')}
            . Treasury Desk will ask you to tick “I checked the amount and the destination” before it is sent.
          </p>
        </div>
      ) : null}
      {review.warnings.length > 0 ? (
        <ul className="warning-list" aria-label="Warnings">
          {review.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      <h3>What happens next</h3>
      <ol className="next-steps">
        {review.nextSteps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      {error ? <ErrorNotice error={error} /> : null}
      <div className="form__actions">
        <button type="button" onClick={onBack} disabled={pending}>
          Back to edit
        </button>
        <button type="button" className="button--primary" onClick={onConfirm} disabled={!canConfirm}>
          {pending ? 'Sending…' : verb}
        </button>
      </div>
    </section>
  );
}
