// "Are you sure?" for actions that cannot be taken back. The safe choice (Cancel) gets focus
// first, so a stray Enter never confirms.
import type { ReactNode } from 'react';
import type { BridgeCallError } from '../bridge/treasury';
import { Dialog } from './Dialog';
import { ErrorNotice } from './ErrorNotice';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
  error?: BridgeCallError | null;
  tone?: 'normal' | 'danger';
  /** False while a required acknowledgement is missing. */
  canConfirm?: boolean;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const {
    title,
    children,
    confirmLabel,
    onConfirm,
    onCancel,
    pending = false,
    error,
    tone = 'normal',
    canConfirm = true,
  } = props;
  return (
    <Dialog title={title} onCancel={onCancel} tone={tone} initialFocus="[data-autofocus]">
      <div className="dialog__body">{children}</div>
      {/* Its confirm button was disabled while main asked: focus goes to why it failed. */}
      {error ? <ErrorNotice error={error} takeFocus /> : null}
      <div className="dialog__actions">
        <button type="button" data-autofocus onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className={tone === 'danger' ? 'button--danger' : 'button--primary'}
          onClick={onConfirm}
          disabled={pending || !canConfirm}
        >
          {pending ? 'Working…' : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
