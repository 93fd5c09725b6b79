import { Module } from '@nestjs/common';
import { BatchScoringController } from './batch-scoring.controller';
import { BatchScoringJob } from './batch-scoring.job';
import { BatchScoringRequester } from './batch-scoring.requester';
import { DatasetVersionCreatedConsumer } from './dataset-version-created.consumer';

/**
 * Batch scoring of dataset versions. Expects from the service: DEPLOYMENT_SETTINGS,
 * MODEL_ARTIFACT_LOOKUP, JobsModule (global) and the platform modules, with
 * BATCH_SCORING_ENTITIES / BATCH_SCORING_MIGRATIONS and the jobs tables in its schema.
 */
@Module({
  controllers: [BatchScoringController, DatasetVersionCreatedConsumer],
  providers: [BatchScoringRequester, BatchScoringJob],
})
export class BatchScoringModule {}
