// Test data for renderer tests: a complete AppState with one profile, accounts and settings.
import { defaultSettings } from '../../../shared/settings';
import type { AppState, StorageHealthView } from '../../../shared/state';
import type {
  FiatAccountView,
  IntentView,
  OrchestrationView,
  ProfileView,
} from '../../../shared/views';

export const NOW = '2026-03-02T10:00:00.000Z';

export const profile: ProfileView = {
  id: 'prof-1',
  nickname: 'Treasury main',
  type: 'DEFAULT',
  balances: [
    { asset: 'USDC', available: '250000.123456', trading: '0' },
    { asset: 'USDP', available: '12.5', trading: '0' },
  ],
  fetchedAt: NOW,
};

export function account(overrides: Partial<FiatAccountView> = {}): FiatAccountView {
  return {
    id: 'fa-approved',
    status: 'APPROVED',
    label: 'Operating',
    ownerName: 'Example Corp',
    network: 'WIRE',
    routingType: 'ABA',
    routingNumber: '021000021',
    bankName: 'First Bank',
    accountNumberMasked: '…4512',
    fetchedAt: NOW,
    ...overrides,
  };
}

export function orchestration(overrides: Partial<OrchestrationView> = {}): OrchestrationView {
  return {
    id: 'orch-1',
    refId: 'ref-1',
    status: 'PROCESSING',
    statusLabel: 'Processing',
    outcome: 'in_progress',
    kind: 'redemption',
    kindLabel: 'Redemption to a bank',
    sourceAsset: 'USDC',
    destinationAsset: 'USD',
    sourceAmount: '1000',
    fiatAccountId: 'fa-approved',
    sourceLeg: { transferId: 'tr-src', status: 'PENDING' },
    destinationLeg: { status: 'PENDING' },
    createdAt: NOW,
    fetchedAt: NOW,
    ...overrides,
  };
}

export function intent(overrides: Partial<IntentView> = {}): IntentView {
  return {
    id: 'intent-1',
    kind: 'create_orchestration',
    refId: 'ref-1',
    state: 'queued',
    summary: 'Redeem 1,000.00 USDC → USD wire to Operating (…4512)',
    createdAt: NOW,
    updatedAt: NOW,
    attempts: 0,
    ...overrides,
  };
}

/** A store with nothing wrong: no damage, sending allowed, the audit chain verified. */
export const healthyStorage: StorageHealthView = {
  ok: true,
  sendingHeld: false,
  message: null,
  problems: [],
  keptAt: null,
  damagedIntents: [],
  alerts: [],
  auditChainOk: true,
  lastCheckError: null,
  backgroundError: null,
  writeFault: null,
};

export function appState(overrides: Partial<AppState> = {}): AppState {
  return {
    environment: 'demo',
    environmentLabel: 'Demo (built-in simulator, no real money)',
    locked: false,
    lock: { passcodeSet: true, passcodeStorage: 'keychain', osAuthentication: null, retryAt: null },
    connection: {
      status: 'online',
      checkedAt: NOW,
      lastSyncAt: NOW,
      coolDownUntil: null,
      lastError: null,
    },
    credentials: { configured: true, storage: 'built-in', keychainAvailable: true },
    settings: { ...defaultSettings, onboarded: true },
    profiles: { items: [profile], asOf: NOW },
    fiatAccounts: {
      items: [
        account(),
        account({
          id: 'fa-pending',
          status: 'PENDING',
          label: 'Payroll',
          accountNumberMasked: '…7788',
        }),
      ],
      asOf: NOW,
    },
    rules: { items: [], asOf: NOW },
    recentOrchestrations: { items: [], asOf: NOW },
    outbox: { items: [] },
    activity: { total: 0, revision: 1 },
    needsALook: [],
    redeemedTodayUsd: '0',
    recentNotices: [],
    ...overrides,
  };
}
