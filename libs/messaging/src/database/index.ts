import { CreateMessagingTables1763870000000 } from './create-messaging-tables.migration';
import { InboxEntryRow } from './inbox-entry.row';
import { OutboxMessageRow } from './outbox-message.row';

/** Entities each service adds to its data source so outbox and inbox work in its transactions. */
export const MESSAGING_ENTITIES = [OutboxMessageRow, InboxEntryRow];

/** Migrations each service runs (with its own) to create the outbox and inbox in its schema. */
export const MESSAGING_MIGRATIONS = [CreateMessagingTables1763870000000];

export { InboxEntryRow, OutboxMessageRow };
