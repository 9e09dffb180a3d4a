// Operator settings (never secrets) on a conf-compatible store: the shell passes
// `new ElectronStore({ ...settingsStoreOptions, name: 'settings' })`, tests pass
// `new Conf({ ...settingsStoreOptions, cwd })`. The zod schema in shared/settings.ts is the one
// truth; conf gets no JSON schema on purpose: conf validates the whole file on load and would
// either refuse to start or wipe everything over one bad value. Here a bad or missing value
// falls back to its default, key by key, and a write is validated as a whole before it lands.
import type Conf from 'conf';
import { AppError } from '../../shared/app-error';
import type { EnvironmentKind } from '../../shared/environment';
import {
  SettingsSchema,
  defaultSettings,
  type Settings,
  type SettingsPatch,
} from '../../shared/settings';
import { checkEndpointOverrides } from './endpoint-override-policy';
import { SETTINGS_SCHEMA_VERSION, settingsMigrations } from './settings-migrations';

export { SETTINGS_SCHEMA_VERSION } from './settings-migrations';

/** Build the ElectronStore (or Conf) from exactly these options. */
export const settingsStoreOptions = {
  defaults: defaultSettings,
  migrations: settingsMigrations,
  projectVersion: SETTINGS_SCHEMA_VERSION,
  clearInvalidConfig: false,
} as const;

type Plain = Record<string, unknown>;

/** What the settings store uses of conf (or electron-store, which wraps its own conf). */
export type SettingsFile = Pick<Conf<Settings>, 'store' | 'set' | 'onDidAnyChange'>;
const isPlain = (v: unknown): v is Plain =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export class SettingsStore {
  /** The parsed file, kept until it changes: get() is called on every poll and publish. */
  private cached: { settings: Settings; repaired: string[] } | undefined;

  constructor(private readonly conf: SettingsFile) {
    // conf reports every change, ours and another shell instance's (it watches the file).
    conf.onDidAnyChange(() => {
      this.cached = undefined;
    });
  }

  /** Current settings; invalid or missing values read as their defaults. */
  get(): Settings {
    return this.read().settings;
  }

  /** Keys whose stored value was unusable and is being read as the default. */
  repairedKeys(): string[] {
    return this.read().repaired;
  }

  update(patch: SettingsPatch): Settings {
    return this.write(patch as Partial<Settings>);
  }

  setEnvironment(environment: EnvironmentKind): Settings {
    return this.write({ environment });
  }

  markOnboarded(): Settings {
    return this.write({ onboarded: true });
  }

  /** Called after any change (including another instance of the shell writing the file). */
  onChange(listener: (settings: Settings) => void): () => void {
    return this.conf.onDidAnyChange(() => listener(this.get()));
  }

  private write(patch: Partial<Settings>): Settings {
    const parsed = SettingsSchema.safeParse({ ...this.get(), ...patch });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') ?? '';
      throw new AppError(
        'validation',
        `The setting "${field}" is not valid: ${issue?.message ?? 'invalid'}.`,
        { field },
      );
    }
    checkEndpointOverrides(parsed.data.endpointOverrides);
    // set(object) merges keys and keeps conf's own migration bookkeeping.
    this.conf.set(parsed.data);
    this.cached = undefined;
    return parsed.data;
  }

  private read(): { settings: Settings; repaired: string[] } {
    this.cached ??= this.parseFile();
    return { settings: structuredClone(this.cached.settings), repaired: [...this.cached.repaired] };
  }

  private parseFile(): { settings: Settings; repaired: string[] } {
    const stored: Plain = { ...this.conf.store };
    const defaults: Plain = { ...defaultSettings };
    const result: Plain = {};
    const repaired: string[] = [];
    for (const [key, schema] of Object.entries(SettingsSchema.shape)) {
      const fallback = defaults[key];
      const raw = stored[key];
      // A nested object missing a newer field keeps the operator's other values.
      const candidate = isPlain(raw) && isPlain(fallback) ? { ...fallback, ...raw } : raw;
      const parsed = schema.safeParse(candidate);
      result[key] = parsed.success ? parsed.data : fallback;
      if (!parsed.success) repaired.push(key);
    }
    return { settings: result as Settings, repaired };
  }
}
