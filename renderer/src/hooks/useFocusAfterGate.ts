// When onboarding ends ("Explore with the built-in demo" or "Save and connect") or the app is
// unlocked, the screen that had focus is gone; without this, focus falls to the page body and
// a keyboard or screen-reader user is lost. It moves to the first screen's heading instead.
import { useEffect, useRef } from 'react';

export function focusScreenHeading(): void {
  const heading = document.querySelector<HTMLElement>('#content h1');
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.focus();
}

/** `gated`: the lock screen or onboarding is showing instead of the app. */
export function useFocusAfterGate(gated: boolean): void {
  const wasGated = useRef(gated);
  useEffect(() => {
    if (wasGated.current && !gated) window.setTimeout(focusScreenHeading, 0);
    wasGated.current = gated;
  }, [gated]);
}
