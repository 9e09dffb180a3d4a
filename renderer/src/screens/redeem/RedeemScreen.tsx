// Redeem: prepare (form) → read what will happen (review) → confirm → follow (progress).
// The form and the step are drafts, so leaving the screen or a locked app loses nothing.
import { useState } from 'react';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { OfflineNotice } from '../../components/OfflineNotice';
import { fieldErrorsOf, type FieldErrors } from '../../errors/field-errors';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useDraft } from '../../store/draft-store';
import { useProfiles } from '../../store/selectors';
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
  const [draft, setDraft, resetDraft] = useDraft<RedeemDraft>('redeem.form', () => emptyRedeemDraft(onlyProfile));
  const [flow, setFlow, resetFlow] = useDraft('redeem.flow', emptyRedeemFlow);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const review = useBridgeAction((input: RedemptionRequest) => call('reviewRedemption', input));
  const submit = useBridgeAction((input: RedemptionRequest) => call('submitRedemption', input));

  const update = (patch: Partial<RedeemDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setClientErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in patch))));
  };

  const onReview = async () => {
    const errors = validateRedeemDraft(draft);
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const request = toRedemptionRequest(draft);
    const result = await review.run(request);
    if (result) setFlow({ step: 'review', review: result, reviewed: request });
  };

  const onConfirm = async () => {
    if (!flow.reviewed || !flow.review) return;
    const intent = await submit.run(flow.reviewed);
    if (!intent) return;
    setFlow({ step: 'progress', intent });
    resetDraft();
  };

  const errors = { ...fieldErrorsOf(review.error), ...clientErrors };

  let body;
  if (flow.step === 'progress' && flow.intent) {
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
        {review.error ? <ErrorNotice error={review.error} /> : null}
        <RedeemForm draft={draft} update={update} errors={errors} onReview={() => void onReview()} pending={review.pending} />
      </>
    );
  }

  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Redeem</h1>
      <OfflineNotice />
      {body}
    </section>
  );
}
