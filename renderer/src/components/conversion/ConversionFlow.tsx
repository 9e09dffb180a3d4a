// A conversion between profiles (the Convert screen, and the Redeem screen's "keep as USD in a
// profile"): prepare (form) → read what will happen (main's review) → confirm (main's dialog) →
// follow (progress). The form and the step are drafts, so leaving the screen or a locked app
// loses nothing. Every pair goes through the same operation (submitConversion).
import { call } from '../../bridge/treasury';
import { useReviewFlow } from '../../hooks/useReviewFlow';
import { ReviewFlowSteps } from '../review-flow/ReviewFlowSteps';
import { ConversionForm } from './ConversionForm';
import { ConversionProgress } from './ConversionProgress';
import { ConversionReviewStep } from './ConversionReviewStep';
import {
  emptyConversionDraft,
  emptyConversionFlow,
  toConversionRequest,
  validateConversionDraft,
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
  const flow = useReviewFlow({
    name: draftKey,
    emptyFlow: emptyConversionFlow,
    emptyDraft: (onlyProfile) => emptyConversionDraft(onlyProfile, pair),
    validate: validateConversionDraft,
    toRequest: toConversionRequest,
    review: (request) => call('reviewConversion', request),
    submit: (request) => call('submitConversion', request),
  });
  return (
    <ReviewFlowSteps
      flow={flow}
      progress={(submitted, onNew) => <ConversionProgress submitted={submitted} onNew={onNew} />}
      review={(props) => <ConversionReviewStep {...props} />}
      form={(props) => (
        <ConversionForm label={label} {...(fixedToAsset ? { fixedToAsset } : {})} {...props} />
      )}
    />
  );
}
