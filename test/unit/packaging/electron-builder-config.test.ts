// electron-builder.yml cannot be exercised here (packaging downloads Electron), so it is
// validated against electron-builder's own JSON schema, and its security-relevant values checked.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { APP_ID } from '../../../main/app-id';

const root = resolve(import.meta.dirname, '../../..');
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>;
const schema = createRequire(import.meta.url)('app-builder-lib/scheme.json') as object;

describe('electron-builder.yml', () => {
  it('validates against app-builder-lib/scheme.json', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('rejects a config the schema forbids (the check can fail)', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate({ ...config, electronFuses: { runAsNode: 'no' } })).toBe(false);
    expect(validate({ ...config, notAnOption: true })).toBe(false);
  });

  it('uses the AppUserModelId the app sets at start', () => {
    expect(config.appId).toBe(APP_ID);
  });

  it('sets all eight fuses, each to its reviewed value', () => {
    // toEqual: a fuse added, dropped or flipped in electron-builder.yml fails here.
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The known deviation (README, Security): file:// pages need the file protocol's privileges.
      grantFileProtocolExtraPrivileges: true,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('targets nsis, dmg, AppImage and deb', () => {
    const targets = JSON.stringify([config.win, config.mac, config.linux]);
    for (const target of ['nsis', 'dmg', 'AppImage', 'deb']) expect(targets).toContain(target);
  });
});
