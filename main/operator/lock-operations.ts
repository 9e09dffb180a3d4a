// Lock, unlock and the passcode. Unlocking needs a secret: the OS's own check (Touch ID) where
// Electron offers it, otherwise the app passcode, whose scrypt hash is in the OS keychain.
// Failures are rate-limited in main (the count survives a restart: unlock-attempts.ts) and
// audited. Forgot the passcode: the Paxos credentials saved on this computer reset it, once Paxos
// has accepted them too. A keychain that cannot be read is "unknown", never "nothing saved": the
// reset is then refused, since nobody can tell what would have to be proved.
import { AppError, isAppError } from '../../shared/app-error';
import type { EnvironmentKind } from '../../shared/environment';
import type { PaxosCredentials } from '../paxos';
import { credentialsMatch } from '../lock/credentials-match';
import type { OperatorContext } from './operator-context';

type ResetInput = {
  newPasscode: string;
  credentials?: PaxosCredentials & { environment: 'sandbox' | 'production' };
};

export function createLockOperations(ctx: OperatorContext) {
  const done = { done: true as const };
  const { passcodes, attempts, os } = ctx.lock;
  const audit = (
    action: string,
    outcome: 'succeeded' | 'failed' | 'info',
    details?: Record<string, unknown>,
  ) => ctx.desk().record({ action, outcome, ...(details ? { details } : {}) });

  /** Refuses at once while the rate limit holds; the attempt is not even looked at. */
  const checkRate = async (action: string) => {
    const retryAt = attempts.retryAt();
    if (!retryAt) return;
    await audit(action, 'failed', { refused: 'too many attempts', retryAt: retryAt.toISOString() });
    throw new AppError('rate_limited', 'Too many wrong attempts. Wait a moment, then try again.', {
      retryAt: retryAt.toISOString(),
    });
  };
  const failAttempt = async (action: string, message: string, field: string): Promise<never> => {
    await attempts.failed();
    const retryAt = attempts.retryAt()?.toISOString() ?? null;
    await audit(action, 'failed', { failures: attempts.failureCount, retryAt });
    await ctx.lock.publish();
    throw new AppError('validation', message, { field, ...(retryAt ? { retryAt } : {}) });
  };
  const unlocked = async (action: string, details: Record<string, unknown>) => {
    await attempts.succeeded();
    ctx.setLocked(false);
    await ctx.lock.publish();
    await audit(action, 'succeeded', details);
  };

  /**
   * Environments whose Paxos credentials are saved here: any one of them resets the passcode.
   * Throws (audited) when the keychain cannot be read and nothing is held for this run either:
   * an unreadable keychain must never pass for "no credentials saved".
   */
  const savedEnvironments = async (): Promise<EnvironmentKind[]> => {
    const all = ['sandbox', 'production'] as const;
    const statuses = await Promise.all(all.map((env) => ctx.vault.status(env).catch(() => null)));
    const saved = all.filter((_, i) => statuses[i]?.configured);
    const unreadable = statuses.some((s) => s === null || !s.keychainAvailable);
    if (unreadable && saved.length === 0) {
      await audit('app.passcode.reset', 'failed', { refused: 'the keychain cannot be read' });
      throw new AppError(
        'no_keychain',
        'The system keychain cannot be read, so Treasury Desk cannot check who is asking. Unlock or repair the keychain, then try again. Nothing was changed.',
      );
    }
    return saved;
  };

  /** The given credentials must still be accepted by Paxos: revoked ones prove nothing. */
  const checkedWithPaxos = async (credentials: NonNullable<ResetInput['credentials']>) => {
    try {
      await ctx.environments.verify(credentials.environment, credentials);
      return true;
    } catch (error) {
      // Refused credentials prove nothing; a token refused only for a scope still proves who
      // holds them (identity, not reach, is what a reset needs).
      if (isAppError(error) && error.code === 'unauthorized') return false;
      if (isAppError(error) && error.code === 'forbidden') return true;
      await audit('app.passcode.reset', 'failed', { refused: 'Paxos could not be asked' });
      throw new AppError(
        'network',
        'Paxos could not be reached to check these credentials. Nothing was changed: try again when Treasury Desk is online.',
      );
    }
  };

  return {
    // Locking is audited too (issue 13, bug 13): an auditor reads when the desk was left
    // unattended and by whom, beside every unlock.
    lock: async () => {
      if (ctx.state.get().locked) return done;
      ctx.setLocked(true);
      await ctx.lock.publish();
      await audit('app.lock', 'succeeded');
      return done;
    },
    unlock: async (input: { passcode?: string; osAuthentication?: true }) => {
      if (!ctx.state.get().locked) return done;
      if (input.osAuthentication) {
        if (!os?.available())
          throw new AppError(
            'validation',
            'This computer cannot confirm who you are. Use the passcode.',
            { field: 'passcode' },
          );
        if (!(await os.prompt('unlock Treasury Desk'))) {
          await audit('app.unlock', 'failed', { method: os.name });
          throw new AppError(
            'validation',
            `${os.name} did not confirm it is you. Try again or use the passcode.`,
            { field: 'passcode' },
          );
        }
        await unlocked('app.unlock', { method: os.name });
        return done;
      }
      await checkRate('app.unlock');
      if (!(await passcodes.isSet())) {
        throw new AppError(
          'not_configured',
          'No passcode is set on this computer. Reset it with your Paxos credentials.',
          { field: 'passcode' },
        );
      }
      if (!input.passcode || !(await passcodes.verify(input.passcode))) {
        return failAttempt('app.unlock', 'That passcode is not right.', 'passcode');
      }
      await unlocked('app.unlock', { method: 'passcode' });
      return done;
    },
    setPasscode: async ({
      passcode,
      currentPasscode,
    }: {
      passcode: string;
      currentPasscode?: string;
    }) => {
      if (await passcodes.isSet()) {
        await checkRate('app.passcode.change');
        if (!currentPasscode || !(await passcodes.verify(currentPasscode))) {
          return failAttempt(
            'app.passcode.change',
            'The current passcode is not right.',
            'currentPasscode',
          );
        }
      }
      await passcodes.set(passcode);
      await attempts.succeeded();
      await ctx.lock.publish();
      await audit('app.passcode.set', 'succeeded', { storage: await passcodes.storage() });
      return done;
    },
    resetPasscode: async ({ newPasscode, credentials }: ResetInput) => {
      await checkRate('app.passcode.reset');
      const saved = await savedEnvironments();
      if (saved.length > 0) {
        // Credentials are saved here: only they prove who is asking.
        const match =
          credentials !== undefined &&
          saved.includes(credentials.environment) &&
          credentialsMatch(await ctx.vault.getForClient(credentials.environment), credentials);
        if (!match || !(await checkedWithPaxos(credentials))) {
          return failAttempt(
            'app.passcode.reset',
            'These are not the Paxos credentials saved on this computer.',
            'clientSecret',
          );
        }
      }
      // With no Paxos credentials saved, the desk holds only the Demo's simulated money: a new
      // passcode is all it takes (see docs/security-checklist.md, "The lock").
      await passcodes.set(newPasscode);
      await unlocked('app.passcode.reset', {
        provedBy:
          saved.length > 0
            ? `${credentials?.environment} credentials`
            : 'nothing: no Paxos credentials saved',
      });
      return done;
    },
  };
}
