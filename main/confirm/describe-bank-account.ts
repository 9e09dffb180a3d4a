// How a confirmation names a bank account, from main's own facts about it.
import type { BankAccountFacts } from '../desk';

/** "Payroll wires (Customers Bank ••••1012, owner Acme Treasury Inc)" */
export function describeBankAccount(facts: BankAccountFacts): string {
  return `${facts.label} — ${facts.bankName} ••••${facts.last4}, owner ${facts.owner}`;
}
