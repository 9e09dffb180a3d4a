// A runtime on the simulator whose sync engine never runs by itself (timers that never fire),
// so a test decides when each poll cycle happens and can count what it costs.
import { SEED_IDS } from '../../../main/simulator/seed';
import type { CreateFiatAccountInput } from '../../../shared/paxos-schemas';
import type { Timers } from '../../../main/desk/sync/sync-engine';
import { createTestRuntime, type TestRuntimeOptions } from '../../support/test-runtime';

export const manualTimers: Timers = { setTimeout: () => 0, clearTimeout: () => undefined };
export { SEED_IDS };

export async function manualDesk(options: TestRuntimeOptions = {}) {
  const test = await createTestRuntime({
    ...options,
    settings: { onboarded: true, ...options.settings },
    runtime: { timers: manualTimers, ...options.runtime },
  });
  const desk = () => test.runtime.environments.desk;
  return { ...test, desk, sim: await test.simulator() };
}

/** A redemption body as prepareRedemption builds it. */
export function redemptionBody(amount: string, asset = 'USDC') {
  return {
    source_asset: asset,
    destination_asset: 'USD',
    source_amount: amount,
    source: { profile: { profile_id: SEED_IDS.defaultProfile } },
    destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
  };
}

/** A US wire bank account as the operator enters it (Create Fiat Account body without ref_id). */
export function usWireAccount(
  ownerName: string,
  accountNumber: string,
): Omit<CreateFiatAccountInput, 'ref_id'> {
  return {
    fiat_account_owner: { institution_details: { name: ownerName } },
    fiat_network_instructions: {
      wire: {
        account_number: accountNumber,
        fiat_account_owner_address: {
          country: 'USA',
          address1: '456 Main Street',
          city: 'New York',
          province: 'NY',
          zip_code: '10101',
        },
        routing_details: {
          routing_number_type: 'ABA',
          routing_number: '031302971',
          bank_name: 'Customers Bank',
          bank_address: {
            country: 'USA',
            address1: '123 Bank Street',
            city: 'New York',
            province: 'NY',
            zip_code: '10101',
          },
        },
      },
    },
  };
}
