// Environment, onboarding, credentials, settings, refresh and lock.
import { AppError } from '../../../shared/app-error';
import { missingScopes, PAXOS_SCOPES } from '../../paxos/scopes';
import type { HandlerContext } from './handler-context';

export function createSettingsHandlers(ctx: HandlerContext) {
  const done = { done: true as const };
  return {
    switchEnvironment: async ({ environment }: { environment: 'demo' | 'sandbox' | 'production' }) => {
      await ctx.switchEnvironment(environment);
      await ctx.desk().record({ action: 'environment.switch', outcome: 'succeeded', details: { environment } });
      return ctx.state.snapshot();
    },
    completeOnboarding: () => {
      ctx.state.set({ settings: ctx.settings.markOnboarded() });
      return done;
    },
    testCredentials: async (input: { environment: 'sandbox' | 'production'; clientId: string; clientSecret: string }) => {
      try {
        const { grantedScopes } = await ctx.environments.verify(input.environment, input);
        return { grantedScopes, missingScopes: missingScopes(PAXOS_SCOPES, new Set(grantedScopes)) };
      } catch (error) {
        if (error instanceof AppError && Array.isArray(error.details?.missingScopes)) {
          return { grantedScopes: [], missingScopes: error.details.missingScopes as string[] };
        }
        throw error;
      }
    },
    saveCredentials: async (input: { environment: 'sandbox' | 'production'; clientId: string; clientSecret: string; storage: 'keychain' | 'session' }) => {
      const verify = async () => void (await ctx.environments.verify(input.environment, input));
      const credentials = { clientId: input.clientId, clientSecret: input.clientSecret };
      const current = await ctx.vault.status(input.environment);
      const status =
        input.storage === 'session'
          ? await ctx.vault.useSessionOnly(input.environment, credentials, { verify })
          : current.configured
            ? await ctx.vault.replace(input.environment, credentials, { verify })
            : await ctx.vault.save(input.environment, credentials, { verify });
      await ctx.desk().record({ action: 'credentials.save', outcome: 'succeeded', details: { environment: input.environment, storage: status.storage } });
      if (ctx.state.get().environment === input.environment) await ctx.switchEnvironment(input.environment);
      await ctx.publishCredentials();
      return status;
    },
    forgetCredentials: async ({ environment }: { environment: 'sandbox' | 'production' }) => {
      const status = await ctx.vault.forget(environment);
      await ctx.desk().record({ action: 'credentials.forget', outcome: 'succeeded', details: { environment } });
      if (ctx.state.get().environment === environment) await ctx.switchEnvironment(environment);
      await ctx.publishCredentials();
      return status;
    },
    updateSettings: async (patch: Record<string, unknown>) => {
      const settings = ctx.settings.update(patch);
      ctx.state.set({ settings });
      await ctx.desk().record({ action: 'settings.update', outcome: 'succeeded', details: { keys: Object.keys(patch) } });
      return settings;
    },
    refreshNow: async () => {
      await ctx.desk().sync.refreshNow();
      await ctx.publishDesk();
      return done;
    },
    lock: () => {
      ctx.setLocked(true);
      return done;
    },
    unlock: async () => {
      ctx.setLocked(false);
      await ctx.desk().record({ action: 'app.unlock', outcome: 'info' });
      return done;
    },
  };
}
