import type { MigrationClass } from '@loopline/persistence';
import type { ServiceIdentity } from '@loopline/service-runtime';

/** Tables of the versioned training configurations. */
export const TRAINING_CONFIG_ENTITIES: ServiceIdentity['entities'] = [];
export const TRAINING_CONFIG_MIGRATIONS: MigrationClass[] = [];
