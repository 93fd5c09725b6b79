import type { ServiceIdentity } from '@loopline/service-runtime';

/**
 * TypeORM entities of the feature-store service; they never leave `database/`. The outbox and inbox
 * entities are added by the service runtime.
 */
export const FEATURE_STORE_ENTITIES: ServiceIdentity['entities'] = [];
