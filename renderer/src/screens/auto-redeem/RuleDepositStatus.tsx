// Why a rule shows no deposit address: only an ACTIVE rule converts deposits
// (shared/paxos/status-meanings.ts, ruleTakesDeposits), so for any other status the drawer says
// what the status means for money sent to it, in the words of the status meaning.
import { ruleStatusMeaning } from '../../../../shared/paxos/status-meanings';
import type { RuleView } from '../../../../shared/views';

function explanation(status: string, asset: string): string {
  switch (status) {
    case 'ACTIVE':
      return 'The deposit address appears once Paxos has set it up.';
    case 'PENDING':
      return 'The deposit address appears here once Paxos approves the rule.';
    case 'REJECTED':
      return `Paxos gave no reason to this desk. Nothing sent for this rule is converted or wired: do not send ${asset} for it; create a new rule if you still need one.`;
    case 'DELETED':
    case 'CANCELLED':
      return `Anything sent to its address now is credited to the profile as ${asset}, unconverted: no USD conversion and no wire. Do not send funds to it.`;
    default:
      return 'The deposit address is shown only while Paxos reports the rule active.';
  }
}

/** A Convert & Hold rule: its memo and wire instructions, not an address, wait on its status. */
function wireExplanation(status: string, asset: string): string {
  switch (status) {
    case 'PENDING':
      return 'The memo and wire instructions appear here once Paxos approves the rule. Do not wire for it yet.';
    case 'REJECTED':
      return `Paxos rejected it: wires quoting its memo are not converted to ${asset}. Create a new rule if you still need one.`;
    case 'DELETED':
    case 'CANCELLED':
      return 'Deposits after deletion stay USD in the profile; nothing is converted.';
    default:
      return 'The memo is shown only while Paxos reports the rule active.';
  }
}

export function RuleDepositStatus({ rule }: { rule: RuleView }) {
  const status = rule.status.toUpperCase();
  const meaning = ruleStatusMeaning(status === 'CANCELLED' ? 'DELETED' : status);
  const headline = meaning.outcome === 'unknown' ? `Paxos status: ${rule.status}` : meaning.label;
  const warn = status !== 'ACTIVE';
  return (
    <div
      className={warn ? 'warning-box' : undefined}
      role={warn ? 'note' : undefined}
      data-testid="rule-deposit-status"
      data-status={rule.status}
    >
      {status === 'ACTIVE' ? null : (
        <p>
          <strong>{headline}.</strong>
        </p>
      )}
      <p className={warn ? undefined : 'muted'}>
        {rule.convertsWires
          ? wireExplanation(status, rule.destinationAsset ?? 'a stablecoin')
          : explanation(status, rule.sourceAsset ?? 'funds')}
      </p>
    </div>
  );
}
