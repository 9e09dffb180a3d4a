// A conversion between profiles (the Convert screen, and the Redeem screen's "keep as USD in a
// profile"): prepare (form) → read what will happen (main's review) → confirm (main's dialog) →
// follow (progress). The form and the step are drafts, so leaving the screen or a locked app
// loses nothing. Every pair goes through the same operation (submitConversion).
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../ErrorNotice';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useFormController } from '../../hooks/useFormController';
import { useDraft } from '../../store/draft-store';
import { useProfiles } from '../../store/selectors';
import { ConversionForm } from './ConversionForm';
import { ConversionProgress } from './ConversionProgress';
import { ConversionReviewStep } from './ConversionReviewStep';
import {
  emptyConversionDraft,
  emptyConversionFlow,
  toConversionRequest,
  validateConversionDraft,
  type ConversionDraft,
  type ConversionRequest,
} from './conversion-draft';

interface ConversionFlowProps {
  /** Names this flow's drafts ("convert", "redeem-cash"): each screen keeps its own. */
  draftKey: string;
  /** The form's accessible name. */
  label: string;
  /** The pair a new form starts with. */
  pair: { fromAsset: string; toAsset: string };
  /** The asset received, when the screen fixes it (redeem into cash: USD). */
  fixedToAsset?: string;
}

export function ConversionFlow({ draftKey, label, pair, fixedToAsset }: ConversionFlowProps) {
  const profiles = useProfiles();
  const onlyProfile = profiles.length === 1 ? profiles[0]?.id : undefined;
  const [flow, setFlow, resetFlow] = useDraft(`${draftKey}.flow`, emptyConversionFlow);
  const review = useBridgeAction((input: ConversionRequest) => call('reviewConversion', input));
  const submit = useBridgeAction((input: ConversionRequest) => call('submitConversion', input));
  const form = useFormController<ConversionDraft>({
    draftKey: `${draftKey}.form`,
    initial: () => emptyConversionDraft(onlyProfile, pair),
    validate: validateConversionDraft,
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
    body = <ConversionProgress submitted={flow.intent} onNew={resetFlow} />;
  } else if (flow.step === 'review' && flow.review) {
    body = (
      <ConversionReviewStep
        review={flow.review}
        onConfirm={() => void onConfirm()}
        onBack={() => {
          submit.clearError();
          setFlow(emptyConversionFlow());
        }}
        pending={submit.pending}
        error={submit.error}
      />
    );
  } else {
    body = (
      <>
        {form.bannerError ? <ErrorNotice error={form.bannerError} /> : null}
        <ConversionForm
          label={label}
          {...(fixedToAsset ? { fixedToAsset } : {})}
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

  return body;
}
