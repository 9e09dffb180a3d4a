// The simulator's state file: JSON lines written and read in chunks, so a state larger than one
// string could hold round-trips. Simulated with chunks far smaller than the state (and than some
// lines), so every line crosses chunk boundaries the way 1 GB crosses 4 MB ones.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SimClock } from '../../../main/simulator/clock';
import { seedState } from '../../../main/simulator/seed';
import { LINES_FORMAT, readStateFile, writeStateFile } from '../../../main/simulator/state-file';
import { loadOrSeed, saveState } from '../../../main/simulator/store';
import type { SimState } from '../../../main/simulator/types';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const fileIn = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sim-state-'));
  dirs.push(dir);
  return join(dir, 'state.json');
};

function bigState(orchestrations: number): SimState {
  const state = seedState(new SimClock(() => Date.UTC(2026, 0, 1)), true);
  for (let i = 0; i < orchestrations; i += 1) {
    state.orchestrations.push({
      data: {
        id: `o-${i}`,
        ref_id: `td-${i}`,
        status: 'COMPLETED',
        created_at: new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString(),
        // Multi-byte text and an escaped newline: a line cut inside either must still decode.
        destination: { fiat: { memo: `Zürich €${i}\nline two` } },
      },
      step: 3,
      nextAt: null,
      failReason: null,
      refund: { profileId: '', asset: 'USDC', amount: '0' },
      credit: null,
    });
  }
  return state;
}

describe('simulator state file', () => {
  it('round-trips a state many times larger than one chunk, every list and field intact', () => {
    const file = fileIn();
    const state = bigState(3_000);
    state.incomingWires = [];
    const chunkBytes = 1_000; // smaller than many single lines
    writeStateFile(file, state, { chunkBytes });
    const whole = JSON.stringify(state);
    expect(readFileSync(file).length).toBeGreaterThan(200 * chunkBytes);
    const back = readStateFile(file, { chunkBytes });
    expect(JSON.stringify(back)).toBe(whole);
    // An empty list stays a list; an absent optional list stays absent.
    expect(back).toHaveProperty('incomingWires', []);
    expect(back).not.toHaveProperty('outgoingWires');
    // One record a line after the header: no line holds the state.
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: LINES_FORMAT });
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(whole.length / 100);
  });

  it('still reads a state saved as one JSON object (before JSON lines)', () => {
    const file = fileIn();
    const state = bigState(20);
    writeFileSync(file, JSON.stringify(state));
    expect(readStateFile(file, { chunkBytes: 64 })).toEqual(state);
    const clock = new SimClock(() => Date.UTC(2020, 0, 1));
    expect(loadOrSeed(clock, file, true).orchestrations).toHaveLength(20);
  });

  it('saveState and loadOrSeed keep the orchestrations in their order', () => {
    const file = fileIn();
    const state = bigState(50);
    saveState(file, state);
    const clock = new SimClock(() => Date.UTC(2020, 0, 1));
    const loaded = loadOrSeed(clock, file, true);
    expect(loaded.orchestrations.map((o) => o.data.id)).toEqual(
      state.orchestrations.map((o) => o.data.id),
    );
  });

  it('appends generated records to a list without holding them, and refuses an unknown list', () => {
    const file = fileIn();
    const state = bigState(2);
    const extra = bigState(5).orchestrations.slice(2);
    writeStateFile(file, state, {
      chunkBytes: 100,
      appended: extra.map((o): [string, unknown] => ['orchestrations', o]),
    });
    const back = readStateFile(file, { chunkBytes: 100 }) as SimState;
    expect(back.orchestrations.map((o) => o.data.id)).toEqual(['o-0', 'o-1', 'o-2', 'o-3', 'o-4']);
    expect(() => writeStateFile(file, state, { appended: [['nonsense', {}]] })).toThrow(
      /no list nonsense/,
    );
  });
});
