import { JOBS_MIGRATIONS } from '@loopline/jobs';
import type { MigrationClass } from '@loopline/persistence';
import { CreateVersionedDocuments1764100000000 } from '@loopline/versioned-documents';
import { CreateEvaluations1764100200000 } from '../../evaluations/1764100200000-create-evaluations';
import { CreateProjectionTables1764100100000 } from '../../projections/1764100100000-create-projection-tables';

/**
 * Every migration of the evaluation schema, run in timestamp order at start-up after the
 * messaging migrations (outbox, inbox) that the service runtime adds.
 */
export const EVALUATION_MIGRATIONS: MigrationClass[] = [
  ...JOBS_MIGRATIONS,
  CreateVersionedDocuments1764100000000,
  CreateProjectionTables1764100100000,
  CreateEvaluations1764100200000,
];
