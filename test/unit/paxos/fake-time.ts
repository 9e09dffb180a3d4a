// A controllable clock for unit tests: sleep() advances virtual time instantly and records
// each requested delay; random() replays a fixed sequence.
export interface FakeTime {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  sleeps: number[];
  advance: (ms: number) => void;
}

export function fakeTime(
  start = Date.parse('2026-05-01T14:00:00Z'),
  randoms: number[] = [0.5],
): FakeTime {
  let t = start;
  let i = 0;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms) => {
      sleeps.push(ms);
      t += ms;
    },
    random: () => randoms[i++ % randoms.length] ?? 0,
    sleeps,
    advance: (ms) => {
      t += ms;
    },
  };
}
