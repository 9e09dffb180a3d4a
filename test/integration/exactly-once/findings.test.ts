// Issue 11, "What broke": findings 1, 2, 3, 5 and 7, each through the real runtime and bridge
// handler table, against the simulator behind the fault proxy. Each test was run on 3ea5c7c
// (the code before this branch) and failed there; the failure is noted per test.
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { usWireAccount } from '../../support/wire-account';
import { proxiedDesk, type ProxiedDesk } from '../../support/proxied-desk';

let app: ProxiedDesk | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const redeem = (amount: string) => ({
  profileId: SEED_IDS.defaultProfile,
  asset: 'USDC' as const,
  amount,
  fiatAccountId: SEED_IDS.operatingBankAccount,
});
type Row = {
  ref_id?: string;
  id: string;
  status?: string;
  destination?: { fiat?: Record<string, string> };
};
const atPaxos = (a: ProxiedDesk, kind: 'orchestrations' | 'rules' | 'fiatAccounts', ref: string) =>
  (a.sim.control.snapshot()[kind] as unknown as Row[]).filter((o) => o.ref_id === ref);

async function start(): Promise<ProxiedDesk> {
  app = await proxiedDesk();
  await app.desk().refreshNow();
  return app;
}

async function ok<T>(
  result: Promise<{ ok: boolean; value?: unknown; error?: unknown }>,
): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`bridge call failed: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

describe('finding 1: cancel after a send never makes a second wire', () => {
  // On 3ea5c7c: the intent landed in needs_attention (reference_clash), cancel was accepted and
  // shown as "Cancelled — never sent" while Paxos held its orchestration.
  it('answer lost, 409 without meta, lagging ref_id reads: cancel is refused and the intent follows the orchestration', async () => {
    const a = await start();
    a.proxy.set({
      dropAnswer: { method: 'POST', path: '/orchestration/orchestrations', count: 1 },
      stripMeta: { path: '/orchestration/orchestrations' },
      lagRefIdReads: { path: '/orchestration/orchestrations' },
    });
    const intent = await ok<{ id: string; refId: string }>(
      a.runtime.handlers.submitRedemption(redeem('250')),
    );
    await a.desk().flush();
    const cancel = await a.runtime.handlers.cancelIntent({ id: intent.id });
    expect(cancel).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await a.drain();
    const after = a.desk().intent(intent.id)!;
    expect(after.state).not.toBe('cancelled');
    expect(atPaxos(a, 'orchestrations', intent.refId)).toHaveLength(1);
    expect(after.state).toBe('submitted');
    expect(after.result?.paxosId).toBe(atPaxos(a, 'orchestrations', intent.refId)[0]?.id);
  });

  it('an attempted request waiting for the operator is abandoned only after Paxos is checked; found, it follows the orchestration', async () => {
    const a = await start();
    // The create reaches Paxos, its answer is lost, and every later attempt meets a 401 twice.
    a.proxy.set({
      dropAnswer: { method: 'POST', path: '/orchestration/orchestrations', count: 1 },
      status: {
        method: 'POST',
        path: '/orchestration/orchestrations',
        status: 401,
        after: 1,
        count: 20,
      },
    });
    const intent = await ok<{ id: string; refId: string }>(
      a.runtime.handlers.submitRedemption(redeem('40')),
    );
    await a.desk().flush();
    a.proxy.clear();
    expect(a.desk().intent(intent.id)).toMatchObject({
      state: 'needs_attention',
      attentionReason: 'credentials',
    });
    expect(await a.runtime.handlers.cancelIntent({ id: intent.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const abandoned = await ok<{ state: string }>(
      a.runtime.handlers.abandonIntent({ id: intent.id }),
    );
    expect(abandoned.state).toBe('submitted');
    await a.drain();
    expect(a.desk().intent(intent.id)?.state).toBe('submitted');
    expect(atPaxos(a, 'orchestrations', intent.refId)).toHaveLength(1);
  });

  it('absent after the bounded search: abandoned "not found at Paxos after N checks"; sent again with the same ref_id; seen later → alert', async () => {
    const a = await start();
    a.proxy.set({
      status: { method: 'POST', path: '/orchestration/orchestrations', status: 401, count: 2 },
    });
    const intent = await ok<{ id: string; refId: string }>(
      a.runtime.handlers.submitRedemption(redeem('30')),
    );
    await a.desk().flush();
    expect(a.desk().intent(intent.id)).toMatchObject({
      state: 'needs_attention',
      attempts: 1,
    });
    const abandoned = await ok<{ state: string; checks: number; mayHaveBeenSent: boolean }>(
      a.runtime.handlers.abandonIntent({ id: intent.id }),
    );
    expect(abandoned).toMatchObject({ state: 'abandoned', checks: 1, mayHaveBeenSent: true });

    // The same request again: the abandoned intent goes back to the queue under its ref_id.
    const again = await ok<{ id: string; refId: string }>(
      a.runtime.handlers.submitRedemption(redeem('30')),
    );
    expect(again.refId).toBe(intent.refId);
    await a.drain();
    expect(atPaxos(a, 'orchestrations', intent.refId)).toHaveLength(1);

    // A different request is a new decision with a new ref_id; abandon it, then let the lost
    // request turn up at Paxos: an alert, and the intent follows it.
    a.proxy.set({
      status: { method: 'POST', path: '/orchestration/orchestrations', status: 401, count: 2 },
    });
    const other = await ok<{ id: string; refId: string }>(
      a.runtime.handlers.submitRedemption(redeem('31')),
    );
    expect(other.refId).not.toBe(intent.refId);
    await a.desk().flush();
    await ok(a.runtime.handlers.abandonIntent({ id: other.id }));
    const late = await a.paxos.createOrchestration({
      ref_id: other.refId,
      source_asset: 'USDC',
      destination_asset: 'USD',
      source_amount: '31',
      source: { profile: { profile_id: SEED_IDS.defaultProfile } },
      destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
    });
    await a.desk().refreshNow();
    const woke = a.desk().intent(other.id)!;
    expect(woke.state).toBe('submitted');
    expect(woke.result?.paxosId).toBe(late.orchestration.id);
    expect(woke.alert).toMatch(/found at Paxos/);
  });

  // The safeguard the crash test could not see (the preamble): after an unclear outcome
  // the intent is looked up by ref_id before anything is sent again. A blind resend would be
  // answered by Paxos's 409 here, so this counts creates: none may leave while Paxos has it.
  it('after a lost answer, the lookup finds the request: no second create is sent', async () => {
    const a = await start();
    // Every attempt of the first send reaches Paxos and loses its answer (the retry's 409 too).
    a.proxy.set({
      dropAnswer: { method: 'POST', path: '/orchestration/orchestrations', count: 3 },
    });
    const intent = await a.desk().enqueue('create_orchestration', {
      source_asset: 'USDC',
      destination_asset: 'USD',
      source_amount: '13',
      source: { profile: { profile_id: SEED_IDS.defaultProfile } },
      destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
    });
    await a.desk().flush();
    expect(a.desk().intent(intent.id)?.state).toBe('reconciling');
    const creates = a.proxy.requests['POST /v2/orchestration/orchestrations'];
    await a.drain();
    expect(a.desk().intent(intent.id)?.state).toBe('submitted');
    expect(a.proxy.requests['POST /v2/orchestration/orchestrations']).toBe(creates);
    expect(atPaxos(a, 'orchestrations', intent.refId)).toHaveLength(1);
  });

  it('a request that never left the desk can still be cancelled', async () => {
    const a = await start();
    const intent = await a.desk().enqueue('create_orchestration', {
      source_asset: 'USDC',
      destination_asset: 'USD',
      source_amount: '5',
      source: { profile: { profile_id: SEED_IDS.defaultProfile } },
      destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
    });
    expect(await a.runtime.handlers.cancelIntent({ id: intent.id })).toMatchObject({
      ok: true,
      value: { state: 'cancelled' },
    });
    await a.drain();
    expect(atPaxos(a, 'orchestrations', intent.refId)).toHaveLength(0);
  });
});

describe('finding 2: the right bank account is recorded as created', () => {
  // On 3ea5c7c: the lookup took the first item of an unfiltered list; the intent completed with
  // the id of the existing operating account and the new account was never created.
  it('a 409 and a list that ignores ref_ids never close the intent with another account', async () => {
    const a = await start();
    a.proxy.set({
      status: { method: 'POST', path: '/transfer/fiat-accounts', status: 409, count: 1 },
      ignoreFilters: { method: 'GET', path: '/transfer/fiat-accounts' },
    });
    const intent = await ok<{ id: string; refId: string }>(
      a.runtime.handlers.createFiatAccount(usWireAccount('Acme Treasury LLC', '99887766554433')),
    );
    await a.drain();
    const done = a.desk().intent(intent.id)!;
    expect(done.result?.paxosId).not.toBe(SEED_IDS.operatingBankAccount);
    const created = atPaxos(a, 'fiatAccounts', intent.refId);
    expect(created).toHaveLength(1);
    expect(done).toMatchObject({ state: 'completed', result: { paxosId: created[0]?.id } });
  });
});

describe('finding 3: a rule wiring elsewhere is never confirmed', () => {
  // On 3ea5c7c: bad_response → reconciled by ref_id without the destination check → completed,
  // "Confirmed by Paxos", with a live deposit address.
  const rule = {
    profileId: SEED_IDS.defaultProfile,
    asset: 'USDC' as const,
    network: 'ETHEREUM' as const,
    fiatAccountId: SEED_IDS.operatingBankAccount,
  };

  for (const where of ['create answer', 'lookup after a lost answer'] as const) {
    it(`another destination in the ${where}: deleted at once, needs_attention with both sides, no address shown`, async () => {
      const a = await start();
      if (where === 'create answer')
        a.proxy.set({
          otherDestination: {
            method: 'POST',
            path: '/orchestration/rules',
            bankAccountId: 'ffffffff-0000-4000-8000-000000000001',
          },
        });
      else
        a.proxy.set({
          dropAnswer: { method: 'POST', path: '/orchestration/rules', count: 1 },
          stripMeta: { path: '/orchestration/rules' },
          otherDestination: {
            method: 'GET',
            path: '/orchestration/rules',
            bankAccountId: 'ffffffff-0000-4000-8000-000000000001',
          },
        });
      const intent = await ok<{ id: string; refId: string }>(a.runtime.handlers.createRule(rule));
      await a.drain();
      const after = a.desk().intent(intent.id)!;
      expect(after.state).toBe('needs_attention');
      expect(after.lastError).toMatchObject({
        code: 'answer_mismatch',
        asked: SEED_IDS.operatingBankAccount,
        answered: 'ffffffff-0000-4000-8000-000000000001',
      });
      const live = atPaxos(a, 'rules', intent.refId).filter((r) => r.status !== 'DELETED');
      expect(live).toHaveLength(0);
      const shown = a.runtime.state.get().rules.items as {
        refId?: string;
        depositAddress?: string;
        id: string;
      }[];
      const heldIds = new Set(atPaxos(a, 'rules', intent.refId).map((r) => r.id));
      expect(shown.filter((r) => heldIds.has(r.id) && r.depositAddress)).toHaveLength(0);
      expect(await a.runtime.handlers.confirmIntent({ id: intent.id })).toMatchObject({
        ok: false,
      });
    });
  }
});

describe('finding 5: a cancel racing a flush stays with its intent', () => {
  // On 3ea5c7c: the state conflict escaped runFlush, the flush rejected, and later intents stayed queued.
  it('the flush resolves, the cancelled intent is never sent, the next one is', async () => {
    const a = await start();
    const body = (amount: string) => ({
      source_asset: 'USDC',
      destination_asset: 'USD',
      source_amount: amount,
      source: { profile: { profile_id: SEED_IDS.defaultProfile } },
      destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
    });
    const first = await a.desk().enqueue('create_orchestration', body('11'));
    const second = await a.desk().enqueue('create_orchestration', body('12'));
    const flushing = a.desk().flush();
    const cancel = a.runtime.handlers.cancelIntent({ id: first.id });
    await expect(flushing).resolves.toBeDefined();
    await cancel;
    await a.drain();
    const firstAfter = a.desk().intent(first.id)!;
    expect(
      firstAfter.state === 'cancelled' ? atPaxos(a, 'orchestrations', first.refId).length : 1,
    ).toBe(firstAfter.state === 'cancelled' ? 0 : 1);
    expect(a.desk().intent(second.id)?.state).toBe('submitted');
    expect(atPaxos(a, 'orchestrations', second.refId)).toHaveLength(1);
  });
});

describe('finding 7: what the docs leave open is checked, not guessed', () => {
  // On 3ea5c7c: a ref_id filter that lags sent the intent to needs_attention (reference_clash)
  // after one flush, because the unfiltered list was never read.
  it('a filtered lookup that finds nothing pages the unfiltered list before calling it absent', async () => {
    const a = await start();
    a.proxy.set({
      dropAnswer: { method: 'POST', path: '/orchestration/orchestrations', count: 1 },
      stripMeta: { path: '/orchestration/orchestrations' },
      lagRefIdReads: { path: '/orchestration/orchestrations' },
    });
    const intent = await a.desk().enqueue('create_orchestration', {
      source_asset: 'USDC',
      destination_asset: 'USD',
      source_amount: '9',
      source: { profile: { profile_id: SEED_IDS.defaultProfile } },
      destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
    });
    await a.desk().flush();
    const mine = atPaxos(a, 'orchestrations', intent.refId);
    expect(mine).toHaveLength(1);
    expect(a.desk().intent(intent.id)).toMatchObject({
      state: 'submitted',
      result: { paxosId: mine[0]?.id },
    });
  });

  // On 3ea5c7c: a rule answer naming no bank account was "unclear", reconciled by ref_id and
  // completed with its deposit address live.
  it('a rule answer that names no bank account is deleted at once and shown as a mismatch', async () => {
    const a = await start();
    a.proxy.set({
      otherDestination: { method: 'POST', path: '/orchestration/rules', bankAccountId: '' },
    });
    const intent = await ok<{ id: string; refId: string }>(
      a.runtime.handlers.createRule({
        profileId: SEED_IDS.defaultProfile,
        asset: 'USDC',
        network: 'ETHEREUM',
        fiatAccountId: SEED_IDS.operatingBankAccount,
      }),
    );
    await a.drain();
    expect(a.desk().intent(intent.id)).toMatchObject({
      state: 'needs_attention',
      lastError: { code: 'answer_mismatch', answered: '(none named)' },
    });
    expect(atPaxos(a, 'rules', intent.refId).filter((r) => r.status !== 'DELETED')).toHaveLength(0);
  });

  // A guard, not a finding: 3ea5c7c already checked each orchestration hit's ref_id (this passed there).
  it('a ref_id filter the server ignores never resolves a lost create to another orchestration', async () => {
    const a = await start();
    // Another orchestration exists first, so an unfiltered list is not empty.
    await a.paxos.createOrchestration({
      ref_id: 'someone-else-1',
      source_asset: 'USDC',
      destination_asset: 'USD',
      source_amount: '7',
      source: { profile: { profile_id: SEED_IDS.defaultProfile } },
      destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
    });
    a.proxy.set({
      dropAnswer: { method: 'POST', path: '/orchestration/orchestrations', count: 1 },
      stripMeta: { path: '/orchestration/orchestrations' },
      ignoreFilters: { method: 'GET', path: '/orchestration/orchestrations' },
    });
    const intent = await ok<{ id: string; refId: string }>(
      a.runtime.handlers.submitRedemption(redeem('8')),
    );
    await a.drain();
    const mine = atPaxos(a, 'orchestrations', intent.refId);
    expect(mine).toHaveLength(1);
    expect(a.desk().intent(intent.id)?.result?.paxosId).toBe(mine[0]?.id);
  });
});
