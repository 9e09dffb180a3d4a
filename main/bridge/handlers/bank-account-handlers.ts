// Bank (fiat) accounts: creates, updates and deletes go through the outbox; details are read
// live from Paxos (the list only has the last four digits), falling back to the cache offline.
// Every change is confirmed in main first.
import { AppError } from '../../../shared/app-error';
import type { FiatAccount, UpdateFiatAccountInput } from '../../../shared/paxos-schemas';
import { createBankAccountConfirmation, deleteBankAccountConfirmation, updateBankAccountConfirmation } from '../../confirm/bank-account-confirmation';
import { bankAccountFacts } from '../../confirm/desk-facts';
import type { IntentKind, IntentPayloads } from '../../desk/store/outbox/intent';
import { localLabelsFor } from '../../desk/bank-accounts/local-labels';
import { checkNewBankAccount } from '../../desk/bank-accounts/new-account-checks';
import { environmentDir } from '../../desk/store/environment-dir';
import { fiatAccountView } from '../../desk/views/to-views';
import type { HandlerContext } from './handler-context';
import { enqueueIntent } from './enqueue-intent';
import { requireConfirmation } from './require-confirmation';

export function createBankAccountHandlers(ctx: HandlerContext) {
  const queue = <K extends IntentKind>(kind: K, payload: IntentPayloads[K], action: string, details: Record<string, unknown>) =>
    enqueueIntent(ctx, kind, payload, action, details);
  const notKnown = (id: string) => new AppError('not_found', 'This bank account is not known here. Refresh and try again.', { id });
  const requireCached = async (id: string) => {
    const cached = await ctx.desk().cache.get('fiatAccounts', id);
    if (!cached) throw notKnown(id);
    return cached;
  };
  const requireFacts = async (id: string) => {
    const client = ctx.desk().options.client;
    const facts = await bankAccountFacts(ctx.desk().cache, id, client ? (i) => client.getFiatAccount(i) : undefined);
    if (!facts) throw notKnown(id);
    return facts;
  };
  const environment = () => ctx.state.get().environment;
  return {
    getFiatAccount: async ({ id }: { id: string }) => {
      const client = ctx.desk().options.client;
      let account: FiatAccount;
      let fetchedAt = ctx.now().toISOString();
      try {
        if (!client) throw new AppError('not_configured', 'No credentials for this environment.');
        account = await client.getFiatAccount(id);
      } catch (error) {
        if (!(error instanceof AppError) || !['network', 'timeout', 'not_configured', 'rate_limited'].includes(error.code)) throw error;
        const cached = await requireCached(id);
        account = cached.record as FiatAccount;
        fetchedAt = cached.fetchedAt;
      }
      return { ...fiatAccountView(account, fetchedAt), details: account as Record<string, unknown> };
    },
    createFiatAccount: async (input: IntentPayloads['create_fiat_account']) => {
      const desk = ctx.desk();
      const cached = await desk.cache.list('fiatAccounts');
      const listed = cached.map((c) => ({ label: fiatAccountView(c.record as FiatAccount, c.fetchedAt).label, status: String(c.record.status ?? ''), record: c.record }));
      const requested = desk.intents
        .list({ states: ['queued', 'sending', 'reconciling', 'submitted', 'needs_attention'] })
        .flatMap((i) => (i.kind === 'create_fiat_account' ? [{ label: 'a bank account request not yet confirmed by Paxos', record: i.payload }] : []));
      // A duplicate is refused before the operator is asked to confirm anything.
      checkNewBankAccount(input, [...listed, ...requested]);
      const decision = createBankAccountConfirmation(environment(), input);
      await requireConfirmation(ctx, decision.request, decision.audit);
      return queue('create_fiat_account', input, 'fiat_account.create', decision.audit);
    },
    updateFiatAccount: async ({ id, changes }: { id: string; changes: UpdateFiatAccountInput }) => {
      const decision = updateBankAccountConfirmation(environment(), await requireFacts(id), changes);
      await requireConfirmation(ctx, decision.request, decision.audit);
      return queue('update_fiat_account', { id, changes }, 'fiat_account.update', decision.audit);
    },
    // Local only: Paxos is not asked, so an approved account stays approved, and past
    // requests keep the label they were made under (LocalLabels keeps the history).
    renameBankAccount: async ({ id, label }: { id: string; label: string }) => {
      const cached = await requireCached(id);
      const desk = ctx.desk();
      const labels = await localLabelsFor(environmentDir(desk.options.dataDir, desk.options.environment));
      await labels.set(id, label, ctx.now());
      await desk.record({ action: 'fiat_account.rename', outcome: 'succeeded', details: { id, label } });
      await ctx.publishDesk();
      return { ...fiatAccountView(cached.record as FiatAccount, cached.fetchedAt), label };
    },
    deleteFiatAccount: async ({ id }: { id: string }) => {
      const decision = deleteBankAccountConfirmation(environment(), await requireFacts(id));
      await requireConfirmation(ctx, decision.request, decision.audit);
      return queue('delete_fiat_account', { id }, 'fiat_account.delete', decision.audit);
    },
  };
}
