// The demo world a fresh simulator starts with: the DEFAULT profile and two NORMAL profiles
// with realistic balances, and one already-approved bank account. IDs are fixed so the demo
// looks the same after every restart.
import type { SimClock } from './clock';
import type { SimFiatAccount, SimProfile, SimState } from './types';

export const SEED_IDS = {
  customer: '3f0c9a52-6b1d-4e27-9c8a-5d4e3f2a1b00',
  defaultProfile: '5d1f6a0e-7c1b-4f3e-9a57-0c2f4e8b9d10',
  operatingProfile: '8a3c2b91-4d6e-4f0a-b7c8-1e9d2f3a4b56',
  payrollProfile: 'c7e4d2a1-9b3f-4e8c-a6d5-2f1e0b9c8d73',
  operatingBankAccount: 'e2b7c4d1-5a6f-4b3e-8d9c-0a1b2c3d4e5f',
} as const;

export function seedState(clock: SimClock, withData: boolean): SimState {
  const state: SimState = {
    version: 1,
    customerId: SEED_IDS.customer,
    profiles: [],
    fiatAccounts: [],
    orchestrations: [],
    rules: [],
    transfers: [],
    events: [],
  };
  state.profiles.push(
    profile(
      clock,
      SEED_IDS.defaultProfile,
      'default',
      'DEFAULT',
      'System default profile',
      withData
        ? {
            USD: '184250.37',
            USDC: '2500000.000000',
            USDG: '1250000.500000',
            PYUSD: '420000.000000',
            USDP: '75000.000000',
          }
        : { USD: '0', USDC: '0', USDG: '0', PYUSD: '0', USDP: '0' },
    ),
  );
  if (!withData) return state;
  state.profiles.push(
    profile(
      clock,
      SEED_IDS.operatingProfile,
      'Operating reserve',
      'NORMAL',
      'Stablecoin reserve for operating expenses',
      {
        USD: '12500.00',
        USDC: '850000.000000',
        USDG: '3000000.000000',
        PYUSD: '0',
        USDP: '150000.250000',
      },
    ),
    profile(
      clock,
      SEED_IDS.payrollProfile,
      'Payroll float',
      'NORMAL',
      'Funds set aside for payroll runs',
      { USD: '0', USDC: '125000.000000', USDG: '0', PYUSD: '64000.000000', USDP: '0' },
    ),
  );
  state.fiatAccounts.push(approvedAccount(clock));
  return state;
}

function profile(
  clock: SimClock,
  id: string,
  nickname: string,
  type: 'DEFAULT' | 'NORMAL',
  description: string,
  balances: Record<string, string>,
): SimProfile {
  return {
    data: { id, nickname, type, description, account_id: '', created_at: clock.stamp() },
    balances,
  };
}

function approvedAccount(clock: SimClock): SimFiatAccount {
  const at = clock.stamp();
  return {
    deleted: false,
    reviewAt: null,
    outcome: 'APPROVED',
    data: {
      id: SEED_IDS.operatingBankAccount,
      ref_id: 'seed-operating-account',
      fiat_account_owner: { institution_details: { name: 'Acme Treasury Inc' } },
      fiat_network_instructions: {
        wire: {
          account_number: '000123456789',
          fiat_account_owner_address: {
            country: 'USA',
            address1: '100 Market Street',
            city: 'San Francisco',
            province: 'CA',
            zip_code: '94105',
          },
          routing_details: {
            routing_number_type: 'ABA',
            routing_number: '021000021',
            bank_name: 'JPMorgan Chase Bank',
            bank_address: {
              country: 'USA',
              address1: '383 Madison Avenue',
              city: 'New York',
              province: 'NY',
              zip_code: '10179',
            },
          },
        },
      },
      status: 'APPROVED',
      metadata: { label: 'Operating account' },
      created_at: at,
      updated_at: at,
    },
  };
}
