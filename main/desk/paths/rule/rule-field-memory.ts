// Which name Paxos accepted for a rule's bank account in this environment (issue 11, finding 7).
// The 2025 request schema says `bank_account_id`, the rule object and the newer guide say
// `fiat_account_id`. The first rule is sent with `fiat_account_id`; an answer that names our bank
// account confirms the name, one that names no bank account at all (the field was ignored; the
// rule is deleted at once by the client) means the other name is tried for the next rule. Kept
// in the environment's database (`meta`), so it survives restarts and never crosses environments.
import {
  otherRuleBankField,
  RULE_BANK_FIELDS,
  RULE_FIAT_ACCOUNT_FIELD,
  type RuleBankField,
} from '../../../paxos';
import type { DeskDatabase } from '../../store/db/desk-database';

const KEY = 'rule_bank_field';

export class RuleFieldMemory {
  constructor(private readonly db: DeskDatabase) {}

  /** The name to send the bank account under. */
  preferred(): RuleBankField {
    const value = this.db.get<{ value: string }>(
      'SELECT value FROM meta WHERE key = ?',
      KEY,
    )?.value;
    return RULE_BANK_FIELDS.find((field) => field === value) ?? RULE_FIAT_ACCOUNT_FIELD;
  }

  /** Paxos answered a rule naming our bank account when we sent it under `field`. */
  accepted(field: RuleBankField): void {
    this.remember(field);
  }

  /** Paxos answered a rule naming no bank account when we sent it under `field`: it ignored the name. */
  ignored(field: RuleBankField): void {
    this.remember(otherRuleBankField(field));
  }

  private remember(field: RuleBankField): void {
    if (this.preferred() === field) return;
    try {
      this.db.run(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        KEY,
        field,
      );
    } catch {
      // Only a hint: without it the next rule goes out under the old name, its answer is checked
      // again (a rule without our bank account is deleted and shown), and the hint is written then.
    }
  }
}
