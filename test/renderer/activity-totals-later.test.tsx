// Issue 23: the list never waits for the totals. Main answers the list query first (it is
// asked first) and the summary may take longer; the rows show as soon as the list answers.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationInput } from '../../shared/contract';
import { ActivityScreen } from '../../renderer/src/screens/activity/ActivityScreen';
import { orchestration } from './support/fixtures';
import { installFakeTreasury, resetStores, seedStore } from './support/fake-treasury';
import { useActivityViewport } from './support/activity-viewport';

useActivityViewport();
beforeEach(() => {
  resetStores();
  seedStore();
});
afterEach(cleanup);

describe('Activity totals follow the list', () => {
  it('rows show while the summary has not answered', async () => {
    const fake = installFakeTreasury({
      queryActivity: ({ offset, limit }: OperationInput<'queryActivity'>) => ({
        total: 500,
        asOf: null,
        rows: Array.from({ length: Math.min(limit, 500 - offset) }, (_, i) =>
          orchestration({ id: `orch-${offset + i}` }),
        ),
      }),
      summarizeActivity: () => new Promise(() => undefined), // never answers
    });
    render(<ActivityScreen />);
    expect((await screen.findAllByTestId('activity-row')).length).toBeGreaterThan(5);
    expect(fake.calls.findIndex((c) => c.name === 'queryActivity')).toBeLessThan(
      fake.calls.findIndex((c) => c.name === 'summarizeActivity'),
    );
  });
});
