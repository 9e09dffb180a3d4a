// The window as a whole: onboarding on first start, the lock screen hiding everything (and
// keeping drafts), the idle timer, and notification clicks opening the right item.
import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../shared/settings';
import { App } from '../../renderer/src/App';
import { useIdleLock } from '../../renderer/src/hooks/useIdleLock';
import { appState, orchestration } from './support/fixtures';
import { FakeFailure, installFakeTreasury, resetStores } from './support/fake-treasury';

beforeEach(resetStores);
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('first start', () => {
  it('offers the demo, and starting it switches environment and completes onboarding', async () => {
    const fake = installFakeTreasury(
      {},
      appState({ settings: { ...defaultSettings, onboarded: false } }),
    );
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Explore with the built-in demo' }));
    expect(
      fake.calls
        .map((c) => c.name)
        .filter((n) => n === 'switchEnvironment' || n === 'completeOnboarding'),
    ).toEqual(['switchEnvironment', 'completeOnboarding']);
    expect(fake.callsOf('switchEnvironment')).toEqual([{ environment: 'demo' }]);
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    act(() => fake.emitState({ settings: { ...defaultSettings, onboarded: true } }));
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(screen.getByRole('status', { name: 'Environment: DEMO' })).toBeTruthy();
  });
});

describe('lock', () => {
  it('hides all data while locked and keeps what was typed for after unlocking', async () => {
    const fake = installFakeTreasury();
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Redeem' }));
    await user.type(screen.getByLabelText('Amount'), '4321.5');

    act(() => fake.emitState({ locked: true }));
    expect(screen.getByRole('heading', { name: 'Treasury Desk is locked' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/4321|250,000|Operating/);
    await user.type(screen.getByLabelText('Passcode'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(fake.callsOf('unlock')).toEqual([{ passcode: 'correct horse' }]);

    act(() => fake.emitState({ locked: false }));
    expect((screen.getByLabelText('Amount') as HTMLInputElement).value).toBe('4321.5');
  });

  it('"Lock now" in Settings asks main to lock', async () => {
    const fake = installFakeTreasury();
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    // Settings is loaded when first opened (a lazy chunk): slow on a loaded machine.
    await user.click(await screen.findByRole('button', { name: 'Lock now' }, { timeout: 10_000 }));
    expect(fake.callsOf('lock')).toHaveLength(1);
  });
});

describe('sync now', () => {
  it('asks main to sync and says so when it cannot', async () => {
    const fake = installFakeTreasury({
      refreshNow: () => {
        throw new FakeFailure({
          code: 'rate_limited',
          message: 'Paused',
          details: { retryAt: '2026-03-02T10:05:00.000Z' },
        });
      },
    });
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Sync now' }));
    expect(fake.callsOf('refreshNow')).toHaveLength(1);
    expect(await screen.findByText('Paxos asked us to slow down')).toBeTruthy();
  });
});

describe('idle lock timer', () => {
  it('locks after the idle minutes, and activity postpones it', () => {
    vi.useFakeTimers();
    const lock = vi.fn();
    renderHook(() => useIdleLock(2, true, lock));
    vi.advanceTimersByTime(90_000);
    window.dispatchEvent(new KeyboardEvent('keydown'));
    vi.advanceTimersByTime(90_000);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(31_000);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('never locks with 0 minutes or while already locked', () => {
    vi.useFakeTimers();
    const lock = vi.fn();
    renderHook(() => useIdleLock(0, true, lock));
    renderHook(() => useIdleLock(1, false, lock));
    vi.advanceTimersByTime(24 * 3_600_000);
    expect(lock).not.toHaveBeenCalled();
  });
});

describe('notification clicks', () => {
  it('open the item on its screen', async () => {
    const fake = installFakeTreasury({
      getOrchestration: ({ id }) => ({
        orchestration: orchestration({ id, status: 'COMPLETED' }),
        transfers: [],
      }),
      queryActivity: () => ({ total: 0, rows: [], asOf: null }),
    });
    render(<App />);
    await screen.findByRole('navigation', { name: 'Main' });
    act(() => fake.emitOpenItem({ screen: 'activity', id: 'orch-9' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Activity' })).toBeTruthy();
    expect(await screen.findByTestId('activity-detail')).toBeTruthy();
    expect(fake.callsOf('getOrchestration')).toContainEqual({ id: 'orch-9' });
    expect((await screen.findAllByText('Completed')).length).toBeGreaterThan(0);
  });
});

describe('overview', () => {
  it('keeps the app facts and shows cached sections with their "as of" time', async () => {
    installFakeTreasury();
    render(<App />);
    expect((await screen.findByTestId('app-version')).textContent).toBe('0.1.0');
    expect(screen.getByTestId('app-environment').textContent).toMatch(/Demo/);
    expect(screen.getByRole('table', { name: 'Balances' }).textContent).toContain(
      '250,000.123456 USDC',
    );
    expect(screen.getAllByTestId('as-of').length).toBeGreaterThanOrEqual(3);
    expect(screen.getByTestId('awaiting-approval').textContent).toContain('Payroll');
  });
});
