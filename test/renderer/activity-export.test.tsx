// Issue 23: while main streams the CSV, the Export button gives way to the progress main
// publishes (`exportProgress`) and a Cancel that asks main to stop; a cancelled export says so.
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportProgress } from '../../shared/state';
import { ExportCsvButton } from '../../renderer/src/screens/activity/ExportCsvButton';
import { useAppStore } from '../../renderer/src/store/app-store';
import { FakeFailure, installFakeTreasury, resetStores, seedStore } from './support/fake-treasury';

let finish: (outcome: { path: string; rows: number } | FakeFailure) => void;

beforeEach(() => seedStore());
afterEach(() => {
  cleanup();
  resetStores();
});

function fakeExport() {
  return installFakeTreasury({
    exportActivityCsv: () =>
      new Promise((resolve, reject) => {
        finish = (outcome) => (outcome instanceof FakeFailure ? reject(outcome) : resolve(outcome));
      }),
    cancelExport: () => {
      finish(
        new FakeFailure({
          code: 'validation',
          message: 'The export was cancelled; nothing was written.',
          details: { field: 'path' },
        } as never),
      );
      return { cancelled: true };
    },
  });
}

const progress = (exportProgress: ExportProgress) =>
  act(() => {
    const state = useAppStore.getState().state!;
    useAppStore.setState({ state: { ...state, exportProgress } });
  });

describe('Export CSV while main streams the file', () => {
  it('shows the rows written so far, then where the file is', async () => {
    const user = userEvent.setup();
    fakeExport();
    render(<ExportCsvButton filter={{}} />);
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    progress({ rows: 3000, total: 20000, done: false });
    expect(screen.getByTestId('export-progress').textContent).toBe(
      `Exporting ${(3000).toLocaleString()} of ${(20000).toLocaleString()} rows…`,
    );
    expect(screen.queryByRole('button', { name: 'Export CSV' })).toBeNull();
    await act(async () => finish({ path: '/tmp/a.csv', rows: 20000 }));
    expect((await screen.findByTestId('export-result')).textContent).toBe(
      `Exported ${(20000).toLocaleString()} rows to /tmp/a.csv`,
    );
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeTruthy();
  });

  it('Cancel asks main to stop, and says nothing was written', async () => {
    const user = userEvent.setup();
    const fake = fakeExport();
    render(<ExportCsvButton filter={{}} />);
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    progress({ rows: 1000, total: 20000, done: false });
    await user.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(fake.callsOf('cancelExport')).toHaveLength(1);
    expect((await screen.findByTestId('export-result')).textContent).toBe(
      'Export cancelled; nothing was written.',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeTruthy();
  });
});
