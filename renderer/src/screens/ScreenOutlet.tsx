import { useNavigation, type ScreenId } from '../store/navigation-store';
import { PlaceholderScreen } from './PlaceholderScreen';
import { OverviewScreen } from './OverviewScreen';

const purposes: Record<Exclude<ScreenId, 'overview'>, string> = {
  redeem: 'Redeem USDC, USDG, PYUSD or USDP from a Paxos profile to USD, wired to an approved bank account.',
  'auto-redeem': 'Rules that convert external stablecoin deposits to USD and wire them automatically.',
  'bank-accounts': 'Register bank accounts and follow their review until they are approved.',
  activity: 'Every redemption, ad-hoc or rule-triggered, with its timeline.',
  settings: 'Environment, credentials, polling, limits, notifications and lock.',
};

const titles: Record<Exclude<ScreenId, 'overview'>, string> = {
  redeem: 'Redeem',
  'auto-redeem': 'Auto-redeem',
  'bank-accounts': 'Bank accounts',
  activity: 'Activity',
  settings: 'Settings',
};

export function ScreenOutlet() {
  const screen = useNavigation((s) => s.screen);
  if (screen === 'overview') return <OverviewScreen />;
  return <PlaceholderScreen title={titles[screen]} purpose={purposes[screen]} />;
}
