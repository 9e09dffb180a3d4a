// Shows a failed bridge call where it happened: what went wrong and what to do about it.
import { describeError, type ErrorContext } from '../errors/describe-error';

interface ErrorNoticeProps {
  error: unknown;
  context?: ErrorContext;
  onDismiss?: () => void;
}

export function ErrorNotice({ error, context, onDismiss }: ErrorNoticeProps) {
  const { title, detail, advice } = describeError(error, context);
  return (
    <div className="error-notice" role="alert" data-testid="error-notice">
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
