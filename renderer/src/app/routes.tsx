// The one place that knows the screens: each route id's screen component and title, the
// navigation bar's entries, and the two screens the shell shows instead of any route (lock and
// onboarding). Screens never import each other; they navigate with `go(routeId)` from the
// navigation store. eslint.config.js keeps it so: only app/ may import screens/.
// Activity (virtualized table, chart), Convert, Wire out, Fund, Statements and Settings (opened
// rarely) are loaded when first opened: the first screen's bundle
// stays under its 150 kB gzip budget (`npm run bench`, "first screen").
import { lazy, type ComponentType } from 'react';
import { AutoRedeemScreen } from '../screens/auto-redeem/AutoRedeemScreen';
import { BankAccountsScreen } from '../screens/bank-accounts/BankAccountsScreen';
import { LockScreen } from '../screens/lock/LockScreen';
import { OnboardingScreen } from '../screens/onboarding/OnboardingScreen';
import { OverviewScreen } from '../screens/overview/OverviewScreen';
import { RedeemScreen } from '../screens/redeem/RedeemScreen';
import { routeIds, type RouteId } from '../store/navigation-store';

interface Route {
  /** The navigation bar's label (and what a loading lazy screen names). */
  title: string;
  Screen: ComponentType;
  /** Loaded when first opened, so it needs a Suspense fallback. */
  lazy?: true;
}

export const routes: Record<RouteId, Route> = {
  overview: { title: 'Overview', Screen: OverviewScreen },
  redeem: { title: 'Redeem', Screen: RedeemScreen },
  convert: {
    title: 'Convert',
    Screen: lazy(() =>
      import('../screens/convert/ConvertScreen').then((m) => ({ default: m.ConvertScreen })),
    ),
    lazy: true,
  },
  'wire-out': {
    title: 'Wire out',
    Screen: lazy(() =>
      import('../screens/wire-out/WireOutScreen').then((m) => ({ default: m.WireOutScreen })),
    ),
    lazy: true,
  },
  fund: {
    title: 'Fund',
    Screen: lazy(() =>
      import('../screens/fund/FundScreen').then((m) => ({ default: m.FundScreen })),
    ),
    lazy: true,
  },
  'auto-redeem': { title: 'Auto-redeem', Screen: AutoRedeemScreen },
  'bank-accounts': { title: 'Bank accounts', Screen: BankAccountsScreen },
  activity: {
    title: 'Activity',
    Screen: lazy(() =>
      import('../screens/activity/ActivityScreen').then((m) => ({ default: m.ActivityScreen })),
    ),
    lazy: true,
  },
  statements: {
    title: 'Statements',
    Screen: lazy(() =>
      import('../screens/statements/StatementsScreen').then((m) => ({
        default: m.StatementsScreen,
      })),
    ),
    lazy: true,
  },
  settings: {
    title: 'Settings',
    Screen: lazy(() =>
      import('../screens/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
    ),
    lazy: true,
  },
};

interface NavEntry {
  id: RouteId;
  title: string;
}

/** Every route, in the navigation bar's order. */
export const navEntries: readonly NavEntry[] = routeIds.map((id) => ({
  id,
  title: routes[id].title,
}));

/** Shown instead of the routes: while locked, and before the first run is done. */
export const gateScreens = { lock: LockScreen, onboarding: OnboardingScreen } as const;
