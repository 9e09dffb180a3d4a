// Shared set-up for the Paxos client integration tests: a simulator on a loopback port with
// short timings, and a client pointed at it over real HTTP.
import {
  createPaxosClient,
  type PaxosClient,
  type PaxosClientOptions,
  type RequestEvent,
} from '../../../main/paxos';
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../../main/simulator';
import { collectAll } from '../../../main/paxos/pagination';
import type { CreateFiatAccountInput } from '../../../shared/paxos/requests';
import type { Balance, Orchestration } from '../../../shared/paxos/responses';
import { createRecordingFetch, type Recorder } from '../../support/openapi-contract';
import { usWireAccount } from '../../support/wire-account';

export interface Harness {
  sim: RunningSimulator;
  client: PaxosClient;
  requests: RequestEvent[];
  recorder: Recorder;
  close(): Promise<void>;
}

export const FAST_TIMING = { fiatApprovalMs: 40, orchestrationStepMs: 25 };

export async function startHarness(
  simOptions: SimulatorOptions = {},
  clientOptions: Partial<PaxosClientOptions> = {},
): Promise<Harness> {
  const sim = await startSimulator({ timing: FAST_TIMING, seed: 42, ...simOptions });
  const requests: RequestEvent[] = [];
  const recorder = createRecordingFetch();
  const client = createPaxosClient({
    environment: 'demo',
    endpoints: { apiUrl: sim.url, tokenUrl: sim.tokenUrl },
    env: {},
    getCredentials: async () => sim.credentials,
    fetch: recorder.fetch,
    tokenMinIntervalMs: 50,
    onRequest: (event) => requests.push(event),
    ...clientOptions,
    backoff: { baseDelayMs: 10, maxDelayMs: 100, ...clientOptions.backoff },
  });
  return { sim, client, requests, recorder, close: () => sim.close() };
}

let counter = 0;
/** A unique ref_id per call, as the desk would persist before sending. */
export function refId(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

export function wireAccount(
  overrides: { accountNumber?: string; refId?: string; routingNumber?: string } = {},
): CreateFiatAccountInput {
  return {
    ref_id: overrides.refId ?? refId('fa'),
    ...usWireAccount(
      'Example Corp',
      overrides.accountNumber ?? '74600021314512',
      overrides.routingNumber,
    ),
    metadata: { label: 'Operating' },
  };
}

/** Polls `read` until `done` holds (simulator time runs in real time here). */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(
        `condition not reached within ${timeoutMs} ms; last value: ${JSON.stringify(value).slice(0, 400)}`,
      );
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Catches the rejection of `promise` (fails the test if it resolves). */
export async function rejectionOf(
  promise: Promise<unknown>,
): Promise<Error & { code?: string; details?: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { code?: string; details?: Record<string, unknown> };
  }
  throw new Error('expected the call to fail, but it succeeded');
}

// Reads the tests need that the desk does not: built on what the client offers, never on a
// route of their own, so the contract test still sees only the desk's routes.

/** One orchestration by id (List Orchestrations filtered by id); rejects if Paxos has none. */
export async function orchestrationById(client: PaxosClient, id: string): Promise<Orchestration> {
  const found = (await client.listOrchestrations({ orchestration_id: [id] })).items.find(
    (o) => o.id === id,
  );
  if (!found) throw new Error(`no orchestration ${id}`);
  return found;
}

/** One balance of a profile (List Profile Balances filtered by asset). */
export async function balanceOf(
  client: PaxosClient,
  profileId: string,
  asset: string,
): Promise<Balance> {
  const found = (await client.listBalances(profileId, [asset])).find((b) => b.asset === asset);
  if (!found) throw new Error(`no ${asset} balance on profile ${profileId}`);
  return found;
}

/** Every event from `since` on (optionally of one type), as the desk's sync walks them. */
export function eventsSince(client: PaxosClient, since: string | Date, type?: string) {
  return collectAll(client.iterateEvents(since, type ? { type } : {}));
}
