// Money in, as one environment's desk offers it: wire instructions for a profile (made once,
// reused), the operator's expected wires, incoming wires followed by the sync engine, the state
// slice, and in Sandbox and Demo a simulated incoming wire.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/app-error';
import type { IncomingWiresSlice } from '../../../shared/money-in';
import type { RoutingType } from '../../../shared/paxos/deposit-instructions';
import type { PaxosClient } from '../../paxos';
import type { AuditRecord } from '../store/audit/audit-entry';
import type { ExpectedWire, IncomingStore } from './incoming-store';
import { followIncomingWires, matchAndAnnounce, type IncomingSyncDeps } from './incoming-sync';
import { incomingWiresSlice } from './incoming-view';
import {
  cachedInstructions,
  wireInstructionsFor,
  type FoundInstructions,
} from './wire-instructions';

/** The sending bank the simulated wire names (made up; only the sandbox ever sees it). */
const SIMULATED_SENDER = {
  wire: {
    account_number: '000123456789',
    fiat_account_owner_address: { country: 'USA', city: 'New York' },
    routing_details: {
      routing_number_type: 'ABA' as const,
      routing_number: '021000021',
      bank_name: 'Treasury Desk Test Bank',
      bank_address: { country: 'USA', city: 'New York' },
    },
  },
};

export class IncomingDesk {
  private lastReadAt: string | null = null;

  constructor(
    private readonly store: IncomingStore,
    private readonly deps: Omit<IncomingSyncDeps, 'store'> & {
      client: PaxosClient | undefined;
      record: (entry: AuditRecord) => Promise<unknown>;
    },
  ) {}

  /** The sync engine's step: one list call, then matches and notices. */
  async follow(client: PaxosClient): Promise<void> {
    await followIncomingWires(client, { ...this.deps, store: this.store });
    this.lastReadAt = this.deps.now().toISOString();
  }

  slice(now: Date): IncomingWiresSlice {
    return incomingWiresSlice(this.store, now, this.lastReadAt, this.deps.wiresOut?.() ?? []);
  }

  instructions(profileId: string, type: RoutingType): Promise<FoundInstructions> {
    return wireInstructionsFor(
      { store: this.store, client: this.deps.client, now: this.deps.now, record: this.deps.record },
      profileId,
      type,
    );
  }

  /** The instructions last read (VALID), without asking Paxos. */
  cached(profileId: string, type: RoutingType): FoundInstructions | undefined {
    return cachedInstructions(this.store, profileId, type);
  }

  /** Noted against the memo of the profile's instructions (read before, VALID). */
  async noteExpected(input: {
    profileId: string;
    routingType: RoutingType;
    amount: string;
    expectedOn: string;
    note: string;
  }): Promise<ExpectedWire> {
    const found = cachedInstructions(this.store, input.profileId, input.routingType);
    if (!found)
      throw new AppError('validation', 'Get the wire instructions for this profile first.', {
        field: 'profileId',
      });
    const wire: ExpectedWire = {
      id: `ew-${randomUUID()}`,
      profileId: input.profileId,
      memoId: found.record.memo_id,
      amount: input.amount,
      expectedOn: input.expectedOn,
      note: input.note.trim(),
      createdAt: this.deps.now().toISOString(),
    };
    this.store.addExpected(wire);
    await this.deps.record({ action: 'expected_wire.note', outcome: 'info', details: { ...wire } });
    // A wire already in may be the one noted now.
    await matchAndAnnounce([], { ...this.deps, store: this.store });
    return wire;
  }

  async removeExpected(id: string): Promise<void> {
    if (!this.store.removeExpected(id))
      throw new AppError('conflict', 'Only an expected wire not yet matched can be removed.', {
        id,
      });
    await this.deps.record({ action: 'expected_wire.remove', outcome: 'info', details: { id } });
    this.deps.onChange();
  }

  /** Sandbox and Demo: Paxos's sandbox wire quoting the profile's memo. */
  async simulateWire(profileId: string, type: RoutingType, amount: string): Promise<string> {
    const found = cachedInstructions(this.store, profileId, type);
    if (!found)
      throw new AppError('validation', 'Get the wire instructions for this profile first.', {
        field: 'profileId',
      });
    await this.sendSandboxWire(found.record.memo_id, amount, { profileId });
    return found.record.memo_id;
  }

  /**
   * Sandbox and Demo: Paxos's sandbox wire quoting `memoId` (a profile's, or a Convert & Hold
   * rule's: Paxos converts that one by the rule). Never sent in Production (no such route there).
   */
  async sendSandboxWire(
    memoId: string,
    amount: string,
    details: Record<string, string>,
  ): Promise<void> {
    const client = this.deps.client;
    if (!client)
      throw new AppError('unavailable', 'Connect to Paxos before simulating a wire.', {
        field: 'amount',
      });
    await client.createSandboxFiatDeposit({
      amount,
      asset: 'USD',
      memo_id: memoId,
      fiat_network_instructions: SIMULATED_SENDER,
      fiat_account_owner: { institution_details: { name: 'Treasury Desk test sender' } },
    });
    await this.deps.record({
      action: 'demo.simulate_incoming_wire',
      outcome: 'info',
      details: { ...details, amount, memoId },
    });
  }
}
