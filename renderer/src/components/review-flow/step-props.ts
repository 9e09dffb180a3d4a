// What a flow's form step and review step receive from useReviewFlow: one shape for every money
// flow, so a screen's own form and review say only what is theirs.
import type { ChangeEvent, FormEvent, Ref } from 'react';
import type { BridgeCallError } from '../../bridge/treasury';
import type { FieldErrors } from '../../errors/field-errors';

export interface FormStepProps<Draft> {
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  errors: FieldErrors;
  formProps: {
    ref: Ref<HTMLFormElement>;
    onChange: (event: ChangeEvent<HTMLFormElement>) => void;
    noValidate: boolean;
  };
  onSubmit: (event: FormEvent) => void;
  pending: boolean;
}

export interface ReviewStepProps<Review> {
  review: Review;
  onConfirm: () => void;
  onBack: () => void;
  pending: boolean;
  error: BridgeCallError | null;
}
