// Input schemas of the bridge operations that take one. Strict objects: an extra field is a
// validation error, not silently ignored. Amounts are decimal strings checked per asset.
import { z } from 'zod';
import { ASSETS, STABLECOINS, RULE_NETWORKS } from './assets';
import { checkAmount } from './money';
import { EnvironmentKindSchema } from './environment';
import { ORCHESTRATION_KINDS } from './paxos/orchestration-kind';
import { STATUS_OUTCOMES } from './paxos/status-meanings';
import { CreateFiatAccountInputSchema, UpdateFiatAccountInputSchema } from './paxos/requests';

const id = z.string().min(1).max(100);
const text = (max: number) => z.string().max(max);
const remoteEnvironment = z.enum(['sandbox', 'production']);

export const SwitchEnvironmentInput = z.strictObject({ environment: EnvironmentKindSchema });

export const CredentialsInput = z.strictObject({
  environment: remoteEnvironment,
  clientId: z.string().trim().min(1, 'Enter the client ID').max(200),
  clientSecret: z.string().min(1, 'Enter the client secret').max(500),
});
export const SaveCredentialsInput = CredentialsInput.extend({
  /** 'session' keeps them in memory for this run only (when no keychain is available). */
  storage: z.enum(['keychain', 'session']),
});
export const ForgetCredentialsInput = z.strictObject({ environment: remoteEnvironment });

/** A request-signing key for the credential: made by main, or the operator's own PEM imported. */
export const CreateSigningKeyInput = z.strictObject({
  environment: remoteEnvironment,
  algorithm: z.enum(['EdDSA', 'ES256']),
  /** An unencrypted Ed25519 or P-256 private key (PEM); absent: main makes a new pair. */
  privateKeyPem: z.string().min(1, 'Paste the private key').max(10_000).optional(),
});
/** The key ID the Paxos Dashboard gave the registered public key. */
export const TurnOnSigningInput = z.strictObject({
  environment: remoteEnvironment,
  keyId: z.string().trim().min(1, 'Enter the key ID').max(200),
});
export const TurnOffSigningInput = z.strictObject({ environment: remoteEnvironment });

/** A bank account as the operator enters it; main adds the ref_id. */
export const NewFiatAccountInput = CreateFiatAccountInputSchema.omit({ ref_id: true });
export const UpdateFiatAccountRequest = z.strictObject({
  id,
  changes: UpdateFiatAccountInputSchema,
});
export const ByIdInput = z.strictObject({ id });
/** A local nickname for a bank account: this desk's label, never sent to Paxos. */
export const RenameBankAccountInput = z.strictObject({
  id,
  label: z.string().trim().min(1, 'Enter a label.').max(100, 'At most 100 characters.'),
});

