// IntentStore's named transitions: each makes exactly the change its outbox call site made
// (state and fields), and each one with a precondition refuses, unchanged, from any other state
// — including states from which the state machine alone would have allowed the change.
import { describe, expect, it } from 'vitest';
import type { Intent, IntentState } from '../../../../main/desk/store/intents/intent';
import { IntentStore } from '../../../../main/desk/store/intents/intent-store';
import { closeAfterTest, useTempDirs } from './temp-dir';
import { pathTo } from './intent-fixtures';

const tempDir = useTempDirs();
const AT = '2025-06-01T12:00:00.000Z';
const mismatch = { code: 'answer_mismatch', message: 'differs', asked: 'a', answered: 'b' };

async function intentIn(state: IntentState): Promise<{ store: IntentStore; id: string }> {
  const store = closeAfterTest(await IntentStore.open(await tempDir()));
  const { id } = await store.create({
    kind: 'delete_rule',
    refId: `ref-${state}`,
    payload: { id: 'r-1' },
  });
  for (const step of pathTo[state]) await store.update(id, { state: step });
  return { store, id };
}

/** The change must be refused by its precondition, and leave the intent as it was. */
async function refusedFrom(
  state: IntentState,
  transition: (store: IntentStore, id: string) => Promise<Intent>,
) {
  const { store, id } = await intentIn(state);
  const before = store.get(id);
  const attempt = transition(store, id);
  await expect(attempt).rejects.toMatchObject({ code: 'conflict' });
  await expect(attempt).rejects.toThrow(/changed in the meantime/);
  expect(store.get(id)).toEqual(before);
}

describe('IntentStore named transitions: what each one writes', () => {
  it('markSending: counts an attempt, clears the last error; refused while sending is held', async () => {
    const { store, id } = await intentIn('queued');
    await store.update(id, { lastError: mismatch });
    const sending = await store.markSending(id);
    expect(sending).toMatchObject({ state: 'sending', attempts: 1 });
    expect(sending.lastError).toBeUndefined();

    const held = await intentIn('queued');
    held.store.holdSending('damage found');
    await expect(held.store.markSending(held.id)).rejects.toMatchObject({ code: 'conflict' });
    expect(held.store.get(held.id)?.state).toBe('queued');
  });

  it('markSubmitted and markCompleted: the intent follows the Paxos record', async () => {
    const { store, id } = await intentIn('sending');
    expect(await store.markSubmitted(id, 'o-1')).toMatchObject({
      state: 'submitted',
      result: { paxosId: 'o-1' },
    });
    expect((await store.markCompleted(id)).state).toBe('completed');

    const found = await intentIn('needs_attention');
    const submitted = await found.store.markSubmitted(found.id, 'o-2', {
      ifState: 'needs_attention',
    });
    expect(submitted).toMatchObject({ state: 'submitted', result: { paxosId: 'o-2' } });
  });

  it('markFailed and markReconciling: with the error when there is one, without otherwise', async () => {
    const refused = await intentIn('sending');
    expect(await refused.store.markFailed(refused.id, mismatch)).toMatchObject({
      state: 'failed',
      lastError: mismatch,
    });
    const ended = await intentIn('submitted');
    const failed = await ended.store.markFailed(ended.id);
    expect(failed.state).toBe('failed');
    expect(failed.lastError).toBeUndefined();

    const unclear = await intentIn('sending');
    expect(await unclear.store.markReconciling(unclear.id, mismatch)).toMatchObject({
      state: 'reconciling',
      lastError: mismatch,
    });
    const crashed = await intentIn('sending');
    const recovered = await crashed.store.markReconciling(crashed.id);
    expect(recovered.state).toBe('reconciling');
    expect(recovered.lastError).toBeUndefined();
  });

  it('needsAttention (after a send or lookup) and needsReconfirmation (before a send)', async () => {
    for (const from of ['sending', 'reconciling'] as const) {
      const { store, id } = await intentIn(from);
      expect(await store.needsAttention(id, 'credentials', mismatch)).toMatchObject({
        state: 'needs_attention',
        attentionReason: 'credentials',
        lastError: mismatch,
      });
    }
    const { store, id } = await intentIn('queued');
    const flagged = await store.needsReconfirmation(id, 'expired');
    expect(flagged).toMatchObject({ state: 'needs_attention', attentionReason: 'expired' });
    expect(flagged.lastError).toBeUndefined();
  });

  it('requeueAfterLookup: counts a definite check, and counts nothing without proof', async () => {
    const absent = await intentIn('reconciling');
    await absent.store.update(absent.id, { checks: 2 });
    expect(await absent.store.requeueAfterLookup(absent.id, 3)).toMatchObject({
      state: 'queued',
      checks: 3,
    });
    const exhausted = await intentIn('reconciling');
    const requeued = await exhausted.store.requeueAfterLookup(exhausted.id);
    expect(requeued.state).toBe('queued');
    expect(requeued.checks).toBeUndefined();
  });

  it('abandon, then requeueAbandoned: same intent, checks kept, confirmation renewed', async () => {
    const { store, id } = await intentIn('needs_attention');
    await store.update(id, { attentionReason: 'unknown_outcome' });
    const abandoned = await store.abandon(id, 2);
    expect(abandoned).toMatchObject({ state: 'abandoned', checks: 2 });
    expect(abandoned.attentionReason).toBeUndefined();
    expect(await store.requeueAbandoned(id, AT)).toMatchObject({
      id,
      refId: 'ref-needs_attention',
      state: 'queued',
      checks: 2,
      confirmedAt: AT,
    });
  });

  it('cancel: from the state the caller checked', async () => {
    for (const from of ['queued', 'needs_attention'] as const) {
      const { store, id } = await intentIn(from);
      expect((await store.cancel(id, from)).state).toBe('cancelled');
    }
  });

  it('reconfirm: back to the queue from needs_attention (reason cleared); a queued one only renews', async () => {
    const flagged = await intentIn('needs_attention');
    await flagged.store.update(flagged.id, { attentionReason: 'expired' });
    const requeued = await flagged.store.reconfirm(flagged.id, 'needs_attention', AT);
    expect(requeued).toMatchObject({ state: 'queued', confirmedAt: AT });
    expect(requeued.attentionReason).toBeUndefined();

    const queued = await intentIn('queued');
    expect(await queued.store.reconfirm(queued.id, 'queued', AT)).toMatchObject({
      state: 'queued',
      confirmedAt: AT,
    });
  });

  it('followStray: a cancelled or abandoned request found at Paxos follows it, with the alert', async () => {
    for (const from of ['cancelled', 'abandoned'] as const) {
      const { store, id } = await intentIn(from);
      expect(await store.followStray(id, from, 'o-9', 'found at Paxos')).toMatchObject({
        state: 'submitted',
        result: { paxosId: 'o-9' },
        alert: 'found at Paxos',
      });
    }
  });

  it('transitions without a precondition still obey the state machine', async () => {
    const { store, id } = await intentIn('queued');
    await expect(store.markCompleted(id)).rejects.toMatchObject({ code: 'conflict' });
    await expect(store.markReconciling(id)).rejects.toMatchObject({ code: 'conflict' });
    await expect(store.markSubmitted(id, 'o-1')).rejects.toMatchObject({ code: 'conflict' });
    expect(store.get(id)?.state).toBe('queued');
  });
});

