// npm run simulator -- [--port 8787] [--host 127.0.0.1] [--approval-ms 3000] [--step-ms 2000]
//   [--token-ttl 3599] [--latency-ms 0] [--error-rate 0] [--drop-rate 0] [--state-file path]
//   [--seed n] [--quiet]
// Starts the Paxos simulator on its own and prints its URLs, the demo credentials and the
// simulator-only control endpoints. Port: --port, else $TREASURY_SIMULATOR_PORT, else 0 (any).
import { parseArgs } from 'node:util';
import { startSimulator } from './server';
import type { FaultConfig } from './faults';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'approval-ms': { type: 'string' },
    'step-ms': { type: 'string' },
    'token-ttl': { type: 'string' },
    'latency-ms': { type: 'string' },
    'error-rate': { type: 'string' },
    'drop-rate': { type: 'string' },
    'state-file': { type: 'string' },
    seed: { type: 'string' },
    quiet: { type: 'boolean' },
  },
});

const num = (text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) throw new Error(`not a valid number: ${text}`);
  return n;
};

const faults: FaultConfig = {
  ...(num(values['latency-ms']) ? { latencyMs: num(values['latency-ms']) } : {}),
  ...(num(values['error-rate']) ? { error: { rate: num(values['error-rate']) ?? 0 } } : {}),
  ...(num(values['drop-rate']) ? { drop: { rate: num(values['drop-rate']) ?? 0 } } : {}),
};
const approval = num(values['approval-ms']);
const step = num(values['step-ms']);
const ttl = num(values['token-ttl']);
const seed = num(values.seed);

const sim = await startSimulator({
  host: values.host ?? '127.0.0.1',
  port: num(values.port) ?? num(process.env.TREASURY_SIMULATOR_PORT) ?? 0,
  timing: {
    ...(approval !== undefined ? { fiatApprovalMs: approval } : {}),
    ...(step !== undefined ? { orchestrationStepMs: step } : {}),
  },
  ...(ttl !== undefined ? { tokenTtlSeconds: ttl } : {}),
  ...(values['state-file'] ? { stateFile: values['state-file'] } : {}),
  ...(seed !== undefined ? { seed } : {}),
  faults,
  ...(values.quiet
    ? {}
    : { log: (line: string) => console.log(`  ${new Date().toISOString()} ${line}`) }),
});

console.log(`Paxos simulator (demo mode, no real money)
  API base URL   ${sim.url}
  Token URL      ${sim.tokenUrl}
  Client ID      ${sim.credentials.clientId}
  Client secret  ${sim.credentials.clientSecret}   (demo credential, not a secret)
  For the app:   TREASURY_PAXOS_API_URL=${sim.url} TREASURY_PAXOS_TOKEN_URL=${sim.tokenUrl}
  Simulator-only control endpoints (not part of Paxos):
    GET  ${sim.url}/simulator/state            POST ${sim.url}/simulator/deposits {"address","amount"}
    GET  ${sim.url}/simulator/counts           POST ${sim.url}/simulator/faults {...}
    POST ${sim.url}/simulator/settle           POST ${sim.url}/simulator/clock/advance {"ms"}
    POST ${sim.url}/simulator/tokens/expire    POST ${sim.url}/simulator/fail-next-orchestrations {"count"}
  Test triggers: bank account number ending in 0000 → REJECTED; memo containing SIMULATE-FAILURE → wire FAILED.
Ctrl+C to stop.`);

const stop = () => {
  void sim.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
