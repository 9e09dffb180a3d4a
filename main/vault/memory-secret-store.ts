// Session-only storage: secrets live in this process's memory and die with it. Used when the
// operator explicitly chooses "keep for this session only" because no keychain is available.
import type { SecretStore } from './secret-store';

export class MemorySecretStore implements SecretStore {
  private readonly secrets = new Map<string, string>();

  constructor(readonly storage: 'keychain' | 'session' = 'session') {}

  async get(account: string): Promise<string | null> {
    return this.secrets.get(account) ?? null;
  }

  async set(account: string, secret: string): Promise<void> {
    this.secrets.set(account, secret);
  }

  async delete(account: string): Promise<boolean> {
    return this.secrets.delete(account);
  }
}
