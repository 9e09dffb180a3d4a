// Migrations of the settings file, keyed by settings-schema version (not the app version:
// electron-store would otherwise use app.getVersion(), and a settings change would then be tied
// to a release number). Conf runs every migration newer than the version recorded in the file,
// once, in order; a fresh file runs them all, so each must be harmless on the defaults.
// To change the schema: bump SETTINGS_SCHEMA_VERSION and add a migration under that version.
import type Conf from 'conf';
import type { Settings } from '../../shared/settings';
import { SettingsSchema } from '../../shared/settings';
import { isSecretKeyName } from '../../shared/secret-key-names';

export const SETTINGS_SCHEMA_VERSION = '1.2.0';

type SettingsConf = Conf<Settings>;
type Plain = Record<string, unknown>;

/** Removes secret-looking fields at any depth; returns whether anything was removed. */
function stripSecrets(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  let removed = false;
  for (const key of Object.keys(value)) {
    if (isSecretKeyName(key)) {
      delete (value as Plain)[key];
      removed = true;
    } else if (stripSecrets((value as Plain)[key])) {
      removed = true;
    }
  }
  return removed;
}

export const settingsMigrations: Record<string, (store: SettingsConf) => void> = {
  // 1.0.0 - first schema. Secrets never belong in settings: if a pre-release build or a hand
  // edit put one there, remove it, and drop keys the schema does not know.
  '1.0.0': (store) => {
    const known = new Set(Object.keys(SettingsSchema.shape));
    for (const [key, value] of Object.entries(store.store as Plain)) {
      if (key === '__internal__') continue;
      if (!known.has(key) || isSecretKeyName(key)) {
        store.delete(key as keyof Settings);
      } else if (stripSecrets(value)) {
        store.set(key as keyof Settings, value as never);
      }
    }
  },
  // 1.1.0 - money in: the new capabilities (wire instructions, simulated incoming wires) are
  // wanted like the first four were, unless the operator has already chosen them.
  '1.1.0': (store) => {
    const wanted = store.get('capabilities');
    if (!Array.isArray(wanted)) return;
    const added = ['receiveWires', 'sandboxWires'].filter((c) => !wanted.includes(c));
    if (added.length > 0) store.set('capabilities', [...wanted, ...added]);
  },
  // 1.2.0 - wire out USD cash (Create Fiat Withdrawal) is wanted like the others.
  '1.2.0': (store) => {
    const wanted = store.get('capabilities');
    if (Array.isArray(wanted) && !wanted.includes('wireOut'))
      store.set('capabilities', [...wanted, 'wireOut']);
  },
};
