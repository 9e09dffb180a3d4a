// POST /transfer/fiat-withdrawals as the 2026-07 document has it: profile_id, fiat_account_id,
// asset USD, exactly one of `amount` (fee on top) or `total` (fee deducted), optional ref_id
// (409 Already Exists with the transfer in meta.existing when it is known), memo (wire: at most
// 100 characters of the documented alphabet). 404 for an unknown profile or account, 400 for an
// account not APPROVED, 403 insufficient-funds when the profile's USD does not cover the total.
// The answer is the WIRE_WITHDRAWAL transfer, PENDING (outgoing-wires.ts carries it on).
import { compareAmounts } from '../../../shared/money';
import { metadataOf, optionalString, requireObj, requireString } from '../body';
import type { SimAnswer } from '../http-io';
import { sendOutgoingWire, wireFigures } from '../outgoing-wires';
import { alreadyExists, badRequest, insufficientFunds, notFound } from '../problems';
import type { RouteRequest } from '../router';
import { findFiatAccount, findProfile } from '../store';
import type { World } from '../world';
import { checkSourceAmount } from './amounts';

const MEMO = /^[0-9A-Za-z /?:().,&'+-]*$/;

export function createFiatWithdrawal(world: World, req: RouteRequest): SimAnswer {
  const body = requireObj(req.body, 'body');
  const refId = optionalString(body, 'ref_id');
  // Checked first: a retry of a request that went through must get the 409.
  const existing = refId
    ? world.state.transfers.find((t) => t.data.ref_id === refId && t.data.direction === 'DEBIT')
    : undefined;
  if (existing)
    throw alreadyExists(`activity with external id ${refId} already exists`, existing.data);
  const asset = requireString(body, 'asset');
  if (asset !== 'USD') throw badRequest(`unsupported asset ${asset}`, 'asset');
  const amount = optionalString(body, 'amount');
  const total = optionalString(body, 'total');
  if ((amount === undefined) === (total === undefined))
    throw badRequest('exactly one of amount or total must be specified', 'amount');
  if (amount !== undefined) checkSourceAmount(amount, 'USD', 'amount');
  if (total !== undefined) checkSourceAmount(total, 'USD', 'total');
  const memo = optionalString(body, 'memo');
  if (memo !== undefined && (memo.length > 100 || !MEMO.test(memo)))
    throw badRequest(
      "memo must be at most 100 characters of letters, digits and / ?:().,&'+-",
      'memo',
    );
  metadataOf(body);
  const profileId = requireString(body, 'profile_id');
  const profile = findProfile(world.state, profileId);
  if (!profile) throw notFound(`no profile found for id: ${profileId}`);
  const accountId = requireString(body, 'fiat_account_id');
  const account = findFiatAccount(world.state, accountId);
  if (!account) throw notFound('fiat account not found with requested ID');
  if (account.data.status !== 'APPROVED')
    throw badRequest(
      `fiat account has invalid status ${account.data.status}, must be approved`,
      'fiat_account_id',
    );
  const figures = wireFigures(
    amount !== undefined ? { amount } : total !== undefined ? { total } : {},
  );
  if (!figures) throw badRequest('total does not cover the withdrawal fee', 'total');
  const available = profile.balances.USD ?? '0';
  if (compareAmounts(available, figures.total) < 0)
    throw insufficientFunds(profile.data.id, 'USD', available, figures.total);
  const transfer = sendOutgoingWire(
    world,
    {
      profileId: profile.data.id,
      fiatAccountId: accountId,
      ...(refId ? { refId } : {}),
      ...(memo ? { memo } : {}),
    },
    figures,
  );
  return { status: 200, body: transfer.data };
}
