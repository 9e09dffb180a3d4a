// A new Convert & Hold rule: every USD wire that quotes the rule's memo is converted to a
// stablecoin and kept in a profile (the money stays at Paxos). The review says what that means
// before main's own confirmation; the memo and instructions come from Paxos once it is ACTIVE.
// "Deposits arrive as" switches to the crypto-deposit rule (CryptoHoldForm).
import { useState, type FormEvent } from 'react';
import { STABLECOINS } from '../../../../shared/assets';
import type { IntentView } from '../../../../shared/views';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useDraft } from '../../store/draft-store';
import { useProfiles } from '../../store/selectors';
import { CryptoHoldForm } from './CryptoHoldForm';

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
  const profiles = useProfiles();
  const [draft, setDraft, reset] = useDraft<HoldDraft>('rule.hold.new', () => ({
    profileId: profiles.length === 1 ? (profiles[0]?.id ?? '') : '',
    asset: 'USDC',
    accountType: 'ABA',
    nickname: '',
  }));
  const [source, setSource] = useDraft<'wire' | 'crypto'>('rule.hold.source', () => 'wire');
  const [reviewing, setReviewing] = useState(false);
  const create = useBridgeAction(() =>
    call('createConvertHoldRule', {
      profileId: draft.profileId,
      asset: draft.asset,
      accountType: draft.accountType,
      ...(draft.nickname.trim() ? { nickname: draft.nickname.trim() } : {}),
    }),
  );
  const update = (patch: Partial<HoldDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const profile = profiles.find((p) => p.id === draft.profileId);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.profileId) setReviewing(true);
  };
  const onConfirm = async () => {
    const intent = await create.run();
    if (!intent) return;
    reset();
    onDone(intent);
  };

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

  if (reviewing && profile)
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
        {create.error ? <ErrorNotice error={create.error} /> : null}
        <div className="form__actions">
          <button type="button" onClick={() => setReviewing(false)} disabled={create.pending}>
            Back
          </button>
          <button
            type="button"
            className="button--primary"
            onClick={() => void onConfirm()}
            disabled={create.pending}
          >
            {create.pending ? 'Waiting for confirmation…' : 'Create rule'}
          </button>
        </div>
      </section>
    );

  return (
    <form className="form" onSubmit={onSubmit} aria-label="New Convert & Hold rule" noValidate>
      <h2>New Convert & Hold rule</h2>
      <p className="muted">
        USD wires into Paxos that quote this rule’s memo become a stablecoin in a profile.
      </p>
      {sourceField}
      <SelectField
        path="profileId"
        label="Keep in profile"
        value={draft.profileId}
        onChange={(profileId) => update({ profileId })}
        placeholder="Choose a profile…"
        options={profiles.map((p) => ({ value: p.id, label: p.nickname }))}
      />
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
      <TextField
        path="nickname"
        label="Nickname"
        optional
        value={draft.nickname}
        onChange={(nickname) => update({ nickname })}
        maxLength={100}
      />
      <div className="form__actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button--primary" disabled={!draft.profileId}>
          Review
        </button>
      </div>
    </form>
  );
}
