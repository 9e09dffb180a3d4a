// A new Convert & Hold rule: every USD wire that quotes the rule's memo is converted to a
// stablecoin and kept in a profile (the money stays at Paxos). The review says what that means
// before main's own confirmation; the memo and instructions come from Paxos once it is ACTIVE.
// "Deposits arrive as" switches to the crypto-deposit rule (CryptoHoldForm).
import { STABLECOINS } from '../../../../shared/assets';
import type { IntentView } from '../../../../shared/views';
import { call } from '../../bridge/treasury';
import { ReviewActions } from '../../components/review-flow/ReviewActions';
import { SelectField } from '../../components/SelectField';
import { useDraft } from '../../store/draft-store';
import { CryptoHoldForm } from './CryptoHoldForm';
import { HoldRuleForm } from './HoldRuleForm';
import { useNewHoldRule } from './useNewHoldRule';

interface HoldDraft {
  profileId: string;
  asset: 'USDC' | 'USDG' | 'PYUSD' | 'USDP';
  accountType: 'ABA' | 'SWIFT';
  nickname: string;
}

export function ConvertHoldForm({
  onDone,
  onCancel,
}: {
  onDone: (intent: IntentView) => void;
  onCancel: () => void;
}) {
  const rule = useNewHoldRule<HoldDraft>({
    draftKey: 'rule.hold.new',
    emptyDraft: (profileId) => ({ profileId, asset: 'USDC', accountType: 'ABA', nickname: '' }),
    create: (draft) =>
      call('createConvertHoldRule', {
        profileId: draft.profileId,
        asset: draft.asset,
        accountType: draft.accountType,
        ...(draft.nickname.trim() ? { nickname: draft.nickname.trim() } : {}),
      }),
    onDone,
  });
  const [source, setSource] = useDraft<'wire' | 'crypto'>('rule.hold.source', () => 'wire');
  const { draft, profile } = rule;
  const update = (patch: Partial<HoldDraft>) => rule.setDraft((d) => ({ ...d, ...patch }));

  const sourceField = (
    <SelectField
      path="holdSource"
      label="Deposits arrive as"
      value={source}
      onChange={(value) => setSource(value === 'crypto' ? 'crypto' : 'wire')}
      options={[
        { value: 'wire', label: 'USD wires quoting the rule’s memo' },
        { value: 'crypto', label: 'Stablecoin deposits to the rule’s address' },
      ]}
    />
  );
  if (source === 'crypto')
    return <CryptoHoldForm sourceField={sourceField} onDone={onDone} onCancel={onCancel} />;

  if (rule.reviewing && profile)
    return (
      <section className="review" aria-labelledby="hold-review-title" data-testid="hold-review">
        <h2 id="hold-review-title">Review the Convert & Hold rule</h2>
        <p className="review__headline">
          Every USD wire quoting this rule’s memo is converted automatically to {draft.asset} and
          kept in {profile.nickname}.
        </p>
        <dl className="facts">
          <dt>Deposits</dt>
          <dd>USD wires ({draft.accountType}) quoting the rule’s memo</dd>
          <dt>Converted to</dt>
          <dd>{draft.asset}, 1:1 at 2 decimals</dd>
          <dt>Kept in</dt>
          <dd>{profile.nickname}</dd>
          <dt>Memo</dt>
          <dd>Given by Paxos with the wire instructions, shown once the rule is active</dd>
        </dl>
        <p className="warning-box" role="note">
          No one confirms each wire: a wire quoting the memo is converted as it arrives. A wire
          without the memo is not converted (and may wait for manual matching at Paxos).
        </p>
        <ReviewActions
          {...rule.actions}
          confirmLabel="Create rule"
          backLabel="Back"
          pendingLabel="Waiting for confirmation…"
        />
      </section>
    );

  return (
    <HoldRuleForm
      intro="USD wires into Paxos that quote this rule’s memo become a stablecoin in a profile."
      sourceField={sourceField}
      profileId={draft.profileId}
      nickname={draft.nickname}
      update={update}
      onReview={rule.openReview}
      onCancel={onCancel}
    >
      <SelectField
        path="asset"
        label="Convert to"
        value={draft.asset}
        onChange={(asset) => update({ asset: asset as HoldDraft['asset'] })}
        options={STABLECOINS.map((a) => ({ value: a, label: a }))}
      />
      <SelectField
        path="accountType"
        label="Wires routed by"
        value={draft.accountType}
        onChange={(accountType) => update({ accountType: accountType as HoldDraft['accountType'] })}
        options={[
          { value: 'ABA', label: 'ABA (US domestic wires)' },
          { value: 'SWIFT', label: 'SWIFT (international wires)' },
        ]}
      />
    </HoldRuleForm>
  );
}
