// The step before a rule is created: a rule wires money with nobody clicking anything, so the
// operator reads exactly what it will do — which coin on which network, from which profile, to
// which bank account — before asking Paxos to create it.
import { useEffect, useRef } from 'react';
import type { BridgeCallError } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { networkLabel } from '../../format/labels';
import { WAITING_FOR_CONFIRMATION } from '../../format/pending-labels';
import { useFiatAccounts, useProfiles } from '../../store/selectors';
import { routingText } from '../../format/account-text';
import { beneficiaryWords, useOwnerLookups } from '../../hooks/useAccountOwners';
import type { RuleDraft } from './rule-draft';

interface RuleReviewProps {
  draft: RuleDraft;
  onConfirm: () => void;
  onBack: () => void;
  pending: boolean;
  error: BridgeCallError | null;
}

export function RuleReview({ draft, onConfirm, onBack, pending, error }: RuleReviewProps) {
  const account = useFiatAccounts().find((a) => a.id === draft.fiatAccountId);
  const profile = useProfiles().find((p) => p.id === draft.profileId);
  const network = networkLabel(draft.network).text;
  const ownerOf = useOwnerLookups(account ? [account] : []);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="review" aria-labelledby="rule-review-title" data-testid="rule-review">
      <h2 id="rule-review-title" tabIndex={-1} ref={heading}>
        Review the rule: it wires money automatically
      </h2>
      <p className="review__headline" data-testid="rule-review-headline">
        Every {draft.asset} deposit on {network} → converted 1:1 to USD → wired to{' '}
        {account?.label ?? 'the bank account'}, with no further confirmation.
      </p>
      <dl className="facts facts--large">
        <dt>Nickname</dt>
        <dd>{draft.nickname.trim() || '—'}</dd>
        <dt>Deposits</dt>
        <dd>
          {draft.asset} on <span title={draft.network}>{network}</span>, to a new address Paxos
          creates for this rule
        </dd>
        <dt>Credited to</dt>
        <dd>{profile?.nickname ?? draft.profileId}</dd>
        <dt>Wired to</dt>
        <dd data-testid="rule-review-destination">
          {account
            ? `${account.label} · ${beneficiaryWords(ownerOf(account)) ?? 'owner loading…'} · ${account.bankName ?? 'bank'} · ${routingText(account)} · ${account.accountNumberMasked}`
            : draft.fiatAccountId}
        </dd>
      </dl>
      <div className="warning-box" role="note">
        <ul className="plain-list">
          <li>
            Each deposit becomes a wire without anyone confirming it: the desk’s soft limits do not
            apply to rules.
          </li>
          <li>
            Send only {draft.asset} on {network} to the rule’s address; anything else may be lost or
            credited unconverted.
          </li>
          <li>The rule stays in effect until it is deleted.</li>
        </ul>
      </div>
      {error ? <ErrorNotice error={error} context={{ queuesWhenOffline: true }} takeFocus /> : null}
      <div className="form__actions">
        <button type="button" onClick={onBack} disabled={pending}>
          Back to edit
        </button>
        <button type="button" className="button--primary" onClick={onConfirm} disabled={pending}>
          {pending ? WAITING_FOR_CONFIRMATION : 'Create rule'}
        </button>
      </div>
    </section>
  );
}
