// Shows a failed bridge call where it happened: what went wrong and what to do about it.
import { useEffect, useRef } from 'react';
import { describeError, type ErrorContext } from '../errors/describe-error';

interface ErrorNoticeProps {
  error: unknown;
  context?: ErrorContext;
  onDismiss?: () => void;
  /**
   * Move focus here when the error appears: for a button that was disabled while it waited
   * (its focus would otherwise fall to the page), so the operator lands on why it failed.
   */
  takeFocus?: boolean;
}

export function ErrorNotice({ error, context, onDismiss, takeFocus }: ErrorNoticeProps) {
  const { title, detail, advice } = describeError(error, context);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!takeFocus || !box.current) return;
    box.current.focus({ preventScroll: true });
    // Centred rather than at the bottom edge, so the buttons right below it stay in view.
    box.current.scrollIntoView?.({ block: 'center' });
  }, [takeFocus, error]);
  return (
    <div
      className="error-notice"
      role="alert"
      data-testid="error-notice"
      ref={box}
      tabIndex={takeFocus ? -1 : undefined}
    >
      <p className="error-notice__title">{title}</p>
      {detail && detail !== title ? <p className="error-notice__detail">{detail}</p> : null}
      {advice.length > 0 ? (
        <ul className="error-notice__advice">
          {advice.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {onDismiss ? (
        <button type="button" className="button--link" onClick={onDismiss}>
          Dismiss
        </button>
      ) : null}
    </div>
  );
}
