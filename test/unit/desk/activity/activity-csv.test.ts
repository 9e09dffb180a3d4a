import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { activityCsv } from '../../../../main/desk/activity/activity-csv';
import type { OrchestrationView } from '../../../../shared/views';

const row = (overrides: Partial<OrchestrationView>): OrchestrationView => ({
  id: 'o-1',
  refId: 'ref-1',
  status: 'COMPLETED',
  sourceAsset: 'USDC',
  sourceAmount: '1250.50',
  destinationAsset: 'USD',
  fetchedAt: '2026-11-24T10:00:00Z',
  ...overrides,
});

describe('activity CSV', () => {
  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'neutralises a formula-looking memo %j',
    (memo) => {
      const csv = activityCsv([row({ memo })]);
      const [, first] = Papa.parse<string[]>(csv.trim()).data;
      const cell = first![7]!;
      expect(cell.startsWith("'")).toBe(true);
      expect(cell.slice(1)).toBe(memo);
    },
  );

  it('quotes commas, quotes and newlines and keeps amounts exact', () => {
    const csv = activityCsv([row({ memo: 'Q4, "urgent"\nline 2', sourceAmount: '12345678901234.123456' })]);
    const parsed = Papa.parse<string[]>(csv.trim()).data;
    expect(parsed[1]![7]).toBe('Q4, "urgent"\nline 2');
    expect(parsed[1]![4]).toBe('12345678901234.123456');
  });

  it('writes a header and one line per row', () => {
    const csv = activityCsv([row({}), row({ id: 'o-2' })]);
    const lines = Papa.parse<string[]>(csv.trim()).data;
    expect(lines[0]![0]).toBe('created_at');
    expect(lines.map((l) => l[9])).toEqual(['orchestration_id', 'o-1', 'o-2']);
  });
});
