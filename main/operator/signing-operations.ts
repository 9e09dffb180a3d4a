// Request signing of a credential (Paxos's JWS signing, all or nothing per credential): make or
// import a key (kept in the keychain item of the credential, its public half shown to register
// in the Paxos Dashboard), turn signing on with the Dashboard's key ID, or off. On and off are
// confirmed by main from the vault's record and audited with the key's fingerprint; the client
// of the open environment is rebuilt, so the next request is signed (or not) as decided.
import type { SigningAlgorithm } from '../paxos/request-signing';
import { signingOffConfirmation, signingOnConfirmation } from '../confirm/signing-confirmation';
import { importSigningKey, newSigningKey, normalizeKeyId } from '../vault/signing-key';
import type { CredentialsStatus } from '../vault/credentials';
import { AppError } from '../../shared/app-error';
import type { OperatorContext } from './operator-context';
import { requireConfirmation } from './require-confirmation';

type Remote = 'sandbox' | 'production';

export function createSigningOperations(ctx: OperatorContext) {
  const configured = async (environment: Remote) => {
    const status = await ctx.vault.status(environment);
    if (!status.configured)
      throw new AppError('not_configured', 'Add the credentials first, then a signing key.', {
        environment,
      });
    return status;
  };
  const facts = (environment: Remote, status: CredentialsStatus) => ({
    environment,
    clientIdHint: status.clientIdHint ?? null,
    algorithm: status.signing?.algorithm ?? null,
    fingerprint: status.signing?.fingerprint ?? null,
    keyId: status.signing?.keyId ?? null,
  });
  /** The open environment's client holds its token and key: rebuild it to take the change. */
  const takeEffect = async (environment: Remote) => {
    if (ctx.state.get().environment === environment) await ctx.switchEnvironment(environment);
    await ctx.publishCredentials();
  };

  return {
    createSigningKey: async (input: {
      environment: Remote;
      algorithm: SigningAlgorithm;
      privateKeyPem?: string;
    }) => {
      await configured(input.environment);
      // A key not yet on signs nothing: making or importing one changes no request, so no dialog.
      const key =
        input.privateKeyPem === undefined
          ? newSigningKey(input.algorithm)
          : importSigningKey(input.privateKeyPem);
      const status = await ctx.vault.storeSigningKey(input.environment, key);
      await ctx.desk().record({
        action: 'signing.key',
        outcome: 'succeeded',
        details: {
          ...facts(input.environment, status),
          source: input.privateKeyPem === undefined ? 'generated' : 'imported',
        },
      });
      await ctx.publishCredentials();
      return status;
    },
    turnOnRequestSigning: async (input: { environment: Remote; keyId: string }) => {
      const keyId = normalizeKeyId(input.keyId);
      const before = await configured(input.environment);
      if (before.signing?.state !== 'key_ready')
        throw new AppError(
          'conflict',
          before.signing?.state === 'on'
            ? 'Request signing is already on for this credential.'
            : 'Make or import a signing key first, and register its public key in the Paxos Dashboard.',
        );
      const audit = { ...facts(input.environment, before), keyId };
      await requireConfirmation(
        ctx,
        signingOnConfirmation(ctx.state.get().environment, input.environment, before, keyId),
        audit,
      );
      const status = await ctx.vault.setSigningKeyId(input.environment, keyId);
      await ctx.desk().record({ action: 'signing.on', outcome: 'succeeded', details: audit });
      await takeEffect(input.environment);
      return status;
    },
    turnOffRequestSigning: async (input: { environment: Remote }) => {
      const before = await configured(input.environment);
      if (before.signing?.state === 'off' || !before.signing) return before;
      const audit = facts(input.environment, before);
      await requireConfirmation(
        ctx,
        signingOffConfirmation(ctx.state.get().environment, input.environment, before),
        audit,
      );
      const status = await ctx.vault.removeSigningKey(input.environment);
      await ctx.desk().record({ action: 'signing.off', outcome: 'succeeded', details: audit });
      await takeEffect(input.environment);
      return status;
    },
  };
}
