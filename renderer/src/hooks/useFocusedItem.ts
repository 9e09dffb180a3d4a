// An item opened from elsewhere (a notification, the Overview, a recent notice) arrives as the
// navigation store's `focusId`: the screen shows it, and the focus is cleared so a later request
// for the same item opens it again.
import { useEffect } from 'react';
import { useNavigation } from '../store/navigation-store';

export function useFocusedItem(open: (id: string) => void): void {
  const focusId = useNavigation((s) => s.focusId);
  const clearFocus = useNavigation((s) => s.clearFocus);
  useEffect(() => {
    if (!focusId) return;
    open(focusId);
    clearFocus();
  }, [focusId, open, clearFocus]);
}
