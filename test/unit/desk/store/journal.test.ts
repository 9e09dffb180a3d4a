import { appendFile, open, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Journal } from '../../../../main/desk/store/journal/journal';
import { closeAfterTest, useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
afterEach(() => vi.restoreAllMocks());

async function journalAt(path: string, compactWhen?: { minFileBytes: number; garbageRatio: number }) {
  return closeAfterTest(await Journal.open(compactWhen ? { path, compactWhen } : { path }));
}

async function fileHandlePrototype(dir: string) {
  const handle = await open(join(dir, 'probe'), 'w');
  await handle.close();
  return Object.getPrototypeOf(handle) as {
    write: (this: unknown, ...args: unknown[]) => Promise<unknown>;
    datasync: () => Promise<void>;
  };
}

describe('Journal replay', () => {
  it('rebuilds puts, overwrites and deletes from the file after reopening', async () => {
    const path = join(await tempDir(), 'j.jsonl');
    const journal = await journalAt(path);
    await journal.put('a', { n: 1 });
    await journal.put('b', { n: 2 });
    await journal.put('a', { n: 3 });
    expect(await journal.delete('b')).toBe(true);
    expect(await journal.delete('never-there')).toBe(false);
    await journal.close();

    const reopened = await journalAt(path);
    expect([...reopened.keys()]).toEqual(['a']);
    expect(await reopened.get('a')).toEqual({ n: 3 });
    expect(await reopened.get('b')).toBeUndefined();
    expect(reopened.recovery).toEqual({ truncatedBytes: 0, corruptLineOffsets: [] });
  });

  it('keeps call order for writes that were not awaited one by one', async () => {
    const path = join(await tempDir(), 'j.jsonl');
    const journal = await journalAt(path);
    await Promise.all(Array.from({ length: 200 }, (_, i) => journal.put('k', i)));
    await journal.close();
    expect(await (await journalAt(path)).get('k')).toBe(199);
  });

  it('drops a torn last line, keeps every earlier record, and appends cleanly afterwards', async () => {
    const path = join(await tempDir(), 'j.jsonl');
    const journal = await journalAt(path);
    await journal.put('a', 'first');
    await journal.put('b', 'second');
    await journal.close();
    const before = (await stat(path)).size;
    const torn = '{"k":"c","v":"thi';
    await appendFile(path, torn); // the process died mid-append

    const recovered = await journalAt(path);
    expect(recovered.recovery.truncatedBytes).toBe(torn.length);
    expect((await stat(path)).size).toBe(before);
    expect(await recovered.get('a')).toBe('first');
    expect(await recovered.get('b')).toBe('second');
    expect(recovered.has('c')).toBe(false);
    await recovered.put('d', 'after crash');
    await recovered.close();

    const again = await journalAt(path);
    expect(again.recovery).toEqual({ truncatedBytes: 0, corruptLineOffsets: [] });
    expect([...again.keys()]).toEqual(['a', 'b', 'd']);
  });

  it('drops a zero-filled tail left by a power loss', async () => {
    const path = join(await tempDir(), 'j.jsonl');
    const journal = await journalAt(path);
    await journal.put('a', 1);
    await journal.close();
    await appendFile(path, Buffer.concat([Buffer.alloc(300), Buffer.from('\n'), Buffer.alloc(50)]));
    const recovered = await journalAt(path);
    expect(recovered.recovery.truncatedBytes).toBe(351);
    expect(await recovered.get('a')).toBe(1);
  });

  it('skips and reports an unreadable line between good ones without losing the others', async () => {
    const path = join(await tempDir(), 'j.jsonl');
    await writeFile(path, '{"k":"a","v":1}\n{"k":"b","v":\n{"k":"c","v":3}\n');
    const journal = await journalAt(path);
    expect(journal.recovery.corruptLineOffsets).toEqual([16]);
    expect(journal.recovery.truncatedBytes).toBe(0);
    expect(await journal.getMany(['a', 'b', 'c'])).toEqual(new Map([['a', 1], ['c', 3]]));
  });
});

describe('Journal writes', () => {
  it('fsyncs only when durability is asked for', async () => {
    const dir = await tempDir();
    const datasync = vi.spyOn(await fileHandlePrototype(dir), 'datasync');
    const journal = await journalAt(join(dir, 'j.jsonl'));
    await journal.put('cache', 1);
    expect(datasync).not.toHaveBeenCalled();
    await journal.put('intent', 2, { durable: true });
    expect(datasync).toHaveBeenCalledTimes(1);
  });

  it('rolls back a half-written line when the disk fills up mid-append', async () => {
    const dir = await tempDir();
    const path = join(dir, 'j.jsonl');
    const journal = await journalAt(path);
    await journal.put('a', 'kept');
    const proto = await fileHandlePrototype(dir);
    const realWrite = proto.write;
    vi.spyOn(proto, 'write').mockImplementationOnce(async function (this: unknown, ...args: unknown[]) {
      const buf = args[0];
      await realWrite.call(this, (buf as Buffer).subarray(0, 5), 0, 5, null);
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    });
    await expect(journal.put('b', 'lost')).rejects.toMatchObject({ code: 'internal', details: { errno: 'ENOSPC' } });
    await journal.put('c', 'after');
    await journal.close();

    const reopened = await journalAt(path);
    expect(reopened.recovery).toEqual({ truncatedBytes: 0, corruptLineOffsets: [] });
    expect([...reopened.keys()]).toEqual(['a', 'c']);
  });

  it('rejects a value JSON cannot hold without touching the file', async () => {
    const path = join(await tempDir(), 'j.jsonl');
    const journal = await journalAt(path);
    await journal.put('a', 1);
    const size = (await stat(path)).size;
    await expect(journal.put('b', { amount: 10n })).rejects.toThrow();
    await expect(journal.put('c', undefined)).rejects.toThrow(TypeError);
    expect((await stat(path)).size).toBe(size);
  });
});

describe('Journal compaction', () => {
  it('rewrites only live records, shrinks the file and keeps every value', async () => {
    const path = join(await tempDir(), 'j.jsonl');
    const journal = await journalAt(path, { minFileBytes: Number.MAX_SAFE_INTEGER, garbageRatio: 2 });
    for (let round = 0; round < 20; round += 1) {
      await journal.putMany(Array.from({ length: 50 }, (_, i) => [`k${i}`, { round, i }] as [string, unknown]));
    }
    await journal.delete('k0');
    const grown = (await stat(path)).size;
    await journal.compact();
    const compacted = (await stat(path)).size;
    expect(compacted).toBeLessThan(grown / 10);
    expect(compacted).toBe(journal.stats().liveBytes);
    await journal.close();

    const reopened = await journalAt(path);
    expect(reopened.size).toBe(49);
    expect(await reopened.get('k7')).toEqual({ round: 19, i: 7 });
    expect(reopened.has('k0')).toBe(false);
    expect((await readFile(path, 'utf8')).split('\n').filter(Boolean)).toHaveLength(49);
  });

  it('compacts by itself once dead lines outweigh live ones, and keeps appending to the new file', async () => {
    const path = join(await tempDir(), 'j.jsonl');
    const journal = await journalAt(path, { minFileBytes: 4096, garbageRatio: 2 });
    for (let i = 0; i < 400; i += 1) await journal.put(`k${i % 10}`, { i });
    expect(journal.stats().compactions).toBeGreaterThan(0);
    expect(journal.stats().fileBytes).toBeLessThan(4096 * 2);
    await journal.put('last', true);
    await journal.close();
    const reopened = await journalAt(path);
    expect(await reopened.get('k9')).toEqual({ i: 399 });
    expect(await reopened.get('last')).toBe(true);
  });

  it('ignores an unfinished compaction left by a crash', async () => {
    const path = join(await tempDir(), 'j.jsonl');
    const journal = await journalAt(path);
    await journal.put('a', 'real');
    await journal.close();
    await writeFile(`${path}.compact`, '{"k":"a","v":"half-written compaction"}\n{"k":"x"');
    const reopened = await journalAt(path);
    expect(await reopened.get('a')).toBe('real');
    await expect(stat(`${path}.compact`)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
