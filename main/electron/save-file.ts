// Where an export goes: the operator picks the file in a native save dialog.
import { dialog, type BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import type { FileSaver } from '../operator/file-saver';

export function createDialogFileSaver(getWindow: () => BrowserWindow | undefined): FileSaver {
  return async (suggestedName, content) => {
    const window = getWindow();
    const options = { defaultPath: suggestedName, filters: [{ name: 'CSV', extensions: ['csv'] }] };
    const choice = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return undefined;
    await writeFile(choice.filePath, content, { encoding: 'utf8', mode: 0o600 });
    return choice.filePath;
  };
}
