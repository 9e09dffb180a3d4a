// Simulator-only: an external crypto deposit arrives at a rule's deposit address. Like Paxos,
// the simulator records a CRYPTO_DEPOSIT transfer and, if the rule is ACTIVE and the asset
// matches, spawns an orchestration with a system ref_id `orchestration_id.<its id>`,
// `orchestration_rule_id` set and a crypto source. Deposits to a rule that is not ACTIVE
// (DELETED, or PENDING / REJECTED approval: 2026) or of another asset are credited to the rule's
// profile unconverted. A Convert & Hold rule for crypto deposits (a profile destination of
// another coin) credits the converted coin to that profile, 1:1 at the pair's precision.
import { addAmounts } from '../../../shared/money';
import { TRANSFER_NETWORK_BY_RULE_NETWORK, isRuleNetwork } from '../../../shared/assets';
import { txHash } from '../addresses';
import { isObj, optionalString, requireObj, requireString } from '../body';
import { badRequest, notFound } from '../problems';
import { failReasonFor, newOrchestration, newTransfer } from '../records';
import { findFiatAccount, findProfile } from '../store';
import type { JsonObject } from '../types';
import { emitTransferEvent, newId, type World } from '../world';
import { checkSourceAmount } from './amounts';
import { creditFor, wireDeposit } from './mint';

export interface DepositInput {
  /** The rule's deposit address (source.crypto.address), or… */
  address?: string;
  /** …the rule's ID. */
  rule_id?: string;
  amount: string;
  /** Defaults to the rule's source_asset. */
  asset?: string;
}

export function injectDeposit(
  world: World,
  input: unknown,
): { transfer: JsonObject; orchestration: JsonObject | null } {
  const body = requireObj(input, 'body');
  const address = optionalString(body, 'address');
  const ruleId = optionalString(body, 'rule_id');
  if (!address && !ruleId) throw badRequest('address or rule_id must be set', 'address');
  const rule = world.state.rules.find((r) => {
    const crypto =
      isObj(r.data.source) && isObj(r.data.source.crypto) ? r.data.source.crypto : undefined;
    return ruleId
      ? r.data.id === ruleId
      : crypto !== undefined && sameAddress(String(crypto.address), address ?? '');
  });
  const crypto =
    rule && isObj(rule.data.source) && isObj(rule.data.source.crypto)
      ? (rule.data.source.crypto as JsonObject)
      : undefined;
  // A Convert & Hold rule's deposits are USD wires quoting its memo (mint.ts).
  const wire = rule && isObj(rule.data.source) ? rule.data.source.fiat : undefined;
  if (rule && isObj(wire) && typeof wire.memo_id === 'string')
    return wireDeposit(world, { memo_id: wire.memo_id, amount: requireString(body, 'amount') });
  if (!rule || !crypto)
    throw notFound(
      `no orchestration rule with a crypto deposit address ${address ?? ruleId ?? ''}`,
    );
  const asset = optionalString(body, 'asset') ?? String(rule.data.source_asset);
  const amount = checkSourceAmount(requireString(body, 'amount'), asset, 'amount');
  const network = String(crypto.network);
  const deposit = newTransfer(world, {
    profileId: rule.data.profile_id,
    amount,
    asset,
    direction: 'CREDIT',
    type: 'CRYPTO_DEPOSIT',
    extra: {
      crypto_network: isRuleNetwork(network) ? TRANSFER_NETWORK_BY_RULE_NETWORK[network] : network,
      destination_address: String(crypto.address),
      crypto_tx_hash: txHash(network, world.random),
    },
  });
  emitTransferEvent(world, deposit.data);
  if (rule.data.status !== 'ACTIVE' || asset !== rule.data.source_asset) {
    creditUnconverted(world, rule.data.profile_id, asset, amount, deposit.data);
    return { transfer: deposit.data, orchestration: null };
  }
  const id = newId();
  const destination = rule.data.destination as JsonObject;
  const fiat = isObj(destination.fiat) ? destination.fiat : undefined;
  const memo = fiat && typeof fiat.memo === 'string' ? fiat.memo : undefined;
  const bank = fiat ? findFiatAccount(world.state, String(fiat.fiat_account_id)) : undefined;
  const bankProblem =
    fiat && bank?.data.status !== 'APPROVED'
      ? 'destination fiat account is no longer approved'
      : null;
  const toProfile = isObj(destination.profile) ? String(destination.profile.profile_id) : undefined;
  const orchestration = newOrchestration(world, {
    id,
    refId: `orchestration_id.${id}`,
    profileId: rule.data.profile_id,
    ruleId: rule.data.id,
    sourceAsset: asset,
    destinationAsset: String(rule.data.destination_asset),
    amount,
    source: {
      crypto: { address_id: String(crypto.address_id), address: String(crypto.address), network },
    },
    destination: fiat
      ? { fiat: { bank_account_id: String(fiat.fiat_account_id), ...(memo ? { memo } : {}) } }
      : orchestrationDestination(destination),
    sourceTransfer: deposit,
    failReason: bankProblem ?? failReasonFor(world, memo),
    // Converting into a profile (Convert & Hold): 1:1 at the pair's precision (mint.ts).
    credit: toProfile
      ? {
          profileId: toProfile,
          asset: String(rule.data.destination_asset),
          amount: creditFor(world, amount, asset, String(rule.data.destination_asset)),
        }
      : null,
  });
  world.touch();
  return { transfer: deposit.data, orchestration: orchestration.data };
}

/** A rule's crypto destination as an orchestration names it (deprecated id: address_id). */
function orchestrationDestination(destination: JsonObject): JsonObject {
  if (!isObj(destination.crypto)) return destination;
  const { crypto_address_id: legacyId, ...crypto } = destination.crypto as JsonObject;
  return { crypto: { ...crypto, ...(legacyId !== undefined ? { address_id: legacyId } : {}) } };
}

function creditUnconverted(
  world: World,
  profileId: string,
  asset: string,
  amount: string,
  transfer: JsonObject & { id: string; status: string },
): void {
  const profile = findProfile(world.state, profileId);
  if (profile) profile.balances[asset] = addAmounts(profile.balances[asset] ?? '0', amount);
  transfer.status = 'COMPLETED';
  transfer.updated_at = world.clock.stamp();
  emitTransferEvent(world, transfer);
  world.touch();
}

/** EVM addresses compare case-insensitively (checksum casing); base58/StrKey exactly. */
function sameAddress(a: string, b: string): boolean {
  return a.startsWith('0x') ? a.toLowerCase() === b.toLowerCase() : a === b;
}
