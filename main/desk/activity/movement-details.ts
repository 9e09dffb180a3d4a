// The statement facts of one orchestration (shared/movement-details.ts): from its record as the
// desk cached it, its transfer legs as Paxos reports them (fee, when the wire left, when it
// settled, a rule deposit's hash) and the desk's names for its ids. The CSV and the drawer both
// read this, so they carry the same values.
//
// Decided here, where Paxos is silent: "sent" is when Paxos created the wire leg (the leg's
// created_at); "settled" is when Paxos reported the wire leg COMPLETED (its updated_at), else,
// the leg unread, when the orchestration became COMPLETED (its updated_at: COMPLETED is final,
// so nothing updates it after). Neither is the bank's own settlement, which Paxos does not report.
import type { Transfer } from '../../../shared/paxos/responses';
import { fixedDecimals } from '../../../shared/fixed-decimals';
import type { MovementDetails } from '../../../shared/movement-details';
import type { OrchestrationView } from '../../../shared/views';
import type { ActivityLabels } from './activity-labels';

/** The legs' ids of these orchestrations (to read them from Paxos in one go). */
export function legIds(rows: readonly OrchestrationView[]): string[] {
  return rows.flatMap((o) =>
    [o.sourceLeg?.transferId, o.destinationLeg?.transferId].filter(
      (id): id is string => id !== undefined && id !== '',
    ),
  );
}

const isCompleted = (status: string | undefined) => status?.toUpperCase() === 'COMPLETED';

/**
 * `transfers`: the legs read from Paxos, by id; undefined when they could not be read (offline,
 * or the credential lacks transfer:read_transfer): their columns are then left empty and
 * `legs` says so.
 */
export function movementDetails(
  o: OrchestrationView,
  labels: ActivityLabels,
  transfers: ReadonlyMap<string, Transfer> | undefined,
): MovementDetails {
  const leg = (id: string | undefined) => (id ? transfers?.get(id) : undefined);
  const source = leg(o.sourceLeg?.transferId);
  const wire = leg(o.destinationLeg?.transferId);
  const hasLegs = legIds([o]).length > 0;
  const account = o.fiatAccountId ? labels.bankAccount(o.fiatAccountId, o.createdAt) : undefined;
  const completed = isCompleted(o.status);
  const settledAt =
    wire && isCompleted(wire.status) ? wire.updated_at : completed ? o.updatedAt : undefined;
  const feeAsset = wire?.asset ?? o.destinationAsset;
  return {
    createdAt: o.createdAt,
    sentAt: wire?.created_at,
    settledAt,
    kind: o.kindLabel,
    status: o.status,
    statusLabel: o.statusLabel,
    reason: o.failReason,
    asset: o.sourceAsset,
    amount: fixedDecimals(o.sourceAmount, o.sourceAsset) || undefined,
    usd: fixedDecimals(o.usdReceived, 'USD') || undefined,
    fee: wire?.fee === undefined ? undefined : fixedDecimals(wire.fee, feeAsset),
    feeAsset: wire?.fee === undefined ? undefined : feeAsset,
    sourceFee:
      source?.fee === undefined
        ? undefined
        : fixedDecimals(source.fee, source.asset ?? o.sourceAsset),
    beneficiary: account?.ownerName,
    bankName: account?.bankName,
    routing: account?.routing,
    last4: account?.last4 || undefined,
    destination: account?.label,
    profile: o.profileId ? (labels.profile(o.profileId) ?? o.profileId) : undefined,
    orchestrationId: o.id,
    sourceTransferId: o.sourceLeg?.transferId,
    destinationTransferId: o.destinationLeg?.transferId,
    memo: o.memo,
    refId: o.refId,
    depositTxHash: source?.crypto_tx_hash,
    legs: !hasLegs ? 'none' : transfers === undefined ? 'not_read' : 'read',
  };
}

/** Paxos's transfers by id. */
export function transfersById(transfers: readonly Transfer[] | undefined) {
  return transfers === undefined ? undefined : new Map(transfers.map((t) => [t.id, t]));
}
