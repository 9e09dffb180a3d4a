// The answer check a Convert & Hold rule adds to every rule's (ref_id, profile, asset): the rule
// Paxos answered must convert to the stablecoin asked, into the profile asked, from the source
// asked (USD wires, or deposits of the coin asked on the network asked). A rule converting to
// another coin, crediting another profile, or watching another coin or chain must not stay live
// with its memo or address: the route deletes it at once (rule-routes.ts, undoWrongAnswer), like
// a rule wiring elsewhere.
import type { CreateRuleInput } from '../../../../shared/paxos/requests';
import type { OrchestrationRule } from '../../../../shared/paxos/responses';
import type { Mismatch } from '../money-path';

const named = (value: string | undefined) => value ?? '(none named)';

export function convertHoldMismatch(
  asked: Omit<CreateRuleInput, 'ref_id'>,
  rule: OrchestrationRule,
): Mismatch | undefined {
  if (!('profile' in asked.destination)) return undefined;
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
  if ('crypto' in asked.source) return cryptoSourceMismatch(asked, asked.source.crypto, rule);
  const network = rule.source?.fiat?.network;
  if (network !== undefined && network.toUpperCase() !== asked.source.fiat.network)
    return { field: 'source network', asked: asked.source.fiat.network, answered: network };
  return undefined;
}

/**
 * A crypto deposit rule converting into a profile: the coin it takes must be named and be the one
 * asked (the generic check lets an unnamed one pass), and its address on the chain asked.
 */
function cryptoSourceMismatch(
  asked: Omit<CreateRuleInput, 'ref_id'>,
  source: { network: string },
  rule: OrchestrationRule,
): Mismatch | undefined {
  if (rule.source_asset !== asked.source_asset)
    return { field: 'asset', asked: asked.source_asset, answered: named(rule.source_asset) };
  const crypto = rule.source?.crypto;
  if (!crypto) return { field: 'source', asked: 'a crypto deposit address', answered: 'none' };
  const network = crypto.network;
  if (network !== undefined && network.toUpperCase() !== source.network.toUpperCase())
    return { field: 'source network', asked: source.network, answered: network };
  return undefined;
}
