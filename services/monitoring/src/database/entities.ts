import type { ServiceIdentity } from '@loopline/service-runtime';
import { MESSAGING_ENTITIES } from '@loopline/service-runtime';

/** TypeORM entities of the monitoring service; they never leave `database/`. */
export const MONITORING_ENTITIES: ServiceIdentity['entities'] = [...MESSAGING_ENTITIES];
