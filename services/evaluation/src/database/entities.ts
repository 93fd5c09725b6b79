import type { ServiceIdentity } from '@loopline/service-runtime';

/**
 * TypeORM entities of the evaluation service; they never leave `database/`. The outbox and inbox
 * entities are added by the service runtime.
 */
export const EVALUATION_ENTITIES: ServiceIdentity['entities'] = [];
