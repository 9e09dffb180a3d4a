// Mint: USD in a profile → a stablecoin in the same or another profile. Prepare (form) → read
// what will happen (main's review) → confirm (main's dialog) → follow (progress). The form and
// the step are drafts, so leaving the screen or a locked app loses nothing.
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { OfflineNotice } from '../../components/OfflineNotice';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useFormController } from '../../hooks/useFormController';
import { useDraft } from '../../store/draft-store';
import { useProfiles } from '../../store/selectors';
import { MintForm } from './MintForm';
import { MintProgress } from './MintProgress';
import { MintReviewStep } from './MintReviewStep';
import {
  emptyMintDraft,
  emptyMintFlow,
  toConversionRequest,
  validateMintDraft,
  type ConversionRequest,
  type MintDraft,
} from './mint-draft';

export function MintScreen() {
  const profiles = useProfiles();
  const onlyProfile = profiles.length === 1 ? profiles[0]?.id : undefined;
  const [flow, setFlow, resetFlow] = useDraft('mint.flow', emptyMintFlow);
  const review = useBridgeAction((input: ConversionRequest) => call('reviewConversion', input));
  const submit = useBridgeAction((input: ConversionRequest) => call('submitConversion', input));
  const form = useFormController<MintDraft>({
    draftKey: 'mint.form',
    initial: () => emptyMintDraft(onlyProfile),
    validate: validateMintDraft,
    serverError: review.error,
  });

  const onReview = form.handleSubmit(async (draft) => {
    const request = toConversionRequest(draft);
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
  if (flow.step === 'progress' && flow.intent) {
    body = <MintProgress submitted={flow.intent} onNew={resetFlow} />;
  } else if (flow.step === 'review' && flow.review) {
    body = (
      <MintReviewStep
        review={flow.review}
        onConfirm={() => void onConfirm()}
        onBack={() => {
          submit.clearError();
          setFlow(emptyMintFlow());
        }}
        pending={submit.pending}
        error={submit.error}
      />
    );
  } else {
    body = (
      <>
        {form.bannerError ? <ErrorNotice error={form.bannerError} /> : null}
        <MintForm
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
      <h1 id="screen-title">Mint</h1>
      <OfflineNotice />
      {body}
    </section>
  );
}
