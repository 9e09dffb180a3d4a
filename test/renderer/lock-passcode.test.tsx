// The passcode in the page: chosen at the end of onboarding, typed on the lock screen, reset
// with the Paxos credentials. Main checks all of it; the page only asks.
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/settings';
import { App } from '../../renderer/src/App';
import { appState } from './support/fixtures';
import { FakeFailure, installFakeTreasury, resetStores } from './support/fake-treasury';

beforeEach(resetStores);
afterEach(cleanup);

const noPasscode = {
  passcodeSet: false,
  passcodeStorage: 'none',
  osAuthentication: null,
  retryAt: null,
} as const;

/** The desk locked, and "Forgot the passcode?" opened: the reset form. */
async function openResetForm() {
  const fake = installFakeTreasury();
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('navigation', { name: 'Main' });
  act(() => fake.emitState({ locked: true }));
  await user.click(screen.getByRole('button', { name: 'Forgot the passcode?' }));
  return { fake, user, form: screen.getByRole('form', { name: 'Reset the passcode' }) };
}

describe('onboarding passcode', () => {
  it('asks for a passcode twice before completing onboarding', async () => {
    const fake = installFakeTreasury(
      {},
      appState({ settings: { ...defaultSettings, onboarded: false }, lock: noPasscode }),
    );
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Explore with the built-in demo' }));
    const form = await screen.findByRole('form', { name: 'Choose a passcode' });
    expect(fake.callsOf('completeOnboarding')).toEqual([]);
    await user.type(within(form).getByLabelText('Passcode'), 'harbor-light');
    await user.type(within(form).getByLabelText('Passcode again'), 'harbor-lite');
    expect(within(form).getByText('The two passcodes are not the same.')).toBeTruthy();
    // Pressed anyway: not a silent no — the reason stays, focus goes to it, nothing is sent.
    await user.click(within(form).getByRole('button', { name: 'Save passcode and start' }));
    expect(fake.callsOf('setPasscode')).toEqual([]);
    await waitFor(() =>
      expect(document.activeElement).toBe(within(form).getByLabelText('Passcode again')),
    );
    await user.clear(within(form).getByLabelText('Passcode again'));
    await user.type(within(form).getByLabelText('Passcode again'), 'harbor-light');
    await user.click(within(form).getByRole('button', { name: 'Save passcode and start' }));
    expect(fake.callsOf('setPasscode')).toEqual([{ passcode: 'harbor-light' }]);
    expect(fake.callsOf('completeOnboarding')).toHaveLength(1);
  });
});

