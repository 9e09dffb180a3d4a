// Names for ids, from what the operator already sees: bank account labels and rule nicknames.
import type { AppStateStore } from '../state/app-state-store';

export function labelsFromState(state: AppStateStore) {
  return {
    bankAccount: (id: string) => state.get().fiatAccounts.items.find((a) => a.id === id)?.label,
    rule: (id: string) => state.get().rules.items.find((r) => r.id === id)?.nickname,
  };
}
