// Events API: GET /events (always ascending by created_at, no cursor: page by moving a
// created_at window) and GET /events/{id}.
import { EventSchema, type PaxosEvent } from '../../shared/paxos-schemas';
import { badResponse } from './errors';
import { parseAs } from './parse';
import { checkLimit, segment, timeWindowParams, type TimeWindow } from './query';
import type { ApiExecutor } from './request-executor';

export interface ListEventsParams {
  created_at?: TimeWindow;
  /** A single event type, e.g. orchestration.completed; omit for all. */
  type?: string;
  /** Default 100. */
  limit?: number;
}

export function eventsApi(execute: ApiExecutor) {
  async function listEvents(params: ListEventsParams = {}): Promise<PaxosEvent[]> {
    const { body } = await execute({
      operation: 'listEvents', method: 'GET', path: '/events', idempotent: true,
      query: { ...timeWindowParams('created_at', params.created_at), type: params.type, limit: checkLimit(params.limit) },
    });
    const raw = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).events ?? [] : undefined;
    if (!Array.isArray(raw)) throw badResponse('event list', '"events" is not a list');
    return raw.map((event, i) => parseAs(EventSchema, event, `event #${i + 1}`));
  }

  /**
   * Every event from `since` (inclusive) on, page by page: the window moves to the last
   * `created_at` seen (gte, so events sharing that timestamp are not skipped) and events are
   * de-duplicated by id. Stops when a page brings nothing new.
   */
  async function* iterateEvents(since: string | Date, options: { type?: string; pageSize?: number } = {}): AsyncGenerator<PaxosEvent> {
    const seen = new Set<string>();
    let gte: string | Date = since;
    for (;;) {
      const page = await listEvents({ created_at: { gte }, ...(options.type ? { type: options.type } : {}), limit: options.pageSize ?? 100 });
      const fresh = page.filter((e) => !seen.has(e.id));
      for (const event of fresh) {
        seen.add(event.id);
        yield event;
      }
      const last = page[page.length - 1];
      if (fresh.length === 0 || !last || page.length < (options.pageSize ?? 100)) return;
      gte = last.created_at;
    }
  }

  return {
    listEvents,
    iterateEvents,
    async getEvent(id: string): Promise<PaxosEvent> {
      const { body } = await execute({ operation: 'getEvent', method: 'GET', path: `/events/${segment(id)}`, idempotent: true });
      return parseAs(EventSchema, body, 'event');
    },
  };
}
