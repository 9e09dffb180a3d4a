// Shows the current screen. Screens read `focusId` from the navigation store themselves, so an
// item opened from a notification is shown in its own screen's detail panel.
import { useNavigation } from '../store/navigation-store';
import { ActivityScreen } from './activity/ActivityScreen';
import { AutoRedeemScreen } from './auto-redeem/AutoRedeemScreen';
import { BankAccountsScreen } from './bank-accounts/BankAccountsScreen';
import { OverviewScreen } from './overview/OverviewScreen';
import { RedeemScreen } from './redeem/RedeemScreen';
import { SettingsScreen } from './settings/SettingsScreen';

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
      return <ActivityScreen />;
    case 'settings':
      return <SettingsScreen />;
  }
}
