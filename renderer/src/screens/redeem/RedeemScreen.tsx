// Redeem: prepare (form) → read what will happen (review) → confirm → follow (progress).
// The form and the step are drafts, so leaving the screen or a locked app loses nothing.
// The destination is a choice: a bank account (a wire out of Paxos), or USD kept in a profile
// ("redeem into cash", for a desk that wires later or in pieces) — the latter is a conversion
// stablecoin → USD inside Paxos, through the same operation, confirmation and limits as Convert.
import { call } from '../../bridge/treasury';
import { ConversionFlow } from '../../components/conversion/ConversionFlow';
import { OfflineNotice } from '../../components/OfflineNotice';
import { ReviewFlowSteps } from '../../components/review-flow/ReviewFlowSteps';
import { useReviewFlow } from '../../hooks/useReviewFlow';
import { useDraft } from '../../store/draft-store';
import { RedeemDestinationChoice, type RedeemDestination } from './RedeemDestinationChoice';
import { RedeemForm } from './RedeemForm';
import { RedeemReviewStep } from './RedeemReviewStep';
import { RedemptionProgress } from './RedemptionProgress';
import {
  emptyRedeemDraft,
  emptyRedeemFlow,
  toRedemptionRequest,
  validateRedeemDraft,
} from './redeem-draft';

export function RedeemScreen() {
  const flow = useReviewFlow({
    name: 'redeem',
    emptyFlow: emptyRedeemFlow,
    emptyDraft: emptyRedeemDraft,
    validate: validateRedeemDraft,
    toRequest: toRedemptionRequest,
    review: (request) => call('reviewRedemption', request),
    submit: (request) => call('submitRedemption', request),
  });
  const [destination, setDestination] = useDraft<RedeemDestination>(
    'redeem.destination',
    () => 'bank',
  );

  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Redeem</h1>
      <OfflineNotice />
      <RedeemDestinationChoice value={destination} onChange={setDestination} />
      {destination === 'profile' ? (
        <ConversionFlow
          draftKey="redeem-cash"
          label="Redeem into USD cash"
          pair={{ fromAsset: 'USDC', toAsset: 'USD' }}
          fixedToAsset="USD"
        />
      ) : (
        <ReviewFlowSteps
          flow={flow}
          progress={(submitted, onNew) => (
            <RedemptionProgress submitted={submitted} onNew={onNew} />
          )}
          review={(props) => <RedeemReviewStep {...props} />}
          form={(props) => <RedeemForm {...props} />}
        />
      )}
    </section>
  );
}
