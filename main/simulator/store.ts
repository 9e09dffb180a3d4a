// In-memory state with optional persistence to a file (JSON lines, written atomically: temp
// file + rename; state-file.ts), plus the lookups handlers share.
import { existsSync } from 'node:fs';
import type { SimClock } from './clock';
import { seedState } from './seed';
import { readStateFile, writeStateFile } from './state-file';
import type { SimFiatAccount, SimProfile, SimState } from './types';

export function loadOrSeed(
  clock: SimClock,
  stateFile: string | undefined,
  seedData: boolean,
): SimState {
  if (stateFile && existsSync(stateFile)) {
    const parsed = readStateFile(stateFile) as SimState | undefined;
    if (parsed?.version === 1) {
      for (const list of [parsed.events, parsed.orchestrations, parsed.transfers]) {
        for (const item of list) clock.notBefore(String(item.data.created_at));
      }
      return parsed;
    }
  }
  return seedState(clock, seedData);
}

export function saveState(stateFile: string, state: SimState): void {
  writeStateFile(stateFile, state);
}

/** `default` aliases the DEFAULT profile. */
export function findProfile(state: SimState, idOrDefault: string): SimProfile | undefined {
  if (idOrDefault === 'default') return state.profiles.find((p) => p.data.type === 'DEFAULT');
  return state.profiles.find((p) => p.data.id === idOrDefault);
}

export function findFiatAccount(
  state: SimState,
  id: string,
  includeDeleted = false,
): SimFiatAccount | undefined {
  return state.fiatAccounts.find((a) => a.data.id === id && (includeDeleted || !a.deleted));
}
