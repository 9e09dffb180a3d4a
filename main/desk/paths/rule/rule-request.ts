// An auto-redeem rule as the operator asks for it (profile, asset, network, bank account), and
// the Create Orchestration Rule body it becomes: deposits of the asset on that network are
// redeemed to USD and wired to the bank account.
import { AppError } from '../../../../shared/app-error';
import type { IntentPayloads } from '../../../../shared/intent-payloads';
import {
  RULE_NETWORKS_BY_ASSET,
  type RuleNetwork,
  type Stablecoin,
} from '../../../../shared/assets';

export interface RuleRequest {
  profileId: string;
  asset: Stablecoin;
  network: RuleNetwork;
  fiatAccountId: string;
  nickname?: string;
  memo?: string;
}

/** Refuses an asset that cannot be deposited on the chosen network. */
export function checkRuleNetwork(request: RuleRequest): void {
  if (!RULE_NETWORKS_BY_ASSET[request.asset].includes(request.network)) {
    throw new AppError(
      'validation',
      `${request.asset} cannot be deposited on ${request.network}.`,
      { field: 'network' },
    );
  }
}

export function ruleBody(request: RuleRequest): IntentPayloads['create_rule'] {
  return {
    profile_id: request.profileId,
    ...(request.nickname ? { nickname: request.nickname } : {}),
    source_asset: request.asset,
    destination_asset: 'USD',
    source: { crypto: { network: request.network } },
    destination: {
      fiat: {
        fiat_account_id: request.fiatAccountId,
        ...(request.memo ? { memo: request.memo } : {}),
      },
    },
  };
}

/**
 * Convert & Hold: USD wires quoting the rule's memo are converted to `asset` and kept in the
 * profile. The money never leaves Paxos; Paxos answers with the deposit instructions and the memo
 * the sending bank must quote (source.fiat.deposit_instructions_id, memo_id).
 */
export interface ConvertHoldRequest {
  profileId: string;
  asset: Stablecoin;
  accountType: 'ABA' | 'SWIFT';
  nickname?: string;
}

export function convertHoldBody(request: ConvertHoldRequest): IntentPayloads['create_rule'] {
  return {
    profile_id: request.profileId,
    ...(request.nickname ? { nickname: request.nickname } : {}),
    source_asset: 'USD',
    destination_asset: request.asset,
    source: { fiat: { network: 'WIRE', account_type: request.accountType } },
    destination: { profile: { profile_id: request.profileId } },
  };
}

/**
 * Convert & Hold for crypto deposits: every `depositAsset` deposit on `network` to the rule's
 * address is converted to `asset` and kept in the profile (the 2026-07 document's own example:
 * a crypto source, a profile destination of another asset). No money leaves Paxos.
 */
export interface CryptoHoldRequest {
  profileId: string;
  depositAsset: Stablecoin;
  network: RuleNetwork;
  asset: Stablecoin;
  nickname?: string;
}

export const isCryptoHold = (
  request: ConvertHoldRequest | CryptoHoldRequest,
): request is CryptoHoldRequest => 'network' in request;

/** Refuses a deposit coin the network does not carry, and a "conversion" to the same coin. */
export function checkCryptoHold(request: CryptoHoldRequest): void {
  checkRuleNetwork({ ...request, asset: request.depositAsset, fiatAccountId: '' });
  if (request.depositAsset === request.asset)
    throw new AppError(
      'validation',
      `Deposits of ${request.asset} already stay ${request.asset}: choose another coin to convert to.`,
      { field: 'asset' },
    );
}

export function cryptoHoldBody(request: CryptoHoldRequest): IntentPayloads['create_rule'] {
  return {
    profile_id: request.profileId,
    ...(request.nickname ? { nickname: request.nickname } : {}),
    source_asset: request.depositAsset,
    destination_asset: request.asset,
    source: { crypto: { network: request.network } },
    destination: { profile: { profile_id: request.profileId } },
  };
}
