// Child process for no-keychain.test.ts: the app's desk services started where no Secret
// Service can be reached (DBUS_SESSION_BUS_ADDRESS points at nothing). It goes through the
// credentials flow an operator would, writes to every store as the app would, and prints a
// JSON report on stdout (never the secret itself).
import Conf from 'conf';
import { AuditLog } from '../../main/desk/store/audit/audit-log';
import { CacheStore } from '../../main/desk/store/cache/cache-store';
import { environmentDir } from '../../main/desk/store/environment-dir';
import { NotificationLedger } from '../../main/desk/store/notifications/notification-ledger';
import { IntentStore } from '../../main/desk/store/intents/intent-store';
import { SettingsStore, settingsStoreOptions } from '../../main/settings/settings-store';
import { createCredentialsVault } from '../../main/vault/create-credentials-vault';
import { isAppError } from '../../shared/app-error';

const [dataDir, service] = process.argv.slice(2) as [string, string];
const credentials = {
  clientId: process.env.TEST_CLIENT_ID ?? '',
  clientSecret: process.env.TEST_CLIENT_SECRET ?? '',
};
const envDir = environmentDir(dataDir, 'sandbox');

const settings = new SettingsStore(new Conf({ ...settingsStoreOptions, cwd: dataDir }));
settings.setEnvironment('sandbox');
const audit = await AuditLog.open({ dataDir, environment: 'sandbox', user: 'operator' });
const cache = await CacheStore.open(envDir);
const intents = await IntentStore.open(envDir);
const ledger = await NotificationLedger.open(envDir);

const vault = createCredentialsVault({ service, probeTimeoutMs: 10_000 });
const before = await vault.status('sandbox');
const saveError = await vault.save('sandbox', credentials, { verify: async () => undefined }).then(
  () => null,
  (error: unknown) =>
    isAppError(error) ? error.toBridge() : { code: 'not-app-error', message: String(error) },
);
// A careless caller passing the whole input to the audit log: the sanitiser must catch it.
await audit.append({
  action: 'credentials.save',
  outcome: 'failed',
  details: { ...credentials, error: saveError?.code },
});
const session = await vault.useSessionOnly('sandbox', credentials, {
  verify: async () => undefined,
});
await audit.append({
  action: 'credentials.session_only',
  outcome: 'succeeded',
  details: { clientIdHint: session.clientIdHint },
});
const forClient = await vault.getForClient('sandbox');

await cache.put('profiles', { id: 'p-1', nickname: 'default', type: 'DEFAULT' });
await intents.create({
  kind: 'create_orchestration',
  refId: 'ref-no-keychain',
  payload: {
    source_asset: 'USDC',
    destination_asset: 'USD',
    source_amount: '10.00',
    source: { profile: { profile_id: 'p-1' } },
    destination: { fiat: { bank_account_id: 'fa-1' } },
  },
});
await ledger.markOnce('orchestration:o-1:COMPLETED');
await Promise.all([audit.close(), cache.close(), intents.close(), ledger.close()]);

process.stdout.write(
  JSON.stringify({
    before,
    saveError,
    session,
    clientGotCredentials: forClient.clientSecret === credentials.clientSecret,
  }),
);
