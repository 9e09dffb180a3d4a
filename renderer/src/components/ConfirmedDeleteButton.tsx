// A delete that happens only after a dialog has said what it means; the dialog stays open with
// the error if main refuses, and closes with the queued request when main accepts it.
import { useState, type ReactNode } from 'react';
import type { IntentView } from '../../../shared/views';
import { useBridgeAction } from '../hooks/useBridgeAction';
import { ConfirmDialog } from './ConfirmDialog';

export interface ConfirmedDeleteButtonProps {
  buttonLabel: string;
  title: string;
  confirmLabel: string;
  remove: () => Promise<IntentView>;
  onDeleted: (intent: IntentView) => void;
  children: ReactNode;
}

export function ConfirmedDeleteButton({
  buttonLabel,
  title,
  confirmLabel,
  remove,
  onDeleted,
  children,
}: ConfirmedDeleteButtonProps) {
  const [open, setOpen] = useState(false);
  const action = useBridgeAction(remove);
  const confirm = async () => {
    const intent = await action.run();
    if (!intent) return;
    setOpen(false);
    onDeleted(intent);
  };
  return (
    <>
      <button type="button" className="button--danger" onClick={() => setOpen(true)}>
        {buttonLabel}
      </button>
      {open ? (
        <ConfirmDialog
          title={title}
          confirmLabel={confirmLabel}
          tone="danger"
          onConfirm={() => void confirm()}
          onCancel={() => {
            action.clearError();
            setOpen(false);
          }}
          pending={action.pending}
          error={action.error}
        >
          {children}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
