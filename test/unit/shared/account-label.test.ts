// The label a bank account had at a time, and the creation-time spans each label names.
import { describe, expect, it } from 'vitest';
import { labelAt, labelSpans } from '../../../shared/account-label';

const renamed = {
  label: 'Operating',
  labelHistory: [
    { label: 'Payroll' },
    { label: 'Reserve', since: '2026-03-01T12:00:00.000Z' },
    { label: 'Operating', since: '2026-03-05T08:00:00.000Z' },
  ],
};

describe('bank account labels over time', () => {
  it('names a time by the label in effect then, comparing instants rather than text', () => {
    expect(labelAt(renamed, '2026-02-01T00:00:00Z')).toBe('Payroll');
    // Paxos writes microseconds; as text "…12:00:00Z" would sort after "…12:00:00.000Z".
    expect(labelAt(renamed, '2026-03-01T11:59:59.999999Z')).toBe('Payroll');
    expect(labelAt(renamed, '2026-03-01T12:00:00Z')).toBe('Reserve');
    expect(labelAt(renamed, '2026-03-06T00:00:00Z')).toBe('Operating');
  });

  it("without a time, or for an account never renamed, is today's label", () => {
    expect(labelAt(renamed, undefined)).toBe('Operating');
    expect(labelAt(renamed, 'not a time')).toBe('Operating');
    expect(labelAt({ label: 'Plain' }, '2026-01-01T00:00:00Z')).toBe('Plain');
  });

  it('spans cover all time without gaps or overlaps', () => {
    const at = (iso: string) => Date.parse(iso);
    expect(labelSpans(renamed)).toEqual([
      { label: 'Payroll', beforeMs: at('2026-03-01T12:00:00.000Z') },
      {
        label: 'Reserve',
        fromMs: at('2026-03-01T12:00:00.000Z'),
        beforeMs: at('2026-03-05T08:00:00.000Z'),
      },
      { label: 'Operating', fromMs: at('2026-03-05T08:00:00.000Z') },
    ]);
    expect(labelSpans({ label: 'Plain' })).toEqual([{ label: 'Plain' }]);
  });
});
