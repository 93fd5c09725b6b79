import type { MigrationClass } from '@loopline/persistence';
import type { ServiceIdentity } from '@loopline/service-runtime';

/** Tables of the experiment-tracking store (runs, their metric history, attempts). */
export const TRACKING_ENTITIES: ServiceIdentity['entities'] = [];
export const TRACKING_MIGRATIONS: MigrationClass[] = [];
