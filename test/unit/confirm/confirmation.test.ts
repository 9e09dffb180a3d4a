// The confirmation rule every confirmer applies, the native dialog adapter, and the endpoint
// allowlist.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  answerAccepted,
  boxNotTickedNotice,
  CHECKED_AMOUNT_AND_DESTINATION,
  pressedWithoutTicking,
  type ConfirmationRequest,
} from '../../../main/confirm/confirmation';
import {
  checkEndpointAllowlist,
  endpointProblem,
} from '../../../main/settings/endpoint-override-policy';

const showMessageBox = vi.hoisted(() => vi.fn());
vi.mock('electron', () => ({ dialog: { showMessageBox } }));

const request: ConfirmationRequest = {
  action: 'redemption.create',
  environment: 'production',
  message: 'Redeem 150,000.00 USDC to the account ending 6789 in Production?',
  facts: [['Bank', 'JPMorgan Chase Bank, account ending 6789']],
  confirmLabel: 'Redeem 150,000.00 USDC',
  checkboxLabel: CHECKED_AMOUNT_AND_DESTINATION,
};

describe('answerAccepted', () => {
  it('needs the confirm button, and the box ticked when there is one', () => {
    expect(answerAccepted(request, { confirmed: true, checked: true })).toBe(true);
    expect(answerAccepted(request, { confirmed: true, checked: false })).toBe(false);
    expect(answerAccepted(request, { confirmed: false, checked: true })).toBe(false);
    const { checkboxLabel: _none, ...plain } = request;
    expect(answerAccepted(plain, { confirmed: true, checked: false })).toBe(true);
  });

  it('tells a press without ticking apart from Cancel', () => {
    expect(pressedWithoutTicking(request, { confirmed: true, checked: false })).toBe(true);
    expect(pressedWithoutTicking(request, { confirmed: false, checked: false })).toBe(false);
    expect(pressedWithoutTicking(request, { confirmed: true, checked: true })).toBe(false);
    const { checkboxLabel: _none, ...plain } = request;
    expect(pressedWithoutTicking(plain, { confirmed: true, checked: false })).toBe(false);
  });
});

describe('native confirmation dialog', () => {
  beforeEach(() => showMessageBox.mockReset());

  it('attaches to the window, puts the amount on the button, Cancel by default, and reports the box', async () => {
    const { createDialogConfirmer } = await import('../../../main/electron/confirm-dialog');
    const window = { id: 1 } as never;
    const confirm = createDialogConfirmer(() => window);
    showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(await confirm(request)).toEqual({ confirmed: true, checked: false });
    const [target, options] = showMessageBox.mock.calls[0]!;
    expect(target).toBe(window);
    expect(options).toMatchObject({
      buttons: ['Cancel', 'Redeem 150,000.00 USDC'],
      defaultId: 0,
      cancelId: 0,
      checkboxLabel: 'I checked the amount and the destination',
      checkboxChecked: false,
      message: request.message,
      detail: 'Bank: JPMorgan Chase Bank, account ending 6789',
    });
    showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: true });
    expect(await confirm(request)).toEqual({ confirmed: true, checked: true });
    showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: true });
    expect(await confirm(request)).toEqual({ confirmed: false, checked: true });
  });

  it('shown again after a press without ticking, says why first, as a warning', async () => {
    const { createDialogConfirmer } = await import('../../../main/electron/confirm-dialog');
    const confirm = createDialogConfirmer(() => undefined);
    const notice = boxNotTickedNotice(CHECKED_AMOUNT_AND_DESTINATION);
    showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    await confirm({ ...request, environment: 'demo', notice });
    const [options] = showMessageBox.mock.calls[0]!;
    expect(options).toMatchObject({
      type: 'warning',
      message: `${notice}\n\n${request.message}`,
      checkboxChecked: false,
    });
    expect(notice).toBe(
      'Nothing was sent: the box “I checked the amount and the destination” was not ticked. Tick it to go ahead, or Cancel.',
    );
  });
});

describe('endpoint allowlist', () => {
  const strict = { allowLoopback: false };
  it('accepts only the Paxos hosts of the same environment, over https on the standard port', () => {
    expect(endpointProblem('sandbox', 'https://api.sandbox.paxos.com/v2', strict)).toBeUndefined();
    expect(
      endpointProblem('sandbox', 'https://oauth.sandbox.paxos.com/oauth2/token', strict),
    ).toBeUndefined();
    expect(
      endpointProblem('production', 'https://oauth.paxos.com/oauth2/token', strict),
    ).toBeUndefined();
    for (const [environment, url] of [
      ['sandbox', 'https://oauth.paxos.com/oauth2/token'],
      ['production', 'https://oauth.sandbox.paxos.com/oauth2/token'],
      ['production', 'https://evil.paxos.com/oauth2/token'],
      ['sandbox', 'https://api.sandbox.paxos.com.evil.example/v2'],
      ['sandbox', 'http://api.sandbox.paxos.com/v2'],
      ['sandbox', 'https://api.sandbox.paxos.com:444/v2'],
      ['sandbox', 'https://me:pw@api.sandbox.paxos.com/v2'],
      ['sandbox', 'http://127.0.0.1:4010/oauth2/token'],
    ] as const) {
      expect(endpointProblem(environment, url, strict), url).toBeDefined();
    }
    expect(
      endpointProblem('sandbox', 'http://127.0.0.1:4010/oauth2/token', { allowLoopback: true }),
    ).toBeUndefined();
    expect(() =>
      checkEndpointAllowlist(
        { sandbox: { tokenUrl: 'https://attacker.example/t' }, production: {} },
        strict,
      ),
    ).toThrow(/token URL/);
  });
});
