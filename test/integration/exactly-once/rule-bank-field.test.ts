// Issue 11, finding 7: the rule's bank field name is left open by the docs (`bank_account_id`
// in the 2025 request schema, `fiat_account_id` in the rule object and the newer guide). The
// desk does not guess twice: against a Paxos that ignores `fiat_account_id`, the first rule is
// deleted and shown as a mismatch, and the next one (after a restart: the name is kept in the
// environment's database) goes out under `bank_account_id` and is confirmed. Without the
// memory, the second rule fails the same way as the first.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { proxiedDesk, type ProxiedDesk } from '../../support/proxied-desk';

const rule = {
  profileId: SEED_IDS.defaultProfile,
  asset: 'USDC' as const,
  network: 'ETHEREUM' as const,
  fiatAccountId: SEED_IDS.operatingBankAccount,
};
type Row = { ref_id?: string; id: string; status?: string };
const rulesAtPaxos = (a: ProxiedDesk, ref: string) =>
  (a.sim.control.snapshot().rules as unknown as Row[]).filter((r) => r.ref_id === ref);

async function ok<T>(
  result: Promise<{ ok: boolean; value?: unknown; error?: unknown }>,
): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`bridge call failed: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

let dataDir: string | undefined;
const opened: ProxiedDesk[] = [];
afterEach(async () => {
  for (const a of opened.splice(0)) await a.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  dataDir = undefined;
});

describe('finding 7: the rule bank field Paxos accepted is remembered per environment', () => {
  it('a Paxos ignoring fiat_account_id: the first rule is deleted, the next goes under bank_account_id, also after a restart', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'td-rule-field-'));
    const first = await proxiedDesk({ dataDir });
    opened.push(first);
    await first.desk().refreshNow();
    // This Paxos answers a rule sent with fiat_account_id without any bank account.
    first.proxy.set({ ignoreRuleBankField: { field: 'fiat_account_id' } });
    const a = await ok<{ id: string; refId: string }>(first.runtime.handlers.createRule(rule));
    await first.drain();
    expect(first.desk().intent(a.id)).toMatchObject({
      state: 'needs_attention',
      lastError: { code: 'answer_mismatch', answered: '(none named)' },
    });
    expect(rulesAtPaxos(first, a.refId).filter((r) => r.status !== 'DELETED')).toHaveLength(0);
    expect(first.proxy.fired.ignoreRuleBankField).toBe(1);

    // Restart on the same data folder: a new runtime, the same environment database.
    await first.runtime.dispose();
    const second = await proxiedDesk({ dataDir });
    opened.push(second);
    await second.desk().refreshNow();
    second.proxy.set({ ignoreRuleBankField: { field: 'fiat_account_id' } });
    const b = await ok<{ id: string; refId: string }>(second.runtime.handlers.createRule(rule));
    await second.drain();
    const settled = second.desk().intent(b.id);
    expect(settled, JSON.stringify(settled?.lastError)).toMatchObject({ state: 'completed' });
    // Sent under bank_account_id: the fault (which fires only for fiat_account_id) never fired.
    expect(second.proxy.fired.ignoreRuleBankField ?? 0).toBe(0);
    const live = rulesAtPaxos(second, b.refId).filter((r) => r.status !== 'DELETED');
    expect(live).toHaveLength(1);
    expect(settled?.result?.paxosId).toBe(live[0]?.id);

    // And a third rule in the same run still goes under the name that worked.
    const c = await ok<{ id: string; refId: string }>(
      second.runtime.handlers.createRule({ ...rule, network: 'SOLANA' as const }),
    );
    await second.drain();
    expect(second.desk().intent(c.id)).toMatchObject({ state: 'completed' });
    expect(second.proxy.fired.ignoreRuleBankField ?? 0).toBe(0);
  });

  it('a Paxos that accepts fiat_account_id keeps getting it (nothing is switched on a good answer)', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'td-rule-field-'));
    const a = await proxiedDesk({ dataDir });
    opened.push(a);
    await a.desk().refreshNow();
    // Fires (and empties the answer) only if a rule went out under bank_account_id.
    a.proxy.set({ ignoreRuleBankField: { field: 'bank_account_id' } });
    for (const network of ['ETHEREUM', 'SOLANA'] as const) {
      const intent = await ok<{ id: string }>(a.runtime.handlers.createRule({ ...rule, network }));
      await a.drain();
      expect(a.desk().intent(intent.id)).toMatchObject({ state: 'completed' });
    }
    expect(a.proxy.fired.ignoreRuleBankField ?? 0).toBe(0);
  });
});
