// When onboarding ends ("Explore with the built-in demo" or "Save and connect"), the screen
// that had focus is gone; without this, focus falls to the page body and a keyboard or
// screen-reader user is lost. It moves to the first screen's heading instead.
import { useEffect, useRef } from 'react';

export function focusScreenHeading(): void {
  const heading = document.querySelector<HTMLElement>('#content h1');
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.focus();
}

export function useFocusAfterOnboarding(choosing: boolean): void {
  const wasChoosing = useRef(choosing);
  useEffect(() => {
    if (wasChoosing.current && !choosing) window.setTimeout(focusScreenHeading, 0);
    wasChoosing.current = choosing;
  }, [choosing]);
}
