// The long adversarial run of issue 11 (`npm run soak`, default 100,000 steps): the model of
// test/heavy/adversarial-model.test.ts, printing steps, decisions, orchestrations and alerts as
// it goes, with the wall time of each 1,000 steps (the trend shows whether a step's cost grows).
// Exit 1 on an invariant violation. Usage: npm run soak -- [steps] [seed]
//
// The desk's data folder goes to SOAK_DATA_ROOT, else /dev/shm when there is one: this run is
// about decisions under a hostile Paxos, not about the disk (the SIGKILL crash test and the
// storage-fault tests own durability), and on a shared machine fsync waits would dominate it.
import { existsSync } from 'node:fs';
import { progressLine, runAdversarialModel } from '../test/support/adversarial-model';

const steps = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 424242);
const dataRoot = process.env.SOAK_DATA_ROOT ?? (existsSync('/dev/shm') ? '/dev/shm' : undefined);
const started = Date.now();
let lastAt = started;
try {
  const stats = await runAdversarialModel({
    seed,
    steps,
    progressEvery: 1000,
    ...(dataRoot ? { dataRoot } : {}),
    log: (line) => {
      const at = Date.now();
      console.log(
        `${new Date(at).toISOString()} ${line} last1000=${((at - lastAt) / 1000).toFixed(1)}s`,
      );
      lastAt = at;
    },
  });
  console.log(
    `soak done in ${Math.round((Date.now() - started) / 1000)} s, seed ${seed}: ${progressLine(stats)} straysResubmitted=${stats.straysResubmitted} fullChecks=${stats.fullChecks}`,
  );
  console.log(`actions ${JSON.stringify(stats.actions)}`);
  console.log(`action ms ${JSON.stringify(stats.actionMs)}`);
  console.log(`faults ${JSON.stringify(stats.faults)}`);
  console.log(`outcomes ${JSON.stringify(stats.outcomes)}`);
  console.log(`final states ${JSON.stringify(stats.finalStates)}`);
} catch (error) {
  console.error(
    `soak FAILED (seed ${seed}) after ${Math.round((Date.now() - started) / 1000)} s:`,
    error,
  );
  process.exit(1);
}
