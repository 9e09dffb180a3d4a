// Bank (fiat) accounts: creates, updates and deletes go through the outbox; details are read
// live from Paxos (the list only has the last four digits), falling back to the cache offline.
// Every change is confirmed in main first.
import type { UpdateFiatAccountInput } from '../../shared/paxos/requests';
import { pathConfirmation } from '../confirm/path-confirmation';
import {
  type IntentKind,
  type IntentPayloads,
  unknownBankAccount,
  checkNewBankAccount,
  createBankAccountConfirmationFacts,
  deleteBankAccountConfirmationFacts,
  fiatAccountView,
  updateBankAccountConfirmationFacts,
} from '../desk';
import type { OperatorContext } from './operator-context';
import { enqueueIntent } from './enqueue-intent';
import { requireCapability } from './require-capability';
import { requireConfirmation } from './require-confirmation';

export function createBankAccountOperations(ctx: OperatorContext) {
  const queue = <K extends IntentKind>(
    kind: K,
    payload: IntentPayloads[K],
    action: string,
    details: Record<string, unknown>,
  ) => enqueueIntent(ctx, kind, payload, action, details);
  const requireCached = async (id: string) => {
    const cached = await ctx.desk().records.get('fiatAccounts', id);
    if (!cached) throw unknownBankAccount(id);
    return cached;
  };
  const requireFacts = async (id: string) => {
    const facts = await ctx.desk().live.bankAccountFacts(id);
    if (!facts) throw unknownBankAccount(id);
    return facts;
  };
  const environment = () => ctx.state.get().environment;
  return {
    getFiatAccount: async ({ id }: { id: string }) => {
      const { account, fetchedAt, owner } = await ctx.desk().live.readFiatAccount(id);
      const listed = ctx.state.get().fiatAccounts.items.find((a) => a.id === id);
      // A full read names the owner the list left out: the desk kept it; show it everywhere.
      if (owner.kind === 'stated' && listed && !listed.ownerName) await ctx.publishDesk();
      return { ...fiatAccountView(account, fetchedAt), details: account, owner };
    },
    createFiatAccount: async (input: IntentPayloads['create_fiat_account']) => {
      requireCapability(ctx, 'bankAccounts');
      const desk = ctx.desk();
      const cached = await desk.records.list('fiatAccounts');
      const listed = cached.map((c) => ({
        label: fiatAccountView(c.record, c.fetchedAt).label,
        status: String(c.record.status ?? ''),
        record: c.record,
      }));
      const requested = desk
        .intentsIn(['queued', 'sending', 'reconciling', 'submitted', 'needs_attention'])
        .flatMap((i) =>
          i.kind === 'create_fiat_account'
            ? [{ label: 'a bank account request not yet confirmed by Paxos', record: i.payload }]
            : [],
        );
      // A duplicate is refused before the operator is asked to confirm anything.
      checkNewBankAccount(input, [...listed, ...requested]);
      const decision = pathConfirmation(environment(), createBankAccountConfirmationFacts(input));
      await requireConfirmation(ctx, decision.request, decision.audit);
      return queue('create_fiat_account', input, 'fiat_account.create', decision.audit);
    },
    updateFiatAccount: async ({ id, changes }: { id: string; changes: UpdateFiatAccountInput }) => {
      requireCapability(ctx, 'bankAccounts');
      const decision = pathConfirmation(
        environment(),
        updateBankAccountConfirmationFacts(await requireFacts(id), changes),
      );
      await requireConfirmation(ctx, decision.request, decision.audit);
      return queue('update_fiat_account', { id, changes }, 'fiat_account.update', decision.audit);
    },
    // Local only: Paxos is not asked, so an approved account stays approved, and past
    // requests keep the label they were made under (LocalLabels keeps the history).
    renameBankAccount: async ({ id, label }: { id: string; label: string }) => {
      const cached = await requireCached(id);
      const desk = ctx.desk();
      const labels = await desk.localLabels();
      await labels.set(id, label, ctx.now());
      await desk.record({
        action: 'fiat_account.rename',
        outcome: 'succeeded',
        details: { id, label },
      });
      await ctx.publishDesk();
      return { ...fiatAccountView(cached.record, cached.fetchedAt), label };
    },
    deleteFiatAccount: async ({ id }: { id: string }) => {
      requireCapability(ctx, 'bankAccounts');
      const decision = pathConfirmation(
        environment(),
        deleteBankAccountConfirmationFacts(await requireFacts(id)),
      );
      await requireConfirmation(ctx, decision.request, decision.audit);
      return queue('delete_fiat_account', { id }, 'fiat_account.delete', decision.audit);
    },
  };
}
