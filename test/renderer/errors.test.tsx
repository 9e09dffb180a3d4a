// Bridge errors in an operator's words, with what to do, and field errors mapped to fields.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BridgeCallError } from '../../renderer/src/bridge/treasury';
import { ErrorNotice } from '../../renderer/src/components/ErrorNotice';
import { describeError } from '../../renderer/src/errors/describe-error';
import { fieldErrorsOf, withoutPathPrefix } from '../../renderer/src/errors/field-errors';

afterEach(cleanup);
const err = (code: string, message: string, details?: Record<string, unknown>) =>
  new BridgeCallError({ code, message, details });

describe('describeError', () => {
  it('network: says whether the request waits in the queue', () => {
    expect(
      describeError(err('network', 'getaddrinfo ENOTFOUND'), { queuesWhenOffline: true }).advice[0],
    ).toMatch(/will be sent when the connection returns/);
    expect(describeError(err('network', 'x')).advice[0]).toMatch(/Nothing was changed/);
  });

  it('rate_limited: says until when', () => {
    // 10:05:00 on this machine's clock, whatever its time zone: the advice shows local time.
    const at = new Date(2026, 2, 2, 10, 5, 0).toISOString();
    const text = describeError(
      err('rate_limited', 'Too many requests', { retryAt: at }),
    ).advice.join(' ');
    expect(text).toMatch(/\b10:05:00\b/);
  });

  it('insufficient_funds: available against needed', () => {
    const d = describeError(
      err('insufficient_funds', 'x', { asset: 'USDC', available: '50', needed: '100.25' }),
    );
    expect(d.title).toBe('Not enough funds');
    expect(d.advice[0]).toBe('Available: 50.00 USDC. Needed: 100.25 USDC.');
  });

  it("validation from main's balance check: available against needed, too", () => {
    const e = err('validation', 'Only 50.00 USDC is available in this profile.', {
      field: 'amount',
      asset: 'USDC',
      available: '50',
      needed: '100.25',
    });
    const d = describeError(e);
    expect(d.title).toBe('Please check the highlighted fields');
    expect(d.detail).toBe('Only 50.00 USDC is available in this profile.');
    expect(d.advice[0]).toBe('Available: 50.00 USDC. Needed: 100.25 USDC.');
    expect(fieldErrorsOf(e)).toEqual({
      amount: 'Not enough funds. Available: 50.00 USDC. Needed: 100.25 USDC.',
    });
    expect(describeError(err('validation', 'x', { field: 'amount' })).advice).toEqual([
      'Correct the field and try again.',
    ]);
  });

  it('forbidden: names the missing scopes; unauthorized: points to credentials', () => {
    expect(
      describeError(err('forbidden', 'x', { missingScopes: ['transfer:write_fiat_account'] }))
        .advice[0],
    ).toContain('transfer:write_fiat_account');
    expect(describeError(err('unauthorized', 'x')).advice[0]).toMatch(/client ID and secret/);
  });

  it('an unknown code still shows the message', () => {
    const d = describeError(err('brand_new_code', 'Something new happened'));
    expect(d.detail).toBe('Something new happened');
    expect(describeError(new Error('boom')).detail).toBe('boom');
  });
});

describe('fieldErrorsOf', () => {
  it('reads issues and the field, without repeating the field name', () => {
    const e = err('validation', 'amount: too many decimals', {
      field: 'amount',
      issues: [{ path: 'memo', message: 'bad character' }],
    });
    expect(fieldErrorsOf(e)).toEqual({ memo: 'bad character', amount: 'too many decimals' });
    expect(fieldErrorsOf(err('network', 'x'))).toEqual({});
    expect(withoutPathPrefix({ 'changes.metadata.label': 'long' }, 'changes.')).toEqual({
      'metadata.label': 'long',
    });
  });
});

describe('<ErrorNotice>', () => {
  it('renders title, detail and advice as an alert', () => {
    render(
      <ErrorNotice
        error={err('unavailable', 'Paxos answered 503')}
        context={{ queuesWhenOffline: true }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/temporarily unavailable/);
    expect(alert.textContent).toMatch(/Paxos answered 503/);
    expect(alert.textContent).toMatch(/kept in the queue/);
  });
});
