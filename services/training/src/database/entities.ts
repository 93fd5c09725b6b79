import type { ServiceIdentity } from '@loopline/service-runtime';

/**
 * TypeORM entities of the training service; they never leave `database/`. The outbox and inbox
 * entities are added by the service runtime.
 */
export const TRAINING_ENTITIES: ServiceIdentity['entities'] = [];
