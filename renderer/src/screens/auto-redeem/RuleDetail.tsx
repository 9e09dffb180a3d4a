// One rule: where to send funds (address, QR, network: only while ACTIVE, the one status that
// converts deposits; for a crypto Convert & Hold rule the coins and networks it can take), where
// the dollars (or the converted coin) go, what it has done so far, and Delete. In the Demo
// environment, a deposit can be simulated and a rule awaiting approval approved or rejected.
import { ruleStatusMeaning, ruleTakesDeposits } from '../../../../shared/paxos/status-meanings';
import type { IntentView, RuleView } from '../../../../shared/views';
import { DemoApprovalControl } from '../../components/DemoApprovalControl';
import { IdWithCopy } from '../../components/IdWithCopy';
import { formatDateTime } from '../../format/time';
import { fiatAccountName, profileName } from '../../model/lookups';
import { useEnvironment, useFiatAccounts, useProfiles } from '../../store/selectors';
import { DeleteRuleButton } from './DeleteRuleButton';
import { DepositAddress } from './DepositAddress';
import { RuleActivity } from './RuleActivity';
import { RuleDepositStatus } from './RuleDepositStatus';
import { CryptoHoldFacts } from './CryptoHoldFacts';
import { SimulateDepositForm } from './SimulateDepositForm';
import { SupportedDeposits } from './SupportedDeposits';
import { WireInstructions } from './WireInstructions';
import { Drawer } from '../../components/Drawer';
import { networkLabel } from '../../format/labels';
import { DetailHeader } from '../../components/DetailHeader';

export function RuleDetail({
  rule,
  onClose,
  onDeleted,
}: {
  rule: RuleView;
  onClose: () => void;
  onDeleted: (intent: IntentView) => void;
}) {
  const environment = useEnvironment();
  const accounts = useFiatAccounts();
  const profiles = useProfiles();
  const asset = rule.sourceAsset ?? '?';
  const status = rule.status.toUpperCase();
  const active = ruleTakesDeposits(status);
  const ended = status === 'CANCELLED' || ruleStatusMeaning(status).terminal;
  return (
    <Drawer labelledBy="rule-detail-title" testId="rule-detail" onClose={onClose}>
      <DetailHeader
        titleId="rule-detail-title"
        title={rule.nickname ?? (rule.convertsWires ? 'Convert & Hold rule' : 'Auto-redeem rule')}
        status={rule.status}
        statusKind="rule"
        closeLabel="Close rule detail"
        onClose={onClose}
      />
      {rule.convertsWires ? (
        rule.wireMemoId ? (
          <WireInstructions
            memo={rule.wireMemoId}
            instructionsId={rule.depositInstructionsId}
            asset={rule.destinationAsset ?? '?'}
          />
        ) : (
          <RuleDepositStatus rule={rule} />
        )
      ) : active && rule.depositAddress ? (
        <DepositAddress
          address={rule.depositAddress}
          asset={asset}
          network={rule.network ? networkLabel(rule.network).text : '?'}
        />
      ) : (
        <RuleDepositStatus rule={rule} />
      )}
      {rule.holdsDeposits ? <SupportedDeposits asset={asset} network={rule.network} /> : null}
      {environment === 'demo' && status === 'PENDING' ? (
        <DemoApprovalControl kind="rule" id={rule.id} />
      ) : null}
      {rule.convertsWires ? (
        <dl className="facts">
          <dt>Converts</dt>
          <dd>USD wires quoting the memo → {rule.destinationAsset ?? '?'}</dd>
          <dt>Kept in</dt>
          <dd>{profileName(profiles, rule.destinationProfileId ?? rule.profileId)}</dd>
          <dt>After deletion</dt>
          <dd>Wires quoting the memo stay USD in the profile</dd>
          <IdWithCopy label="Rule id" value={rule.id} />
        </dl>
      ) : rule.holdsDeposits ? (
        <CryptoHoldFacts rule={rule} />
      ) : (
        <dl className="facts">
          <dt>Converts</dt>
          <dd>
            {asset} on{' '}
            <span title={rule.network}>{rule.network ? networkLabel(rule.network).text : '?'}</span>{' '}
            → {rule.destinationAsset ?? 'USD'}
          </dd>
          <dt>Wires to</dt>
          <dd>{fiatAccountName(accounts, rule.fiatAccountId)}</dd>
          <dt>Profile</dt>
          <dd>{profileName(profiles, rule.profileId)}</dd>
          <dt>Created</dt>
          <dd>{formatDateTime(rule.createdAt)}</dd>
          <IdWithCopy label="Rule id" value={rule.id} />
        </dl>
      )}
      {environment === 'demo' && active ? (
        <SimulateDepositForm ruleId={rule.id} asset={asset} />
      ) : null}
      {!ended ? (
        <div className="form__actions">
          <DeleteRuleButton rule={rule} onDeleted={onDeleted} />
        </div>
      ) : null}
      <RuleActivity
        ruleId={rule.id}
        mints={rule.convertsWires === true}
        conversions={rule.holdsDeposits === true}
      />
    </Drawer>
  );
}
