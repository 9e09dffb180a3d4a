// Activity (every orchestration, paged for a virtualized list), details, CSV export, the
// outbox's cancel / confirm, and the audit log.
import { AppError } from '../../shared/app-error';
import type { ActivityFilter } from '../../shared/operation-inputs';
import {
  searchNames,
  searchTooShort,
  toRecordFilter,
  activityLabels,
  summarizeActivity,
  listAsOf,
  intentView,
  orchestrationView,
  transferView,
  legIds,
  movementDetails,
  transfersById,
  type LimitAccepted,
} from '../desk';
import { createActivityExport } from './activity-export';
import type { OperatorContext } from './operator-context';
import { confirmIntentInMain } from './intent-confirmation';

export function createActivityOperations(ctx: OperatorContext) {
  const intentAction = async (
    id: string,
    action: 'cancel' | 'confirm',
    details?: Record<string, unknown>,
    limit?: LimitAccepted,
  ) => {
    const desk = ctx.desk();
    const intent =
      action === 'cancel' ? await desk.cancelIntent(id) : await desk.confirmIntent(id, limit);
    await desk.record({
      action: `intent.${action}`,
      outcome: action === 'cancel' ? 'cancelled' : 'confirmed',
      refId: intent.refId,
      ...(details ? { details } : {}),
    });
    await ctx.publishDesk();
    if (action === 'confirm') void desk.flushInBackground().then(() => ctx.publishDesk());
    return intentView(intent, await desk.labels());
  };
  // Search, the CSV and the list name ids from the same views, as the operator sees them now.
  const views = () => {
    const state = ctx.state.get();
    return {
      fiatAccounts: state.fiatAccounts.items,
      rules: state.rules.items,
      profiles: state.profiles.items,
    };
  };
  const recordFilter = (filter: ActivityFilter) => toRecordFilter(filter, searchNames(views()));
  const exporter = createActivityExport(ctx);
  return {
    queryActivity: async ({
      filter,
      offset,
      limit,
      after,
    }: {
      filter: ActivityFilter;
      offset: number;
      limit: number;
      after?: string;
    }) => {
      const cache = ctx.desk().records;
      // One character cannot use the search index: ask for more rather than scan everything.
      if (searchTooShort(filter))
        return {
          total: 0,
          rows: [],
          asOf: cache.asOf('orchestrations') ?? null,
          searchTooShort: true,
        };
      const { total, totalCapped, items, endCursor } = await cache.window(
        'orchestrations',
        recordFilter(filter),
        offset,
        limit,
        after,
      );
      return {
        total,
        rows: items.map(({ record, fetchedAt }) => orchestrationView(record, fetchedAt)),
        // Never older than a row on screen (a record fetched on its own can be newer than the list).
        asOf: listAsOf(cache.asOf('orchestrations'), items),
        ...(totalCapped ? { totalCapped } : {}),
        ...(endCursor === undefined ? {} : { endCursor }),
      };
    },
    summarizeActivity: async (filter: ActivityFilter) => {
      const cache = ctx.desk().records;
      if (searchTooShort(filter))
        return { count: 0, byStatus: [], days: [], asOf: cache.asOf('orchestrations') ?? null };
      return summarizeActivity(cache, recordFilter(filter));
    },
    getOrchestration: async ({ id }: { id: string }) => {
      const desk = ctx.desk();
      const cached = await desk.records.get('orchestrations', id);
      if (!cached)
        throw new AppError(
          'not_found',
          'This redemption is not in the local history yet. Refresh and try again.',
          { id },
        );
      // Transfer details are a nicety: offline, the timeline still shows from the cache.
      const transfers = await desk.live.transfersOf(cached.record);
      const orchestration = orchestrationView(cached.record, cached.fetchedAt);
      // The legs read count as read only when every leg the record names was found.
      const read = legIds([orchestration]).every((id) => transfers.some((t) => t.id === id));
      return {
        orchestration,
        transfers: transfers.map(transferView),
        details: movementDetails(
          orchestration,
          activityLabels(views()),
          read ? transfersById(transfers) : undefined,
        ),
      };
    },
    exportActivityCsv: async (filter: ActivityFilter) => {
      if (searchTooShort(filter))
        throw new AppError('validation', 'Type at least 2 characters to search.', {
          field: 'text',
        });
      const name = `treasury-desk-activity-${ctx.state.get().environment}-${ctx.now().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.csv`;
      const { path, rows } = await exporter.exportCsv(name, {
        filter: recordFilter(filter),
        labels: activityLabels(views()),
      });
      await ctx.desk().record({
        action: 'activity.export',
        outcome: 'succeeded',
        details: { rows },
      });
      return { path, rows };
    },
    cancelExport: async () => exporter.cancel(),
    cancelIntent: ({ id }: { id: string }) => intentAction(id, 'cancel'),
    // Confirming sends it: main's own dialog first (intent-confirmation.ts).
    confirmIntent: async ({ id }: { id: string }) => {
      const decided = await confirmIntentInMain(ctx, id);
      return intentAction(id, 'confirm', decided.audit, decided.limit);
    },
    getAuditLog: async ({ before, limit }: { before?: string; limit: number }) => {
      const beforeSeq = before === undefined ? undefined : Number.parseInt(before, 10);
      if (beforeSeq !== undefined && !Number.isSafeInteger(beforeSeq))
        throw new AppError('validation', 'Invalid page.', { field: 'before' });
      const page = await ctx
        .desk()
        .auditPage({ ...(beforeSeq !== undefined ? { before: beforeSeq } : {}), limit });
      return {
        entries: page.entries.map(({ seq: _seq, redacted: _r, ...entry }) => entry),
        ...(page.nextBefore !== undefined ? { nextBefore: String(page.nextBefore) } : {}),
      };
    },
  };
}
