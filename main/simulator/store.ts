// In-memory state with optional persistence to a JSON file (written atomically: temp file +
// rename), plus the lookups handlers share.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { SimClock } from './clock';
import { seedState } from './seed';
import type { SimFiatAccount, SimProfile, SimState } from './types';

export function loadOrSeed(
  clock: SimClock,
  stateFile: string | undefined,
  seedData: boolean,
): SimState {
  if (stateFile && existsSync(stateFile)) {
    const parsed = JSON.parse(readFileSync(stateFile, 'utf8')) as SimState;
    if (parsed.version === 1) {
      for (const list of [parsed.events, parsed.orchestrations, parsed.transfers]) {
        for (const item of list) clock.notBefore(String(item.data.created_at));
      }
      return parsed;
    }
  }
  return seedState(clock, seedData);
}

export function saveState(stateFile: string, state: SimState): void {
  const temp = `${stateFile}.tmp`;
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, stateFile);
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
