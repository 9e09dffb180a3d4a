// The process the outbox crash test kills. It runs the real IntentStore, CacheStore, Paxos
// client and Outbox on a persistent data dir, exactly as the desk does after a restart:
// recover() (sending → reconciling), flush(), then keeps taking "operator" intents and sending
// them until it is SIGKILLed.
//
//   node --import tsx test/integration/desk/crash-child.ts <dataDir> <apiUrl> <tokenUrl> [run|drain]
//
// stdout protocol (one line each; stdout is a pipe, which Node writes synchronously on Linux,
// so a line printed before a SIGKILL does reach the parent):
//   READY <recovered>        stores open, recover() done
//   ACK <refId>              enqueue() resolved: the intent is fsynced, the operator was told "queued"
//   DRAINED <json>           (drain mode) nothing is queued, sending or reconciling any more
// Environment: CRASH_CLIENT_ID / CRASH_CLIENT_SECRET (simulator credentials), CRASH_PROFILE_ID,
// CRASH_BANK_ACCOUNT_ID (the approved destination), CRASH_MAX_MS (safety exit, default 60 s).
import { Outbox } from '../../../main/desk/outbox/outbox';
import { CacheStore } from '../../../main/desk/store/cache/cache-store';
import type { IntentPayloads } from '../../../main/desk/store/intents/intent';
import { IntentStore } from '../../../main/desk/store/intents/intent-store';
import { createPaxosClient } from '../../../main/paxos';

const [dataDir, apiUrl, tokenUrl, mode = 'run'] = process.argv.slice(2);
if (!dataDir || !apiUrl || !tokenUrl || (mode !== 'run' && mode !== 'drain')) {
  process.stderr.write('usage: crash-child <dataDir> <apiUrl> <tokenUrl> [run|drain]\n');
  process.exit(2);
}

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) {
    process.stderr.write(`crash-child: ${name} is not set\n`);
    process.exit(2);
  }
  return value;
};
const credentials = { clientId: env('CRASH_CLIENT_ID'), clientSecret: env('CRASH_CLIENT_SECRET') };
const profileId = env('CRASH_PROFILE_ID');
const bankAccountId = env('CRASH_BANK_ACCOUNT_ID');
const deadline = Date.now() + Number(process.env.CRASH_MAX_MS ?? 60_000);

const say = (line: string) => process.stdout.write(`${line}\n`);
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const unsettled = ['queued', 'sending', 'reconciling'] as const;

/** A redemption as prepareRedemption builds it (without the optional memo and metadata). */
function redemption(): IntentPayloads['create_orchestration'] {
  const cents = 1 + Math.floor(Math.random() * 999);
  return {
    source_asset: 'USDC',
    destination_asset: 'USD',
    source_amount: (cents / 100).toFixed(2),
    source: { profile: { profile_id: profileId } },
    destination: { fiat: { bank_account_id: bankAccountId } },
  };
}

async function main(): Promise<void> {
  const intents = await IntentStore.open(dataDir!);
  const cache = await CacheStore.open(dataDir!);
  const client = createPaxosClient({
    environment: 'demo',
    endpoints: { apiUrl: apiUrl!, tokenUrl: tokenUrl! },
    env: {},
    getCredentials: async () => credentials,
    timeoutMs: 5_000,
    tokenMinIntervalMs: 0,
    backoff: { baseDelayMs: 10, maxDelayMs: 100 },
  });
  const outbox = new Outbox({
    intents,
    cache,
    getClient: () => client,
    now: () => new Date(),
    expiryMinutes: () => 24 * 60,
  });

  const recovered = await outbox.recover();
  say(`READY ${recovered}`);

  /** Flushes until Paxos could be asked about everything (an unclear answer stops a flush). */
  const flush = async () => {
    for (;;) {
      const result = await outbox.flush();
      if (!result.stoppedOffline) return;
      if (Date.now() > deadline) throw new Error('the simulator stayed unreachable');
      await pause(20);
    }
  };

  await flush();
  if (mode === 'drain') {
    for (;;) {
      // flush() has returned, so nothing of this process is on the wire: an intent still in
      // `sending` was left by a dead process and recover() failed to pick it up.
      const stuck = intents.list({ states: ['sending'] });
      if (stuck.length > 0)
        throw new Error(
          `${stuck.length} intent(s) stuck in sending after recover(): ${stuck
            .slice(0, 5)
            .map((i) => i.refId)
            .join(', ')}…`,
        );
      if (intents.list({ states: unsettled }).length === 0) break;
      if (Date.now() > deadline) throw new Error('intents did not settle');
      await pause(20);
      await flush();
    }
    const counts: Record<string, number> = {};
    for (const intent of intents.list()) counts[intent.state] = (counts[intent.state] ?? 0) + 1;
    await intents.close();
    say(`DRAINED ${JSON.stringify(counts)}`);
    return;
  }

  // The operator keeps asking for redemptions; each is acknowledged once it is durable.
  while (Date.now() < deadline) {
    const batch = 1 + Math.floor(Math.random() * 2);
    for (let i = 0; i < batch; i += 1) {
      const intent = await outbox.enqueue('create_orchestration', redemption());
      say(`ACK ${intent.refId}`);
    }
    await flush();
  }
  throw new Error('not killed before CRASH_MAX_MS');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `crash-child failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
