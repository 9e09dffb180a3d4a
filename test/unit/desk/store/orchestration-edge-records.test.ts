// Orchestrations SQLite cannot read into (JSON nested beyond its depth limit) are still found,
// updated and listed by id; ties beyond a millisecond's places and undated records are listed
// last; a record whose created_at changes moves; shared parsed records cannot be changed.
import { describe, expect, it } from 'vitest';
import { CacheStore } from '../../../../main/desk/store/cache/cache-store';
import { orchestration } from './orchestration-fixture';
import { closeAfterTest, useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

function deep(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < levels; i += 1) value = { next: value };
  return value;
}

describe('orchestration edge records', () => {
  it('finds, updates and lists a record nested deeper than SQLite reads JSON', async () => {
    const cache = closeAfterTest(await CacheStore.open(await tempDir()));
    const nested = orchestration(1, { metadata: deep(1500) });
    await cache.putMany('orchestrations', [orchestration(0), nested]);
    expect((await cache.get('orchestrations', nested.id))?.record.ref_id).toBe('desk-1');
    expect(cache.statusOf('orchestrations', nested.id)).toBe('PROCESSING');
    expect(cache.inFlightOrchestrationIds().sort()).toEqual(
      [orchestration(0).id, nested.id].sort(),
    );
    expect(await cache.put('orchestrations', { ...nested, status: 'COMPLETED' })).toBe(true);
    expect(cache.statusOf('orchestrations', nested.id)).toBe('COMPLETED');
    expect(cache.count('orchestrations')).toBe(2);
    const { removed } = await cache.replaceAll('orchestrations', [orchestration(0)], { scope: {} });
    expect(removed).toEqual([nested.id]);
  });

  it('lists ties beyond a millisecond after every dated record, and moves a record whose created_at changed', async () => {
    const cache = closeAfterTest(await CacheStore.open(await tempDir()));
    const tie = '2026-02-01T00:00:00.000Z';
    const ties = Array.from({ length: 66 }, (_, i) => orchestration(100 + i, { created_at: tie }));
    const older = orchestration(1, { created_at: '2025-01-01T00:00:00.000Z' });
    await cache.putMany('orchestrations', [...ties, older]);
    const order = (await cache.window('orchestrations', {}, 0, 100)).items.map((i) => i.record.id);
    expect(order).toEqual([
      ...ties.slice(0, 64).map((r) => r.id),
      older.id,
      ...ties.slice(64).map((r) => r.id),
    ]);
    await cache.put('orchestrations', { ...older, created_at: '2027-01-01T00:00:00.000Z' });
    expect((await cache.window('orchestrations', {}, 0, 1)).items[0]?.record.id).toBe(older.id);
    expect(cache.count('orchestrations')).toBe(67);
    expect(
      (
        await cache.window('orchestrations', { search: { text: older.ref_id as string } }, 0, 5)
      ).items.map((i) => i.record.id),
    ).toEqual([older.id]);
  });

  it('hands out parsed records that cannot be changed in place', async () => {
    const cache = closeAfterTest(await CacheStore.open(await tempDir()));
    await cache.put('orchestrations', orchestration(0));
    const first = (await cache.window('orchestrations', {}, 0, 1)).items[0]!;
    expect(() => {
      (first.record as Record<string, unknown>).status = 'FAILED';
    }).toThrow(TypeError);
    expect((await cache.window('orchestrations', {}, 0, 1)).items[0]?.record.status).toBe(
      'PROCESSING',
    );
  });
});
