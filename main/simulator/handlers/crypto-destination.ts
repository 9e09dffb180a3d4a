// A crypto destination of an orchestration or a rule, as the 2026 API names it: `address` +
// `network` (together they identify the destination whose Travel Rule data is used). The
// deprecated id (`address_id` on orchestrations, `crypto_address_id` on rules; Paxos changelog
// 2026-06-30) is still accepted and echoed, since the simulator keeps no address book to look
// it up in. The answer names what the request named.
import { isRuleNetwork, isStablecoin, ruleNetworksFor } from '../../../shared/assets';
import { optionalString, requireObj, type Obj } from '../body';
import { badRequest } from '../problems';
import type { JsonObject } from '../types';

const EVM_ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const EVM_NETWORKS = ['ETHEREUM', 'BASE', 'POLYGON'];

export function cryptoDestination(
  destination: Obj,
  asset: string,
  deprecatedIdField: 'address_id' | 'crypto_address_id',
): JsonObject {
  const crypto = requireObj(destination.crypto, 'destination.crypto');
  const path = (key: string) => `destination.crypto.${key}`;
  const address = optionalString(crypto, 'address', path('address'));
  const rawNetwork = optionalString(crypto, 'network', path('network'));
  const legacyId = optionalString(crypto, deprecatedIdField, path(deprecatedIdField));
  if (!isStablecoin(asset))
    throw badRequest(
      'destination_asset must be a stablecoin for a crypto destination',
      'destination_asset',
    );
  if (!address && !rawNetwork && legacyId) return { [deprecatedIdField]: legacyId };
  if (!address) throw badRequest(`${path('address')} must be set`, path('address'));
  if (!rawNetwork) throw badRequest(`${path('network')} must be set`, path('network'));
  const network = rawNetwork.toUpperCase();
  if (!isRuleNetwork(network) || !ruleNetworksFor(asset).includes(network))
    throw badRequest(`${asset} withdrawals are not supported on ${network}`, path('network'));
  if (EVM_NETWORKS.includes(network) ? !EVM_ADDRESS.test(address) : address.length > 100)
    throw badRequest(`${path('address')} is not a valid ${network} address`, path('address'));
  return { address, network, ...(legacyId ? { [deprecatedIdField]: legacyId } : {}) };
}
