// A click on a native notification arrives as an `openItem` event: show that item on its screen.
// A recent notice in the window opens its item through the same action.
import { useCallback, useEffect } from 'react';
import type { EventPayload } from '../../../shared/contract';
import { treasuryApi } from '../bridge/treasury';
import { useNavigation } from '../store/navigation-store';

export type OpenItemTarget = EventPayload<'openItem'>;

export function useOpenItemAction(): (item: OpenItemTarget) => void {
  const go = useNavigation((s) => s.go);
  return useCallback((item: OpenItemTarget) => go(item.screen, item.id), [go]);
}

export function useOpenItem(): void {
  const open = useOpenItemAction();
  useEffect(() => {
    const api = treasuryApi();
    // An older preload may lack the subscription; the app must still start without it.
    if (typeof api.onOpenItem !== 'function') return undefined;
    return api.onOpenItem(open);
  }, [open]);
}
