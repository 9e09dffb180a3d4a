// The one warning area of a review: everything that needs the operator's attention before they
// confirm, as a list. Each review decides what goes in it (and says nothing when it is empty).
import type { ReactNode } from 'react';

export function ReviewWarningBox({ children }: { children: ReactNode }) {
  return (
    <div className="warning-box" role="note" aria-label="Warnings" data-testid="review-warnings">
      {children}
    </div>
  );
}
