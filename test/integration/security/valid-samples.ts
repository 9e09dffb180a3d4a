// One valid input per bridge operation: the seed the hostile-input suite mutates. Each must
// pass its operation's input schema (checked by the suite), and each fills in every optional
// field it can, so that every field of the contract gets mutated. The suite fails for an
// operation that has no sample here, so a new operation cannot slip past it.
import type { OperationName } from '../../../shared/bridge-names';
import type { OperationInput } from '../../../shared/contract';

type Samples = { [K in OperationName]?: { input: OperationInput<K> } };

const address = {
  country: 'USA',
  address1: '456 Main Street',
  address2: 'Floor 3',
  city: 'New York',
  province: 'NY',
  zip_code: '10101',
};
const bankAddress = {
  country: 'USA',
  address1: '123 Bank Street',
  city: 'New York',
  province: 'NY',
  zip_code: '10101',
};
const filter = {
  statuses: ['PROCESSING', 'COMPLETED'],
  assets: ['USDC'],
  ruleId: 'adhoc',
  from: '2026-01-01T00:00:00Z',
  to: '2026-12-31T23:59:59+00:00',
  text: 'invoice',
};
const conversion = {
  fromProfileId: 'profile-1',
  fromAsset: 'USD',
  toProfileId: 'profile-2',
  toAsset: 'USDC',
  amount: '250000.00',
} as const;
const wireOut = {
  profileId: 'profile-1',
  fiatAccountId: 'fiat-1',
  amount: '100.00',
  feeMode: 'deducted' as const,
};
const redemption = {
  profileId: 'profile-1',
  asset: 'USDC',
  amount: '1250.50',
  fiatAccountId: 'fiat-1',
  memo: 'Invoice 42',
  retypedAmount: '1250.50',
} as const;

