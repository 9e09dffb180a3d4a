// The long adversarial run of issue 11 (`npm run soak`, default 100,000 steps): the model of
// test/heavy/adversarial-model.test.ts, printing steps, decisions, orchestrations and alerts as
// it goes. Exit 1 on an invariant violation. Usage: npm run soak -- [steps] [seed]
import { progressLine, runAdversarialModel } from '../test/support/adversarial-model';

const steps = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 424242);
const started = Date.now();
try {
  const stats = await runAdversarialModel({ seed, steps, progressEvery: 1000, log: (line) => console.log(`${new Date().toISOString()} ${line}`) });
  console.log(`soak done in ${Math.round((Date.now() - started) / 1000)} s, seed ${seed}: ${progressLine(stats)}`);
  console.log(`actions ${JSON.stringify(stats.actions)}`);
  console.log(`faults ${JSON.stringify(stats.faults)}`);
  console.log(`outcomes ${JSON.stringify(stats.outcomes)}`);
  console.log(`final states ${JSON.stringify(stats.finalStates)}`);
} catch (error) {
  console.error(`soak FAILED (seed ${seed}):`, error);
  process.exit(1);
}
