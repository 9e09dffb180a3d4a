// A new Convert & Hold rule for crypto deposits: every deposit of one coin on one network to the
// rule's address is converted to another coin and kept in a profile (the money stays at Paxos).
// Only networks the chosen coin is issued on are offered, the coins and networks a rule can take
// are listed, and the review says what that means before main's own confirmation.
import { useState, type FormEvent, type ReactNode } from 'react';
import {
  RULE_NETWORKS_BY_ASSET,
  STABLECOINS,
  type RuleNetwork,
  type Stablecoin,
} from '../../../../shared/assets';
import type { IntentView } from '../../../../shared/views';
import { call } from '../../bridge/treasury';
import { TextField } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { networkLabel } from '../../format/labels';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useDraft } from '../../store/draft-store';
import { useProfiles } from '../../store/selectors';
import { CryptoHoldReview } from './CryptoHoldReview';
import { SupportedDeposits } from './SupportedDeposits';

interface CryptoHoldDraft {
  profileId: string;
  depositAsset: Stablecoin;
  network: RuleNetwork;
  asset: Stablecoin;
  nickname: string;
}

export function CryptoHoldForm({
  sourceField,
  onDone,
  onCancel,
}: {
  /** The "deposits arrive as" choice, shared with the USD-wire form. */
  sourceField: ReactNode;
  onDone: (intent: IntentView) => void;
  onCancel: () => void;
}) {
  const profiles = useProfiles();
  const [draft, setDraft, reset] = useDraft<CryptoHoldDraft>('rule.hold.crypto.new', () => ({
    profileId: profiles.length === 1 ? (profiles[0]?.id ?? '') : '',
    depositAsset: 'USDC',
    network: 'ETHEREUM',
    asset: 'USDG',
    nickname: '',
  }));
  const [reviewing, setReviewing] = useState(false);
  const create = useBridgeAction(() =>
    call('createConvertHoldRule', {
      profileId: draft.profileId,
      depositAsset: draft.depositAsset,
      network: draft.network,
      asset: draft.asset,
      ...(draft.nickname.trim() ? { nickname: draft.nickname.trim() } : {}),
    }),
  );
  const networks = RULE_NETWORKS_BY_ASSET[draft.depositAsset];
  const targets = STABLECOINS.filter((c) => c !== draft.depositAsset);
  const update = (patch: Partial<CryptoHoldDraft>) =>
    setDraft((d) => {
      const next = { ...d, ...patch };
      // A coin change keeps the network and target only where they still make sense.
      const allowed = RULE_NETWORKS_BY_ASSET[next.depositAsset];
      if (!allowed.includes(next.network)) next.network = allowed[0] ?? 'ETHEREUM';
      if (next.asset === next.depositAsset)
        next.asset = STABLECOINS.find((c) => c !== next.depositAsset) ?? 'USDG';
      return next;
    });
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

  if (reviewing && profile)
    return (
      <CryptoHoldReview
        choice={{ ...draft, profileName: profile.nickname }}
        pending={create.pending}
        error={create.error}
        onBack={() => setReviewing(false)}
        onConfirm={() => void onConfirm()}
      />
    );

  return (
    <form className="form" onSubmit={onSubmit} aria-label="New Convert & Hold rule" noValidate>
      <h2>New Convert &amp; Hold rule</h2>
      <p className="muted">
        Stablecoin deposits to this rule’s address become another stablecoin in a profile.
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
        path="depositAsset"
        label="Deposited coin"
        value={draft.depositAsset}
        onChange={(depositAsset) => update({ depositAsset: depositAsset as Stablecoin })}
        options={STABLECOINS.map((a) => ({ value: a, label: a }))}
      />
      <SelectField
        path="network"
        label="Deposit network"
        value={draft.network}
        onChange={(network) => update({ network: network as RuleNetwork })}
        options={networks.map((n) => ({ value: n, label: networkLabel(n).text }))}
        hint={`${draft.depositAsset} can be deposited on the networks listed.`}
      />
      <SelectField
        path="asset"
        label="Convert to"
        value={draft.asset}
        onChange={(asset) => update({ asset: asset as Stablecoin })}
        options={targets.map((a) => ({ value: a, label: a }))}
      />
      <TextField
        path="nickname"
        label="Nickname"
        optional
        value={draft.nickname}
        onChange={(nickname) => update({ nickname })}
        maxLength={100}
      />
      <SupportedDeposits />
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
