// Scrolling the Activity list down asks main for the rows after the page above (its endCursor,
// keyset: what main reads fastest at any depth); a jump, or a page above read before main saw
// changes, asks by offset. Either way the list shows the right row at every index: the fake
// main below answers a cursor with the rows after that row in its list as it is now, so a
// cursor used out of turn shows up as a row missing or repeated at a page boundary.
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationInput } from '../../shared/contract';
import { ActivityScreen } from '../../renderer/src/screens/activity/ActivityScreen';
import { useAppStore } from '../../renderer/src/store/app-store';
import { orchestration } from './support/fixtures';
import {
  installFakeTreasury,
  resetStores,
  seedStore,
  type FakeTreasury,
} from './support/fake-treasury';
import { useActivityViewport } from './support/activity-viewport';

const TOTAL = 1000;
const ROW_HEIGHT = 36;
let fake: FakeTreasury;
/** Main's list, newest first: after a change, one new redemption on top moves every row down. */
let list: string[];

useActivityViewport();

beforeEach(() => {
  resetStores();
  seedStore();
  list = Array.from({ length: TOTAL }, (_, i) => `orch-${i}`);
  fake = installFakeTreasury({
    queryActivity: ({ offset, limit, after }: OperationInput<'queryActivity'>) => {
      const start = after === undefined ? offset : list.indexOf(after) + 1;
      const ids = list.slice(start, start + limit);
      return {
        total: list.length,
        asOf: '2026-03-02T10:00:00.000Z',
        rows: ids.map((id) => orchestration({ id, refId: `ref-${id}` })),
        ...(ids.length > 0 ? { endCursor: ids.at(-1) } : {}),
      };
    },
  });
});
afterEach(cleanup);

const queries = () => fake.callsOf('queryActivity') as OperationInput<'queryActivity'>[];
const shownAt = (index: number) =>
  document
    .querySelector(`[data-index="${index}"] [data-testid="activity-row"]`)
    ?.getAttribute('data-orchestration-id');

function scrollTo(row: number) {
  const scroller = document.querySelector('.activity-list') as HTMLElement;
  scroller.scrollTop = ROW_HEIGHT * row;
  fireEvent.scroll(scroller);
}

describe('activity list paging by keyset', () => {
  it('asks for the next page after the one above it, and by offset when it jumps', async () => {
    render(<ActivityScreen />);
    await waitFor(() => expect(shownAt(0)).toBe('orch-0'));
    expect(queries()[0]).toEqual({ filter: {}, offset: 0, limit: 100 });
    scrollTo(95);
    await waitFor(() => expect(shownAt(100)).toBe('orch-100'));
    expect(shownAt(99)).toBe('orch-99');
    expect(queries()).toContainEqual({ filter: {}, offset: 100, limit: 100, after: 'orch-99' });
    // Dragged far down: nothing loaded above, so by offset.
    const before = queries().length;
    scrollTo(705);
    await waitFor(() => expect(shownAt(710)).toBe('orch-710'));
    const jumped = queries().slice(before);
    expect(jumped.map((q) => q.offset)).toContain(700);
    expect(jumped.find((q) => q.offset === 700)?.after).toBeUndefined();
  });

  it('never carries a cursor from a page read before main saw changes', async () => {
    render(<ActivityScreen />);
    await waitFor(() => expect(shownAt(0)).toBe('orch-0'));
    scrollTo(95);
    await waitFor(() => expect(shownAt(100)).toBe('orch-100'));
    // Main saw a new redemption: it is on top, every row one place down.
    list = ['orch-new', ...list];
    const before = queries().length;
    act(() =>
      useAppStore.setState((st) => ({
        state: {
          ...st.state!,
          activity: { total: TOTAL + 1, revision: (st.state?.activity.revision ?? 0) + 1 },
        },
      })),
    );
    await waitFor(() => expect(shownAt(100)).toBe('orch-99'));
    expect(shownAt(99)).toBe('orch-98');
    expect(
      queries()
        .slice(before)
        .every((q) => q.after === undefined),
    ).toBe(true);
    // Scrolling on from there: after the page read at this revision.
    scrollTo(195);
    await waitFor(() => expect(shownAt(200)).toBe('orch-199'));
    expect(shownAt(199)).toBe('orch-198');
    expect(queries()).toContainEqual({ filter: {}, offset: 200, limit: 100, after: 'orch-198' });
  });
});
