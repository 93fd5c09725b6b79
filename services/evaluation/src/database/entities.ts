import type { ServiceIdentity } from '@loopline/service-runtime';
import { MESSAGING_ENTITIES } from '@loopline/service-runtime';

/** TypeORM entities of the evaluation service; they never leave `database/`. */
export const EVALUATION_ENTITIES: ServiceIdentity['entities'] = [...MESSAGING_ENTITIES];
