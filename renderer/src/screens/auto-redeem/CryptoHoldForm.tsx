// A new Convert & Hold rule for crypto deposits: every deposit of one coin on one network to the
// rule's address is converted to another coin and kept in a profile (the money stays at Paxos).
// Only networks the chosen coin is issued on are offered, the coins and networks a rule can take
// are listed, and the review says what that means before main's own confirmation.
import type { ReactNode } from 'react';
import {
  RULE_NETWORKS_BY_ASSET,
  STABLECOINS,
  type RuleNetwork,
  type Stablecoin,
} from '../../../../shared/assets';
import type { IntentView } from '../../../../shared/views';
import { call } from '../../bridge/treasury';
import { SelectField } from '../../components/SelectField';
import { networkLabel } from '../../format/labels';
import { CryptoHoldReview } from './CryptoHoldReview';
import { HoldRuleForm } from './HoldRuleForm';
import { SupportedDeposits } from './SupportedDeposits';
import { useNewHoldRule } from './useNewHoldRule';

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
  const rule = useNewHoldRule<CryptoHoldDraft>({
    draftKey: 'rule.hold.crypto.new',
    emptyDraft: (profileId) => ({
      profileId,
      depositAsset: 'USDC',
      network: 'ETHEREUM',
      asset: 'USDG',
      nickname: '',
    }),
    create: (draft) =>
      call('createConvertHoldRule', {
        profileId: draft.profileId,
        depositAsset: draft.depositAsset,
        network: draft.network,
        asset: draft.asset,
        ...(draft.nickname.trim() ? { nickname: draft.nickname.trim() } : {}),
      }),
    onDone,
  });
  const { draft, profile } = rule;
  const networks = RULE_NETWORKS_BY_ASSET[draft.depositAsset];
  const targets = STABLECOINS.filter((c) => c !== draft.depositAsset);
  const update = (patch: Partial<CryptoHoldDraft>) =>
    rule.setDraft((d) => {
      const next = { ...d, ...patch };
      // A coin change keeps the network and target only where they still make sense.
      const allowed = RULE_NETWORKS_BY_ASSET[next.depositAsset];
      if (!allowed.includes(next.network)) next.network = allowed[0] ?? 'ETHEREUM';
      if (next.asset === next.depositAsset)
        next.asset = STABLECOINS.find((c) => c !== next.depositAsset) ?? 'USDG';
      return next;
    });

  if (rule.reviewing && profile)
    return (
      <CryptoHoldReview choice={{ ...draft, profileName: profile.nickname }} {...rule.actions} />
    );

  return (
    <HoldRuleForm
      intro="Stablecoin deposits to this rule’s address become another stablecoin in a profile."
      sourceField={sourceField}
      profileId={draft.profileId}
      nickname={draft.nickname}
      update={update}
      onReview={rule.openReview}
      onCancel={onCancel}
      footer={<SupportedDeposits />}
    >
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
    </HoldRuleForm>
  );
}
