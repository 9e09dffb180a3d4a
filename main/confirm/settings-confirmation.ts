// Which settings changes weaken a guard, and their confirmation. Raising a soft limit or
// pointing Paxos requests at another address needs main's confirmation; lowering a limit or
// any other preference does not. Every change is audited with its values, before → after.
import type { EnvironmentKind } from '../../shared/environment';
import { compareAmounts, formatAmount } from '../../shared/money';
import type { Settings, SettingsPatch } from '../../shared/settings';
import type { ConfirmationRequest } from './confirmation';
import { environmentFact } from './environment-names';

type Change = { key: string; before: unknown; after: unknown };

const limitKeys = ['perRedemptionSoftLimitUsd', 'dailySoftLimitUsd'] as const;
const limitNames: Record<(typeof limitKeys)[number], string> = {
  perRedemptionSoftLimitUsd: 'Per-redemption limit',
  dailySoftLimitUsd: 'Daily limit',
};

/** Every setting whose value differs, flattened to dotted keys with both values. */
export function settingsChanges(before: Settings, after: Settings): Change[] {
  const changes: Change[] = [];
  const walk = (a: unknown, b: unknown, key: string) => {
    if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)]))
        walk(
          (a as Record<string, unknown>)[k],
          (b as Record<string, unknown>)[k],
          key ? `${key}.${k}` : k,
        );
    } else if ((a ?? '') !== (b ?? '')) changes.push({ key, before: a ?? null, after: b ?? null });
  };
  walk(before, after, '');
  return changes;
}

export interface SettingsDecision {
  changes: Change[];
  /** Present when the change needs main's confirmation. */
  request?: ConfirmationRequest;
  audit: Record<string, unknown>;
}

export function settingsDecision(
  environment: EnvironmentKind,
  before: Settings,
  patch: SettingsPatch,
): SettingsDecision {
  const after = { ...before, ...patch } as Settings;
  const changes = settingsChanges(before, after);
  const raised = limitKeys.filter((key) => compareAmounts(after[key], before[key]) > 0);
  const endpoints = changes.filter((c) => c.key.startsWith('endpointOverrides.'));
  const facts: [string, string][] = [environmentFact(environment)];
  for (const key of raised)
    facts.push([
      limitNames[key],
      `${formatAmount(before[key], 'USD')} → ${formatAmount(after[key], 'USD')}`,
    ]);
  for (const c of endpoints)
    facts.push([
      c.key.replace('endpointOverrides.', 'Address '),
      `${String(c.before ?? 'Paxos default')} → ${String(c.after ?? 'Paxos default')}`,
    ]);
  const audit = {
    changes: Object.fromEntries(changes.map((c) => [c.key, { before: c.before, after: c.after }])),
  };
  if (raised.length === 0 && endpoints.length === 0) return { changes, audit };
  const what = [
    raised.length > 0 ? 'raise a soft limit' : undefined,
    endpoints.length > 0 ? 'change where Treasury Desk sends Paxos requests' : undefined,
  ]
    .filter(Boolean)
    .join(' and ');
  return {
    changes,
    audit,
    request: {
      action: 'settings.update',
      environment,
      message: `${what.charAt(0).toUpperCase()}${what.slice(1)}?`,
      facts,
      confirmLabel: raised.length > 0 ? 'Raise limit' : 'Change addresses',
    },
  };
}
