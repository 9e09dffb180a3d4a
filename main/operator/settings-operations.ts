// Environment, onboarding, credentials, settings and refresh. Switching environment, replacing
// or forgetting credentials, and settings that weaken a guard (settings-confirmation.ts) are
// confirmed in main first; every change is audited with its values.
import { AppError } from '../../shared/app-error';
import type { EnvironmentKind } from '../../shared/environment';
import type { SettingsPatch } from '../../shared/settings';
import {
  forgetCredentialsConfirmation,
  replaceCredentialsConfirmation,
  switchEnvironmentConfirmation,
} from '../confirm/environment-confirmation';
import { settingsDecision } from '../confirm/settings-confirmation';
import { refuseContradictoryLimits } from '../settings/limit-order';
import { checkEndpointAllowlist } from '../settings/endpoint-override-policy';
import { ALL_CAPABILITIES, scopesOf } from '../paxos/capabilities';
import { missingScopes } from '../paxos/scopes';
import { clientIdHint } from '../vault/credentials';
import type { OperatorContext } from './operator-context';
import { requireConfirmation } from './require-confirmation';

export function createSettingsOperations(ctx: OperatorContext) {
  const done = { done: true as const };
  return {
    switchEnvironment: async ({ environment }: { environment: EnvironmentKind }) => {
      const from = ctx.state.get().environment;
      const audit = { from, to: environment };
      // Choosing where to start at onboarding is that first decision itself; staying put is none.
      if (environment !== from && ctx.settings.get().onboarded) {
        const credentials =
          environment === 'demo'
            ? { configured: true, storage: 'built-in' as const, keychainAvailable: true }
            : await ctx.vault.status(environment);
        await requireConfirmation(
          ctx,
          switchEnvironmentConfirmation(from, environment, credentials),
          audit,
        );
      }
      await ctx.switchEnvironment(environment);
      await ctx.desk().record({
        action: 'environment.switch',
        outcome: 'succeeded',
        details: { environment, ...audit },
      });
      return ctx.state.snapshot();
    },
    completeOnboarding: async () => {
      // The lock must lock from the first day: a passcode first (or the OS's own check).
      if (!(await ctx.lock.passcodes.isSet()) && !ctx.lock.os?.available()) {
        throw new AppError(
          'validation',
          'Choose a passcode first: it unlocks Treasury Desk after it locks.',
          { field: 'passcode' },
        );
      }
      ctx.state.set({ settings: ctx.settings.markOnboarded() });
      return done;
    },
    testCredentials: async (input: {
      environment: 'sandbox' | 'production';
      clientId: string;
      clientSecret: string;
    }) => {
      try {
        const { grantedScopes } = await ctx.environments.verify(input.environment, input);
        return {
          grantedScopes,
          missingScopes: missingScopes(scopesOf(ALL_CAPABILITIES), new Set(grantedScopes)),
        };
      } catch (error) {
        if (error instanceof AppError && Array.isArray(error.details?.missingScopes)) {
          return { grantedScopes: [], missingScopes: error.details.missingScopes as string[] };
        }
        throw error;
      }
    },
    saveCredentials: async (input: {
      environment: 'sandbox' | 'production';
      clientId: string;
      clientSecret: string;
      storage: 'keychain' | 'session';
    }) => {
      const verify = async () => void (await ctx.environments.verify(input.environment, input));
      const credentials = { clientId: input.clientId, clientSecret: input.clientSecret };
      const current = await ctx.vault.status(input.environment);
      // Replacing saved credentials makes the desk another Paxos client: main asks first.
      if (current.configured) {
        const after = clientIdHint(input.clientId.trim());
        await requireConfirmation(
          ctx,
          replaceCredentialsConfirmation(
            ctx.state.get().environment,
            input.environment,
            current,
            after,
          ),
          {
            environment: input.environment,
            clientIdHint: { before: current.clientIdHint ?? null, after },
          },
        );
      }
      const status =
        input.storage === 'session'
          ? await ctx.vault.useSessionOnly(input.environment, credentials, { verify })
          : current.configured
            ? await ctx.vault.replace(input.environment, credentials, { verify })
            : await ctx.vault.save(input.environment, credentials, { verify });
      await ctx.desk().record({
        action: 'credentials.save',
        outcome: 'succeeded',
        details: {
          environment: input.environment,
          storage: status.storage,
          clientIdHint: status.clientIdHint,
          ...(current.configured ? { replaced: current.clientIdHint ?? null } : {}),
        },
      });
      if (ctx.state.get().environment === input.environment)
        await ctx.switchEnvironment(input.environment);
      await ctx.publishCredentials();
      return status;
    },
    forgetCredentials: async ({ environment }: { environment: 'sandbox' | 'production' }) => {
      const before = await ctx.vault.status(environment);
      const audit = { environment, clientIdHint: before.clientIdHint ?? null };
      await requireConfirmation(
        ctx,
        forgetCredentialsConfirmation(ctx.state.get().environment, environment, before),
        audit,
      );
      const status = await ctx.vault.forget(environment);
      await ctx
        .desk()
        .record({ action: 'credentials.forget', outcome: 'succeeded', details: audit });
      if (ctx.state.get().environment === environment) await ctx.switchEnvironment(environment);
      await ctx.publishCredentials();
      return status;
    },
    updateSettings: async (patch: SettingsPatch) => {
      const before = ctx.settings.get();
      const decision = settingsDecision(ctx.state.get().environment, before, patch);
      await refuseContradictoryLimits(before, patch, decision.audit, (entry) =>
        ctx.desk().record(entry),
      );
      if (patch.endpointOverrides) {
        try {
          checkEndpointAllowlist(patch.endpointOverrides, ctx.endpointPolicy);
        } catch (error) {
          await ctx.desk().record({
            action: 'settings.update',
            outcome: 'failed',
            details: { ...decision.audit, refused: 'endpoint outside the Paxos allowlist' },
          });
          throw error;
        }
      }
      if (decision.request) await requireConfirmation(ctx, decision.request, decision.audit);
      const settings = ctx.settings.update(patch);
      ctx.state.set({ settings });
      await ctx
        .desk()
        .record({ action: 'settings.update', outcome: 'succeeded', details: decision.audit });
      // The client asks for the chosen capabilities' scopes when it is built: reconnect so the
      // next token request names exactly those (Demo's built-in credential has every scope).
      const environment = ctx.state.get().environment;
      if (patch.capabilities && environment !== 'demo') await ctx.switchEnvironment(environment);
      return settings;
    },
    refreshNow: async () => {
      await ctx.desk().refreshNow();
      await ctx.publishDesk();
      return done;
    },
    // The operator's way out of a damaged or doubtful cache (the Settings storage section).
    rebuildCache: async () => {
      const desk = ctx.desk();
      await desk.rebuildCache();
      await ctx.publishDesk();
      const result = {
        orchestrations: desk.records.count('orchestrations'),
        asOf: desk.records.asOf('orchestrations') ?? null,
      };
      await desk.record({
        action: 'storage.rebuild_cache',
        outcome: result.asOf === null ? 'failed' : 'succeeded',
        details: result,
      });
      return result;
    },
  };
}
