// A click on a native notification arrives as an `openItem` event: show that item on its screen.
import { useEffect } from 'react';
import { treasuryApi } from '../bridge/treasury';
import { useNavigation } from '../store/navigation-store';

export function useOpenItem(): void {
  const go = useNavigation((s) => s.go);
  useEffect(() => {
    const api = treasuryApi();
    // An older preload may lack the subscription; the app must still start without it.
    if (typeof api.onOpenItem !== 'function') return undefined;
    return api.onOpenItem((item) => go(item.screen, item.id));
  }, [go]);
}
