// The operator's steps on the Redeem form, shared by the redeem tests: profile, amount, approved
// destination, then Review, with the bridge faked by the given handlers.
import { render, screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { createElement } from 'react';
import { RedeemScreen } from '../../../renderer/src/screens/redeem/RedeemScreen';
import { installFakeTreasury, type FakeHandlers } from './fake-treasury';

export async function fillAndReview(user: UserEvent, handlers: FakeHandlers, amount = '150000') {
  const fake = installFakeTreasury(handlers);
  render(createElement(RedeemScreen));
  await user.selectOptions(screen.getByLabelText('From profile'), 'prof-1');
  await user.type(screen.getByLabelText('Amount'), amount);
  await user.selectOptions(screen.getByLabelText('Destination bank account'), 'fa-approved');
  await user.click(screen.getByRole('button', { name: 'Review' }));
  return fake;
}
