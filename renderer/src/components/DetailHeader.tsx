// The header of a detail panel: title, the item's status, and a Close button named for what it
// closes (e2e tests and screen readers find it by that name).
import { StatusBadge, type StatusKind } from './StatusBadge';

export function DetailHeader({
  titleId,
  title,
  status,
  statusKind,
  closeLabel,
  onClose,
}: {
  titleId: string;
  statusKind?: StatusKind;
  title: string;
  status: string | undefined;
  closeLabel: string;
  onClose: () => void;
}) {
  return (
    <header className="detail__header">
      <h2 id={titleId}>{title}</h2>
      {status ? <StatusBadge status={status} kind={statusKind} /> : null}
      <span className="section__spacer" />
      <button type="button" className="button--small" onClick={onClose} aria-label={closeLabel}>
        Close
      </button>
    </header>
  );
}
