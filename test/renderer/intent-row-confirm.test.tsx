// "Confirm and send" on a queued request asks main's dialog: while it waits the button says so
// (not "Sending…"), and a declined dialog is explained on the row with focus moved to it.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IntentRow } from '../../renderer/src/components/IntentRow';
import { intent } from './support/fixtures';
import { FakeFailure, installFakeTreasury, resetStores, seedStore } from './support/fake-treasury';

beforeEach(() => {
  resetStores();
  seedStore();
});
afterEach(cleanup);

describe('Confirm and send on a request that needs it', () => {
  it('waits for the confirmation in words, then says why it was declined, focused', async () => {
    let decline: () => void = () => undefined;
    installFakeTreasury({
      confirmIntent: () =>
        new Promise((_resolve, reject) => {
          decline = () =>
            reject(
              new FakeFailure({
                code: 'declined',
                message:
                  'Not sent: “I checked the amount and the destination” was not ticked in the confirmation. Press the button again and tick the box to go ahead.',
                details: { reason: 'box_not_ticked' },
              }),
            );
        }),
    });
    const user = userEvent.setup();
    render(
      <ul>
        <IntentRow intent={intent({ state: 'needs_attention' })} />
      </ul>,
    );
    const button = screen.getByRole('button', { name: 'Confirm and send' });
    await user.click(button);
    expect(button.textContent).toBe('Waiting for your confirmation…');
    decline();
    const notice = await screen.findByTestId('error-notice');
    expect(notice.textContent).toContain('Not sent: the box was not ticked');
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect(button.textContent).toBe('Confirm and send');
  });
});
