// Holds the desk's database to the anchor kept outside it (store/anchor/, issue 21). At open, a
// database behind the anchor — a lost WAL tail, an older copy restored, the file deleted — is
// damage: sending is held until every intent was checked with Paxos, every request the older
// file still holds as queued waits for a fresh decision in main (a cancel made since must never
// be undone by the old file's word), and the open requests it lost are named and looked up at
// Paxos by ref_id. The anchor is written after each operator decision and once per sync cycle.
import type { DeskStores } from './desk-stores';
import { recordIn } from './desk-stores';
import { checkAgainstAnchor } from './store/anchor/anchor-check';
import type { AnchoredIntent } from './store/anchor/anchor-record';
import { DeskAnchor, type AnchorStore } from './store/anchor/desk-anchor';
import type { Intent } from './store/intents/intent';
import { isTerminal } from './store/intents/intent-state-machine';

/** The states of a request that has not ended: what the anchor names. */
const OPEN_STATES = ['queued', 'sending', 'reconciling', 'submitted', 'needs_attention'] as const;

const HELD_BECAUSE =
  'the local database went back in time; every request is being checked with Paxos first.';

/** "create_orchestration 401.00 USDC from <profile> to <bank account>", from the payload. */
export function intentSummary(intent: Intent): string {
  const p = intent.payload as Record<string, unknown>;
  const amount = typeof p.source_amount === 'string' ? p.source_amount : undefined;
  const asset = typeof p.source_asset === 'string' ? p.source_asset : undefined;
  const dest = JSON.stringify(p.destination ?? p.id ?? '');
  return [intent.kind, amount, asset, `to ${dest}`].filter(Boolean).join(' ');
}

function anchored(intent: Intent): AnchoredIntent {
  return {
    refId: intent.refId,
    kind: intent.kind,
    state: intent.state,
    summary: intentSummary(intent),
  };
}

export class AnchorGuard {
  private readonly anchor: DeskAnchor | undefined;

  constructor(
    private readonly stores: DeskStores,
    store: AnchorStore | undefined,
    now: () => Date,
  ) {
    this.anchor = store ? new DeskAnchor(store, now) : undefined;
  }

  /** At open, before anything is sent: is the database behind what the desk knows it did? */
  async checkAtOpen(): Promise<void> {
    if (!this.anchor) return;
    const { audit, intents, health } = this.stores;
    const read = await this.anchor.read();
    if (read.kind === 'unreadable') {
      health.anchorProblem = `the anchor in the system keychain cannot be read (${read.why}), so a database restored from an older copy would not be noticed.`;
      return;
    }
    if (read.kind === 'none') return;
    const head = audit.head();
    const finding = checkAgainstAnchor(read.record, {
      auditSeq: head.seq,
      auditHashAt: (seq) => audit.hashAt(seq),
      // Only the intents the anchor names, each by its ref_id key: listing every intent (tens
      // of thousands after years, each row parsed and verified) cost seconds of the first state.
      intentStates: new Map(
        read.record.open.flatMap(({ refId }) => {
          const found = intents.findByRefId(refId);
          return found ? [[refId, found.state] as const] : [];
        }),
      ),
    });
    if (!finding.behind) return;
    health.rolledBack = {
      reason: finding.reason,
      missing: finding.missing.map(({ refId, summary }) => ({ refId, summary })),
    };
    intents.holdSending(HELD_BECAUSE);
    for (const intent of intents.list({ states: ['queued'] }))
      await intents.needsReconfirmation(intent.id, 'database_rolled_back');
    // One the old file holds as mid-send may have been abandoned or settled since: it is not
    // resent on the old file's word either (the recheck may still find it at Paxos).
    const rolledBackError = {
      code: 'database_rolled_back',
      message: 'The local database went back in time; confirm this request again if still wanted.',
    };
    for (const intent of intents.list({ states: ['sending'] }))
      await intents.markReconciling(intent.id);
    for (const intent of intents.list({ states: ['reconciling'] }))
      await intents.needsAttention(intent.id, 'database_rolled_back', rolledBackError);
    await recordIn(audit, {
      action: 'storage.rollback_found',
      outcome: 'info',
      details: { reason: finding.reason, missing: finding.missing, anchoredAt: read.record.at },
    });
  }

  /**
   * After the recheck with Paxos: each open request the database lost, looked up by its ref_id in
   * what the sync just read from Paxos (orchestrations, rules, bank accounts).
   */
  async lookUpMissing(): Promise<string[]> {
    const { health, cache } = this.stores;
    const alerts: string[] = [];
    for (const missing of health.rolledBack?.missing ?? []) {
      const found =
        (await cache.query('orchestrations', { refId: missing.refId }, { limit: 1 })).items[0] ??
        (await cache.query('rules', { refId: missing.refId }, { limit: 1 })).items[0] ??
        (await cache.query('fiatAccounts', { refId: missing.refId }, { limit: 1 })).items[0];
      alerts.push(
        found
          ? `${missing.summary} (ref ${missing.refId}), lost from the local database, was found at Paxos as ${String(found.record.id)}.`
          : `${missing.summary} (ref ${missing.refId}), lost from the local database, was not found at Paxos: it was never sent. Prepare it again if it is still wanted.`,
      );
    }
    return alerts;
  }

  /** Records how far the database has got; a keychain refusing the write is shown, not thrown. */
  async write(): Promise<void> {
    if (!this.anchor) return;
    const { audit, intents, health } = this.stores;
    // Until the rollback has been checked with Paxos, the anchor keeps what the desk had done:
    // a restart meanwhile must find the same damage, not an anchor moved back to the old file.
    if (health.rolledBack && intents.sendingHeld !== undefined) return;
    const head = audit.head();
    const open = intents
      .list({ states: OPEN_STATES })
      .filter((i) => !isTerminal(i.state))
      .map(anchored);
    try {
      await this.anchor.write(head.seq, head.hash, open);
      if (health.anchorProblem?.startsWith('the anchor could not be written'))
        health.anchorProblem = undefined;
    } catch (error) {
      health.anchorProblem = `the anchor could not be written to the system keychain (${error instanceof Error ? error.message : String(error)}).`;
    }
  }
}