const stablecoin = z.enum(STABLECOINS);
export const RedemptionInput = z
  .strictObject({
    profileId: id,
    asset: stablecoin,
    amount: z.string().max(40),
    fiatAccountId: id,
    memo: text(100)
      .regex(/^[0-9A-Za-z /?:().,&'+-]*$/, "letters, digits, spaces and / ? : ( ) . , & ' + - only")
      .optional(),
    /**
     * Ignored by main (kept so an older page's call still validates): over a soft limit the check
     * is main's own confirmation with its "I checked the amount and the destination" box.
     */
    retypedAmount: z.string().max(40).optional(),
  })
  .superRefine((value, ctx) => {
    const check = checkAmount(value.amount, value.asset);
    if (!check.ok)
      ctx.addIssue({ code: 'custom', path: ['amount'], message: `The amount ${check.detail}` });
    // Held to the same rule as the amount: otherwise "NaN" here would reach the handler.
    const retyped =
      value.retypedAmount === undefined ? undefined : checkAmount(value.retypedAmount, value.asset);
    if (retyped && !retyped.ok)
      ctx.addIssue({
        code: 'custom',
        path: ['retypedAmount'],
        message: `The amount typed again ${retyped.detail}`,
      });
  });

/**
 * A conversion between profiles: a mint (USD → a stablecoin) now; stablecoin ↔ stablecoin and
 * stablecoin → USD kept in a profile on the same path next. Which pairs the entity may use is
 * Paxos's entitlement: main checks the form, Paxos answers an unsupported pair with a 400.
 */
export const ConversionInput = z
  .strictObject({
    fromProfileId: id,
    fromAsset: z.enum(ASSETS),
    toProfileId: id,
    toAsset: z.enum(ASSETS),
    amount: z.string().max(40),
  })
  .superRefine((value, ctx) => {
    const check = checkAmount(value.amount, value.fromAsset);
    if (!check.ok)
      ctx.addIssue({ code: 'custom', path: ['amount'], message: `The amount ${check.detail}` });
    if (value.fromAsset === value.toAsset)
      ctx.addIssue({
        code: 'custom',
        path: ['toAsset'],
        message: 'Choose another asset to convert to.',
      });
  });

/**
 * Convert & Hold: every USD wire quoting the rule's memo is converted to `asset` and kept in
 * `profileId` (the rule's profile and its destination). `accountType`: how the sending bank
 * routes the wire (ABA inside the US, SWIFT from abroad).
 */
const WireHoldRuleInput = z.strictObject({
  profileId: id,
  asset: stablecoin,
  accountType: z.enum(['ABA', 'SWIFT']),
  nickname: text(100).optional(),
});

/**
 * Convert & Hold for crypto deposits (issue 26): every `depositAsset` deposit on `network` to the
 * rule's address is converted to `asset` and kept in `profileId`. Nothing leaves Paxos.
 */
export const CryptoHoldRuleInput = z.strictObject({
  profileId: id,
  depositAsset: stablecoin,
  network: z.enum(RULE_NETWORKS),
  asset: stablecoin,
  nickname: text(100).optional(),
});

export const ConvertHoldRuleInput = z.union([WireHoldRuleInput, CryptoHoldRuleInput]);

export const RuleInput = z.strictObject({
  profileId: id,
  asset: stablecoin,
  network: z.enum(RULE_NETWORKS),
  fiatAccountId: id,
  nickname: text(100).optional(),
  memo: text(100).optional(),
});

export const SimulateDepositInput = z.strictObject({
  ruleId: id,
  amount: z
    .string()
    .max(40)
    .refine((v) => checkAmount(v, 'USDC').ok, 'must be a positive amount with at most 6 decimals'),
});

/** Demo only: decide what waits for approval at the built-in Paxos (the simulator). */
export const DecideDemoApprovalInput = z.strictObject({
  kind: z.enum(['orchestration', 'rule']),
  id,
  decision: z.enum(['approve', 'reject']),
  reason: text(200).optional(),
});
/** Demo only: what the built-in Paxos does with new redemptions and rules (`none`: no approval). */
export const DemoApprovalModeSchema = z.enum(['none', 'approve', 'reject', 'manual']);
export const SetDemoApprovalsInput = z.strictObject({
  orchestrations: DemoApprovalModeSchema.optional(),
  rules: DemoApprovalModeSchema.optional(),
});

export const ActivityFilterSchema = z.strictObject({
  statuses: z.array(text(40)).max(20).optional(),
  /** By what a status means ("failed" and "rejected" together are the failures). */
  outcomes: z.array(z.enum(STATUS_OUTCOMES)).max(STATUS_OUTCOMES.length).optional(),
  /** By what the orchestration does (a conversion, a redemption to a bank, ...). */
  kinds: z.array(z.enum(ORCHESTRATION_KINDS)).max(ORCHESTRATION_KINDS.length).optional(),
  assets: z.array(text(20)).max(20).optional(),
  /** A rule id, or 'adhoc' for redemptions started from the app. */
  ruleId: id.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  text: text(200).optional(),
});
export type ActivityFilter = z.infer<typeof ActivityFilterSchema>;

export const ActivityQueryInput = z.strictObject({
  filter: ActivityFilterSchema,
  offset: z.number().int().min(0).max(10_000_000),
  limit: z.number().int().min(1).max(1000),
  /** The endCursor of the window just above (offset rows down): the rows after it (keyset). */
  after: z.string().max(100).optional(),
});

export const AuditPageInput = z.strictObject({
  before: z.string().max(100).optional(),
  limit: z.number().int().min(1).max(500),
});

const passcode = z.string().min(1, 'Enter the passcode').max(256);
/** The shortest passcode main accepts (main/vault/passcode-vault.ts holds the same rule). */
export const MIN_NEW_PASSCODE_LENGTH = 6;
const newPasscode = z.string().min(MIN_NEW_PASSCODE_LENGTH, 'at least 6 characters').max(256);

/** Unlock with the app passcode, or ask the OS (Touch ID) where it can confirm the operator. */
export const UnlockInput = z.strictObject({
  passcode: passcode.optional(),
  osAuthentication: z.literal(true).optional(),
});
/** Choose the passcode (onboarding), or change it: then the current one is needed. */
export const SetPasscodeInput = z.strictObject({
  passcode: newPasscode,
  currentPasscode: passcode.optional(),
});
/** Forgot the passcode: the Paxos credentials saved on this computer prove who is asking. */
export const ResetPasscodeInput = z.strictObject({
  newPasscode,
  credentials: CredentialsInput.optional(),
});
