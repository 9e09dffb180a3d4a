// A detail drawer: it slides over the right side of the screen instead of squeezing the list,
// so no column of the list is pushed out of sight at 1024 px. Escape closes it (unless a modal
// dialog on top is handling Escape), focus moves to its heading when it opens and back to what
// opened it when it closes. Its role is a non-modal dialog named by its heading (what it is: a
// panel over the page that the list behind stays usable with); an <aside> would make it a
// complementary landmark nested in the screen's own region.
import { useEffect, useRef, type ReactNode } from 'react';

interface DrawerProps {
  /** id of the heading inside (DetailHeader's titleId): names the drawer and takes focus. */
  labelledBy: string;
  testId: string;
  onClose: () => void;
  children: ReactNode;
}

export function Drawer({ labelledBy, testId, onClose, children }: DrawerProps) {
  const ref = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Between the environment banner and the status bar: both stay visible.
    const banner = document.querySelector(
      '.env-banner, [role="status"][aria-label^="Environment"]',
    );
    const statusbar = document.querySelector('.statusbar');
    if (ref.current) {
      if (banner) ref.current.style.top = `${banner.getBoundingClientRect().bottom}px`;
      if (statusbar)
        ref.current.style.bottom = `${Math.max(0, window.innerHeight - statusbar.getBoundingClientRect().top)}px`;
    }
    const heading = document.getElementById(labelledBy);
    heading?.setAttribute('tabindex', '-1');
    (heading ?? ref.current)?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      event.preventDefault();
      closeRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (opener?.isConnected) opener.focus();
    };
  }, [labelledBy]);

  return (
    <div
      ref={ref}
      className="drawer"
      role="dialog"
      aria-modal="false"
      aria-labelledby={labelledBy}
      data-testid={testId}
      tabIndex={-1}
    >
      {children}
    </div>
  );
}
