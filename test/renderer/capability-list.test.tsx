// Issue 22: Settings lists what the credential allows, and why a capability is off.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CapabilityList } from '../../renderer/src/components/credentials/CapabilityList';

describe('capability list', () => {
  it('shows each capability, and the reason one is unavailable', () => {
    render(
      <CapabilityList
        capabilities={[
          { name: 'redeem', label: 'Redemptions', on: true },
          {
            name: 'rules',
            label: 'Auto-redeem rules',
            on: false,
            reason: 'Paxos did not grant orchestration:write_orchestration_rule.',
          },
        ]}
      />,
    );
    expect(screen.getByTestId('capability-redeem').textContent).toContain('available');
    expect(screen.getByTestId('capability-rules').textContent).toContain(
      'unavailable — Paxos did not grant orchestration:write_orchestration_rule.',
    );
  });
});
