// Events API: GET /events, ascending by created_at, paged by `page_cursor` (2026 document). The
// desk reads it only as a walk from a point in time, page by page (iterateEventPages), so a
// caller can keep what each page taught it before asking for the next one.
import { EventSchema, type PaxosEvent } from '../../shared/paxos/responses';
import { iteratePages, readPage, type Page, type PagingOptions } from './pagination';
import { checkLimit, checkOrder, timeWindowParams, type TimeWindow } from './query';
import type { ApiExecutor } from './request-executor';

/** The largest page the Events API serves ("limit must be between 1 and 100"). */
export const MAX_EVENTS_PAGE = 100;

interface ListEventsParams {
  created_at?: TimeWindow;
  /** A single event type, e.g. orchestration.completed; omit for all. */
  type?: string;
  /** 1 to 100; Paxos's default is 100. */
  limit?: number;
  /** Paxos's default is ASC (oldest first). */
  order?: 'ASC' | 'DESC';
}

export interface EventWalkOptions extends PagingOptions {
  type?: string;
  pageSize?: number;
}

export function eventsApi(execute: ApiExecutor) {
  async function listEvents(
    params: ListEventsParams = {},
    pageCursor?: string,
  ): Promise<Page<PaxosEvent>> {
    const { body } = await execute({
      operation: 'listEvents',
      idempotent: true,
      query: {
        ...timeWindowParams('created_at', params.created_at),
        type: params.type,
        limit: checkLimit(params.limit, MAX_EVENTS_PAGE),
        order: checkOrder(params.order),
        page_cursor: pageCursor,
      },
    });
    // The answer's list is `events` (not `items`); readPage takes it as the named list.
    return readPage(body, EventSchema, 'event list', 'events');
  }

  /**
   * Every event from `since` (inclusive) on, one page at a time, following `next_page_cursor`
   * with the same filters. Many events at one instant are no special case: the cursor walks
   * through them. The walk ends on a page without a cursor.
   */
  async function* iterateEventPages(
    since: string | Date,
    options: EventWalkOptions = {},
  ): AsyncGenerator<PaxosEvent[]> {
    const params: ListEventsParams = {
      created_at: { gte: since },
      order: 'ASC',
      limit: options.pageSize ?? MAX_EVENTS_PAGE,
      ...(options.type ? { type: options.type } : {}),
    };
    // iteratePages yields items; wrap each page as one item so callers see page boundaries.
    yield* iteratePages(
      async (cursor) => {
        const page = await listEvents(params, cursor);
        return { items: [page.items], nextPageCursor: page.nextPageCursor };
      },
      { maxPages: options.maxPages ?? 100_000 },
    );
  }

  /** Every event from `since` on, one at a time (the pages flattened). */
  async function* iterateEvents(
    since: string | Date,
    options: EventWalkOptions = {},
  ): AsyncGenerator<PaxosEvent> {
    for await (const page of iterateEventPages(since, options)) yield* page;
  }

  return { listEvents, iterateEventPages, iterateEvents };
}