describe('IntentStore named transitions: refused, unchanged, from a wrong state', () => {
  // Each wrong state is one the state machine would allow the change from (except where the
  // machine allows only the right one): what refuses it is the precondition.
  it('markSending only from queued', () =>
    refusedFrom('needs_attention', (s, id) => s.markSending(id)));
  it('markSubmitted with ifState needs_attention: not from reconciling', () =>
    refusedFrom('reconciling', (s, id) =>
      s.markSubmitted(id, 'o-1', { ifState: 'needs_attention' }),
    ));
  it('needsReconfirmation only from queued', () =>
    refusedFrom('sending', (s, id) => s.needsReconfirmation(id, 'expired')));
  it('requeueAfterLookup only from reconciling', async () => {
    await refusedFrom('needs_attention', (s, id) => s.requeueAfterLookup(id, 1));
    await refusedFrom('abandoned', (s, id) => s.requeueAfterLookup(id));
  });
  it('requeueAbandoned only from abandoned', () =>
    refusedFrom('needs_attention', (s, id) => s.requeueAbandoned(id, AT)));
  it('cancel only from the state it was checked in', () =>
    refusedFrom('needs_attention', (s, id) => s.cancel(id, 'queued')));
  it('abandon only from needs_attention', () => refusedFrom('queued', (s, id) => s.abandon(id, 1)));
  it('reconfirm only from the state the operator confirmed', () =>
    refusedFrom('abandoned', (s, id) => s.reconfirm(id, 'needs_attention', AT)));
  it('followStray only from the state it was seen in', () =>
    refusedFrom('abandoned', (s, id) => s.followStray(id, 'cancelled', 'o-9', 'alert')));
});
