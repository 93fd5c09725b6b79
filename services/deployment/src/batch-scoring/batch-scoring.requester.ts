import { randomUUID } from 'node:crypto';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { JobQueue } from '@loopline/jobs';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEPLOYMENT_SETTINGS, type DeploymentSettings } from '../config/deployment.settings';
import type { RequestBatchScoringDto } from './batch-scoring.dto';
import { BATCH_SCORING_JOB, type BatchScoringJobInput } from './batch-scoring-job.input';
import { BatchScoringJobRow } from './batch-scoring-job.row';
import { BatchScoringState } from './batch-scoring-state';
import { MODEL_ARTIFACT_LOOKUP, type ModelArtifactLookup } from './model-artifact.lookup';
import { ScoringDatasetVersionRow } from './scoring-dataset-version.row';

/**
 * Accepts a batch scoring job: checks the dataset version and model version are known, then
 * stores the job and queues its work in the caller's transaction.
 */
@Injectable()
export class BatchScoringRequester {
  constructor(
    private readonly jobs: JobQueue,
    @Inject(MODEL_ARTIFACT_LOOKUP) private readonly models: ModelArtifactLookup,
    @Inject(DEPLOYMENT_SETTINGS) private readonly settings: DeploymentSettings,
  ) {}

  async request(
    manager: EntityManager,
    dto: RequestBatchScoringDto,
    requestedBy: string,
  ): Promise<BatchScoringJobRow> {
    const dataset = await manager.findOneBy(ScoringDatasetVersionRow, {
      datasetVersionId: dto.datasetVersionId,
    });
    if (dataset === null)
      throw new PlatformError(
        'DEPLOYMENT.DATASET_VERSION_NOT_FOUND',
        `Dataset version ${dto.datasetVersionId} is unknown to the deployment service: it learns of versions from DatasetVersionCreated. Check the id (ingestion lists versions at GET /datasets/<name>/versions), or retry once ingestion has published it.`,
        { kind: ErrorKind.NotFound, details: { datasetVersionId: dto.datasetVersionId } },
      );
    const model = await this.models.find(dto.modelName, dto.modelVersion);
    if (model === null)
      throw new PlatformError(
        'DEPLOYMENT.MODEL_VERSION_NOT_FOUND',
        `${dto.modelName} v${dto.modelVersion} is not a registered model version known to the deployment service. Check the name and version at the registry (GET /models/${dto.modelName}/versions), or retry once ModelVersionRegistered has arrived.`,
        { kind: ErrorKind.NotFound, details: { ...dto } },
      );
    const chunkRows = this.settings.batchScoring.chunkRows;
    const row: BatchScoringJobRow = {
      id: randomUUID(),
      modelName: dto.modelName,
      modelVersion: model.modelVersion,
      trainingRunId: model.trainingRunId,
      modelArtifact: model.artifact,
      datasetVersionId: dataset.datasetVersionId,
      state: BatchScoringState.Queued,
      totalRows: dataset.rowCount,
      chunkRows,
      partsTotal: Math.ceil(dataset.rowCount / chunkRows),
      requestedBy,
      output: null,
      error: null,
      createdAt: new Date(),
      finishedAt: null,
    };
    await manager.insert(BatchScoringJobRow, row);
    const input: BatchScoringJobInput = { batchScoringJobId: row.id };
    await this.jobs.enqueue(manager, { kind: BATCH_SCORING_JOB, key: dto.modelName, input });
    return row;
  }
}
