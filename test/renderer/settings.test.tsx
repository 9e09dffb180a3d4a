// Settings: preferences validated next to each field (typing kept on failure), only changed
// settings sent, and the environment switch confirmed explicitly (more so for Production).
import { cleanup, render, screen, within } from '@testing-library/react';
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
    expect(errorText('Poll while something is in flight (seconds)')).toBe('Enter a number from 2 to 300.');
    expect(fake.callsOf('updateSettings')).toEqual([]);
  });

  it('sends only what changed, limits as exact decimal strings', async () => {
    const fake = installFakeTreasury({ updateSettings: () => ({ ...defaultSettings, onboarded: true }) });
    const user = userEvent.setup();
    render(<SettingsScreen />);
    const limit = screen.getByLabelText('Per-redemption soft limit (USD)');
    await user.clear(limit);
    await user.type(limit, '250000.505');
    expect((limit as HTMLInputElement).value).toBe('250000.50');
    await user.click(screen.getByLabelText('A redemption failed'));
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(fake.callsOf('updateSettings')).toEqual([
      { perRedemptionSoftLimitUsd: '250000.50', notifications: { redemptionCompleted: true, redemptionFailed: false, bankAccountReviewed: true } },
    ]);
    expect(await screen.findByText('Saved.')).toBeTruthy();
  });

  it("places main's refusal next to the field and keeps the typing", async () => {
    installFakeTreasury({
      updateSettings: () => {
        throw new FakeFailure({ code: 'validation', message: 'dailySoftLimitUsd: must be at least the per-redemption limit', details: { field: 'dailySoftLimitUsd' } });
      },
    });
    const user = userEvent.setup();
    render(<SettingsScreen />);
    const daily = screen.getByLabelText('Daily soft limit (USD)');
    await user.clear(daily);
    await user.type(daily, '5');
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(await screen.findByText('Please check the highlighted fields')).toBeTruthy();
    expect(errorText('Daily soft limit (USD)')).toBe('must be at least the per-redemption limit');
    expect((screen.getByLabelText('Daily soft limit (USD)') as HTMLInputElement).value).toBe('5');
  });
});

describe('environment switch', () => {
  it('names the target, requires acknowledging Production, and cancels with Escape', async () => {
    const fake = installFakeTreasury({ switchEnvironment: ({ environment }) => ({ revision: 5, state: appState({ environment }) }) });
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
    const confirm = within(dialog).getByRole('button', { name: 'Switch to Production' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    await user.click(within(dialog).getByLabelText(/I understand that actions in Production move real money/));
    await user.click(confirm);
    expect(fake.callsOf('switchEnvironment')).toEqual([{ environment: 'production' }]);
    expect(await screen.findByTestId('current-environment')).toHaveProperty('textContent', 'Paxos Production (real money)');
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
