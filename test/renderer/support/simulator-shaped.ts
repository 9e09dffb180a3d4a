// Data shaped like what the simulator (and Paxos) hands the desk, with every kind of raw code
// in it: statuses of each object, networks, transfer types, intent kinds and states, audit
// actions, id names. The raw-code test renders each screen with it.
import type { AppState } from '../../../shared/state';
import type {
  AuditEntryView,
  OrchestrationView,
  RuleView,
  TransferView,
} from '../../../shared/views';
import { account, appState, intent, NOW, orchestration, profile } from './fixtures';

/** Codes that must never be read on screen as they are (a tooltip or a marked detail may hold them). */
export const RAW_CODES = [
  'PENDING_APPROVAL',
  'PROCESSING',
  'COMPLETED',
  'FAILED',
  'CANCELLED',
  'PENDING',
  'APPROVED',
  'REJECTED',
  'DELETED',
  'ACTIVE',
  'ETHEREUM',
  'SOLANA',
  'STELLAR',
  'POLYGON',
  'BASE',
  'CRYPTO_DEPOSIT',
  'WIRE_WITHDRAWAL',
  'CONVERSION',
  'INTERNAL_TRANSFER',
  'create_orchestration',
  'create_rule',
  'delete_rule',
  'create_fiat_account',
  'update_fiat_account',
  'delete_fiat_account',
  'intent.create_orchestration',
  'redemption.create',
  'fiat_account.create',
  'settings.update',
  'app.lock',
  'reconciling',
  'ref_id',
  'fiat_account_id',
  'bank_account_id',
  'profile_id',
  'orchestration_rule_id',
  'needs_attention',
] as const;

export const ruleRows: RuleView[] = [
  {
    id: 'rule-eth',
    nickname: 'Sweep ETH',
    profileId: 'prof-1',
    status: 'ACTIVE',
    statusLabel: 'Active',
    takesDeposits: true,
    sourceAsset: 'USDC',
    destinationAsset: 'USD',
    network: 'ETHEREUM',
    depositAddress: '0x9f8e7d6c5b4a39281706f5e4d3c2b1a098765432',
    fiatAccountId: 'fa-approved',
    createdAt: NOW,
    fetchedAt: NOW,
  },
  {
    id: 'rule-sol',
    nickname: 'Sweep SOL',
    profileId: 'prof-1',
    status: 'PENDING',
    statusLabel: 'Awaiting approval at Paxos: do not send funds yet',
    takesDeposits: false,
    sourceAsset: 'USDG',
    destinationAsset: 'USD',
    network: 'SOLANA',
    fiatAccountId: 'fa-approved',
    createdAt: NOW,
    fetchedAt: NOW,
  },
];

export const orchestrationRows: OrchestrationView[] = [
  orchestration({
    id: 'o-pending-approval',
    status: 'PENDING_APPROVAL',
    ruleId: 'rule-eth',
    profileId: 'prof-1',
  }),
  orchestration({
    id: 'o-processing',
    status: 'PROCESSING',
    profileId: 'prof-1',
    memo: 'March payroll',
  }),
  orchestration({
    id: 'o-completed',
    status: 'COMPLETED',
    profileId: 'prof-1',
    usdReceived: '1000',
    sourceLeg: { transferId: 'tr-src', status: 'COMPLETED' },
    destinationLeg: { transferId: 'tr-wire', status: 'COMPLETED' },
  }),
  orchestration({
    id: 'o-failed',
    status: 'FAILED',
    profileId: 'prof-1',
    failReason: 'Wire rejected by the receiving bank',
    sourceLeg: { transferId: 'tr-src2', status: 'COMPLETED' },
    destinationLeg: { transferId: 'tr-wire2', status: 'FAILED' },
  }),
];

export const transfers: TransferView[] = [
  {
    id: 'tr-dep',
    type: 'CRYPTO_DEPOSIT',
    status: 'COMPLETED',
    direction: 'CREDIT',
    asset: 'USDC',
    amount: '1000',
    createdAt: NOW,
  },
  {
    id: 'tr-conv',
    type: 'CONVERSION',
    status: 'COMPLETED',
    asset: 'USDC',
    amount: '1000',
    createdAt: NOW,
  },
  {
    id: 'tr-wire',
    type: 'WIRE_WITHDRAWAL',
    status: 'PROCESSING',
    direction: 'DEBIT',
    asset: 'USD',
    amount: '1000',
    fee: '0',
    createdAt: NOW,
  },
];

export const auditEntries: AuditEntryView[] = [
  {
    at: NOW,
    user: 'operator',
    action: 'intent.create_orchestration',
    environment: 'demo',
    refId: 'ref-1',
    outcome: 'succeeded',
    details: { ref_id: 'ref-1', orchestration_id: 'o-completed' },
  },
  {
    at: NOW,
    user: 'operator',
    action: 'redemption.create',
    environment: 'demo',
    refId: 'ref-1',
    outcome: 'requested',
    details: { amount: '1000', asset: 'USDC' },
  },
  {
    at: NOW,
    user: 'operator',
    action: 'fiat_account.create',
    environment: 'demo',
    outcome: 'cancelled',
  },
  { at: NOW, user: 'operator', action: 'app.lock', environment: 'demo', outcome: 'succeeded' },
  { at: NOW, user: 'operator', action: 'settings.update', environment: 'demo', outcome: 'failed' },
];

export function simulatorShapedState(): AppState {
  return appState({
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
        account({
          id: 'fa-rejected',
          status: 'REJECTED',
          label: 'Old vendor',
          accountNumberMasked: '…0000',
          routingType: 'SWIFT',
          routingNumber: 'DEUTDEFF',
        }),
      ],
      asOf: NOW,
    },
    rules: { items: ruleRows, asOf: NOW },
    recentOrchestrations: { items: orchestrationRows, asOf: NOW },
    outbox: {
      items: [
        intent({ id: 'i-queued', state: 'queued', mayHaveBeenSent: false }),
        intent({
          id: 'i-needs',
          kind: 'create_rule',
          state: 'needs_attention',
          refId: 'ref-2',
          summary: 'Auto-redeem USDC on Ethereum → Operating',
          confirmationNeeded: 'The balance changed since you confirmed.',
        }),
        intent({
          id: 'i-recon',
          kind: 'delete_fiat_account',
          state: 'reconciling',
          refId: 'ref-3',
          summary: 'Delete bank account Payroll',
          mayHaveBeenSent: true,
        }),
        intent({
          id: 'i-failed',
          kind: 'create_fiat_account',
          state: 'failed',
          refId: 'ref-4',
          summary: 'Add bank account: Acme at First Bank',
          lastError: { code: 'validation', message: 'Paxos refused the routing number.' },
        }),
      ],
    },
    activity: { total: orchestrationRows.length, revision: 1 },
    recentNotices: [
      {
        id: 'n-1',
        at: NOW,
        environment: 'demo',
        title: 'Wire completed',
        body: '$1,000.00 to Operating ••4512',
        target: { screen: 'activity', id: 'o-completed' },
        shownByOs: true,
      },
    ],
  });
}