describe('onboarding passcode: what the page says before main does', () => {
  async function passcodeStep() {
    const fake = installFakeTreasury(
      {},
      appState({ settings: { ...defaultSettings, onboarded: false }, lock: noPasscode }),
    );
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Explore with the built-in demo' }));
    const form = await screen.findByRole('form', { name: 'Choose a passcode' });
    return { fake, user, form };
  }

  it('says a short passcode is too short, in place, and sends nothing', async () => {
    const { fake, user, form } = await passcodeStep();
    await user.type(within(form).getByLabelText('Passcode'), 'abc');
    await user.type(within(form).getByLabelText('Passcode again'), 'abc');
    const first = within(form).getByLabelText('Passcode');
    expect(document.getElementById(`${first.id}-error`)?.textContent).toBe(
      'Too short: a passcode needs at least 6 characters (this one has 3).',
    );
    await user.click(within(form).getByRole('button', { name: 'Save passcode and start' }));
    expect(fake.callsOf('setPasscode')).toEqual([]);
    await waitFor(() => expect(document.activeElement).toBe(first));
    await user.type(first, 'def');
    await user.type(within(form).getByLabelText('Passcode again'), 'def');
    expect(document.getElementById(`${first.id}-error`)).toBeNull();
  });

  it('says what is missing when pressed empty', async () => {
    const { fake, user, form } = await passcodeStep();
    await user.click(within(form).getByRole('button', { name: 'Save passcode and start' }));
    expect(within(form).getByText('Choose a passcode of at least 6 characters.')).toBeTruthy();
    expect(fake.callsOf('setPasscode')).toEqual([]);
  });

  it('has a Back to the first choice', async () => {
    const { user, form } = await passcodeStep();
    await user.click(within(form).getByRole('button', { name: 'Back' }));
    expect(screen.queryByRole('form', { name: 'Choose a passcode' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Explore with the built-in demo' })).toBeTruthy();
  });
});

describe('lock screen', () => {
  it('puts focus in the passcode field when it appears, and on the screen heading once unlocked', async () => {
    const fake = installFakeTreasury({
      unlock: () => {
        fake.emitState({ locked: false });
        return { done: true };
      },
    });
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('navigation', { name: 'Main' });
    act(() => fake.emitState({ locked: true }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Passcode')));
    await user.type(screen.getByLabelText('Passcode'), 'the-passcode{Enter}');
    await screen.findByRole('navigation', { name: 'Main' });
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
    expect(document.activeElement?.closest('#content')).toBeTruthy();
  });

  it('gives focus back to the passcode field after a wrong one', async () => {
    const fake = installFakeTreasury({
      unlock: () => {
        throw new FakeFailure({
          code: 'validation',
          message: 'That passcode is not right.',
          details: { field: 'passcode' },
        });
      },
    });
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('navigation', { name: 'Main' });
    act(() => fake.emitState({ locked: true }));
    await user.type(screen.getByLabelText('Passcode'), 'wrong-one');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByText('That passcode is not right.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Passcode')));
  });

  it('shows main’s answer to a wrong passcode next to the field', async () => {
    const fake = installFakeTreasury({
      unlock: () => {
        throw new FakeFailure({
          code: 'validation',
          message: 'That passcode is not right.',
          details: { field: 'passcode' },
        });
      },
    });
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('navigation', { name: 'Main' });
    act(() => fake.emitState({ locked: true }));
    await user.type(screen.getByLabelText('Passcode'), 'wrong-one');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('That passcode is not right.')).toBeTruthy();
    expect(fake.callsOf('unlock')).toEqual([{ passcode: 'wrong-one' }]);
  });

  it('resets a forgotten passcode with the Paxos credentials', async () => {
    const { fake, user, form } = await openResetForm();
    await user.selectOptions(within(form).getByLabelText('Credentials for'), 'sandbox');
    await user.type(within(form).getByLabelText(/Client ID/), 'ops-client');
    await user.type(within(form).getByLabelText(/Client secret/), 'the-secret');
    await user.type(within(form).getByLabelText('New passcode'), 'new-passcode');
    await user.type(within(form).getByLabelText('New passcode again'), 'new-passcode');
    await user.click(within(form).getByRole('button', { name: 'Reset passcode and unlock' }));
    expect(fake.callsOf('resetPasscode')).toEqual([
      {
        newPasscode: 'new-passcode',
        credentials: { environment: 'sandbox', clientId: 'ops-client', clientSecret: 'the-secret' },
      },
    ]);
  });

  it('sends no reset while the two new passcodes differ', async () => {
    const { fake, user, form } = await openResetForm();
    await user.type(within(form).getByLabelText('New passcode'), 'new-passcode');
    await user.type(within(form).getByLabelText('New passcode again'), 'new-passcod{Enter}');
    expect(within(form).getByText('The two passcodes are not the same.')).toBeTruthy();
    expect(fake.callsOf('resetPasscode')).toEqual([]);
  });

  it('offers Touch ID when main says the OS can confirm the operator', async () => {
    const fake = installFakeTreasury();
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('navigation', { name: 'Main' });
    act(() =>
      fake.emitState({
        locked: true,
        lock: {
          passcodeSet: true,
          passcodeStorage: 'keychain',
          osAuthentication: 'Touch ID',
          retryAt: null,
        },
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Unlock with Touch ID' }));
    expect(fake.callsOf('unlock')).toEqual([{ osAuthentication: true }]);
  });
});
