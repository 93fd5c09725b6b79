import type { MigrationClass } from '@loopline/persistence';
import { CreateVersionedDocuments1764100000000 } from '@loopline/versioned-documents';
import { CreateAuditLog1763870100000 } from './1763870100000-create-audit-log';
import { CreateAuditCheckpoints1763870200000 } from './1763870200000-create-audit-checkpoints';
import { CreateModelRegistry1764000500000 } from './1764000500000-create-model-registry';

/**
 * Every migration of the registry schema, run in timestamp order at start-up after the
 * messaging migrations (outbox, inbox) that the service runtime adds.
 */
export const REGISTRY_MIGRATIONS: MigrationClass[] = [
  CreateAuditLog1763870100000,
  CreateAuditCheckpoints1763870200000,
  CreateModelRegistry1764000500000,
  // The library's table of versioned documents, here for the model policies.
  CreateVersionedDocuments1764100000000,
];
