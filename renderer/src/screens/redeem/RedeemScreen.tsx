// Redeem: prepare (form) → read what will happen (review) → confirm → follow (progress).
// The form and the step are drafts, so leaving the screen or a locked app loses nothing.
// The destination is a choice: a bank account (a wire out of Paxos), or USD kept in a profile
// ("redeem into cash", for a desk that wires later or in pieces) — the latter is a conversion
// stablecoin → USD inside Paxos, through the same operation, confirmation and limits as Convert.
import { call } from '../../bridge/treasury';
import { ConversionFlow } from '../../components/conversion/ConversionFlow';
import { ErrorNotice } from '../../components/ErrorNotice';
import { OfflineNotice } from '../../components/OfflineNotice';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useFormController } from '../../hooks/useFormController';
import { useDraft } from '../../store/draft-store';
import { useProfiles } from '../../store/selectors';
import { RedeemDestinationChoice, type RedeemDestination } from './RedeemDestinationChoice';
import { RedeemForm } from './RedeemForm';
import { RedeemReviewStep } from './RedeemReviewStep';
import { RedemptionProgress } from './RedemptionProgress';
import {
  emptyRedeemDraft,
  emptyRedeemFlow,
  toRedemptionRequest,
  validateRedeemDraft,
  type RedeemDraft,
  type RedemptionRequest,
} from './redeem-draft';

export function RedeemScreen() {
  const profiles = useProfiles();
  const onlyProfile = profiles.length === 1 ? profiles[0]?.id : undefined;
  const [flow, setFlow, resetFlow] = useDraft('redeem.flow', emptyRedeemFlow);
  const [destination, setDestination] = useDraft<RedeemDestination>(
    'redeem.destination',
    () => 'bank',
  );
  const review = useBridgeAction((input: RedemptionRequest) => call('reviewRedemption', input));
  const submit = useBridgeAction((input: RedemptionRequest) => call('submitRedemption', input));
  const form = useFormController<RedeemDraft>({
    draftKey: 'redeem.form',
    initial: () => emptyRedeemDraft(onlyProfile),
    validate: validateRedeemDraft,
    serverError: review.error,
  });

  const onReview = form.handleSubmit(async (draft) => {
    const request = toRedemptionRequest(draft);
    const result = await review.run(request);
    if (result) setFlow({ step: 'review', review: result, reviewed: request });
    return result;
  });

  const onConfirm = async () => {
    if (!flow.reviewed || !flow.review) return;
    const intent = await submit.run(flow.reviewed);
    if (!intent) return;
    setFlow({ step: 'progress', intent });
    form.reset();
  };

  let body;
  if (destination === 'profile') {
    body = (
      <ConversionFlow
        draftKey="redeem-cash"
        label="Redeem into USD cash"
        pair={{ fromAsset: 'USDC', toAsset: 'USD' }}
        fixedToAsset="USD"
      />
    );
  } else if (flow.step === 'progress' && flow.intent) {
    body = <RedemptionProgress submitted={flow.intent} onNew={resetFlow} />;
  } else if (flow.step === 'review' && flow.review) {
    body = (
      <RedeemReviewStep
        review={flow.review}
        onConfirm={() => void onConfirm()}
        onBack={() => {
          submit.clearError();
          setFlow(emptyRedeemFlow());
        }}
        pending={submit.pending}
        error={submit.error}
      />
    );
  } else {
    body = (
      <>
        {form.bannerError ? <ErrorNotice error={form.bannerError} /> : null}
        <RedeemForm
          draft={form.draft}
          update={form.update}
          errors={form.errors}
          formProps={form.formProps}
          onSubmit={(event) => void onReview(event)}
          pending={review.pending}
        />
      </>
    );
  }

  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Redeem</h1>
      <OfflineNotice />
      <RedeemDestinationChoice value={destination} onChange={setDestination} />
      {body}
    </section>
  );
}
