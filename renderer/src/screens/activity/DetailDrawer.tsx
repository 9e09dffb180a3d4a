// A detail panel that slides over the right of the screen instead of squeezing the table. It
// takes focus when it opens, Escape closes it (from anywhere on the screen), and focus goes
// back to what opened it — the row — or, if that row has scrolled away, to the list.
import { useEffect, useRef, type ReactNode } from 'react';

interface DetailDrawerProps {
  labelledBy: string;
  onClose: () => void;
  /** Where focus goes when the opener is gone (e.g. a virtualized row scrolled away). */
  fallbackFocus?: () => HTMLElement | null | undefined;
  children: ReactNode;
  testId?: string;
}

export function DetailDrawer({
  labelledBy,
  onClose,
  fallbackFocus,
  children,
  testId,
}: DetailDrawerProps) {
  const panel = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  const fallback = useRef(fallbackFocus);
  fallback.current = fallbackFocus;

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    panel.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      // A dialog on top (e.g. a confirmation) handles its own Escape first.
      if (
        event.key === 'Escape' &&
        !event.defaultPrevented &&
        !document.querySelector('[role="dialog"][aria-modal="true"]')
      )
        close.current();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (opener?.isConnected && opener !== document.body) opener.focus();
      else fallback.current?.()?.focus();
    };
  }, []);

  return (
    // A div: <aside> may not take the dialog role (it is a complementary landmark).
    <div
      ref={panel}
      className="drawer"
      role="dialog"
      aria-modal="false"
      aria-labelledby={labelledBy}
      tabIndex={-1}
      data-testid={testId}
    >
      {children}
    </div>
  );
}
