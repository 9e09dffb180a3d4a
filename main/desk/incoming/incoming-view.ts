// The money-in slice of the app state: incoming wires still PENDING and those that changed in
// the last 30 days (newest first, at most 200), expected wires not matched yet and those matched
// in the last 30 days; every wire says which expected wire it matched, or none, and whether it
// may be the return of one of this desk's wires out.
import type {
  ExpectedWireView,
  IncomingWireView,
  IncomingWiresSlice,
} from '../../../shared/money-in';
import type { IncomingStore } from './incoming-store';
import { possibleReturnOf, possibleReturnText, type WireOutSent } from './returned-wires';

const RECENT_MS = 30 * 24 * 60 * 60 * 1000;
const MAX_WIRES = 200;

export function incomingWiresSlice(
  store: IncomingStore,
  now: Date,
  asOf: string | null,
  wiresOut: readonly WireOutSent[] = [],
): IncomingWiresSlice {
  const since = new Date(now.getTime() - RECENT_MS).toISOString();
  const expected = store.expected();
  const byTransfer = new Map(
    expected.flatMap((e) => (e.matchedTransferId ? [[e.matchedTransferId, e]] : [])),
  );
  const stored = store.wires();
  const statusOf = new Map(stored.map((w) => [w.record.id, w.record.status]));
  const wires: IncomingWireView[] = stored
    .filter(
      ({ record }) =>
        record.status.toUpperCase() === 'PENDING' || (record.updated_at ?? '') >= since,
    )
    .slice(0, MAX_WIRES)
    .map(({ record, fetchedAt }) => {
      const match = byTransfer.get(record.id);
      const back = possibleReturnOf(record, wiresOut);
      return {
        id: record.id,
        status: record.status,
        fetchedAt,
        ...(record.profile_id ? { profileId: record.profile_id } : {}),
        ...(record.amount ? { amount: record.amount } : {}),
        ...(record.fee ? { fee: record.fee } : {}),
        ...(record.total ? { received: record.total } : {}),
        ...(record.memo ? { memo: record.memo } : {}),
        ...(record.created_at ? { createdAt: record.created_at } : {}),
        ...(record.updated_at ? { updatedAt: record.updated_at } : {}),
        ...(match ? { expectedId: match.id, expectedNote: match.note } : {}),
        ...(back ? { possibleReturn: possibleReturnText(back) } : {}),
      };
    });
  const expectedViews: ExpectedWireView[] = expected
    .filter((e) => !e.matchedAt || e.matchedAt >= since)
    .map((e) => {
      const wireStatus = e.matchedTransferId ? statusOf.get(e.matchedTransferId) : undefined;
      return {
        id: e.id,
        profileId: e.profileId,
        memoId: e.memoId,
        amount: e.amount,
        expectedOn: e.expectedOn,
        note: e.note,
        createdAt: e.createdAt,
        ...(e.matchedTransferId ? { matchedTransferId: e.matchedTransferId } : {}),
        ...(wireStatus ? { wireStatus } : {}),
      };
    });
  return { wires, expected: expectedViews, asOf };
}
