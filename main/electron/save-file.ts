// Where an export goes: the operator picks the file in a native save dialog. A streamed export
// (`open`) asks for the path first, then writes into it as the rows are read.
import { dialog, type BrowserWindow } from 'electron';
import { fileSink, type FileSaver } from '../operator/file-saver';

export function createDialogFileSaver(getWindow: () => BrowserWindow | undefined): FileSaver {
  const choosePath = async (suggestedName: string) => {
    const window = getWindow();
    const pdf = suggestedName.toLowerCase().endsWith('.pdf');
    const filters = [
      pdf ? { name: 'PDF', extensions: ['pdf'] } : { name: 'CSV', extensions: ['csv'] },
    ];
    const options = { defaultPath: suggestedName, filters };
    const choice = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    return choice.canceled || !choice.filePath ? undefined : choice.filePath;
  };
  const save: FileSaver = async (suggestedName, content) => {
    const path = await choosePath(suggestedName);
    if (!path) return undefined;
    const sink = await fileSink(path);
    await sink.write(content);
    await sink.close();
    return path;
  };
  save.open = async (suggestedName) => {
    const path = await choosePath(suggestedName);
    return path ? fileSink(path) : undefined;
  };
  return save;
}
