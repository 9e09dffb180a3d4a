// The money-in and money-out routes the simulator serves (wire instructions, the sandbox's
// incoming wire, fiat withdrawals),
// with the scope the 2026-07 document requires for each; spread into PAXOS_ROUTES (routes.ts).
import * as di from './handlers/deposit-instructions';
import { createFiatWithdrawal } from './handlers/fiat-withdrawals';
import type { Route } from './router';

type ApiRoute = (
  method: Route['method'],
  path: string,
  scope: string,
  operationId: string,
  handler: Route['handler'],
) => Route;

export const moneyInRoutes = (api: ApiRoute): Route[] => [
  api(
    'POST',
    '/transfer/fiat-deposit-instructions',
    'transfer:write_fiat_deposit_instructions',
    'CreateFiatDepositInstructions',
    di.createDepositInstructions,
  ),
  api(
    'GET',
    '/transfer/fiat-deposit-instructions',
    'transfer:read_fiat_deposit_instructions',
    'ListFiatDepositInstructions',
    di.listDepositInstructions,
  ),
  api(
    'GET',
    '/transfer/fiat-deposit-instructions/{id}',
    'transfer:read_fiat_deposit_instructions',
    'GetFiatDepositInstructions',
    di.getDepositInstructions,
  ),
  api(
    'POST',
    '/sandbox/fiat-deposits',
    'transfer:write_sandbox_fiat_deposit',
    'InitiateSandboxFiatDeposit',
    di.createSandboxFiatDeposit,
  ),
  // Money out: a plain USD wire from a profile's cash (outgoing-wires.ts).
  api(
    'POST',
    '/transfer/fiat-withdrawals',
    'transfer:write_fiat_withdrawal',
    'CreateFiatWithdrawal',
    createFiatWithdrawal,
  ),
];
