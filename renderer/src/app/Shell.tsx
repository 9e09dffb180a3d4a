// The window once state has loaded: the environment banner always, then either the lock
// screen, the first-run onboarding, or the navigable app; the status bar at the bottom.
import { useCallback } from 'react';
import type { AppInfo } from '../../../shared/app-info';
import type { AppState } from '../../../shared/state';
import { call } from '../bridge/treasury';
import { ConnectionIndicator } from '../components/ConnectionIndicator';
import { DeskProblemsBanner } from '../components/DeskProblemsBanner';
import { EnvironmentBanner } from '../components/EnvironmentBanner';
import { NavBar } from '../components/NavBar';
import { ScreenErrorBoundary } from '../components/ScreenErrorBoundary';
import { SyncNowButton } from '../components/SyncNowButton';
import { useFocusAfterGate } from '../hooks/useFocusAfterGate';
import { useIdleLock } from '../hooks/useIdleLock';
import { useOpenItem } from '../hooks/useOpenItem';
import { useNavigation } from '../store/navigation-store';
import { gateScreens, navEntries } from './routes';
import { ScreenOutlet } from './ScreenOutlet';

const { lock: LockScreen, onboarding: OnboardingScreen } = gateScreens;

export function Shell({ state, info }: { state: AppState; info: AppInfo | null }) {
  useOpenItem();
  const screen = useNavigation((s) => s.screen);
  // A failed lock call leaves main's state unlocked; the next activity simply re-arms the timer.
  const lock = useCallback(() => void call('lock').catch(() => undefined), []);
  useIdleLock(state.settings.idleLockMinutes, !state.locked, lock);

  // Before the operator has chosen Demo or Paxos, no environment is in use: no banner and no
  // connection state (the default Demo environment would otherwise say "DEMO · Online").
  const choosing = !state.locked && !state.settings.onboarded;
  useFocusAfterGate(choosing || state.locked);
  let body;
  if (state.locked) body = <LockScreen />;
  else if (!state.settings.onboarded) body = <OnboardingScreen />;
  else {
    body = (
      <div className="shell__body">
        <NavBar entries={navEntries} />
        <main id="content" className="shell__content" tabIndex={-1}>
          <DeskProblemsBanner />
          <ScreenErrorBoundary resetKey={screen}>
            <ScreenOutlet />
          </ScreenErrorBoundary>
        </main>
      </div>
    );
  }

  return (
    <div className={`shell shell--${state.environment}`}>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      {choosing ? null : <EnvironmentBanner environment={state.environment} />}
      {body}
      <footer className="statusbar">
        {choosing ? null : <ConnectionIndicator connection={state.connection} />}
        {!state.locked && state.settings.onboarded ? <SyncNowButton /> : null}
        <span className="statusbar__spacer" />
        {info ? <span className="muted">{`${info.name} ${info.version}`}</span> : null}
      </footer>
    </div>
  );
}
