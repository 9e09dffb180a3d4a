// The step machine every money flow shares (redeem, wire out, convert/mint/redeem into cash):
// prepare (form) → main's review → confirm (main's own dialog) → follow (progress). The step and
// the form are drafts, so leaving the screen or a locked app loses nothing. Confirm sends exactly
// what was reviewed (`flow.reviewed`), never the form as it may have been edited since; the form
// is cleared only once main has accepted the request (an intent came back).
import type { FormEvent } from 'react';
import type { IntentView } from '../../../shared/views';
import type { FieldErrors } from '../errors/field-errors';
import { useDraft } from '../store/draft-store';
import { useProfiles } from '../store/selectors';
import { useBridgeAction } from './useBridgeAction';
import { useFormController } from './useFormController';

/** Where the operator is in a flow; kept as a draft so leaving the screen loses nothing. */
export interface ReviewFlowState<Review, Request> {
  step: 'form' | 'review' | 'progress';
  review?: Review;
  /** Exactly what was reviewed: Confirm sends this, never the (possibly edited) form. */
  reviewed?: Request;
  intent?: IntentView;
}

interface ReviewFlowOptions<Draft, Request, Review> {
  /** Draft names: `${name}.flow` for the step, `${name}.form` for what was typed. */
  name: string;
  emptyFlow: () => ReviewFlowState<Review, Request>;
  /** A new form; `onlyProfile` is the profile's id when the account has exactly one. */
  emptyDraft: (onlyProfile: string | undefined) => Draft;
  validate: (draft: Draft) => FieldErrors;
  toRequest: (draft: Draft) => Request;
  /** Asks main what would happen (nothing is sent). */
  review: (request: Request) => Promise<Review>;
  /** Asks main to send it (main confirms in its own dialog first). */
  submit: (request: Request) => Promise<IntentView>;
}

export function useReviewFlow<Draft extends object, Request, Review>(
  options: ReviewFlowOptions<Draft, Request, Review>,
) {
  const { name, emptyFlow, emptyDraft, validate, toRequest } = options;
  const profiles = useProfiles();
  const onlyProfile = profiles.length === 1 ? profiles[0]?.id : undefined;
  const [flow, setFlow, resetFlow] = useDraft(`${name}.flow`, emptyFlow);
  const review = useBridgeAction(options.review);
  const submit = useBridgeAction(options.submit);
  const form = useFormController<Draft>({
    draftKey: `${name}.form`,
    initial: () => emptyDraft(onlyProfile),
    validate,
    serverError: review.error,
  });

  const onReview = form.handleSubmit(async (draft) => {
    const request = toRequest(draft);
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

  return {
    flow,
    setFlow,
    resetFlow,
    form,
    /** Props for the review step (see ReviewFlowSteps). */
    reviewStep: {
      onConfirm: () => void onConfirm(),
      onBack: () => {
        submit.clearError();
        setFlow(emptyFlow());
      },
      pending: submit.pending,
      error: submit.error,
    },
    /** Props for the form step (see ReviewFlowSteps). */
    formStep: {
      draft: form.draft,
      update: form.update,
      errors: form.errors,
      formProps: form.formProps,
      onSubmit: (event: FormEvent) => void onReview(event),
      pending: review.pending,
    },
  };
}

export type ReviewFlow<Draft extends object, Request, Review> = ReturnType<
  typeof useReviewFlow<Draft, Request, Review>
>;
