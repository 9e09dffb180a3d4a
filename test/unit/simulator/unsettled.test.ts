import { describe, expect, it } from 'vitest';
import type { SimOrchestration } from '../../../main/simulator/types';
import { unsettledOrchestrations } from '../../../main/simulator/unsettled';

const orchestration = (id: string, nextAt: number | null, pending = false): SimOrchestration => ({
  data: { id, ref_id: `r-${id}`, status: 'PROCESSING', created_at: '2026-01-01T00:00:00Z' },
  step: nextAt === null ? 3 : 0,
  nextAt,
  failReason: null,
  refund: { profileId: '', asset: 'USDC', amount: '0' },
  credit: null,
  ...(pending ? { approval: { decideAt: null, outcome: 'APPROVE' as const } } : {}),
});
const ids = (list: SimOrchestration[]) => list.map((o) => o.data.id);

describe('orchestrations the lifecycle may still move', () => {
  it('are those with a next step or a pending approval, in list order, as they come and go', () => {
    const list = [
      orchestration('done', null),
      orchestration('a', 10),
      orchestration('p', null, true),
    ];
    expect(ids(unsettledOrchestrations(list))).toEqual(['a', 'p']);
    list.push(orchestration('b', 20), orchestration('done-2', null));
    expect(ids(unsettledOrchestrations(list))).toEqual(['a', 'p', 'b']);
    // 'a' finishes, 'p' is approved (a step is scheduled): still moving.
    list[1]!.nextAt = null;
    list[2]!.approval = null;
    list[2]!.nextAt = 30;
    expect(ids(unsettledOrchestrations(list))).toEqual(['p', 'b']);
  });

  it('scans anew a list that was swapped or shrank', () => {
    const list = [orchestration('a', 1), orchestration('b', 2)];
    expect(ids(unsettledOrchestrations(list))).toEqual(['a', 'b']);
    list.pop();
    list.push(orchestration('c', 3));
    expect(ids(unsettledOrchestrations(list))).toEqual(['a', 'c']);
    expect(ids(unsettledOrchestrations([orchestration('x', 5)]))).toEqual(['x']);
  });
});
