import { JOBS_ENTITIES } from '@loopline/jobs';
import type { ServiceIdentity } from '@loopline/service-runtime';
import { FeatureSetRow } from '../feature-sets/feature-set.row';
import { TrainingSlotRow } from '../run-training/training-slot.row';
import { TRACKING_ENTITIES } from '../tracking/tracking.database';
import { TRAINING_CONFIG_ENTITIES } from '../training-configs/training-configs.database';

/**
 * TypeORM entities of the training service; they never leave `database/`. The outbox and inbox
 * entities are added by the service runtime.
 */
export const TRAINING_ENTITIES: ServiceIdentity['entities'] = [
  ...JOBS_ENTITIES,
  ...TRAINING_CONFIG_ENTITIES,
  ...TRACKING_ENTITIES,
  FeatureSetRow,
  TrainingSlotRow,
];
