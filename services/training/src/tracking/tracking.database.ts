import type { MigrationClass } from '@loopline/persistence';
import type { ServiceIdentity } from '@loopline/service-runtime';
import { CreateTrackingTables1764000300000 } from './database/1764000300000-create-tracking-tables';
import { RunAttemptRow } from './database/run-attempt.row';
import { RunMetricPointRow } from './database/run-metric-point.row';
import { RunRow } from './database/run.row';

/** Tables of the experiment-tracking store (runs, their metric history, attempts). */
export const TRACKING_ENTITIES: ServiceIdentity['entities'] = [
  RunRow,
  RunMetricPointRow,
  RunAttemptRow,
];
export const TRACKING_MIGRATIONS: MigrationClass[] = [CreateTrackingTables1764000300000];
