import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Conf from 'conf';
import type ElectronStore from 'electron-store';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../../shared/settings';
import {
  SETTINGS_SCHEMA_VERSION,
  SettingsStore,
  settingsStoreOptions,
} from '../../../main/settings/settings-store';
import { useTempDirs } from '../desk/store/temp-dir';

const tempDir = useTempDirs('desk-settings-');

function openSettings(cwd: string) {
  const conf = new Conf<Settings>({ ...settingsStoreOptions, cwd });
  return { conf, settings: new SettingsStore(conf), file: join(cwd, 'config.json') };
}

// Compile-time only: the shell builds ElectronStore from the very same options object.
export function shellBuildsElectronStoreFromOptions(Store: typeof ElectronStore): SettingsStore {
  return new SettingsStore(new Store<Settings>({ ...settingsStoreOptions, name: 'settings' }));
}

describe('SettingsStore', () => {
  it('reads and validates the file once, not on every get; again after a change', async () => {
    const { conf, settings } = openSettings(await tempDir());
    const reads = vi.spyOn(conf, 'store', 'get');
    for (let i = 0; i < 1000; i += 1) settings.get();
    expect(reads.mock.calls.length).toBe(1);
    settings.update({ pollFastSeconds: 7 });
    expect(settings.get().pollFastSeconds).toBe(7);
    conf.set('pollSlowSeconds', 90); // another writer through conf (its change event)
    expect(settings.get().pollSlowSeconds).toBe(90);
    reads.mockRestore();
  });

  it('starts from the defaults and records the settings schema version', async () => {
    const { settings, file } = openSettings(await tempDir());
    expect(settings.get()).toEqual(defaultSettings);
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk.__internal__.migrations.version).toBe(SETTINGS_SCHEMA_VERSION);
    expect(onDisk.environment).toBe('demo');
  });

  it('persists a valid change for the next start', async () => {
    const cwd = await tempDir();
    openSettings(cwd).settings.update({
      pollFastSeconds: 10,
      notifications: { ...defaultSettings.notifications, redemptionFailed: false },
    });
    openSettings(cwd).settings.setEnvironment('sandbox');
    const next = openSettings(cwd).settings.get();
    expect(next).toMatchObject({
      pollFastSeconds: 10,
      environment: 'sandbox',
      notifications: { redemptionFailed: false },
    });
  });

  it('rejects an invalid change, names the field, and leaves the file untouched', async () => {
    const { settings, file } = openSettings(await tempDir());
    const before = await readFile(file, 'utf8');
    expect(() => settings.update({ pollFastSeconds: 1 })).toThrow(
      expect.objectContaining({ code: 'validation', details: { field: 'pollFastSeconds' } }),
    );
    expect(() => settings.update({ perRedemptionSoftLimitUsd: '-5' })).toThrow(
      expect.objectContaining({ code: 'validation' }),
    );
    expect(() => settings.update({ perRedemptionSoftLimitUsd: '10.001' })).toThrow(
      expect.objectContaining({ code: 'validation' }),
    );
    expect(() => settings.setEnvironment('staging' as never)).toThrow(
      expect.objectContaining({ code: 'validation' }),
    );
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('never stores a field it does not know, such as a secret slipped into a patch', async () => {
    const { settings, file } = openSettings(await tempDir());
    settings.update({ pollSlowSeconds: 120, clientSecret: 'sk-live-should-not-land' } as never);
    expect(await readFile(file, 'utf8')).not.toContain('sk-live-should-not-land');
  });

  it('only lets custom endpoints use https (http to this computer), and Production only Paxos hosts', async () => {
    const { settings } = openSettings(await tempDir());
    const override = (environment: 'sandbox' | 'production', tokenUrl: string) =>
      settings.update({
        endpointOverrides: { ...defaultSettings.endpointOverrides, [environment]: { tokenUrl } },
      });
    expect(() => override('production', 'https://oauth.evil.example/oauth2/token')).toThrow(
      'Production can only use Paxos addresses',
    );
    expect(() => override('sandbox', 'http://10.0.0.7/oauth2/token')).toThrow('must use https');
    expect(() => override('sandbox', 'https://user:pw@oauth.example.com/token')).toThrow(
      expect.objectContaining({ code: 'validation' }),
    );
    expect(
      override('sandbox', 'http://127.0.0.1:4010/oauth2/token').endpointOverrides.sandbox.tokenUrl,
    ).toBe('http://127.0.0.1:4010/oauth2/token');
    expect(
      override('production', 'https://oauth.paxos.com/oauth2/token').endpointOverrides.production
        .tokenUrl,
    ).toContain('paxos.com');
  });

  it('reads a damaged value as its default, key by key, keeping the rest', async () => {
    const cwd = await tempDir();
    const { file } = openSettings(cwd);
    const stored = JSON.parse(await readFile(file, 'utf8'));
    stored.pollFastSeconds = 'fast';
    stored.idleLockMinutes = 30;
    stored.notifications = { redemptionCompleted: false }; // as if written before a field existed
    await writeFile(file, JSON.stringify(stored));
    const { settings } = openSettings(cwd);
    expect(settings.get()).toMatchObject({
      pollFastSeconds: defaultSettings.pollFastSeconds,
      idleLockMinutes: 30,
      notifications: { ...defaultSettings.notifications, redemptionCompleted: false },
    });
    expect(settings.repairedKeys()).toEqual(['pollFastSeconds']);
  });

  it('migrates a pre-schema file: removes secrets at any depth and unknown keys, keeps valid values', async () => {
    const cwd = await tempDir();
    const file = join(cwd, 'config.json');
    await writeFile(
      file,
      JSON.stringify({
        clientSecret: 'sk-legacy-1',
        pollFastSeconds: 7,
        legacyWindowBounds: { x: 1 },
        endpointOverrides: {
          sandbox: { apiUrl: 'https://api.sandbox.paxos.com/v2', client_secret: 'sk-legacy-2' },
          production: {},
        },
      }),
    );
    const { settings } = openSettings(cwd);
    const raw = await readFile(file, 'utf8');
    expect(raw).not.toContain('sk-legacy');
    expect(raw).not.toContain('legacyWindowBounds');
    expect(JSON.parse(raw).__internal__.migrations.version).toBe(SETTINGS_SCHEMA_VERSION);
    expect(settings.get()).toMatchObject({
      pollFastSeconds: 7,
      endpointOverrides: { sandbox: { apiUrl: 'https://api.sandbox.paxos.com/v2' } },
    });
  });

  it('tells listeners about changes', async () => {
    const { settings } = openSettings(await tempDir());
    const seen: number[] = [];
    const stop = settings.onChange((s) => seen.push(s.pollSlowSeconds));
    settings.update({ pollSlowSeconds: 90 });
    stop();
    settings.update({ pollSlowSeconds: 95 });
    expect(seen).toEqual([90]);
  });
});
