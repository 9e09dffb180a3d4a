// Where a secret can live. Two implementations only: the OS keychain and process memory.
// There is deliberately no file-backed one: credentials are never written to disk by the app.
export interface SecretStore {
  readonly storage: 'keychain' | 'session';
  /** null when nothing is stored for the account. */
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  /** true if something was deleted. */
  delete(account: string): Promise<boolean>;
}
