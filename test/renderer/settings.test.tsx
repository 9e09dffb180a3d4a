// Settings: preferences validated next to each field (typing kept on failure), only changed
// settings sent, and the environment switch confirmed explicitly (more so for Production).
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/settings';
import { SettingsScreen } from '../../renderer/src/screens/settings/SettingsScreen';
import { appState } from './support/fixtures';
import { FakeFailure, installFakeTreasury, resetStores, seedStore } from './support/fake-treasury';

beforeEach(() => {
  resetStores();
  seedStore();
});
afterEach(cleanup);

const errorText = (label: string | RegExp) => {
  const input = screen.getByLabelText(label);
  return document.getElementById(`${input.id}-error`)?.textContent ?? null;
};

describe('preferences', () => {
  it('shows a range error next to the field and sends nothing', async () => {
    const fake = installFakeTreasury();
    const user = userEvent.setup();
    render(<SettingsScreen />);
    const fast = screen.getByLabelText('Poll while something is in flight (seconds)');
    await user.clear(fast);
    await user.type(fast, '1');
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(errorText('Poll while something is in flight (seconds)')).toBe(
      'Enter a number from 2 to 300.',
    );
    expect(fake.callsOf('updateSettings')).toEqual([]);
  });

  it('sends only what changed, limits as exact decimal strings', async () => {
    const fake = installFakeTreasury({
      updateSettings: () => ({ ...defaultSettings, onboarded: true }),
    });
    const user = userEvent.setup();
    render(<SettingsScreen />);
    const limit = screen.getByLabelText('Per-redemption soft limit (USD)');
    // Over a limit, main's dialog has a box to tick: the hints say so, not "typed twice".
    expect(document.body.textContent).not.toMatch(/typed twice/);
    expect(screen.getAllByText(/tick “I checked the amount and the destination”/)).toHaveLength(2);
    await user.clear(limit);
    await user.type(limit, '$250,000.505');
    // Kept as typed, refused with the reason, and not saved while refused.
    expect((limit as HTMLInputElement).value).toBe('$250,000.505');
    expect(errorText('Per-redemption soft limit (USD)')).toMatch(
      /USD allows at most 2 decimal places/,
    );
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(fake.callsOf('updateSettings')).toEqual([]);
    await user.type(limit, '{Backspace}');
    expect(errorText('Per-redemption soft limit (USD)')).toBeNull();
    await user.click(screen.getByLabelText('A redemption failed'));
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(fake.callsOf('updateSettings')).toEqual([
      {
        perRedemptionSoftLimitUsd: '250000.50',
        notifications: {
          redemptionCompleted: true,
          redemptionFailed: false,
          bankAccountReviewed: true,
        },
      },
    ]);
    expect(await screen.findByText('Saved.')).toBeTruthy();
  });

  it("places main's refusal next to the field and keeps the typing", async () => {
    installFakeTreasury({
      updateSettings: () => {
        throw new FakeFailure({
          code: 'validation',
          message: 'dailySoftLimitUsd: main refused this limit',
          details: { field: 'dailySoftLimitUsd' },
        });
      },
    });
    const user = userEvent.setup();
    render(<SettingsScreen />);
    const daily = screen.getByLabelText('Daily soft limit (USD)');
    await user.clear(daily);
    await user.type(daily, '150000');
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(await screen.findByText('Please check the highlighted fields')).toBeTruthy();
    expect(errorText('Daily soft limit (USD)')).toBe('main refused this limit');
    expect((screen.getByLabelText('Daily soft limit (USD)') as HTMLInputElement).value).toBe(
      '150000',
    );
  });
});

describe('environment switch', () => {
  it('names the target, requires acknowledging Production, and cancels with Escape', async () => {
    const fake = installFakeTreasury({
      switchEnvironment: ({ environment }) => ({ revision: 5, state: appState({ environment }) }),
    });
    const user = userEvent.setup();
    render(<SettingsScreen />);
    await user.click(screen.getByRole('button', { name: 'Switch to Production…' }));
    let dialog = screen.getByRole('dialog', { name: 'Switch to Paxos Production (real money)?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.callsOf('switchEnvironment')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Switch to Production…' }));
    dialog = screen.getByRole('dialog');
    const confirm = within(dialog).getByRole('button', {
      name: 'Switch to Production',
    }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    await user.click(
      within(dialog).getByLabelText(/I understand that actions in Production move real money/),
    );
    await user.click(confirm);
    expect(fake.callsOf('switchEnvironment')).toEqual([{ environment: 'production' }]);
    expect(await screen.findByTestId('current-environment')).toHaveProperty(
      'textContent',
      'Paxos Production (real money)',
    );
  });

  it('keeps Tab inside the dialog', async () => {
    installFakeTreasury();
    const user = userEvent.setup();
    render(<SettingsScreen />);
    await user.click(screen.getByRole('button', { name: 'Switch to Sandbox…' }));
    const dialog = screen.getByRole('dialog');
    for (let i = 0; i < 4; i += 1) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
  });
});

describe('a raised limit declined in main', () => {
  it('says so next to Save and moves focus there', async () => {
    installFakeTreasury({
      updateSettings: () => {
        throw new FakeFailure({
          code: 'declined',
          message: 'Not confirmed: nothing was changed or sent.',
          details: { action: 'settings.update', reason: 'cancelled' },
        });
      },
    });
    const user = userEvent.setup();
    render(<SettingsScreen />);
    const limit = screen.getByLabelText('Per-redemption soft limit (USD)');
    await user.clear(limit);
    await user.type(limit, '250,000');
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    const form = screen.getByRole('form', { name: 'Preferences' });
    const notice = await within(form).findByTestId('error-notice');
    expect(notice.textContent).toContain('Not confirmed');
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect((limit as HTMLInputElement).value).toBe('250,000');
  });
});

describe('preferences errors in words (bug 8)', () => {
  const save = async (label: string, value: string) => {
    const fake = installFakeTreasury();
    const user = userEvent.setup();
    render(<SettingsScreen />);
    const input = screen.getByLabelText(label);
    await user.clear(input);
    await user.type(input, value);
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    return fake;
  };

  it('says a negative idle lock cannot be negative, not "Enter a whole number"', async () => {
    const fake = await save('Lock after idle (minutes)', '-5');
    expect(errorText('Lock after idle (minutes)')).toBe(
      'It cannot be negative: enter a whole number from 0 to 1440.',
    );
    expect(fake.callsOf('updateSettings')).toEqual([]);
  });

  it('words a malformed soft limit instead of showing schema text', async () => {
    const fake = await save('Daily soft limit (USD)', '0');
    expect(errorText('Daily soft limit (USD)')).toBe('The amount must be more than zero.');
    expect(fake.callsOf('updateSettings')).toEqual([]);
  });

  it('refuses a daily limit below the per-redemption limit, naming it', async () => {
    const fake = await save('Daily soft limit (USD)', '5000');
    expect(errorText('Daily soft limit (USD)')).toBe(
      'The daily limit is below the per-redemption limit of 100,000.00 USD: make it at least that much, or lower the per-redemption limit.',
    );
    expect(fake.callsOf('updateSettings')).toEqual([]);
  });

  it('clears a field’s error as soon as that field changes, and focuses the first error', async () => {
    await save('Lock after idle (minutes)', '-5');
    const idle = screen.getByLabelText('Lock after idle (minutes)');
    expect(document.activeElement).toBe(idle);
    await userEvent.setup().type(idle, '{Backspace}');
    expect(errorText('Lock after idle (minutes)')).toBeNull();
  });
});
