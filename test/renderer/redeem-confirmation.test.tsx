// The review's Confirm while main's dialog decides: the button says it waits for the operator
// (not "Sending…"); a dialog confirmed without its box ticked, or cancelled, is explained next
// to the button with focus moved there; a confirmed one moves focus to what became of the
// request. Over a soft limit, the warning says it once.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BridgeError } from '../../shared/app-error';
import { intent } from './support/fixtures';
import { FakeFailure, resetStores, seedStore } from './support/fake-treasury';
import { fillAndReview } from './support/redeem-steps';
import { review } from './support/review-fixture';

beforeEach(() => {
  resetStores();
  seedStore();
});
afterEach(cleanup);

/** A submit that waits until the test answers, as main's dialog waits for the operator. */
function dialogWaiting() {
  let answer: (outcome: { error?: BridgeError }) => void = () => undefined;
  const submitRedemption = () =>
    new Promise<ReturnType<typeof intent>>((resolve, reject) => {
      answer = ({ error }) => (error ? reject(new FakeFailure(error)) : resolve(intent()));
    });
  return { submitRedemption, answer: (outcome: { error?: BridgeError }) => answer(outcome) };
}

const untickedRefusal: BridgeError = {
  code: 'declined',
  message:
    'Not sent: “I checked the amount and the destination” was not ticked in the confirmation. Press the button again and tick the box to go ahead.',
  details: { action: 'redemption.create', reason: 'box_not_ticked' },
};

async function reviewOverLimit() {
  const user = userEvent.setup();
  const dialog = dialogWaiting();
  await fillAndReview(user, {
    reviewRedemption: () =>
      review({
        overPerRedemptionLimit: true,
        warnings: ['This is above your per-redemption limit of 100,000.00 USD.'],
      }),
    submitRedemption: dialog.submitRedemption,
  });
  const reviewed = await screen.findByTestId('redemption-review');
  const confirm = within(reviewed).getByRole('button', { name: /^Confirm redemption/ });
  return { user, dialog, reviewed, confirm };
}

describe('Confirm on the review, while main asks', () => {
  it('says the soft limit and the box to tick once', async () => {
    const { reviewed } = await reviewOverLimit();
    const box = within(reviewed).getByTestId('review-warnings');
    const lines = within(box)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toEqual([
      'This is above your per-redemption limit of 100,000.00 USD.',
      'Over a soft limit: before it is sent, Treasury Desk will ask you to tick “I checked the amount and the destination”.',
    ]);
    expect(box.textContent?.match(/limit/g)).toHaveLength(2);
  });

  it('waits for the confirmation in words, not "Sending…"', async () => {
    const { user, dialog, confirm } = await reviewOverLimit();
    await user.click(confirm);
    expect(confirm.textContent).toBe('Waiting for your confirmation…');
    expect(screen.queryByText('Sending…')).toBeNull();
    dialog.answer({ error: untickedRefusal });
    await waitFor(() => expect(confirm.textContent).toMatch(/^Confirm redemption/));
  });

  it('confirmed without the box: says so next to the button, and moves focus there', async () => {
    const { user, dialog, reviewed, confirm } = await reviewOverLimit();
    await user.click(confirm);
    dialog.answer({ error: untickedRefusal });
    const notice = await within(reviewed).findByTestId('error-notice');
    expect(notice.textContent).toContain('Not sent: the box was not ticked');
    expect(notice.textContent).toContain('tick “I checked the amount and the destination”');
    expect(notice.getAttribute('role')).toBe('alert');
    await waitFor(() => expect(document.activeElement).toBe(notice));
    // Right above the buttons, where the operator pressed.
    expect(notice.nextElementSibling?.contains(confirm)).toBe(true);
  });

  it('cancelled in the dialog: "Not confirmed", focused, next to the button', async () => {
    const { user, dialog, reviewed, confirm } = await reviewOverLimit();
    await user.click(confirm);
    dialog.answer({
      error: {
        code: 'declined',
        message: 'Not confirmed: nothing was changed or sent.',
        details: { reason: 'cancelled' },
      },
    });
    const notice = await within(reviewed).findByTestId('error-notice');
    expect(notice.textContent).toContain('Not confirmed');
    await waitFor(() => expect(document.activeElement).toBe(notice));
  });

  it('confirmed: focus goes to what became of the request', async () => {
    const { user, dialog, confirm } = await reviewOverLimit();
    await user.click(confirm);
    dialog.answer({});
    const progress = await screen.findByTestId('redemption-progress');
    const heading = within(progress).getByRole('heading', { level: 2 });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });
});
