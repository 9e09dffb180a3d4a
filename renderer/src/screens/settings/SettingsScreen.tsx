// Settings: environment, credentials, preferences, lock, the local database, and the audit log.
import { useState } from 'react';
import type { EnvironmentKind } from '../../../../shared/environment';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Section } from '../../components/Section';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useAppStore } from '../../store/app-store';
import { AuditLogSection } from './AuditLogSection';
import { CredentialsSection } from './CredentialsSection';
import { EnvironmentSection } from './EnvironmentSection';
import { PreferencesForm } from './PreferencesForm';
import { RequestSigningSection } from './RequestSigningSection';
import { StorageSection } from './StorageSection';

export function SettingsScreen() {
  const settings = useAppStore((s) => s.state?.settings);
  const environment = useAppStore((s) => s.state?.environment);
  const credentials = useAppStore((s) => s.state?.credentials);
  // Credentials saved for another environment lead straight to the (confirmed) switch.
  const [switchTo, setSwitchTo] = useState<EnvironmentKind | null>(null);
  const lock = useBridgeAction(() => call('lock'));
  if (!settings) return null;
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Settings</h1>
      <EnvironmentSection requested={switchTo} onRequestHandled={() => setSwitchTo(null)} />
      <CredentialsSection onSavedFor={setSwitchTo} />
      {environment && environment !== 'demo' && credentials?.configured && credentials.signing ? (
        <RequestSigningSection environment={environment} signing={credentials.signing} />
      ) : null}
      <Section title="Preferences" testId="settings-preferences">
        <PreferencesForm settings={settings} />
      </Section>
      <Section title="Lock" testId="settings-lock">
        <p className="muted">
          Hide everything on screen until you unlock. What you typed stays where it was.
        </p>
        <button type="button" onClick={() => void lock.run()} disabled={lock.pending}>
          Lock now
        </button>
        {lock.error ? <ErrorNotice error={lock.error} /> : null}
      </Section>
      <StorageSection />
      <AuditLogSection />
    </section>
  );
}
