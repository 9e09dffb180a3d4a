// Small hooks over the mirrored state. Zustand re-renders when a selector's result changes
// identity, so "nothing yet" is one shared empty array, never a fresh `[]` per call.
import type {
  FiatAccountView,
  IntentView,
  OrchestrationView,
  ProfileView,
  RuleView,
} from '../../../shared/views';
import type { IncomingWiresSlice } from '../../../shared/money-in';
import { useAppStore } from './app-store';

const NONE: never[] = [];

export const useProfiles = (): ProfileView[] => useAppStore((s) => s.state?.profiles.items ?? NONE);
export const useFiatAccounts = (): FiatAccountView[] =>
  useAppStore((s) => s.state?.fiatAccounts.items ?? NONE);
export const useRules = (): RuleView[] => useAppStore((s) => s.state?.rules.items ?? NONE);
export const useRecentOrchestrations = (): OrchestrationView[] =>
  useAppStore((s) => s.state?.recentOrchestrations.items ?? NONE);
export const useOutbox = (): IntentView[] => useAppStore((s) => s.state?.outbox.items ?? NONE);
const NO_WIRES = { wires: [], expected: [], asOf: null };
/** Money in: incoming wires and the wires the operator expects. */
export const useIncomingWires = (): IncomingWiresSlice =>
  useAppStore((s) => s.state?.incomingWires ?? NO_WIRES);
export const useEnvironment = () => useAppStore((s) => s.state?.environment ?? 'demo');
export const useActivityRevision = (): number =>
  useAppStore((s) => s.state?.activity.revision ?? 0);

export function isApproved(account: FiatAccountView): boolean {
  return account.status.toUpperCase() === 'APPROVED';
}
