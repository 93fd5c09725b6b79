import type { MigrationClass } from '@loopline/persistence';
import type { ServiceIdentity } from '@loopline/service-runtime';
import { CreateTrainingConfigTables1764000300100 } from './1764000300100-create-training-config-tables';
import { TrainingConfigVersionRow } from './training-config-version.row';

/** Tables of the versioned training configurations. */
export const TRAINING_CONFIG_ENTITIES: ServiceIdentity['entities'] = [TrainingConfigVersionRow];
export const TRAINING_CONFIG_MIGRATIONS: MigrationClass[] = [
  CreateTrainingConfigTables1764000300100,
];
