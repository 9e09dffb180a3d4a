// Shows the step a money flow is at: its progress once main accepted it, main's review while
// one is open, otherwise the form (with main's last error above it until the operator edits).
// Each screen passes only its own form, review and progress.
import type { ReactNode } from 'react';
import type { IntentView } from '../../../../shared/views';
import type { ReviewFlow } from '../../hooks/useReviewFlow';
import { ErrorNotice } from '../ErrorNotice';
import type { FormStepProps, ReviewStepProps } from './step-props';

interface ReviewFlowStepsProps<Draft extends object, Request, Review> {
  flow: ReviewFlow<Draft, Request, Review>;
  progress: (submitted: IntentView, onNew: () => void) => ReactNode;
  review: (props: ReviewStepProps<Review>) => ReactNode;
  form: (props: FormStepProps<Draft>) => ReactNode;
}

export function ReviewFlowSteps<Draft extends object, Request, Review>({
  flow,
  progress,
  review,
  form,
}: ReviewFlowStepsProps<Draft, Request, Review>) {
  const state = flow.flow;
  if (state.step === 'progress' && state.intent) return progress(state.intent, flow.resetFlow);
  if (state.step === 'review' && state.review)
    return review({ review: state.review, ...flow.reviewStep });
  return (
    <>
      {flow.form.bannerError ? <ErrorNotice error={flow.form.bannerError} /> : null}
      {form(flow.formStep)}
    </>
  );
}
