// Locks the app after `minutes` without keyboard, mouse or focus activity (0 = never). The
// timer lives in the renderer because only the page sees the operator's input; main does the
// locking itself (lock()), so the state and every window follow.
import { useEffect } from 'react';

const ACTIVITY_EVENTS = [
  'keydown',
  'mousedown',
  'mousemove',
  'wheel',
  'touchstart',
  'focus',
] as const;

export function useIdleLock(minutes: number, active: boolean, lock: () => void): void {
  useEffect(() => {
    if (!active || minutes <= 0) return undefined;
    const idleMs = minutes * 60_000;
    let timer = window.setTimeout(lock, idleMs);
    let lastReset = Date.now();
    const onActivity = () => {
      // mousemove fires constantly; re-arming once a second is plenty for a minutes-long timer.
      const now = Date.now();
      if (now - lastReset < 1000) return;
      lastReset = now;
      window.clearTimeout(timer);
      timer = window.setTimeout(lock, idleMs);
    };
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, onActivity, { capture: true, passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS)
        window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [minutes, active, lock]);
}
