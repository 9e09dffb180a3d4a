// The anchor kept outside the database: a database behind it (tail lost, older copy, deleted,
// rewritten history) is found, with the open requests it no longer holds named; one ahead of it
// (a crash between a commit and the anchor's write) is normal.
import { describe, expect, it } from 'vitest';
import {
  checkAgainstAnchor,
  type DatabaseFacts,
} from '../../../../main/desk/store/anchor/anchor-check';
import type { AnchorRecord } from '../../../../main/desk/store/anchor/anchor-record';
import { DeskAnchor, type AnchorStore } from '../../../../main/desk/store/anchor/desk-anchor';

const open = [
  { refId: 'td-a', kind: 'create_orchestration', state: 'cancelled', summary: '401.00 USDC' },
  { refId: 'td-d', kind: 'create_orchestration', state: 'queued', summary: '10.00 USDG' },
];
const anchor: AnchorRecord = {
  v: 1,
  auditSeq: 41,
  auditHash: 'h41',
  open,
  at: '2026-12-06T00:00:00Z',
};

function db(seq: number, hashes: Record<number, string>, refIds: string[]): DatabaseFacts {
  return {
    auditSeq: seq,
    auditHashAt: (s) => hashes[s],
    intentStates: new Map(refIds.map((r) => [r, 'queued'])),
  };
}

describe('a database held against its anchor', () => {
  it('is fine at the anchor or ahead of it (same history)', () => {
    expect(checkAgainstAnchor(anchor, db(41, { 41: 'h41' }, ['td-a', 'td-d']))).toEqual({
      behind: false,
    });
    expect(checkAgainstAnchor(anchor, db(57, { 41: 'h41' }, ['td-a']))).toEqual({ behind: false });
  });

  it('is behind when its tail is gone, and names the open requests it lost', () => {
    const found = checkAgainstAnchor(anchor, db(38, { 38: 'h38' }, ['td-a']));
    expect(found).toMatchObject({
      behind: true,
      reason: expect.stringContaining('went back in time'),
    });
    expect(found.behind && found.missing.map((m) => m.refId)).toEqual(['td-d']);
  });

  it('is behind when deleted (empty) while the anchor exists', () => {
    const found = checkAgainstAnchor(anchor, db(-1, {}, []));
    expect(found).toMatchObject({ behind: true, reason: expect.stringContaining('empty') });
    expect(found.behind && found.missing).toHaveLength(2);
  });

  it('is behind when its history at the anchored entry differs (another copy, a rewritten log)', () => {
    expect(checkAgainstAnchor(anchor, db(60, { 41: 'other' }, ['td-a', 'td-d']))).toMatchObject({
      behind: true,
      reason: expect.stringContaining('differs'),
    });
  });
});

describe('the anchor in the keychain', () => {
  const memory = (): AnchorStore & { text: string | null; writes: number } => {
    const store = {
      text: null as string | null,
      writes: 0,
      read: async () => store.text,
      write: async (t: string) => void ((store.text = t), (store.writes += 1)),
    };
    return store;
  };

  it('writes only when the position or the open requests moved, and reads back what it wrote', async () => {
    const store = memory();
    const anchor = new DeskAnchor(store, () => new Date(0));
    expect(await anchor.read()).toEqual({ kind: 'none' });
    expect(await anchor.write(3, 'h3', open)).toBe(true);
    expect(await anchor.write(3, 'h3', open)).toBe(false);
    expect(await anchor.write(4, 'h4', open)).toBe(true);
    expect(store.writes).toBe(2);
    expect(await anchor.read()).toMatchObject({ kind: 'found', record: { auditSeq: 4, open } });
  });

  it('reads a keychain that fails, or a torn entry, as unreadable, never as "no anchor"', async () => {
    const failing: AnchorStore = {
      read: async () => {
        throw new Error('keychain locked');
      },
      write: async () => undefined,
    };
    expect(await new DeskAnchor(failing, () => new Date(0)).read()).toMatchObject({
      kind: 'unreadable',
    });
    const torn = memory();
    torn.text = '{"v":1,"auditSeq":';
    expect(await new DeskAnchor(torn, () => new Date(0)).read()).toMatchObject({
      kind: 'unreadable',
    });
  });
});
