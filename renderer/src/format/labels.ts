// Words for the codes Paxos and main send (statuses, networks, transfer types, audit actions,
// id names). The screen shows the words; the code itself goes in a tooltip or the detail, so
// support can still match what Paxos says. Paxos enums are open: a code this module does not
// know is turned into plain words ("SOME_NEW_STATE" → "Some new state") rather than shown raw.

import { NETWORK_NAMES } from '../../../shared/network-names';
import { orchestrationMeaning } from '../model/orchestration-status';

export interface CodeLabel {
  /** What the operator reads. */
  text: string;
  /** The code exactly as received, for a tooltip (`title`) or a detail line. */
  code: string;
}

/** "SOME_NEW_STATE" / "some-new.state" → "Some new state": the fallback for unknown codes. */
export function humanizeCode(code: string): string {
  const words = code
    .replace(/[_.\-\s]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : code;
}

function lookup(table: Readonly<Record<string, string>>, code: string): CodeLabel {
  return { text: table[code.toUpperCase()] ?? humanizeCode(code), code };
}

/** Statuses the 2026 document does not name but older answers carried; the rest come from the status meanings. */
const orchestrationStatuses: Readonly<Record<string, string>> = {
  CANCELLED: 'Cancelled',
};

const bankAccountStatuses: Readonly<Record<string, string>> = {
  PENDING: 'In review at Paxos',
  APPROVED: 'Approved',
  REJECTED: 'Rejected by Paxos',
  DELETED: 'Deleted',
};

const ruleStatuses: Readonly<Record<string, string>> = {
  ACTIVE: 'Active',
  PENDING: 'Awaiting approval at Paxos',
  REJECTED: 'Rejected by Paxos',
  DELETED: 'Deleted',
  FAILED: 'Failed',
};

const transferStatuses: Readonly<Record<string, string>> = {
  PENDING: 'Pending',
  PROCESSING: 'In progress',
  COMPLETED: 'Completed',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
};

const transferTypes: Readonly<Record<string, string>> = {
  CRYPTO_DEPOSIT: 'Stablecoin deposit',
  CRYPTO_WITHDRAWAL: 'Stablecoin withdrawal',
  WIRE_DEPOSIT: 'Incoming wire',
  WIRE_WITHDRAWAL: 'Outgoing wire',
  CONVERSION: 'Conversion to USD',
  INTERNAL_TRANSFER: 'Transfer between profiles',
  CBIT_DEPOSIT: 'Incoming CUBIX transfer',
  CBIT_WITHDRAWAL: 'Outgoing CUBIX transfer',
  CUBIX_DEPOSIT: 'Incoming CUBIX transfer',
  CUBIX_WITHDRAWAL: 'Outgoing CUBIX transfer',
};

/** One spelling with main's summaries and confirmations (shared/network-names.ts). */
const networks = NETWORK_NAMES;

const routingTypes: Readonly<Record<string, string>> = {
  ABA: 'ABA routing number (US wire)',
  SWIFT: 'SWIFT / BIC (international wire)',
};

/** Audit actions are `area.verb` (and `intent.<kind>` for what the outbox sent). */
const auditActions: Readonly<Record<string, string>> = {
  'APP.LOCK': 'Desk locked',
  'APP.UNLOCK': 'Desk unlocked',
  'CREDENTIALS.SAVE': 'Credentials saved',
  'CREDENTIALS.FORGET': 'Credentials forgotten',
  'ENVIRONMENT.SWITCH': 'Environment switched',
  'SETTINGS.UPDATE': 'Preferences changed',
  'FIAT_ACCOUNT.CREATE': 'Bank account requested',
  'FIAT_ACCOUNT.UPDATE': 'Bank account change requested',
  'FIAT_ACCOUNT.DELETE': 'Bank account deletion requested',
  'FIAT_ACCOUNT.RENAME': 'Bank account renamed (this desk only)',
  'REDEMPTION.CREATE': 'Redemption requested',
  'RULE.CREATE': 'Auto-redeem rule requested',
  'RULE.DELETE': 'Auto-redeem rule deletion requested',
  'INTENT.CANCEL': 'Queued request cancelled',
  'INTENT.CONFIRM': 'Queued request confirmed again',
  'ACTIVITY.EXPORT': 'Activity exported to CSV',
  'DEMO.SIMULATE_DEPOSIT': 'Demo deposit simulated',
  'DEMO.DECIDE_APPROVAL': 'Demo approval decided',
  'DEMO.SET_APPROVALS': 'Demo approval mode changed',
  'INTENT.CREATE_ORCHESTRATION': 'Redemption sent to Paxos',
  'INTENT.CREATE_RULE': 'Auto-redeem rule sent to Paxos',
  'INTENT.DELETE_RULE': 'Rule deletion sent to Paxos',
  'INTENT.CREATE_FIAT_ACCOUNT': 'Bank account sent to Paxos',
  'INTENT.UPDATE_FIAT_ACCOUNT': 'Bank account change sent to Paxos',
  'INTENT.DELETE_FIAT_ACCOUNT': 'Bank account deletion sent to Paxos',
};

const auditOutcomes: Readonly<Record<string, string>> = {
  SUCCEEDED: 'Done',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
  CONFIRMED: 'Confirmed',
  QUEUED: 'Queued',
  INFO: '—',
};

/** Names of ids and fields people see in the detail panels and CSV headings. */
const profileTypes: Readonly<Record<string, string>> = {
  DEFAULT: 'Default profile',
  NORMAL: 'Profile',
};

const idNames: Readonly<Record<string, string>> = {
  REF_ID: 'Your reference',
  ORCHESTRATION_ID: 'Paxos redemption id',
  ORCHESTRATION_RULE_ID: 'Paxos rule id',
  FIAT_ACCOUNT_ID: 'Paxos bank account id',
  BANK_ACCOUNT_ID: 'Paxos bank account id',
  TRANSFER_ID: 'Paxos transfer id',
  SOURCE_TRANSFER_ID: 'Conversion transfer id',
  DESTINATION_TRANSFER_ID: 'Wire transfer id',
  PROFILE_ID: 'Paxos profile id',
  ADDRESS_ID: 'Deposit address id',
};

const environments: Readonly<Record<string, string>> = {
  DEMO: 'Demo',
  SANDBOX: 'Sandbox',
  PRODUCTION: 'Production',
};

/** The status meaning's words (shared/paxos/status-meanings.ts); an unnamed status in plain words. */
export function orchestrationStatusLabel(code: string): CodeLabel {
  const meaning = orchestrationMeaning(code);
  return meaning.outcome === 'unknown'
    ? lookup(orchestrationStatuses, code)
    : { text: meaning.label, code };
}
export const bankAccountStatusLabel = (code: string) => lookup(bankAccountStatuses, code);
export const ruleStatusLabel = (code: string) => lookup(ruleStatuses, code);
export const transferStatusLabel = (code: string) => lookup(transferStatuses, code);
export const transferTypeLabel = (code: string) => lookup(transferTypes, code);
export const networkLabel = (code: string) => lookup(networks, code);
export const routingTypeLabel = (code: string) => lookup(routingTypes, code);
export const auditActionLabel = (code: string) => lookup(auditActions, code);
export const auditOutcomeLabel = (code: string) => lookup(auditOutcomes, code);
export const idNameLabel = (code: string) => lookup(idNames, code);
export const profileTypeLabel = (code: string) => lookup(profileTypes, code);
export const environmentLabel = (code: string) => lookup(environments, code);

/** "Awaiting approval at Paxos (PENDING_APPROVAL)": for CSV and screen-reader text where no tooltip exists. */
export function withCode(label: CodeLabel): string {
  return label.text.toUpperCase() === label.code.toUpperCase()
    ? label.text
    : `${label.text} (${label.code})`;
}

/** The Activity and Overview screens' call: an orchestration status in words ('—' when absent). */
export type LabelKind = 'orchestration-status';
export function labelFor(_kind: LabelKind, code: string | undefined): string {
  return code ? orchestrationStatusLabel(code).text : '—';
}
