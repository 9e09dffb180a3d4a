import { describe, expect, it, vi } from 'vitest';
import { createHandlerTable, type OperationHandlers } from '../../../main/bridge/handler-table';
import { AppError } from '../../../shared/app-error';

const info = {
  name: 'Treasury Desk',
  version: '1.2.3',
  environment: 'demo',
  environmentLabel: 'Demo',
  platform: 'linux',
} as const;
const snapshot = {
  revision: 0,
  state: {
    environment: 'demo',
    environmentLabel: 'Demo',
    locked: false,
    connection: {
      status: 'unknown',
      checkedAt: null,
      lastSyncAt: null,
      coolDownUntil: null,
      lastError: null,
    },
  },
} as const;

function handlers(overrides: Partial<OperationHandlers> = {}) {
  return {
    getAppInfo: vi.fn(() => ({ ...info })),
    getState: vi.fn(() => snapshot),
    ...overrides,
  } as OperationHandlers & { getAppInfo: ReturnType<typeof vi.fn> };
}

describe('bridge handler table', () => {
  it('runs the handler for valid input and returns its result', async () => {
    const table = createHandlerTable(handlers());
    expect(await table.getAppInfo(undefined)).toEqual({ ok: true, value: info });
  });

  it.each([[{}], [null], ['x'], [42], [{ __proto__: { polluted: true } }]])(
    'refuses malformed input %j with a typed validation error, handler never runs',
    async (input) => {
      const h = handlers();
      const result = await createHandlerTable(h).getAppInfo(input);
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(h.getAppInfo).not.toHaveBeenCalled();
    },
  );

  it('the lock policy: while locked, an operation not allowed answers locked and its handler never runs', async () => {
    let locked = true;
    const h = handlers();
    const table = createHandlerTable(h, {
      lock: { isLocked: () => locked, allowed: new Set(['getState']) },
    });
    expect(await table.getAppInfo(undefined)).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    expect(h.getAppInfo).not.toHaveBeenCalled();
    const allowed = createHandlerTable(h, {
      lock: { isLocked: () => locked, allowed: new Set(['getAppInfo']) },
    });
    expect(await allowed.getAppInfo(undefined)).toEqual({ ok: true, value: info });
    h.getAppInfo.mockClear();
    // Input is still checked first: a malformed call is a validation error, locked or not.
    expect(await table.getAppInfo({})).toMatchObject({ ok: false, error: { code: 'validation' } });
    locked = false;
    expect(await table.getAppInfo(undefined)).toEqual({ ok: true, value: info });
  });

  it('strips fields the contract does not declare from results', async () => {
    const table = createHandlerTable(
      handlers({ getAppInfo: () => ({ ...info, accessToken: 'tok-123' }) as never }),
    );
    const result = await table.getAppInfo(undefined);
    expect(JSON.stringify(result)).not.toContain('tok-123');
  });

  it('passes AppError through and hides anything else behind a generic message', async () => {
    const unexpected = vi.fn();
    const table = createHandlerTable(
      handlers({
        getAppInfo: () => {
          throw new AppError('not_found', 'No such thing.', { id: 'a' });
        },
        getState: () => {
          throw new Error('ENOENT /home/alice/secret-path');
        },
      }),
      { onUnexpected: unexpected },
    );
    expect(await table.getAppInfo(undefined)).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No such thing.', details: { id: 'a' } },
    });
    const hidden = await table.getState(undefined);
    expect(hidden).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(hidden)).not.toContain('secret-path');
    expect(unexpected).toHaveBeenCalledOnce();
  });
});
