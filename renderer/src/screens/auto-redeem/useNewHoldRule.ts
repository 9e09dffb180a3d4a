// What both new Convert & Hold forms do between their fields and main: the typed rule as a draft
// (kept across screens and locks), whether its review is open, and Confirm — one
// createConvertHoldRule call (main confirms in its own dialog), after which the draft is cleared
// and the new rule's intent handed on.
import { useState } from 'react';
import type { IntentView } from '../../../../shared/views';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useDraft } from '../../store/draft-store';
import { useProfiles } from '../../store/selectors';

interface NewHoldRuleOptions<Draft> {
  draftKey: string;
  /** A new rule; `onlyProfile` is the profile's id when the account has exactly one, else ''. */
  emptyDraft: (onlyProfile: string) => Draft;
  /** The bridge call that creates the rule from the draft. */
  create: (draft: Draft) => Promise<IntentView>;
  onDone: (intent: IntentView) => void;
}

export function useNewHoldRule<Draft extends { profileId: string }>({
  draftKey,
  emptyDraft,
  create: createRule,
  onDone,
}: NewHoldRuleOptions<Draft>) {
  const profiles = useProfiles();
  const [draft, setDraft, reset] = useDraft<Draft>(draftKey, () =>
    emptyDraft(profiles.length === 1 ? (profiles[0]?.id ?? '') : ''),
  );
  const [reviewing, setReviewing] = useState(false);
  const create = useBridgeAction(() => createRule(draft));
  const onConfirm = async () => {
    const intent = await create.run();
    if (!intent) return;
    reset();
    onDone(intent);
  };
  return {
    draft,
    setDraft,
    /** The chosen profile, once the review can name it. */
    profile: profiles.find((p) => p.id === draft.profileId),
    reviewing,
    openReview: () => setReviewing(true),
    /** Props for the review's ReviewActions. */
    actions: {
      onBack: () => setReviewing(false),
      onConfirm: () => void onConfirm(),
      pending: create.pending,
      error: create.error,
    },
  };
}
