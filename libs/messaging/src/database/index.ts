import { CreateIdempotencyKeys1764000000000 } from './create-idempotency-keys.migration';
import { CreateMessagingTables1763870000000 } from './create-messaging-tables.migration';
import { IdempotencyKeyRow } from './idempotency-key.row';
import { InboxEntryRow } from './inbox-entry.row';
import { IndexPrunableMessages1764000000001 } from './index-prunable-messages.migration';
import { OutboxMessageRow } from './outbox-message.row';

/**
 * Entities each service adds to its data source so the outbox, the inbox and idempotency keys
 * work in its transactions.
 */
export const MESSAGING_ENTITIES = [OutboxMessageRow, InboxEntryRow, IdempotencyKeyRow];

/** Migrations each service runs (with its own) to create the messaging tables in its schema. */
export const MESSAGING_MIGRATIONS = [
  CreateMessagingTables1763870000000,
  CreateIdempotencyKeys1764000000000,
  IndexPrunableMessages1764000000001,
];

export { IdempotencyKeyRow, InboxEntryRow, OutboxMessageRow };
