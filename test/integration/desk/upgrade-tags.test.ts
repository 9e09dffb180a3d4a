// Upgrade to schema version 5: the search entry of every orchestration stored before it is
// rebuilt with its filter tags (migration 4), records without words (no amount, asset or memo)
// included. On the version-2 fixture (test/fixtures/data-schema-2), combined filters, which
// now read the tags, return what the unfiltered list filtered plainly returns, in its order.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CacheStore } from '../../../main/desk/store/cache/cache-store';
import type { RecordFilter } from '../../../main/desk/store/cache/record-query';
import type { DeskDatabase } from '../../../main/desk/store/db/desk-database';
import { openEnvironmentDatabase } from '../../../main/desk/store/carry-over/environment-database';

const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'data-schema-2');
const open: DeskDatabase[] = [];
const made: string[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

type Rec = Record<string, unknown>;
const memo = (r: Rec) => (r.destination as { fiat?: { memo?: unknown } } | undefined)?.fiat?.memo;

describe('upgrade to schema version 5 (filter tags in the search index)', () => {
  it('answers combined filters over the records stored before it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'upgrade-tags-'));
    made.push(dataDir);
    await cp(join(fixture, 'sandbox'), join(dataDir, 'sandbox'), { recursive: true });
    const db = await openEnvironmentDatabase(join(dataDir, 'sandbox'));
    open.push(db);
    const cache = new CacheStore(db);
    const list = (await cache.window('orchestrations', {}, 0, 1000)).items.map((i) => i.record);
    const cases: [RecordFilter, (r: Rec) => boolean][] = [
      [
        { status: 'COMPLETED', assets: ['USDG'] },
        (r) => r.status === 'COMPLETED' && r.source_asset === 'USDG',
      ],
      [{ status: 'PROCESSING', adhoc: true }, (r) => r.status === 'PROCESSING'],
      [{ status: ['COMPLETED', 'PROCESSING'] }, (r) => r.status !== undefined],
      [
        { search: { text: 'wire' }, status: 'COMPLETED' },
        (r) => r.status === 'COMPLETED' && typeof memo(r) === 'string',
      ],
    ];
    for (const [filter, keep] of cases) {
      const expected = list.filter(keep).map((r) => r.id);
      expect(expected.length).toBeGreaterThan(0);
      const found = await cache.window('orchestrations', filter, 0, 1000);
      expect(found.items.map((i) => i.record.id)).toEqual(expected);
    }
    // Records without words still carry their tags: 10 bare PROCESSING records among them.
    const bare = list.filter((r) => r.source_asset === undefined).map((r) => r.id);
    expect(bare).toHaveLength(10);
    const processing = await cache.window(
      'orchestrations',
      { status: 'PROCESSING', adhoc: true },
      0,
      1000,
    );
    expect(processing.items.map((i) => i.record.id)).toEqual(expect.arrayContaining(bare));
  });
});
