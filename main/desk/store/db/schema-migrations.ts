// The database schema, as an ordered list of migrations. `PRAGMA user_version` holds how many
// have run; opening runs the rest, each in its own transaction with the version bump, so a
// crash mid-migration leaves the previous version intact. Never edit a migration that shipped:
// append a new one.
//
// One migration per file (migrations/NNN-what.ts), listed here in order.
import type { DatabaseSync } from 'node:sqlite';
import { migration1 } from './migrations/001-first-store';
import { migration2 } from './migrations/002-orchestrations-by-list-position';
import { migration3 } from './migrations/003-recent-id-keys';
import { migration4 } from './migrations/004-state-machine-trigger';
import { migration5 } from './migrations/005-search-tags';
import { migration6 } from './migrations/006-rejected-leaves-flight';
import { migration7 } from './migrations/007-money-in';
import { migration8 } from './migrations/008-ended-intents-by-update';
import { migration9 } from './migrations/009-intents-by-kind';
import { migration10 } from './migrations/010-totals-cover';
import { migration11 } from './migrations/011-list-positions-index';
import { migration12 } from './migrations/012-orchestration-count';

export const migrations: readonly ((db: DatabaseSync) => void)[] = [
  migration1,
  migration2,
  migration3,
  migration4,
  migration5,
  migration6,
  migration7,
  migration8,
  migration9,
  migration10,
  migration11,
  migration12,
];

export const SCHEMA_VERSION = migrations.length;
