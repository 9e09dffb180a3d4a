// Bank accounts: not a money path (nothing moves), but where wires may go, so they take the same
// road: the checks before a new one is asked for (new-account-checks.ts), the confirmation
// facts, the routes with their answer checks (bank-account-routes.ts), and the notice wording of
// an account Paxos approved or rejected.
import { intentRoute } from '../intent-route';
import type { MoneyPath } from '../money-path';
import { bankAccountActions } from './bank-account-confirmation-facts';
import { bankAccountNotice } from './bank-account-notice';
import {
  createBankAccountRoute,
  deleteBankAccountRoute,
  updateBankAccountRoute,
} from './bank-account-routes';

export const bankAccountPath = {
  name: 'bank account',
  routes: [
    intentRoute(createBankAccountRoute),
    intentRoute(updateBankAccountRoute),
    intentRoute(deleteBankAccountRoute),
  ],
  actions: bankAccountActions,
  follows: { collection: 'fiatAccounts', notice: bankAccountNotice },
} as const satisfies MoneyPath;
