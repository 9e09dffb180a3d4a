// The answer check a Convert & Hold rule adds to every rule's (ref_id, profile, asset): the rule
// Paxos answered must convert to the stablecoin asked, into the profile asked, from USD wires. A
// rule converting to another coin or crediting another profile must not stay live with its memo:
// the route deletes it at once (rule-routes.ts, undoWrongAnswer), like a rule wiring elsewhere.
import type { CreateRuleInput } from '../../../../shared/paxos/requests';
import type { OrchestrationRule } from '../../../../shared/paxos/responses';
import type { Mismatch } from '../money-path';

const named = (value: string | undefined) => value ?? '(none named)';

export function convertHoldMismatch(
  asked: Omit<CreateRuleInput, 'ref_id'>,
  rule: OrchestrationRule,
): Mismatch | undefined {
  if (!('fiat' in asked.source) || !('profile' in asked.destination)) return undefined;
  if (rule.destination_asset !== asked.destination_asset)
    return {
      field: 'destination asset',
      asked: asked.destination_asset,
      answered: named(rule.destination_asset),
    };
  const to = rule.destination?.profile?.profile_id;
  if (to !== asked.destination.profile.profile_id)
    return {
      field: 'destination profile',
      asked: asked.destination.profile.profile_id,
      answered: named(to),
    };
  const network = rule.source?.fiat?.network;
  if (network !== undefined && network.toUpperCase() !== asked.source.fiat.network)
    return { field: 'source network', asked: asked.source.fiat.network, answered: network };
  return undefined;
}
