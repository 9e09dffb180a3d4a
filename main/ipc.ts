// The only file that touches ipcMain: one handler per contract operation, each checking that
// the call comes from our own window before the handler table validates and runs it.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  eventChannel,
  operationChannel,
  operationNames,
  type EventName,
} from '../shared/bridge-names';
import type { HandlerTable } from './bridge/handler-table';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

const forbidden = {
  ok: false as const,
  error: {
    code: 'forbidden_sender',
    message: 'This request did not come from the Treasury Desk window.',
  },
};

export function registerIpc(handlers: HandlerTable, isTrustedSender: SenderCheck): () => void {
  for (const name of operationNames) {
    ipcMain.handle(operationChannel(name), (event, input: unknown) =>
      isTrustedSender(event) ? handlers[name](input) : forbidden,
    );
  }
  return () => operationNames.forEach((name) => ipcMain.removeHandler(operationChannel(name)));
}

/** Pushes a contract event to the window, if it is still there. */
export function sendEvent(
  target: WebContents | undefined,
  name: EventName,
  payload: unknown,
): void {
  if (target && !target.isDestroyed()) target.send(eventChannel(name), payload);
}
