// What opening one environment's desk needs from the app: where its file lives, who works on it,
// its Paxos client (undefined: no credentials), and the app's callbacks for what it reports.
import type { EnvironmentKind } from '../../shared/environment';
import type { Settings } from '../../shared/settings';
import type { PaxosClient } from '../paxos';
import type { Notifier, NotificationTarget } from './notify/notifier';
import type { AnchorStore } from './store/anchor/desk-anchor';
import type { AuditKeyStore } from './store/audit/audit-key';
import type { StorageFaults } from './store/db/storage-faults';
import type { Timers } from './sync/sync-engine';

export interface DeskOptions {
  environment: EnvironmentKind;
  dataDir: string;
  user: string;
  client: PaxosClient | undefined;
  settings: () => Settings;
  notifier: Notifier;
  now: () => Date;
  onChange: (what: 'desk' | 'activity') => void;
  onReachability: (reached: boolean, error?: unknown) => void;
  onSynced: (at: string) => void;
  onNotificationClick: (target: NotificationTarget) => void;
  /** Background work (a flush) failed unexpectedly. */
  onBackgroundError?: (error: unknown) => void;
  timers?: Timers;
  /**
   * Where the anchor outside the database lives (the OS keychain in the app: anchor-guard.ts).
   * Without one, a database restored from an older copy cannot be told from the real one.
   */
  anchorStore?: AnchorStore;
  /**
   * Where the audit log's key lives (the OS keychain in the app: store/audit/audit-key.ts).
   * Without one the chain is unkeyed: whoever can write the file can recompute it.
   */
  auditKeyStore?: AuditKeyStore;
  /** Tests only: fail chosen writes and commits like a full or failing disk. */
  storageFaults?: StorageFaults;
}
