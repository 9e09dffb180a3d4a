// Operator settings (never secrets): what the Settings screen edits and main enforces.
import { z } from 'zod';
import { checkAmount } from './money';
import { EnvironmentKindSchema } from './environment';

const usdLimit = z
  .string()
  .refine(
    (v) => checkAmount(v, 'USD').ok,
    'Enter a USD amount greater than zero with at most 2 decimals, e.g. 100000.00.',
  );
const url = z.url({ protocol: /^https?$/ }).max(300);

export const SettingsSchema = z.object({
  environment: EnvironmentKindSchema,
  onboarded: z.boolean(),
  /** Base and token URL overrides per environment (custom / staging); empty = the default. */
  endpointOverrides: z.object({
    sandbox: z.object({ apiUrl: url.optional(), tokenUrl: url.optional() }),
    production: z.object({ apiUrl: url.optional(), tokenUrl: url.optional() }),
  }),
  /** Seconds between polls while a redemption or bank account is in flight, and otherwise. */
  pollFastSeconds: z.number().int().min(2).max(300),
  pollSlowSeconds: z.number().int().min(15).max(3600),
  /** A queued intent older than this must be confirmed again before it is sent. */
  intentExpiryMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60),
  notifications: z.object({
    redemptionCompleted: z.boolean(),
    redemptionFailed: z.boolean(),
    bankAccountReviewed: z.boolean(),
  }),
  /** Soft limits in USD: above them main's confirmation has a box the operator must tick. */
  perRedemptionSoftLimitUsd: usdLimit,
  dailySoftLimitUsd: usdLimit,
  /**
   * Soft limits for money converting INSIDE Paxos (a mint, a conversion between profiles),
   * counted apart from the wires above: money that stays at Paxos is a different risk from money
   * that leaves it, and a desk that mints a million should not use up its daily wire allowance.
   */
  perConversionSoftLimitUsd: usdLimit,
  dailyConversionSoftLimitUsd: usdLimit,
  /**
   * What the desk asks Paxos scopes for (redeem, rules, bankAccounts, activity …) when Paxos
   * cannot say what the credential holds. Names stay open (an older build keeps a newer name).
   */
  capabilities: z.array(z.string().max(40)).max(40),
  /** Lock the app after this many idle minutes; 0 = never. */
  idleLockMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const defaultSettings: Settings = {
  environment: 'demo',
  onboarded: false,
  endpointOverrides: { sandbox: {}, production: {} },
  pollFastSeconds: 5,
  pollSlowSeconds: 60,
  intentExpiryMinutes: 60,
  notifications: { redemptionCompleted: true, redemptionFailed: true, bankAccountReviewed: true },
  perRedemptionSoftLimitUsd: '100000.00',
  dailySoftLimitUsd: '1000000.00',
  perConversionSoftLimitUsd: '1000000.00',
  dailyConversionSoftLimitUsd: '5000000.00',
  idleLockMinutes: 15,
  capabilities: [
    'redeem',
    'rules',
    'bankAccounts',
    'activity',
    'receiveWires',
    'sandboxWires',
    'wireOut',
  ],
};

/**
 * What the renderer may change; environment and onboarding have their own operations. Strict at
 * every level: an unknown key (or a `__proto__` one) is refused, never silently dropped.
 */
const endpointOverridePatch = z.strictObject({ apiUrl: url.optional(), tokenUrl: url.optional() });
export const SettingsPatchSchema = SettingsSchema.omit({ environment: true, onboarded: true })
  .extend({
    endpointOverrides: z.strictObject({
      sandbox: endpointOverridePatch,
      production: endpointOverridePatch,
    }),
    notifications: SettingsSchema.shape.notifications.strict(),
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
