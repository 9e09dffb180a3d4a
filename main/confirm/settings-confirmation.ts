// Which settings changes weaken a guard, and their confirmation. Raising a soft limit, pointing
// Paxos requests at another address, turning the idle lock off or making it wait longer, and
// letting queued requests wait longer before they must be confirmed again need main's
// confirmation; the safer direction, and any other preference, does not. Every change is
// audited with its values, before → after.
import type { EnvironmentKind } from '../../shared/environment';
import { compareAmounts, formatAmount } from '../../shared/money';
import type { Settings, SettingsPatch } from '../../shared/settings';
import type { ConfirmationRequest } from './confirmation';
import { environmentFact } from './environment-names';

type Change = { key: string; before: unknown; after: unknown };

const limitKeys = [
  'perRedemptionSoftLimitUsd',
  'dailySoftLimitUsd',
  'perConversionSoftLimitUsd',
  'dailyConversionSoftLimitUsd',
] as const;
const limitNames: Record<(typeof limitKeys)[number], string> = {
  perRedemptionSoftLimitUsd: 'Per-redemption limit',
  dailySoftLimitUsd: 'Daily limit',
  perConversionSoftLimitUsd: 'Per-conversion limit (inside Paxos)',
  dailyConversionSoftLimitUsd: 'Daily conversion limit (inside Paxos)',
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
  const idle = idleLockWeakened(before.idleLockMinutes, after.idleLockMinutes);
  const expiry = after.intentExpiryMinutes > before.intentExpiryMinutes;
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
  if (idle)
    facts.push([
      'Idle lock',
      `${idleText(before.idleLockMinutes)} → ${idleText(after.idleLockMinutes)}`,
    ]);
  if (expiry)
    facts.push([
      'Queued requests must be confirmed again after',
      `${before.intentExpiryMinutes} minutes → ${after.intentExpiryMinutes} minutes`,
    ]);
  const audit = {
    changes: Object.fromEntries(changes.map((c) => [c.key, { before: c.before, after: c.after }])),
  };
  const weakened: [boolean, string, string][] = [
    [raised.length > 0, 'raise a soft limit', 'Raise limit'],
    [endpoints.length > 0, 'change where Treasury Desk sends Paxos requests', 'Change addresses'],
    [idle, 'lock Treasury Desk later or never when idle', 'Relax idle lock'],
    [expiry, 'let queued requests wait longer before asking you again', 'Extend expiry'],
  ];
  const asked = weakened.filter(([on]) => on);
  if (asked.length === 0) return { changes, audit };
  const what = asked.map(([, words]) => words).join(' and ');
  return {
    changes,
    audit,
    request: {
      action: 'settings.update',
      environment,
      message: `${what.charAt(0).toUpperCase()}${what.slice(1)}?`,
      facts,
      confirmLabel: asked[0]![2],
    },
  };
}

/** Off (0) after on, or a longer wait: the desk stays open to whoever sits at it for longer. */
function idleLockWeakened(before: number, after: number): boolean {
  return before !== 0 && (after === 0 || after > before);
}

const idleText = (minutes: number) => (minutes === 0 ? 'never' : `after ${minutes} minutes`);
