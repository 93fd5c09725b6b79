import type { ServiceIdentity } from '@loopline/service-runtime';
import { MESSAGING_ENTITIES } from '@loopline/service-runtime';

/** TypeORM entities of the feature store service; they never leave `database/`. */
export const FEATURE_STORE_ENTITIES: ServiceIdentity['entities'] = [...MESSAGING_ENTITIES];
