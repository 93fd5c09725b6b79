import type { ServiceIdentity } from '@loopline/service-runtime';

/**
 * TypeORM entities of the monitoring service; they never leave `database/`. The outbox and inbox
 * entities are added by the service runtime.
 */
export const MONITORING_ENTITIES: ServiceIdentity['entities'] = [];
