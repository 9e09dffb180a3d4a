// Events API: GET /events (always ascending by created_at, no cursor: page by moving a
// created_at window). The desk reads it only as a walk from a point in time (iterateEvents).
import { EventSchema, type PaxosEvent } from '../../shared/paxos/responses';
import { badResponse } from './errors';
import { parseAs } from './parse';
import { checkLimit, timeWindowParams, type TimeWindow } from './query';
import type { ApiExecutor } from './request-executor';

/** The largest page the Events API serves. */
const MAX_EVENTS_PAGE = 1000;

interface ListEventsParams {
  created_at?: TimeWindow;
  /** A single event type, e.g. orchestration.completed; omit for all. */
  type?: string;
  /** Default 100. */
  limit?: number;
}

export function eventsApi(execute: ApiExecutor) {
  async function listEvents(params: ListEventsParams = {}): Promise<PaxosEvent[]> {
    const { body } = await execute({
      operation: 'listEvents',
      idempotent: true,
      query: {
        ...timeWindowParams('created_at', params.created_at),
        type: params.type,
        limit: checkLimit(params.limit),
      },
    });
    const raw =
      typeof body === 'object' && body !== null
        ? ((body as Record<string, unknown>).events ?? [])
        : undefined;
    if (!Array.isArray(raw)) throw badResponse('event list', '"events" is not a list');
    return raw.map((event, i) => parseAs(EventSchema, event, `event #${i + 1}`));
  }

  /**
   * Every event from `since` (inclusive) on, page by page: the window moves to the last
   * `created_at` seen (gte, so events sharing that timestamp are not skipped) and events are
   * de-duplicated by id. Stops when a page brings nothing new.
   *
   * A full page whose events all share one timestamp cannot move a `gte` window: the next page
   * would be the same one (and more than a page of events at one instant were never read). Then
   * that instant is read on its own at the largest page Paxos allows (and, if even that is full,
   * once per event type seen there), and the window moves strictly past it (`gt`).
   */
  async function* iterateEvents(
    since: string | Date,
    options: { type?: string; pageSize?: number } = {},
  ): AsyncGenerator<PaxosEvent> {
    const seen = new Set<string>();
    const pageSize = options.pageSize ?? 100;
    const typeFilter = options.type ? { type: options.type } : {};
    let window: { gte: string | Date } | { gt: string } = { gte: since };
    for (;;) {
      const page = await listEvents({ created_at: window, ...typeFilter, limit: pageSize });
      const fresh = page.filter((e) => !seen.has(e.id));
      for (const event of fresh) {
        seen.add(event.id);
        yield event;
      }
      const first = page[0];
      const last = page[page.length - 1];
      if (!first || !last || page.length < pageSize) return;
      if (first.created_at !== last.created_at) {
        if (fresh.length === 0) return;
        window = { gte: last.created_at };
        continue;
      }
      // A whole page at one instant: read that instant completely, then move past it.
      for await (const event of eventsAtInstant(last.created_at, options.type, page)) {
        if (seen.has(event.id)) continue;
        seen.add(event.id);
        yield event;
      }
      window = { gt: last.created_at };
    }
  }

  async function* eventsAtInstant(
    at: string,
    type: string | undefined,
    firstPage: PaxosEvent[],
  ): AsyncGenerator<PaxosEvent> {
    const instant = { gte: at, lte: at };
    const all = await listEvents({
      created_at: instant,
      ...(type ? { type } : {}),
      limit: MAX_EVENTS_PAGE,
    });
    yield* all;
    if (all.length < MAX_EVENTS_PAGE || type) return;
    for (const each of new Set([...firstPage, ...all].map((e) => e.type))) {
      yield* await listEvents({ created_at: instant, type: each, limit: MAX_EVENTS_PAGE });
    }
  }

  return { iterateEvents };
}
