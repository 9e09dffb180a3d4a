// A notice the OS cannot show still reaches the operator: every notice lands in the state's
// list of recent notices, marked whether the OS showed it, bounded, and opening its item.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../shared/settings';
import { RECENT_NOTICES_LIMIT, StateDeltaSchema, type StateDelta } from '../../../shared/state';
import { AppStateStore } from '../../../main/state/app-state-store';
import { initialState } from '../../../main/state/initial-state';
import { listingNotifier, RecentNotices } from '../../../main/state/recent-notices';
import { silentNotifier, type DeskNotification } from '../../../main/desk/notify/notifier';
import { electronMock, notifications } from './electron-mock';

vi.mock('electron', () => electronMock);
const { createElectronNotifier } = await import('../../../main/electron/electron-notifier');

const wire: DeskNotification = {
  title: 'Wire completed',
  body: '1,000.00 USDC redeemed.',
  target: { screen: 'activity', id: 'orch-1' },
};

function setup() {
  const state = new AppStateStore(initialState('sandbox', defaultSettings, 'Sandbox'));
  const deltas: StateDelta[] = [];
  state.subscribe((delta) => deltas.push(delta));
  const onClick = vi.fn();
  const notifier = listingNotifier(
    createElectronNotifier(),
    new RecentNotices(state, () => new Date('2026-03-02T10:00:00Z')),
  );
  return {
    state,
    deltas,
    onClick,
    show: (n: DeskNotification = wire) => notifier.show(n, onClick),
  };
}

beforeEach(() => {
  notifications.length = 0;
  electronMock.Notification.isSupported.mockReturnValue(true);
});

describe('recent notices', () => {
  it('lists a notice the OS showed, and its click opens the item', () => {
    const { state, show, onClick } = setup();
    show();
    expect(notifications).toHaveLength(1);
    expect(notifications[0]!.shown).toBe(1);
    expect(state.get().recentNotices).toEqual([
      expect.objectContaining({
        title: 'Wire completed',
        environment: 'sandbox',
        target: { screen: 'activity', id: 'orch-1' },
        shownByOs: true,
      }),
    ]);
    notifications[0]!.listeners.get('click')!();
    expect(onClick).toHaveBeenCalledWith({ screen: 'activity', id: 'orch-1' });
  });

  it('lists it as not shown when the system has no notification centre', () => {
    electronMock.Notification.isSupported.mockReturnValue(false);
    const { state, show } = setup();
    show();
    expect(notifications).toHaveLength(0);
    const [notice] = state.get().recentNotices;
    expect(notice).toMatchObject({
      title: 'Wire completed',
      target: { screen: 'activity', id: 'orch-1' },
      shownByOs: false,
    });
    expect(notice!.notShownReason).toMatch(/notification centre/);
  });

  it('marks it not shown when the native notification emits `failed` (unsigned macOS build)', () => {
    const { state, show, deltas } = setup();
    show();
    show({
      ...wire,
      title: 'Bank account approved',
      target: { screen: 'bank-accounts', id: 'fa-1' },
    });
    notifications[0]!.listeners.get('failed')!({}, 'app is not signed');
    const [newest, oldest] = state.get().recentNotices;
    expect(newest).toMatchObject({ title: 'Bank account approved', shownByOs: true });
    expect(oldest).toMatchObject({
      title: 'Wire completed',
      shownByOs: false,
      notShownReason: expect.stringContaining('app is not signed'),
    });
    // The renderer hears it through the ordinary state deltas, valid against the contract.
    const last = deltas.at(-1)!;
    expect(StateDeltaSchema.parse(last).set.recentNotices?.[1]?.shownByOs).toBe(false);
  });

  it('keeps the newest notices only, and a notice that throws in the OS is still listed', () => {
    const state = new AppStateStore(initialState('demo', defaultSettings, 'Demo'));
    const notices = new RecentNotices(state, () => new Date());
    const throwing = listingNotifier(
      {
        show: () => {
          throw new Error('dbus gone');
        },
      },
      notices,
    );
    for (let i = 0; i < RECENT_NOTICES_LIMIT + 7; i += 1)
      throwing.show({ ...wire, target: { screen: 'activity', id: `o-${i}` } }, () => undefined);
    const list = state.get().recentNotices;
    expect(list).toHaveLength(RECENT_NOTICES_LIMIT);
    expect(list[0]!.target.id).toBe(`o-${RECENT_NOTICES_LIMIT + 6}`);
    expect(new Set(list.map((n) => n.id)).size).toBe(RECENT_NOTICES_LIMIT);
    expect(list.every((n) => !n.shownByOs && n.notShownReason?.includes('dbus gone'))).toBe(true);
  });

  it('the headless notifier reports every notice as not shown by the OS', () => {
    const state = new AppStateStore(initialState('demo', defaultSettings, 'Demo'));
    listingNotifier(silentNotifier, new RecentNotices(state, () => new Date())).show(
      wire,
      () => undefined,
    );
    expect(state.get().recentNotices[0]).toMatchObject({ shownByOs: false });
  });
});
