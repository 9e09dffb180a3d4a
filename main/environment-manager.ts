// Which environment the desk is working in, and the Paxos client that goes with it. Demo runs
// the built-in simulator on loopback (started on first use); Sandbox and Production use the
// credentials in the vault. Switching closes the current desk before the next one opens.
import { AppError } from '../shared/app-error';
import type { EnvironmentKind } from '../shared/environment';
import type { Settings } from '../shared/settings';
import type { CapabilityStatus } from '../shared/state';
import { Desk, type AnchorStore, type AuditKeyStore, type DeskOptions } from './desk';
import { endpointProblem, type EndpointPolicy } from './settings/endpoint-override-policy';
import type { CredentialsVault } from './vault/credentials-vault';
import {
  createPaxosClient,
  type PaxosClient,
  type PaxosClientOptions,
  type PaxosCredentials,
} from './paxos';
import type { RunningSimulator } from './simulator';

export interface EnvironmentManagerOptions extends Omit<
  DeskOptions,
  'environment' | 'client' | 'anchorStore' | 'auditKeyStore'
> {
  /** Each environment's anchor outside its database (the OS keychain in the app). */
  anchorStoreFor?: (environment: EnvironmentKind) => AnchorStore;
  /** Each environment's audit key (the OS keychain in the app). */
  auditKeyStoreFor?: (environment: EnvironmentKind) => AuditKeyStore;
  vault: CredentialsVault;
  startDemoSimulator: () => Promise<RunningSimulator>;
  /** Test and tuning knobs for every client built (timeouts, back-off, fetch, onRequest). */
  clientOptions?: Partial<PaxosClientOptions>;
  /** Which custom addresses may be used: an override outside it is never sent a secret. */
  endpointPolicy: EndpointPolicy;
  /** The active client turned a capability off (a scope refused or lacking). */
  onCapabilities?: () => void;
}

export class EnvironmentManager {
  private current: Desk | undefined;
  private client: PaxosClient | undefined;
  private simulator: Promise<RunningSimulator> | undefined;
  /** The last switch (done or failed): the next one starts after it. */
  private switching: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: EnvironmentManagerOptions) {}

  get desk(): Desk {
    if (!this.current) throw new AppError('internal', 'The desk is not open yet.');
    return this.current;
  }

  /** What the active environment's credential lets the desk do; empty before a desk opens. */
  capabilities(): CapabilityStatus[] {
    return this.client?.capabilities() ?? [];
  }

  get demoSimulator(): Promise<RunningSimulator> | undefined {
    return this.simulator;
  }

  /** Open the desk of `environment` (closing the current one first). */
  activate(environment: EnvironmentKind): Promise<Desk> {
    const next = this.switching
      .catch(() => undefined)
      .then(async () => {
        await this.current?.close();
        this.current = undefined;
        const client = await this.buildClient(environment);
        this.client = client;
        const anchorStore = this.options.anchorStoreFor?.(environment);
        const auditKeyStore = this.options.auditKeyStoreFor?.(environment);
        const desk = await Desk.open({
          ...this.options,
          environment,
          client,
          ...(anchorStore ? { anchorStore } : {}),
          ...(auditKeyStore ? { auditKeyStore } : {}),
        });
        this.current = desk;
        await desk.start();
        return desk;
      });
    this.switching = next;
    return next;
  }

  /** A throw-away client with these credentials: does a real token request with every scope. */
  async verify(environment: 'sandbox' | 'production', credentials: PaxosCredentials) {
    const client = createPaxosClient({
      ...this.options.clientOptions,
      environment,
      endpoints: this.endpointOverrides(environment, this.options.settings()),
      getCredentials: async () => credentials,
    });
    return client.verifyAccess();
  }

  async close(): Promise<void> {
    await this.current?.close();
    this.current = undefined;
    const simulator = await this.simulator?.catch(() => undefined);
    await simulator?.close();
  }

  private async buildClient(environment: EnvironmentKind): Promise<PaxosClient | undefined> {
    if (environment === 'demo') {
      this.simulator ??= this.options.startDemoSimulator();
      const sim = await this.simulator;
      return createPaxosClient({
        ...this.options.clientOptions,
        ...this.capabilityOptions(),
        environment: 'demo',
        endpoints: { apiUrl: sim.url, tokenUrl: sim.tokenUrl },
        getCredentials: async () => sim.credentials,
      });
    }
    const status = await this.options.vault.status(environment);
    if (!status.configured) return undefined;
    return createPaxosClient({
      ...this.options.clientOptions,
      ...this.capabilityOptions(),
      // Paxos can say which scopes a real credential holds; the simulator has no such route.
      discoverScopes: true,
      environment,
      endpoints: this.endpointOverrides(environment, this.options.settings()),
      getCredentials: () => this.options.vault.getForClient(environment),
    });
  }

  /** The operator's capabilities (Settings) and who hears when one is turned off. */
  private capabilityOptions(): Partial<PaxosClientOptions> {
    const wanted = this.options.settings().capabilities;
    const onChange = this.options.onCapabilities;
    return {
      capabilities: wanted,
      ...(onChange ? { onCapabilities: onChange } : {}),
    };
  }

  /**
   * The overrides that pass the allowlist. One that does not (a settings file edited by hand, or
   * written by an older version) is ignored, so the request goes to Paxos' own address instead.
   */
  private endpointOverrides(environment: 'sandbox' | 'production', settings: Settings) {
    const o = settings.endpointOverrides[environment];
    const allowed = (value: string | undefined) =>
      !!value && endpointProblem(environment, value, this.options.endpointPolicy) === undefined;
    return {
      ...(allowed(o.apiUrl) ? { apiUrl: o.apiUrl } : {}),
      ...(allowed(o.tokenUrl) ? { tokenUrl: o.tokenUrl } : {}),
    };
  }
}
