import { JOBS_MIGRATIONS } from '@loopline/jobs';
import type { MigrationClass } from '@loopline/persistence';
import { BATCH_SCORING_MIGRATIONS } from '../../batch-scoring';
import { CreateProjectionTables1764200100000 } from '../../projections/1764200100000-create-projection-tables';
import { CreateRolloutTables1764200200000 } from '../../rollouts/1764200200000-create-rollout-tables';

/**
 * Every migration of the deployment schema, run in timestamp order at start-up after the
 * messaging migrations (outbox, inbox) that the service runtime adds.
 */
export const DEPLOYMENT_MIGRATIONS: MigrationClass[] = [
  ...JOBS_MIGRATIONS,
  CreateProjectionTables1764200100000,
  CreateRolloutTables1764200200000,
  ...BATCH_SCORING_MIGRATIONS,
];
