import type { PlatformError } from '@loopline/errors';

/** A table a pass could not prune, and why; the other tables were still pruned. */
export interface PruneFailure {
  table: string;
  error: PlatformError;
}

/** How many rows one housekeeping pass deleted, per table, and which tables failed. */
export interface PruneReport {
  outboxMessages: number;
  inboxEntries: number;
  idempotencyKeys: number;
  failures: PruneFailure[];
}
