import type { ServiceIdentity } from '@loopline/service-runtime';
import { AuditCheckpointRow } from './audit-checkpoint.row';
import { AuditEntryRow } from './audit-entry.row';

/**
 * TypeORM entities of the registry service; they never leave `database/`. The outbox and
 * inbox entities are added by the service runtime.
 */
export const REGISTRY_ENTITIES: ServiceIdentity['entities'] = [AuditEntryRow, AuditCheckpointRow];
