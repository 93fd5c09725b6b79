import type { MigrationClass } from '@loopline/persistence';
import type { ServiceIdentity } from '@loopline/service-runtime';
import { CreateBatchScoring1764200400000 } from './1764200400000-create-batch-scoring';
import { BatchScoringJobRow } from './batch-scoring-job.row';
import { BatchScoringPartRow } from './batch-scoring-part.row';
import { ScoringDatasetVersionRow } from './scoring-dataset-version.row';

export { BatchScoringModule } from './batch-scoring.module';
export {
  MODEL_ARTIFACT_LOOKUP,
  type ModelArtifact,
  type ModelArtifactLookup,
} from './model-artifact.lookup';
export { BATCH_SCORES_FORMAT, type BatchScoresManifest } from './batch-scores-manifest';

/** Batch scoring's tables; the jobs tables (JOBS_ENTITIES) come with the service's JobsModule. */
export const BATCH_SCORING_ENTITIES: ServiceIdentity['entities'] = [
  ScoringDatasetVersionRow,
  BatchScoringJobRow,
  BatchScoringPartRow,
];

export const BATCH_SCORING_MIGRATIONS: MigrationClass[] = [CreateBatchScoring1764200400000];
