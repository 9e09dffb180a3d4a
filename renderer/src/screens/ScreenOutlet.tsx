// Shows the current screen. Screens read `focusId` from the navigation store themselves, so an
// item opened from a notification is shown in its own screen's detail panel.
// Activity (virtualized table, chart) is loaded when first opened: the first screen's bundle
// stays under its 150 kB gzip budget (`npm run bench`, "first screen").
import { lazy, Suspense } from 'react';
import { useNavigation } from '../store/navigation-store';
import { AutoRedeemScreen } from './auto-redeem/AutoRedeemScreen';
import { BankAccountsScreen } from './bank-accounts/BankAccountsScreen';
import { OverviewScreen } from './overview/OverviewScreen';
import { RedeemScreen } from './redeem/RedeemScreen';
import { SettingsScreen } from './settings/SettingsScreen';

const ActivityScreen = lazy(() =>
  import('./activity/ActivityScreen').then((m) => ({ default: m.ActivityScreen })),
);

export function ScreenOutlet() {
  const screen = useNavigation((s) => s.screen);
  switch (screen) {
    case 'overview':
      return <OverviewScreen />;
    case 'redeem':
      return <RedeemScreen />;
    case 'auto-redeem':
      return <AutoRedeemScreen />;
    case 'bank-accounts':
      return <BankAccountsScreen />;
    case 'activity':
      return (
        <Suspense fallback={<p className="muted">Loading Activity…</p>}>
          <ActivityScreen />
        </Suspense>
      );
    case 'settings':
      return <SettingsScreen />;
  }
}
