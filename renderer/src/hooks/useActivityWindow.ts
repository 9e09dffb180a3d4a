// Pages through the activity list for a virtualized view: only the pages covering the rows on
// screen are asked for, each once. A new filter starts over; a new activity revision (main
// saw changes) keeps showing what is loaded while the visible pages are asked for again.
// Scrolling down, a page is asked for as the rows after the page above it (its endCursor, read
// at this revision): main reads 100 rows from there, as deep as the list goes. Without that
// page (a jump, or a new revision), by its offset.
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { ActivityFilter } from '../../../shared/operation-inputs';
import type { OrchestrationView } from '../../../shared/views';
import { call, type BridgeCallError } from '../bridge/treasury';
import { asBridgeError } from '../errors/describe-error';
import { useActivityRevision } from '../store/selectors';

interface WindowCache {
  key: string;
  generation: number;
  total: number | null;
  asOf: string | null;
  pages: Map<number, { generation: number; rows: OrchestrationView[]; endCursor?: string }>;
  loading: Map<number, number>;
  range: [number, number];
  error: BridgeCallError | null;
}

const freshCache = (key: string, generation: number): WindowCache => ({
  key,
  generation,
  total: null,
  asOf: null,
  pages: new Map(),
  loading: new Map(),
  range: [0, 0],
  error: null,
});

export function useActivityWindow(filter: ActivityFilter, pageSize = 100) {
  const revision = useActivityRevision();
  const key = JSON.stringify(filter);
  const cache = useRef<WindowCache>(freshCache(key, revision));
  const [, rerender] = useReducer((n: number) => n + 1, 0);

  const load = useCallback(
    (page: number) => {
      const c = cache.current;
      const generation = c.generation;
      c.loading.set(page, generation);
      const above = c.pages.get(page - 1);
      const after = above && above.generation >= generation ? above.endCursor : undefined;
      call('queryActivity', {
        filter: JSON.parse(c.key) as ActivityFilter,
        offset: page * pageSize,
        limit: pageSize,
        ...(after === undefined ? {} : { after }),
      })
        .then((result) => {
          if (cache.current !== c) return; // the filter changed meanwhile
          const { rows, endCursor } = result;
          c.pages.set(page, {
            generation,
            rows,
            ...(endCursor === undefined ? {} : { endCursor }),
          });
          c.total = result.total;
          // Never older than a row already shown: pages load in any order (issue 13, bug 7).
          if (result.asOf && (!c.asOf || Date.parse(result.asOf) > Date.parse(c.asOf)))
            c.asOf = result.asOf;
          c.error = null;
        })
        .catch((caught: unknown) => {
          if (cache.current === c) c.error = asBridgeError(caught);
        })
        .finally(() => {
          if (c.loading.get(page) === generation) c.loading.delete(page);
          if (cache.current === c) rerender();
        });
    },
    [pageSize],
  );

  const ensureRange = useCallback(
    (first: number, last: number) => {
      const c = cache.current;
      c.range = [first, last];
      for (
        let page = Math.floor(first / pageSize);
        page <= Math.floor(Math.max(first, last) / pageSize);
        page += 1
      ) {
        const have = c.pages.get(page);
        const loadingGeneration = c.loading.get(page);
        const fresh = have && have.generation >= c.generation;
        const alreadyAsked = loadingGeneration !== undefined && loadingGeneration >= c.generation;
        if (!fresh && !alreadyAsked) load(page);
      }
    },
    [load, pageSize],
  );

  useEffect(() => {
    if (cache.current.key !== key) {
      // Keep asking for the rows on screen; the list scrolls back to the top on its own.
      const range = cache.current.range;
      cache.current = { ...freshCache(key, revision), range };
    } else cache.current.generation = revision;
    const [first, last] = cache.current.range;
    ensureRange(first, last);
    rerender();
    // `revision` bumps the generation; a filter change starts a new cache.
  }, [key, revision, ensureRange]);

  const rowAt = useCallback(
    (index: number): OrchestrationView | undefined =>
      cache.current.pages.get(Math.floor(index / pageSize))?.rows[index % pageSize],
    [pageSize],
  );

  const c = cache.current;
  return { total: c.total, asOf: c.asOf, error: c.error, rowAt, ensureRange };
}
