// The kind filter in SQL: what an orchestration does (shared/paxos/orchestration-kind.ts),
// read from the record JSON as orchestrationKind reads it, so Activity can filter on it without
// a column of its own. Not indexed: a kind filter reads every row the other (indexed) filters
// leave, which is what Activity's capped count already bounds. A kind column would make it an
// index lookup at the cost of a migration rewriting every row; not worth it for a filter
// combined, in practice, with a date range or a status.
// test/unit/desk/store/orchestration-kind-sql.test.ts checks it agrees with orchestrationKind.
import {
  ORCHESTRATION_KINDS,
  type OrchestrationKind,
} from '../../../../shared/paxos/orchestration-kind';

const text = (path: string) =>
  `iif(json_type(r.record, '${path}') = 'text', upper(r.record ->> '${path}'), '')`;
const SOURCE = text('$.source_asset');
const DESTINATION = text('$.destination_asset');

/** The kind of the row `r`, as orchestrationKind names it. */
export const KIND_SQL = `CASE
  WHEN NOT json_valid(r.record) THEN 'other'
  WHEN json_type(r.record, '$.destination.fiat') = 'object' THEN 'redemption'
  WHEN json_type(r.record, '$.destination.crypto') = 'object' THEN 'send_to_address'
  WHEN ${SOURCE} = '' OR ${DESTINATION} = '' THEN 'other'
  WHEN ${SOURCE} = 'USD' AND ${DESTINATION} <> 'USD' THEN 'mint'
  WHEN ${SOURCE} <> 'USD' AND ${DESTINATION} = 'USD' THEN 'redeem_to_cash'
  WHEN ${SOURCE} <> 'USD' AND ${DESTINATION} <> 'USD' THEN 'conversion'
  ELSE 'other' END`;

const KNOWN = new Set<string>(ORCHESTRATION_KINDS);

/** The condition "doing one of `kinds`" (kinds are checked against the known ones: no injection). */
export function kindCondition(kinds: readonly OrchestrationKind[]): string {
  const wanted = kinds.filter((k) => KNOWN.has(k));
  return wanted.length === 0 ? '0' : `(${KIND_SQL}) IN (${wanted.map((k) => `'${k}'`).join(', ')})`;
}
