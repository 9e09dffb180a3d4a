// Shows the current route's screen. Screens read `focusId` from the navigation store themselves,
// so an item opened from a notification is shown in its own screen's detail panel.
import { Suspense } from 'react';
import { useNavigation } from '../store/navigation-store';
import { routes } from './routes';

export function ScreenOutlet() {
  const { title, Screen, lazy } = routes[useNavigation((s) => s.screen)];
  if (!lazy) return <Screen />;
  return (
    <Suspense fallback={<p className="muted">{`Loading ${title}…`}</p>}>
      <Screen />
    </Suspense>
  );
}
