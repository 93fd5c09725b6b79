import type { ServiceIdentity } from '@loopline/service-runtime';

/**
 * TypeORM entities of the deployment service; they never leave `database/`. The outbox and inbox
 * entities are added by the service runtime.
 */
export const DEPLOYMENT_ENTITIES: ServiceIdentity['entities'] = [];
