import type { ServiceIdentity } from '@loopline/service-runtime';
import { MESSAGING_ENTITIES } from '@loopline/service-runtime';

/** TypeORM entities of the training service; they never leave `database/`. */
export const TRAINING_ENTITIES: ServiceIdentity['entities'] = [...MESSAGING_ENTITIES];
