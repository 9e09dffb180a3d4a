// A status update sends the changed item and the order of ids, not the whole list; applying
// the delta to the previous list gives exactly the new one.
import { describe, expect, it } from 'vitest';
import { applyListDelta, diffList } from '../../../shared/list-delta';
import { StateDeltaSchema, type AppState, type StateDelta } from '../../../shared/state';
import type { OrchestrationView } from '../../../shared/views';
import { defaultSettings } from '../../../shared/settings';
import { AppStateStore } from '../../../main/state/app-state-store';
import { initialState } from '../../../main/state/initial-state';

const orchestration = (i: number, status = 'PROCESSING'): OrchestrationView => ({
  id: `o-${i}`,
  status,
  statusLabel: status,
  outcome: 'in_progress',
  kind: 'redemption',
  kindLabel: 'Redemption to a bank',
  sourceAsset: 'USDC',
  sourceAmount: `${i}.00`,
  memo: `Invoice ${i} with a reasonably long memo to make the list heavy`,
  fetchedAt: '2026-11-24T10:00:00Z',
});

describe('list deltas', () => {
  it('round-trips additions, changes, removals and reordering', () => {
    const before = { items: [orchestration(1), orchestration(2), orchestration(3)], asOf: 'a' };
    const after = {
      items: [orchestration(4), orchestration(3, 'COMPLETED'), orchestration(1)],
      asOf: 'b',
    };
    const delta = diffList(before, after);
    expect(delta.upsert.map((o) => o.id)).toEqual(['o-4', 'o-3']);
    expect(applyListDelta(before, delta)).toEqual(after);
  });

  it('asks for a resync when the delta names an item the receiver never had', () => {
    expect(
      applyListDelta({ items: [], asOf: null }, { asOf: null, order: ['x'], upsert: [] }),
    ).toBeUndefined();
  });
});

describe('AppStateStore deltas', () => {
  it('sends one changed redemption, not the 200 in the list', () => {
    const items = Array.from({ length: 200 }, (_, i) => orchestration(i));
    const state: AppState = {
      ...initialState('demo', defaultSettings, 'Demo'),
      recentOrchestrations: { items, asOf: 'a' },
    };
    const store = new AppStateStore(state);
    const deltas: StateDelta[] = [];
    store.subscribe((d) => deltas.push(d));
    const updated = items.map((o) => (o.id === 'o-7' ? { ...o, status: 'COMPLETED' } : o));
    store.set({ recentOrchestrations: { items: updated, asOf: 'b' } });
    const [delta] = deltas;
    expect(StateDeltaSchema.parse(delta)).toEqual(delta);
    expect(delta!.lists?.recentOrchestrations?.upsert).toEqual([
      { ...orchestration(7), status: 'COMPLETED' },
    ]);
    expect(delta!.set).toEqual({});
    const whole = JSON.stringify(updated).length;
    expect(JSON.stringify(delta).length).toBeLessThan(whole / 5);
  });
});