export const validSamples: Samples = {
  getAppInfo: { input: undefined },
  getState: { input: undefined },
  switchEnvironment: { input: { environment: 'sandbox' } },
  completeOnboarding: { input: undefined },
  testCredentials: {
    input: { environment: 'sandbox', clientId: 'ops-client', clientSecret: 'not-a-real-secret' },
  },
  saveCredentials: {
    input: {
      environment: 'sandbox',
      clientId: 'ops-client',
      clientSecret: 'not-a-real-secret',
      storage: 'keychain',
    },
  },
  forgetCredentials: { input: { environment: 'production' } },
  createSigningKey: {
    input: {
      environment: 'sandbox',
      algorithm: 'ES256',
      privateKeyPem: '-----BEGIN PRIVATE KEY-----\nnot-a-key\n-----END PRIVATE KEY-----',
    },
  },
  turnOnRequestSigning: { input: { environment: 'sandbox', keyId: 'kid-5498f424' } },
  turnOffRequestSigning: { input: { environment: 'production' } },
  updateSettings: {
    input: {
      endpointOverrides: {
        sandbox: {
          apiUrl: 'https://api.sandbox.example.com/v2',
          tokenUrl: 'https://oauth.sandbox.example.com/oauth2/token',
        },
        production: {},
      },
      pollFastSeconds: 5,
      pollSlowSeconds: 60,
      intentExpiryMinutes: 60,
      notifications: {
        redemptionCompleted: true,
        redemptionFailed: false,
        bankAccountReviewed: true,
      },
      perRedemptionSoftLimitUsd: '5000.00',
      dailySoftLimitUsd: '25000.00',
      idleLockMinutes: 15,
    },
  },
  refreshNow: { input: undefined },
  rebuildCache: { input: undefined },
  getFiatAccount: { input: { id: 'fiat-1' } },
  createFiatAccount: {
    input: {
      fiat_account_owner: { institution_details: { name: 'Example Corp' } },
      fiat_network_instructions: {
        wire: {
          account_number: '74600021314512',
          fiat_account_owner_address: address,
          routing_details: {
            routing_number_type: 'ABA',
            routing_number: '031302971',
            bank_name: 'Customers Bank',
            bank_address: bankAddress,
          },
          intermediary_routing_details: {
            routing_number_type: 'SWIFT',
            routing_number: 'CHASUS33',
            bank_name: 'Intermediary Bank',
            bank_address: bankAddress,
          },
        },
      },
      metadata: { cost_center: 'treasury' },
    },
  },
  updateFiatAccount: {
    input: {
      id: 'fiat-1',
      changes: {
        fiat_account_owner: { person_details: { first_name: 'Ada', last_name: 'Lovelace' } },
        fiat_network_instructions: {
          wire: {
            fiat_account_owner_address: address,
            routing_details: { bank_name: 'Customers Bank', bank_address: bankAddress },
            intermediary_routing_details: {
              bank_name: 'Intermediary Bank',
              bank_address: bankAddress,
            },
          },
        },
        metadata: { cost_center: 'treasury' },
      },
    },
  },
  deleteFiatAccount: { input: { id: 'fiat-1' } },
  renameBankAccount: { input: { id: 'fiat-1', label: 'Operating' } },
  reviewRedemption: { input: redemption },
  submitRedemption: { input: redemption },
  reviewConversion: { input: conversion },
  submitConversion: { input: conversion },
  createConvertHoldRule: {
    input: { profileId: 'profile-1', asset: 'USDC', accountType: 'ABA', nickname: 'Mint on wire' },
  },
  reviewFiatWithdrawal: { input: wireOut },
  submitFiatWithdrawal: { input: wireOut },
  createRule: {
    input: {
      profileId: 'profile-1',
      asset: 'USDG',
      network: 'ETHEREUM',
      fiatAccountId: 'fiat-1',
      nickname: 'USDG sweep',
      memo: 'Sweep',
    },
  },
  deleteRule: { input: { id: 'rule-1' } },
  simulateDeposit: { input: { ruleId: 'rule-1', amount: '250.00' } },
  decideDemoApproval: {
    input: { kind: 'orchestration', id: 'orch-1', decision: 'reject', reason: 'Over the limit' },
  },
  setDemoApprovals: { input: { orchestrations: 'manual', rules: 'approve' } },
  getWireInstructions: { input: { profileId: 'profile-1', routingType: 'ABA' } },
  saveWireInstructionsSheet: { input: { profileId: 'profile-1', routingType: 'SWIFT' } },
  noteExpectedWire: {
    input: {
      profileId: 'profile-1',
      routingType: 'ABA',
      amount: '250000.00',
      expectedOn: '2026-12-08',
      note: 'Q4 funding',
    },
  },
  removeExpectedWire: { input: { id: 'ew-1' } },
  simulateIncomingWire: { input: { profileId: 'profile-1', routingType: 'ABA', amount: '100.00' } },
  queryActivity: { input: { filter, offset: 0, limit: 100 } },
  summarizeActivity: { input: filter },
  getOrchestration: { input: { id: 'orch-1' } },
  exportActivityCsv: { input: filter },
  getMonthlyStatement: { input: { profileId: 'profile-1', month: '2026-11' } },
  exportStatementCsv: { input: { profileId: 'profile-1', month: '2026-11' } },
  exportStatementPdf: { input: { profileId: 'profile-1', month: '2026-11' } },
  cancelExport: { input: undefined },
  cancelIntent: { input: { id: 'intent-1' } },
  confirmIntent: { input: { id: 'intent-1' } },
  abandonIntent: { input: { id: 'intent-1' } },
  retryNow: { input: undefined },
  getAuditLog: { input: { before: '42', limit: 50 } },
  lock: { input: undefined },
  unlock: { input: { passcode: 'correct horse' } },
  setPasscode: { input: { passcode: 'correct horse', currentPasscode: 'old passcode' } },
  resetPasscode: {
    input: {
      newPasscode: 'correct horse',
      credentials: {
        environment: 'sandbox',
        clientId: 'client-1234',
        clientSecret: 'not-a-real-secret',
      },
    },
  },
};
